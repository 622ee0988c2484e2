// Everything `rounds show` and GET /api/signatures/:id tell about one signature: the stored
// detail (with the diagnosis and the samples), plus a timeline from the hourly counters and
// the attribute values that stand out among the samples.
import { standoutFromStats, standoutValues } from '../core/standout.js';
import { readStatsForSignature } from '../store/attribute-stats.js';
import type { Signature } from '../core/model.js';
import { HOUR_MS, hourBucket } from '../store/keys.js';
import type { LmdbSignatureStore } from '../store/signature-store.js';
import { countsWithMerged, mergedSourceIds } from './merged.js';
import { toDetail } from './views.js';

export const SAMPLE_LIMIT = 50;

export function buildReport(store: LmdbSignatureStore, sig: Signature, nowMs: number) {
  const occurrences = store.listOccurrences(sig.id, SAMPLE_LIMIT);
  const stats = readStatsForSignature(store.tables, sig.id, sig.service, sig.firstSeenMs, sig.lastSeenMs);
  // Every occurrence against the baseline when the store counted them and the service has one;
  // else (a store from before the counts, a service with nothing to compare) the samples.
  const measured = stats ? standoutFromStats(stats) : [];
  // The timeline and the release figures include what was counted under merged signatures.
  const mergedFrom = mergedSourceIds(store, sig);
  const hourly = countsWithMerged(store, sig, 'hour', nowMs - 23 * HOUR_MS, nowMs);
  // 14 days as 24-hour windows ending with the current hour.
  const fortnight = countsWithMerged(store, sig, 'hour', nowMs - (14 * 24 - 1) * HOUR_MS, nowMs);
  const daily = Array.from({ length: 14 }, (_, d) => fortnight.slice(d * 24, d * 24 + 24).reduce((a, b) => a + b, 0));
  const firstHour = hourBucket(nowMs) - 23;
  return {
    ...toDetail(sig, occurrences),
    timeline: {
      hourly: { from: new Date(firstHour * HOUR_MS).toISOString(), counts: hourly },
      daily: { from: new Date((hourBucket(nowMs) - 14 * 24 + 1) * HOUR_MS).toISOString(), counts: daily },
    },
    mergedFrom,
    releaseCounts: releaseCounts(store, sig, mergedFrom, stats?.signature.keys['service.version']?.values),
    standout: measured.length ? measured : standoutValues(occurrences),
    standoutOver: measured.length ? { occurrences: stats!.signature.total, baseline: stats!.serviceHealthy ? 'healthy traffic' : 'other errors' } : { samples: occurrences.length },
  };
}

export type SignatureReport = ReturnType<typeof buildReport>;

/**
 * Occurrences per release (service.version), counted over every occurrence by the attribute
 * statistics, merged signatures included; a signature of one release has them all there.
 * Empty for a store from before the statistics.
 */
function releaseCounts(store: LmdbSignatureStore, sig: Signature, mergedFrom: readonly string[], own: Record<string, number> | undefined): { release: string; count: number }[] {
  if (sig.releases.length === 1) return [{ release: sig.releases[0], count: sig.count }];
  const total = new Map<string, number>(Object.entries(own ?? {}));
  for (const id of mergedFrom) {
    const source = store.getSignature(id);
    const values = source && readStatsForSignature(store.tables, id, source.service, source.firstSeenMs, source.lastSeenMs)?.signature.keys['service.version']?.values;
    for (const [release, n] of Object.entries(values ?? {})) total.set(release, (total.get(release) ?? 0) + n);
  }
  return [...total].map(([release, count]) => ({ release, count })).sort((a, b) => b.count - a.count || a.release.localeCompare(b.release));
}
