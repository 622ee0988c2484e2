// What one commit stores for a signature's events, whichever store writes it: the trusted
// event time, the capped occurrence sample, which events of a batch become samples (and which
// old samples leave the recent window), and the per-minute and per-hour counts. Pure, so the
// LMDB and PostgreSQL writers keep the same samples and counts (docs/architecture.md, "one
// commit") and a store moved with `rounds migrate-store` holds the same rows.
import type { ErrorEvent, Occurrence } from '../core/model.js';
import type { PreparedEvent, SamplePolicy } from '../core/ports.js';
import { hourBucket, minuteBucket } from '../core/time-buckets.js';

const ATTRIBUTE_VALUE_CAP = 512;
const STACKTRACE_CAP = 16 * 1024;
const MESSAGE_CAP = 4096;
const STATUS_MESSAGE_CAP = 1024;
/** Event times further than this from arrival are not trusted for time buckets. */
const CLOCK_SKEW_MS = 24 * 3_600_000;
/** Most samples one batch adds to a signature's recent window from its last events. */
export const RECENT_PER_BATCH = 2;
/**
 * Least time between two commits that add recent samples to one signature. Under sustained
 * traffic a signature's events arrive in every commit (tens a second); replacing its recent
 * samples in each wrote and deleted two samples of a few KiB per signature per commit, the
 * largest part of such a commit's work (firehose bench), for samples seconds apart anyway.
 * Measured on the events' own time, never past their arrival (planSamples).
 */
export const RECENT_SAMPLE_INTERVAL_MS = 1000;

/** The event's own time when it is within a day of arrival, else the arrival time. */
export function trustedTime(timeMs: number, nowMs: number): number {
  return Number.isFinite(timeMs) && Math.abs(timeMs - nowMs) <= CLOCK_SKEW_MS ? timeMs : nowMs;
}

function capString(value: string | undefined, cap: number): string | undefined {
  return value !== undefined && value.length > cap ? value.slice(0, cap) + '…' : value;
}

function capAttributes(attributes: ErrorEvent['attributes']): ErrorEvent['attributes'] {
  const out: ErrorEvent['attributes'] = {};
  for (const key of Object.keys(attributes)) {
    const value = attributes[key];
    out[key] = typeof value === 'string' ? (capString(value, ATTRIBUTE_VALUE_CAP) as string) : value;
  }
  return out;
}

/** The stored sample of an event: long texts and attribute values capped. */
export function toOccurrence(signatureId: string, e: ErrorEvent): Occurrence {
  return {
    signatureId,
    timeMs: e.timeMs,
    source: e.source,
    service: e.service,
    traceId: e.traceId,
    spanId: e.spanId,
    parentSpanId: e.parentSpanId,
    spanName: e.spanName,
    spanKind: e.spanKind,
    release: e.release,
    environment: e.environment,
    host: e.host,
    handled: e.handled,
    exception: e.exception && {
      type: e.exception.type,
      message: capString(e.exception.message, MESSAGE_CAP),
      stacktrace: capString(e.exception.stacktrace, STACKTRACE_CAP),
    },
    body: capString(e.body, MESSAGE_CAP),
    severityText: e.severityText,
    statusMessage: capString(e.statusMessage, STATUS_MESSAGE_CAP),
    attributes: capAttributes(e.attributes),
    resource: capAttributes(e.resource),
  };
}

export interface SamplePlan {
  /** The events stored as samples, numbered from `seqBefore` on. */
  picks: PreparedEvent[];
  /** The signature's `recentSampledMs` after the batch. */
  recentSampledMs: number | undefined;
  /** The signature's sample sequence after the batch. */
  seqAfter: number;
  /** Samples [dropFrom, dropTo) slid out of the recent window (empty when dropFrom ≥ dropTo). */
  dropFrom: number;
  dropTo: number;
}

