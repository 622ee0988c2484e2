// Read-only views the console needs beyond GET /api/signatures[/:id]: a 24-hour sparkline per
// list row (one read of the hourly counters each, instead of a detail request per row), the
// timeline in minute or hour buckets, and each sample's stack trace parsed into frames marked
// in-app or library with the same rules the fingerprinter uses (IN_APP_INCLUDE/EXCLUDE).
import { countsWithMerged } from '../presentation/merged.js';
import { SAMPLE_LIMIT } from '../presentation/signature-report.js';
import { InAppClassifier } from '../core/fingerprint/in-app.js';
import { parseStacktrace } from '../core/fingerprint/stacktrace/detect.js';
import type { Occurrence } from '../core/model.js';
import type { SignatureQueries } from '../core/ports.js';
import { HOUR_MS, hourBucket, MINUTE_MS, minuteBucket } from '../core/time-buckets.js';

type ConsoleStore = Pick<SignatureQueries, 'counts' | 'listOccurrences' | 'getSignature'>;

/** A signature's counts with those of the signatures merged into it, as `show` and the API count them. */
async function combinedCounts(store: ConsoleStore, id: string, granularity: 'minute' | 'hour', fromMs: number, toMs: number): Promise<number[]> {
  const sig = await store.getSignature(id);
  return sig ? countsWithMerged(store, sig, granularity, fromMs, toMs) : store.counts(id, granularity, fromMs, toMs);
}

export const SPARKLINE_HOURS = 24;
/** The timeline's two views: the last three hours by minute, the last seven days by hour. */
export const TIMELINE = {
  minute: { buckets: 180, stepMs: MINUTE_MS, bucketOf: minuteBucket },
  hour: { buckets: 7 * 24, stepMs: HOUR_MS, bucketOf: hourBucket },
} as const;

export type Bucket = keyof typeof TIMELINE;

export async function sparklines(store: ConsoleStore, ids: readonly string[], nowMs: number): Promise<Record<string, number[]>> {
  const out: Record<string, number[]> = {};
  const counts = await Promise.all(ids.map((id) => combinedCounts(store, id, 'hour', nowMs - (SPARKLINE_HOURS - 1) * HOUR_MS, nowMs)));
  ids.forEach((id, i) => (out[id] = counts[i]));
  return out;
}

export async function timeline(store: ConsoleStore, id: string, bucket: Bucket, nowMs: number) {
  const t = TIMELINE[bucket];
  const first = t.bucketOf(nowMs) - t.buckets + 1;
  const counts = await combinedCounts(store, id, bucket, first * t.stepMs, nowMs);
  return { bucket, from: new Date(first * t.stepMs).toISOString(), stepMs: t.stepMs, counts };
}

/** Attributes that name the runtime, as the pipeline passes them to the parser. */
const RUNTIME_KEYS = ['telemetry.sdk.language', 'process.runtime.name'];

function runtimeHint(o: Occurrence): string | undefined {
  for (const key of RUNTIME_KEYS) {
    const v = o.resource[key] ?? o.attributes[key];
    if (typeof v === 'string') return v;
  }
  return undefined;
}

export async function sampleStacks(store: ConsoleStore, id: string, classifier: InAppClassifier) {
  return (await store.listOccurrences(id, SAMPLE_LIMIT)).map((o) => {
    const text = o.exception?.stacktrace;
    const trace = text ? parseStacktrace(text, runtimeHint(o)) : { runtime: 'unknown' as const, exceptions: [] };
    return {
      time: new Date(o.timeMs).toISOString(),
      traceId: o.traceId,
      spanId: o.spanId,
      runtime: trace.runtime,
      exceptions: trace.exceptions.map((e) => ({
        type: e.type,
        message: e.message,
        relation: e.relation,
        frames: e.frames.map((f) => ({ function: f.function, module: f.module, file: f.file, line: f.line, column: f.column, inApp: classifier.isInApp(f, trace.runtime) })),
      })),
    };
  });
}
