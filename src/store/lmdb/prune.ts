// LMDB's half of retention (store/retention.ts schedules it): occurrence samples and minute
// counters past their retention, hourly counters after a longer one, dedupe buckets the
// writer no longer consults, and trace-index hours. Work is done in small write transactions
// (BATCH rows) with a turn of the event loop between them, so the receiver's commits
// interleave and no single step holds the loop for long. LMDB puts the freed pages on its free
// list and reuses them before growing the file.
import type { Key } from 'lmdb';
import type { PruneCutoffs, PruneResult } from '../../core/ports.js';
import type { Tables } from './environment.js';
import { counterKey, dropMinutesBefore, minutesIn, type HourRow } from './hour-counters.js';
import { dedupeBucket, hourBucket, MINUTE_MS, minuteBucket } from './keys.js';
import { ordinals } from './signature-rows.js';

/** Rows per write transaction: a few milliseconds of work. */
const BATCH = 1000;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class LmdbPruner {
  constructor(private readonly tables: Tables) {}

  async pruneExpired(cutoffs: PruneCutoffs, stopped: () => boolean = () => false): Promise<PruneResult> {
    const { dedupe, traceIndex, occurrences } = this.tables;
    const result: PruneResult = { occurrences: 0, minuteCounters: 0, hourlyCounters: 0, dedupe: 0, traceIndex: 0 };
    // The writer checks the current dedupe bucket and the one before; older ones are dead.
    result.dedupe = await this.removeRange(dedupe, [dedupeBucket(cutoffs.nowMs) - 1], stopped);
    result.traceIndex = await this.removeRange(traceIndex, [hourBucket(cutoffs.minuteCountersBeforeMs)], stopped);
    result.occurrences = await this.pruneOccurrences(occurrences, cutoffs.occurrencesBeforeMs, stopped);
    const counters = await this.pruneCounters(minuteBucket(cutoffs.minuteCountersBeforeMs), hourBucket(cutoffs.hourlyCountersBeforeMs), stopped);
    result.minuteCounters = counters.minute;
    result.hourlyCounters = counters.hour;
    return result;
  }

  /** Removes every key below `end`, a batch per transaction. */
  private async removeRange(db: Tables['dedupe'] | Tables['traceIndex'], end: Key[], stopped: () => boolean): Promise<number> {
    let removed = 0;
    while (!stopped()) {
      const keys = [...db.getKeys({ end, limit: BATCH })];
      if (keys.length === 0) break;
      await this.tables.root.transaction(() => {
        for (const key of keys) db.removeSync(key);
      });
      removed += keys.length;
      await nextTurn();
    }
    return removed;
  }

  /** Samples carry their own time; the table is walked in key order, a batch at a time. */
  private async pruneOccurrences(db: Tables['occurrences'], cutoffMs: number, stopped: () => boolean): Promise<number> {
    let removed = 0;
    let start: Key[] | undefined;
    while (!stopped()) {
      const old: Key[] = [];
      let read = 0;
      let last: Key[] | undefined;
      for (const { key, value } of db.getRange({ start, limit: BATCH })) {
        read++;
        last = key as Key[];
        if ((value as { timeMs: number }).timeMs < cutoffMs) old.push(key as Key);
      }
      if (old.length) {
        await this.tables.root.transaction(() => {
          for (const key of old) db.removeSync(key);
        });
        removed += old.length;
      }
      if (read < BATCH || !last) break;
      // Resume just after the last key read; sequence numbers are integers.
      start = [last[0], (last[1] as number) + 0.5];
      await nextTurn();
    }
    return removed;
  }

  /**
   * Per signature, hour rows before `hourCut` go, and hour rows at or before `minuteCut`'s hour
   * lose their minutes before `minuteCut` (store/lmdb/hour-counters.ts). Counted as the rows
   * the separate minute and hour rows were: minute counts and hour totals removed.
   */
  private async pruneCounters(minuteCut: number, hourCut: number, stopped: () => boolean): Promise<{ minute: number; hour: number }> {
    const { counters } = this.tables;
    const out = { minute: 0, hour: 0 };
    const lastMinuteHour = hourBucket(minuteCut * MINUTE_MS);
    let after: number | undefined;
    while (!stopped()) {
      // Counter rows are keyed by the signature's ordinal (signature-rows.ts).
      const batch = [...ordinals(this.tables, after, 200)];
      if (batch.length === 0) break;
      after = batch.at(-1);
      const keys: Key[] = [];
      for (const ordinal of batch) {
        for (const { key, value } of counters.getRange({ start: counterKey(ordinal, -Infinity), end: counterKey(ordinal, Math.max(hourCut, lastMinuteHour + 1)) })) {
          const hour = (key as [number, number])[1];
          if (hour < hourCut || dropMinutesBefore(value as HourRow, hour, minuteCut).dropped > 0) keys.push(key as Key);
        }
      }
      for (let i = 0; i < keys.length; i += BATCH) {
        const chunk = keys.slice(i, i + BATCH);
        // Read again inside the transaction: a commit may have added to a row since.
        await this.tables.root.transaction(() => {
          for (const key of chunk) {
            const row = counters.get(key) as HourRow | undefined;
            if (!row) continue;
            const hour = (key as [number, number])[1];
            if (hour < hourCut) {
              counters.removeSync(key);
              out.hour++;
              out.minute += minutesIn(row);
            } else {
              const { row: kept, dropped } = dropMinutesBefore(row, hour, minuteCut);
              if (dropped > 0) counters.putSync(key, kept);
              out.minute += dropped;
            }
          }
        });
      }
      await nextTurn();
    }
    return out;
  }
}
