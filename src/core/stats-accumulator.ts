// Exact counts of many small additions, folded into a stored AttributeStats record once.
// A commit adds every healthy-span tally of its requests (one per resource and export, each
// with its facts) to its service's hourly row. Added one by one to the row, each fact of each
// tally pays the row's bounded top-k bookkeeping (core/attribute-stats.ts, addValue), and a
// busy key (tenants, pods: more values than the row tracks) pays a scan of the tracked values
// per fact. Summed exactly here first, each distinct value reaches the row once per commit, and
// the most frequent first, so a value that is frequent in this commit is not pushed out by the
// rare ones that happened to come before it.
import { addMinutes, addValue, MINUTES_PER_HOUR, type AttributeStats, type HealthyTally } from './attribute-stats.js';
import { hourBucket, minuteBucket } from './time-buckets.js';

export class StatsAccumulator {
  /** Events counted (spans, for the healthy baseline). */
  total = 0;
  /** Of those, per minute of the row's hour (healthy rows). */
  minutes: number[] | undefined;
  private readonly keys = new Map<string, Map<string, number>>();

  add(key: string, value: string, n: number): void {
    let values = this.keys.get(key);
    if (!values) this.keys.set(key, (values = new Map()));
    values.set(value, (values.get(value) ?? 0) + n);
  }

  /** Adds the counts to `stats` (mutates it): per key, the most frequent values first. */
  foldInto(stats: AttributeStats): void {
    stats.total += this.total;
    if (this.minutes) stats.minutes = addMinutes(stats.minutes, this.minutes);
    for (const [key, values] of this.keys) {
      const byCount = [...values].sort((a, b) => b[1] - a[1]);
      for (const [value, n] of byCount) addValue(stats, key, value, n);
    }
  }
}

/**
 * A commit's healthy tallies summed per service and hour, with their spans per minute of the
 * hour, for both stores' writers. `timeOf`: the time a tally is counted at (its own, if trusted).
 */
export function sumHealthyTallies(tallies: readonly HealthyTally[], timeOf: (timeMs: number) => number): { hour: number; service: string; sum: StatsAccumulator }[] {
  const rows = new Map<string, { hour: number; service: string; sum: StatsAccumulator }>();
  for (const t of tallies) {
    const timeMs = timeOf(t.timeMs);
    const hour = hourBucket(timeMs);
    const key = `${hour}\u0000${t.service}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { hour, service: t.service, sum: new StatsAccumulator() }));
    row.sum.total += t.count;
    const minutes = (row.sum.minutes ??= new Array<number>(MINUTES_PER_HOUR).fill(0));
    minutes[minuteBucket(timeMs) - hour * MINUTES_PER_HOUR] += t.count;
    for (const [k, v, n] of t.facts) row.sum.add(k, v, n);
  }
  return [...rows.values()];
}
