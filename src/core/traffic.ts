// A service's healthy traffic around a signature's start: whether the errors began when the
// traffic rose several times over its rate of the hours before. A surge fails requests in ways
// that read like other causes (timeouts to a database, a drained pool, 503s from a peer), and
// the peer is then slow because of the load, not broken. The healthy spans the Collector
// forwards are counted per minute in the service's hourly rows (AttributeStats.minutes), by the
// spans' own time.
import { MINUTES_PER_HOUR, type AttributeStats } from './attribute-stats.js';
import type { TrafficSurge } from './model.js';
import { hourBucket, minuteBucket, MINUTE_MS, HOUR_MS } from './time-buckets.js';

/** Hours of traffic before the signature's first hour that its rate is compared with. */
export const TRAFFIC_LOOKBACK_HOURS = 3;
/** A signature active longer than this has no "before" worth comparing with. */
const MAX_ACTIVE_HOURS = 24;
/** A minute whose count is not known (its hour's row kept no minutes). */
export const UNKNOWN_MINUTE = -1;

/** Least minutes of traffic before the errors for a rate to compare with. */
const MIN_BEFORE_MINUTES = 30;
/** Least minutes of errors, the current one not counted, to measure the traffic during them. */
const MIN_DURING_MINUTES = 2;
/** The minutes just before the first error are neither before nor during: a surge ramps up. */
const RAMP_MINUTES = 5;
/** Least healthy spans during the errors: fewer say nothing about load. */
const MIN_DURING_SPANS = 50;
/** Least rise reported. */
export const SURGE_RATIO = 2;

/**
 * The hours whose healthy rows give a signature's traffic: from TRAFFIC_LOOKBACK_HOURS before
 * its first hour to its last; none for a signature active over more than a day.
 */
export function trafficHours(firstSeenMs: number, lastSeenMs: number): { from: number; last: number } | undefined {
  const first = hourBucket(firstSeenMs);
  const last = hourBucket(lastSeenMs);
  if (last - first >= MAX_ACTIVE_HOURS || last < first) return undefined;
  return { from: first - TRAFFIC_LOOKBACK_HOURS, last };
}

/**
 * The service's healthy spans per minute over `trafficHours`, read from the hourly healthy rows
 * (`rowOf`); undefined for a signature active over more than a day, or when no row kept minutes.
 */
export function healthyPerMinute(rowOf: (hour: number) => AttributeStats | undefined, firstSeenMs: number, lastSeenMs: number): { fromMs: number; counts: number[] } | undefined {
  const hours = trafficHours(firstSeenMs, lastSeenMs);
  if (!hours) return undefined;
  const { from, last } = hours;
  const counts: number[] = [];
  let known = false;
  for (let h = from; h <= last; h++) {
    const row = rowOf(h);
    const minutes = row?.minutes;
    if (minutes) known = true;
    // An hour without a row had no healthy span counted; one whose row kept no minutes is unknown.
    for (let m = 0; m < MINUTES_PER_HOUR; m++) counts.push(minutes ? (minutes[m] ?? 0) : row ? UNKNOWN_MINUTE : 0);
  }
  return known ? { fromMs: from * HOUR_MS, counts } : undefined;
}

/**
 * The rise of the service's healthy traffic from the hours before the signature's first error
 * (from the first minute that had any: a service that just began sending has no "before") to
 * the minutes since, the current minute left out as it is still counting; undefined when
 * either side is too short or too thin to say, or the traffic did not rise by SURGE_RATIO.
 */
export function trafficSurgeOf(perMinute: { fromMs: number; counts: number[] }, firstSeenMs: number, lastSeenMs: number, nowMs: number): TrafficSurge | undefined {
  const measured = trafficRatioOf(perMinute, firstSeenMs, lastSeenMs, nowMs);
  return measured && measured.ratio >= SURGE_RATIO ? measured : undefined;
}

/**
 * The surge trafficSurgeOf finds, with the signature's own `failed` requests counted beside the
 * healthy spans since its first error, for a signature whose occurrences are requests the service
 * served (server spans: each one a request, as a healthy span is). Requests that fail are load as
 * much as those that pass: a caller retrying each failure at once, without backoff or jitter,
 * multiplies the calls a slowed service takes while most of the added ones fail — its healthy
 * traffic barely moves, and only the failures show the rise (aks151/ai-incident-investigator#8: a
 * payment service's calls about three and a half times over once its order service retried the
 * Charges its small pool refused). An outage adds no requests (the failures replace the healthy
 * ones, and the ratio stays near 1), so it does not read as a surge.
 */
export function trafficSurgeWithFailuresOf(perMinute: { fromMs: number; counts: number[] }, firstSeenMs: number, lastSeenMs: number, nowMs: number, failed: number): TrafficSurge | undefined {
  const measured = trafficRatioOf(perMinute, firstSeenMs, lastSeenMs, nowMs, failed);
  return measured && measured.ratio >= SURGE_RATIO ? { ...measured, failed } : undefined;
}

/** Below this, the traffic since the first error held steady (within a quarter of before). */
export const STEADY_RATIO = 1.25;

/**
 * The service's traffic measured as trafficSurgeOf measures it and found not to have risen (under
 * STEADY_RATIO): what ran out ran out without more requests asking for it. A request that failed
 * sent no healthy span, so the signature's own `failed` occurrences count with the healthy spans
 * since its first error: an outage is no fall of the traffic.
 */
export function trafficSteadyOf(perMinute: { fromMs: number; counts: number[] }, firstSeenMs: number, lastSeenMs: number, nowMs: number, failed: number): TrafficSurge | undefined {
  const measured = trafficRatioOf(perMinute, firstSeenMs, lastSeenMs, nowMs, failed);
  return measured && measured.ratio < STEADY_RATIO ? measured : undefined;
}

/** The before and during rates (`extra` spans added to the minutes since), whatever their ratio; undefined when either side is too short or too thin to say. */
function trafficRatioOf(perMinute: { fromMs: number; counts: number[] }, firstSeenMs: number, lastSeenMs: number, nowMs: number, extra = 0): TrafficSurge | undefined {
  const origin = minuteBucket(perMinute.fromMs);
  const at = (minute: number) => perMinute.counts[minute - origin] ?? UNKNOWN_MINUTE;
  const start = minuteBucket(firstSeenMs);
  const end = Math.min(minuteBucket(lastSeenMs), minuteBucket(nowMs) - 1);
  let beforeSpans = 0;
  let beforeMinutes = 0;
  let firstBefore = -1;
  for (let m = origin; m < start - RAMP_MINUTES; m++) {
    const n = at(m);
    if (n === UNKNOWN_MINUTE || (firstBefore < 0 && n === 0)) continue;
    if (firstBefore < 0) firstBefore = m;
    beforeSpans += n;
    beforeMinutes++;
  }
  let duringSpans = extra;
  let duringMinutes = 0;
  for (let m = start; m <= end; m++) {
    const n = at(m);
    if (n === UNKNOWN_MINUTE) continue;
    duringSpans += n;
    duringMinutes++;
  }
  if (beforeMinutes < MIN_BEFORE_MINUTES || duringMinutes < MIN_DURING_MINUTES || duringSpans < MIN_DURING_SPANS || beforeSpans === 0) return undefined;
  const beforePerMinute = beforeSpans / beforeMinutes;
  const duringPerMinute = duringSpans / duringMinutes;
  const ratio = duringPerMinute / beforePerMinute;
  return { ratio, beforePerMinute, duringPerMinute, beforeFromMs: firstBefore * MINUTE_MS, sinceMs: start * MINUTE_MS, minutes: duringMinutes };
}
