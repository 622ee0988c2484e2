// Whether a signature's errors come back at the same time of the hour or of the day and not in
// between: the mark of something scheduled (a cron job, a batch or report, a backup, cache
// entries or tokens that expire together) rather than of a fault that is always there. Read
// from the signature's own counters: per minute over the last hours for an hourly schedule, per
// hour over the last days for a daily one. Pure.
import type { Recurrence } from './model.js';

export type { Recurrence };

/** Errors counted before a pattern is looked for. */
const MIN_ERRORS = 10;
/** Periods (hours or days) that must each show the errors in the window. */
const MIN_REPEATS = 3;
/**
 * Fewer errors make a pattern when more periods repeat it: a call made a few times an hour that
 * fails only in the minute a job runs gives one or two errors an hour (an exec endpoint timing out
 * at :01 each hour: 9 errors over 5 of 6 hours, under MIN_ERRORS by the traffic's noise). Three
 * periods of two errors each stay too few.
 */
const FEW_ERRORS = 6;
const FEW_ERRORS_REPEATS = 4;
/** Share of the errors that must fall inside the window. */
const MIN_SHARE = 0.9;
/** Widest window: five minutes of each hour, two hours of each day. */
const HOURLY_WIDTH = 5;
const DAILY_WIDTH = 2;
/**
 * Periods shorter than the hour that divide it, longest first: cron's `*\/30`, `*\/20`, `*\/15`,
 * `*\/12`, `*\/10`, `*\/6` and `*\/5` schedules fire at the same minutes of each such period
 * (ecosyste-ms/packages#1776: every `*\/15`, `*\/30` and hourly cron firing together at :00 and
 * :30), and so does a scheduler counting a fixed interval from its start (incidents round 44: Lemmy
 * 0.18.0 updating its hot ranks every 5 minutes, LemmyNet/lemmy#2952). Read only when no hourly
 * window holds the errors, and each only when no longer period does: an hourly job's minutes recur
 * every 30 and 15 minutes as well, and a 10-minute job's errors fall in one minute of every 5 (in
 * half of those periods). Five is the shortest: its window is a single minute, and a shorter
 * period would leave too few minutes in between to show that the errors stay out of them.
 */
const SUB_HOUR_PERIODS = [30, 20, 15, 12, 10, 6, 5];
/**
 * Share of the sub-hour periods whose window must hold errors: a cron firing every N minutes
 * brings them in most of its periods, where two unrelated hourly things (errors at :00 and :20)
 * would fill only some of the 20-minute periods.
 */
const SUB_HOUR_COVERAGE = 0.75;

/** A window of slots within the period (first and last slot) and how the errors fill it. */
interface Found {
  from: number;
  to: number;
  repeats: number;
  periods: number;
  share: number;
}

/**
 * The recurrence in `counts` (oldest first; `firstBucket` is the first count's absolute bucket:
 * minutes or hours since the epoch) over a period of `slots` buckets (60 minutes, 24 hours).
 */
function recurring(counts: readonly number[], firstBucket: number, slots: number, width: number, coverage = 0): Found | undefined {
  let total = 0;
  const bySlot = new Array<number>(slots).fill(0);
  for (let i = 0; i < counts.length; i++) {
    total += counts[i];
    bySlot[(firstBucket + i) % slots] += counts[i];
  }
  if (total < FEW_ERRORS) return undefined;
  // The busiest window of `width` slots, wrapping around the period's end.
  let best = -1;
  let bestSum = -1;
  for (let from = 0; from < slots; from++) {
    let sum = 0;
    for (let k = 0; k < width; k++) sum += bySlot[(from + k) % slots];
    if (sum > bestSum) [best, bestSum] = [from, sum];
  }
  if (bestSum < MIN_SHARE * total) return undefined;
  // The window narrowed to the slots that hold errors, so it says when they come.
  let from = best;
  let to = best + width - 1;
  while (from < to && bySlot[from % slots] === 0) from++;
  while (to > from && bySlot[to % slots] === 0) to--;
  const inWindow = (bucket: number) => {
    const slot = bucket % slots;
    return (slot - (from % slots) + slots) % slots <= to - from;
  };
  // The periods counted start with the first that holds an error: before it the failure had not
  // begun (a job left behind by an app removed two hours ago fails from the next run on,
  // owncloud/core#35589), so those periods say nothing of whether the schedule brings the errors.
  const periodsWith = new Set<number>();
  const periodsSeen = new Set<number>();
  const firstError = counts.findIndex((c) => c > 0);
  for (let i = Math.max(0, firstError); i < counts.length; i++) {
    const bucket = firstBucket + i;
    periodsSeen.add(Math.floor(bucket / slots));
    if (counts[i] > 0 && inWindow(bucket)) periodsWith.add(Math.floor(bucket / slots));
  }
  if (periodsWith.size < MIN_REPEATS || periodsWith.size < coverage * periodsSeen.size) return undefined;
  if (total < MIN_ERRORS && periodsWith.size < FEW_ERRORS_REPEATS) return undefined;
  return { from: from % slots, to: to % slots, repeats: periodsWith.size, periods: periodsSeen.size, share: bestSum / total };
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * The schedule the counts show, hourly first: `minuteCounts` per minute ending at the minute
 * `lastMinute` (minutes since the epoch), `hourCounts` per hour ending at `lastHour`.
 */
export function recurrenceOf(minuteCounts: readonly number[], lastMinute: number, hourCounts: readonly number[], lastHour: number): Recurrence | undefined {
  const firstMinute = lastMinute - minuteCounts.length + 1;
  const hourly = recurring(minuteCounts, firstMinute, 60, HOURLY_WIDTH);
  if (hourly) return { period: 'hourly', window: `:${two(hourly.from)}–:${two(hourly.to)}`, repeats: hourly.repeats, periods: hourly.periods, share: hourly.share };
  for (const minutes of SUB_HOUR_PERIODS) {
    // A window a quarter of the period wide at most, so that it still says 'not in between'.
    const sub = recurring(minuteCounts, firstMinute, minutes, Math.min(HOURLY_WIDTH, Math.floor(minutes / 4)), SUB_HOUR_COVERAGE);
    if (!sub) continue;
    const windows = Array.from({ length: 60 / minutes }, (_, k) => `:${two(sub.from + k * minutes)}–:${two(sub.to + k * minutes)}`);
    // Up to four windows are each written out; more (a period of 12 minutes or less) are the first
    // two and the last, the period saying the rest.
    const listed = windows.length <= 4 ? windows.slice(0, -1).join(', ') : `${windows[0]}, ${windows[1]}, …`;
    return { period: 'hourly', everyMinutes: minutes, window: `${listed} and ${windows[windows.length - 1]}`, repeats: sub.repeats, periods: sub.periods, share: sub.share };
  }
  const daily = recurring(hourCounts, lastHour - hourCounts.length + 1, 24, DAILY_WIDTH);
  if (daily) return { period: 'daily', window: `${two(daily.from)}:00–${two(daily.to)}:59 UTC`, repeats: daily.repeats, periods: daily.periods, share: daily.share };
  return undefined;
}
