// Everything `rounds show` and GET /api/signatures/:id tell about one signature: the stored
// detail (with the diagnosis and the samples), plus a timeline from the hourly counters and
// the attribute values that stand out among the samples.
import { standoutFromStats, standoutValues } from '../core/standout.js';
import type { Signature } from '../core/model.js';
import type { SignatureQueries } from '../core/ports.js';
import { HOUR_MS, hourBucket } from '../core/time-buckets.js';
import { countsWithMerged, mergedSourceIds } from './merged.js';
import { toDetail } from './views.js';

export const SAMPLE_LIMIT = 50;

type ReportStore = Pick<SignatureQueries, 'getSignature' | 'listOccurrences' | 'attributeStats' | 'counts'>;

export async function buildReport(store: ReportStore, sig: Signature, nowMs: number) {
  const [occurrences, stats] = await Promise.all([store.listOccurrences(sig.id, SAMPLE_LIMIT), store.attributeStats(sig)]);
  // Every occurrence against the baseline when the store counted them and the service has one;
  // else (a store from before the counts, a service with nothing to compare) the samples.
  const measured = stats ? standoutFromStats(stats) : [];
  // The timeline and the release figures include what was counted under merged signatures.
  const mergedFrom = await mergedSourceIds(store, sig);
  const hourly = await countsWithMerged(store, sig, 'hour', nowMs - 23 * HOUR_MS, nowMs);
  // 14 days as 24-hour windows ending with the current hour.
  const fortnight = await countsWithMerged(store, sig, 'hour', nowMs - (14 * 24 - 1) * HOUR_MS, nowMs);
  const daily = Array.from({ length: 14 }, (_, d) => fortnight.slice(d * 24, d * 24 + 24).reduce((a, b) => a + b, 0));
  const firstHour = hourBucket(nowMs) - 23;
  return {
    ...toDetail(sig, occurrences),
    timeline: {
      hourly: { from: new Date(firstHour * HOUR_MS).toISOString(), counts: hourly },
      daily: { from: new Date((hourBucket(nowMs) - 14 * 24 + 1) * HOUR_MS).toISOString(), counts: daily },
    },
    mergedFrom,
    releaseCounts: await releaseCounts(store, sig, mergedFrom, stats?.signature.keys['service.version']?.values),
    standout: measured.length ? measured : standoutValues(occurrences),
    standoutOver: measured.length ? { occurrences: stats!.signature.total, baseline: stats!.serviceHealthy ? 'healthy traffic' : 'other errors' } : { samples: occurrences.length },
  };
}

export type SignatureReport = Awaited<ReturnType<typeof buildReport>>;

/**
 * Occurrences per release (service.version), counted over every occurrence by the attribute
 * statistics, merged signatures included; a signature of one release has them all there.
 * Empty for a store from before the statistics.
 */
async function releaseCounts(store: ReportStore, sig: Signature, mergedFrom: readonly string[], own: Record<string, number> | undefined): Promise<{ release: string; count: number }[]> {
  if (sig.releases.length === 1) return [{ release: sig.releases[0], count: sig.count }];
  const total = new Map<string, number>(Object.entries(own ?? {}));
  for (const id of mergedFrom) {
    const source = await store.getSignature(id);
    const values = source && (await store.attributeStats(source))?.signature.keys['service.version']?.values;
    for (const [release, n] of Object.entries(values ?? {})) total.set(release, (total.get(release) ?? 0) + n);
  }
  return [...total].map(([release, count]) => ({ release, count })).sort((a, b) => b.count - a.count || a.release.localeCompare(b.release));
}
