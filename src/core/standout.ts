// Attribute values that stand out for a signature. With attribute statistics (every
// occurrence, counted at ingest) a value stands out when it holds most of the occurrences and
// clearly more than its share of the baseline — the service's healthy traffic, else its other
// errors — so a value every request carries (one environment, one SDK) is never shown. Without
// statistics (a store from before them) the stored samples are used: one value carried by most
// of them, identity attributes, Rounds' own Collector markers (`rounds.*`) and the duplicates
// of `host.name` / `service.version` left out.
import { carrying, subtractStats, type SignatureAttributeStats } from './attribute-stats.js';
import type { AttributeValue, BaselineKind, Occurrence } from './model.js';

export interface Standout {
  key: string;
  value: string;
  count: number;
  /** Occurrences (or samples) that carried the key. */
  samples: number;
  share: number;
  baselineShare?: number;
  baseline?: BaselineKind;
}

const IGNORED = [/^service\.name$/, /^telemetry\./, /^otel\./, /^process\.pid$/, /^exception\./, /^rounds\./];

/** Keys that describe where an error happened; host and release are read from the resource's own keys. */
function facts(o: Occurrence): Record<string, AttributeValue | undefined> {
  return { 'host.name': o.host, 'service.version': o.release, span: o.spanName, ...o.resource, ...o.attributes };
}

/** A value stands out at this share of the occurrences… */
const MIN_SHARE = 0.5;
/** …and this many times its baseline share. */
const MIN_LIFT = 1.5;

export function standoutFromStats(stats: SignatureAttributeStats, limit = 10): Standout[] {
  const others = subtractStats(stats.serviceErrors, stats.signature);
  const out: Standout[] = [];
  for (const [key, counts] of Object.entries(stats.signature.keys)) {
    const n = carrying(counts);
    const top = Object.entries(counts.values).sort((a, b) => b[1] - a[1])[0];
    if (!top || n < 2) continue;
    const healthy = stats.serviceHealthy?.keys[key];
    const useHealthy = carrying(healthy) >= 5;
    const base = useHealthy ? healthy : others.keys[key];
    const baseN = carrying(base);
    if (baseN < 5) continue;
    const share = top[1] / n;
    const baselineShare = (base?.values[top[0]] ?? 0) / baseN;
    if (share >= MIN_SHARE && share >= MIN_LIFT * baselineShare && share - baselineShare >= 0.2) {
      out.push({ key, value: top[0], count: top[1], samples: n, share, baselineShare, baseline: useHealthy ? 'healthy traffic' : 'other errors' });
    }
  }
  return out.sort((a, b) => b.share - (b.baselineShare ?? 0) - (a.share - (a.baselineShare ?? 0)) || a.key.localeCompare(b.key)).slice(0, limit);
}

export function standoutValues(samples: readonly Occurrence[], options: { minShare?: number; minCount?: number; limit?: number } = {}): Standout[] {
  const minShare = options.minShare ?? 0.6;
  const minCount = options.minCount ?? 2;
  const byKey = new Map<string, Map<string, number>>();
  for (const o of samples) {
    for (const [key, raw] of Object.entries(facts(o))) {
      if (raw === undefined || raw === null || typeof raw === 'object' || IGNORED.some((re) => re.test(key))) continue;
      const value = String(raw);
      if (value.length > 200) continue; // free text, not a dimension
      let values = byKey.get(key);
      if (!values) byKey.set(key, (values = new Map()));
      values.set(value, (values.get(value) ?? 0) + 1);
    }
  }
  const out: Standout[] = [];
  for (const [key, values] of byKey) {
    let best: [string, number] | undefined;
    for (const entry of values) if (!best || entry[1] > best[1]) best = entry;
    if (!best) continue;
    const share = best[1] / samples.length;
    if (best[1] >= minCount && share >= minShare) out.push({ key, value: best[0], count: best[1], samples: samples.length, share });
  }
  return out.sort((a, b) => b.share - a.share || a.key.localeCompare(b.key)).slice(0, options.limit ?? 10);
}