/**
 * Keeps the first `first` samples of a signature for good and a sliding window of the `recent`
 * latest. A batch contributes at most RECENT_PER_BATCH samples to the window (its last events),
 * and one more when another sender's events are in it (latestOfOtherSender), and only when the
 * signature's last recent samples are RECENT_SAMPLE_INTERVAL_MS or more older than the batch: a
 * burst of thousands of errors into one signature costs a few writes a second, and the window
 * spans several seconds instead of being filled by one burst.
 *
 * "Older" is read on the events' own (trusted) time, capped at their arrival: live traffic
 * arrives as it happens, so the two agree, but minutes of events that arrive within a second (a
 * Collector sending its queue after an outage, or any backlog replayed) were sampled by arrival
 * as one instant: two or three recent samples for the whole stretch, so whatever the diagnosis
 * reads from the samples (which releases or hosts failed while another ran, the callee, the
 * exception chains) rested on a handful drawn by how the replay was batched. By the events'
 * time the window follows the stretch as it happened. Capped at arrival, a sender whose clock runs
 * ahead is sampled by arrival, and a batch of late events behind the last samples adds none; a
 * server clock set back (arrival before the last samples) counts as due.
 *
 * Sequence numbers count written samples, so the window is exactly the samples in
 * [seq - recent, seq).
 */
export function planSamples(group: readonly PreparedEvent[], seqBefore: number, policy: SamplePolicy, recentSampledMs: number | undefined, nowMs: number): SamplePlan {
  const { first, recent } = policy;
  const firstTaken = Math.min(group.length, Math.max(0, first - seqBefore));
  let latestMs = -Infinity;
  for (const { event } of group) latestMs = Math.max(latestMs, trustedTime(event.timeMs, nowMs));
  const sampledAt = Math.min(latestMs, nowMs);
  const due = recentSampledMs === undefined || sampledAt - recentSampledMs >= RECENT_SAMPLE_INTERVAL_MS || nowMs < recentSampledMs;
  const recentTaken = due ? Math.min(group.length - firstTaken, recent, RECENT_PER_BATCH) : 0;
  const last = group.slice(group.length - recentTaken);
  const other = recentTaken > 0 && recentTaken < recent ? latestOfOtherSender(group, firstTaken, group.length - recentTaken, last) : undefined;
  const picks = [...group.slice(0, firstTaken), ...(other ? [other] : []), ...last];
  const seqAfter = seqBefore + picks.length;
  return {
    picks,
    recentSampledMs: recentTaken > 0 ? sampledAt : recentSampledMs,
    seqAfter,
    dropFrom: Math.max(first, seqBefore - recent),
    dropTo: seqAfter - recent,
  };
}

/**
 * Which process sent an event: its service instance, else its pod, else its host and process id
 * (the semantic conventions' resource attributes), within its service.
 */
function sourceOf(e: ErrorEvent): string {
  const r = e.resource;
  const instance = r['service.instance.id'] ?? r['k8s.pod.name'] ?? r['k8s.pod.uid'] ?? r['process.pid'];
  return `${e.service}\u0000${e.host ?? ''}\u0000${instance === undefined ? '' : String(instance)}`;
}

/**
 * The last event in group[from, to) from a sender none of `taken` came from, if any. A
 * Collector's export holds each process's records together, in order of their resource, so a
 * batch's last two were one process's: two pods failing side by side (two runs of a job, two
 * releases) left samples of one, and the diagnosis saw them one after the other. The last two
 * stay as they were (often one failure's two spans, the call and the request that made it), and
 * this one is added beside them.
 */
function latestOfOtherSender(group: readonly PreparedEvent[], from: number, to: number, taken: readonly PreparedEvent[]): PreparedEvent | undefined {
  const senders = new Set(taken.map((p) => sourceOf(p.event)));
  // One export's events share their resource's attributes object: the same sender, no key needed.
  const resources = new Set(taken.map((p) => p.event.resource));
  for (let i = to - 1; i >= from; i--) {
    const { event } = group[i];
    if (!resources.has(event.resource) && !senders.has(sourceOf(event))) return group[i];
  }
  return undefined;
}

export interface BucketCounts {
  /** minute bucket → events */
  minutes: Map<number, number>;
  /** hour bucket → events */
  hours: Map<number, number>;
}

/** Events per minute and per hour bucket, from the trusted event times. */
export function bucketCounts(times: readonly number[]): BucketCounts {
  const minutes = new Map<number, number>();
  const hours = new Map<number, number>();
  for (const t of times) {
    const m = minuteBucket(t);
    minutes.set(m, (minutes.get(m) ?? 0) + 1);
    const h = hourBucket(t);
    hours.set(h, (hours.get(h) ?? 0) + 1);
  }
  return { minutes, hours };
}
