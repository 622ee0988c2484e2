// Everything `rounds show` and GET /api/signatures/:id tell about one signature: the stored
// detail (with the diagnosis and the samples), plus a timeline from the hourly counters and
// the attribute values that stand out among the samples.
import { standoutFromStats, standoutValues } from '../core/standout.js';
import type { Signature } from '../core/model.js';
import type { SignatureQueries } from '../core/ports.js';
import { HOUR_MS, hourBucket } from '../core/time-buckets.js';
import { toDetail } from './views.js';

export const SAMPLE_LIMIT = 50;

export async function buildReport(store: Pick<SignatureQueries, 'listOccurrences' | 'attributeStats' | 'counts'>, sig: Signature, nowMs: number) {
  const [occurrences, stats, hourly, fortnight] = await Promise.all([
    store.listOccurrences(sig.id, SAMPLE_LIMIT),
    store.attributeStats(sig),
    store.counts(sig.id, 'hour', nowMs - 23 * HOUR_MS, nowMs),
    // 14 days as 24-hour windows ending with the current hour.
    store.counts(sig.id, 'hour', nowMs - (14 * 24 - 1) * HOUR_MS, nowMs),
  ]);
  // Every occurrence against the baseline when the store counted them and the service has one;
  // else (a store from before the counts, a service with nothing to compare) the samples.
  const measured = stats ? standoutFromStats(stats) : [];
  const daily = Array.from({ length: 14 }, (_, d) => fortnight.slice(d * 24, d * 24 + 24).reduce((a, b) => a + b, 0));
  const firstHour = hourBucket(nowMs) - 23;
  return {
    ...toDetail(sig, occurrences),
    timeline: {
      hourly: { from: new Date(firstHour * HOUR_MS).toISOString(), counts: hourly },
      daily: { from: new Date((hourBucket(nowMs) - 14 * 24 + 1) * HOUR_MS).toISOString(), counts: daily },
    },
    standout: measured.length ? measured : standoutValues(occurrences),
    standoutOver: measured.length ? { occurrences: stats!.signature.total, baseline: stats!.serviceHealthy ? 'healthy traffic' : 'other errors' } : { samples: occurrences.length },
  };
}

export type SignatureReport = Awaited<ReturnType<typeof buildReport>>;
