// Attribute values that stand out among a signature's stored samples: one value carried by
// most of them (one host, one release, one route). A value shared by every sample of a key
// that has a single value across the board is reported too — "all 20 samples came from
// web-3" is the point — but identity attributes that are constant by construction
// (service.name, the SDK's own) are left out.
import type { AttributeValue, Occurrence } from './model.js';

export interface Standout {
  key: string;
  value: string;
  count: number;
  samples: number;
  share: number;
}

const IGNORED = [/^service\.name$/, /^telemetry\./, /^otel\./, /^process\.pid$/, /^exception\./];

/** Keys that describe where an error happened, beyond the free-form attributes. */
function facts(o: Occurrence): Record<string, AttributeValue | undefined> {
  return { host: o.host, release: o.release, environment: o.environment, span: o.spanName, ...o.resource, ...o.attributes };
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
