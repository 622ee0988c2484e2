// Occurrence counts in LMDB: one row per signature and hour, [ordinal, hourBucket] → HourRow
// (the signature's ordinal, signature-rows.ts), that holds the hour's total and its per-minute
// counts. A commit adds a signature's events with one write per hour it touched (events of one
// batch nearly always share an hour), where separate minute and hour rows cost two; retention
// later strips the minutes of hours past the minute retention, leaving the total
// (store/lmdb/prune.ts).
//
// HourRow: [total, minuteOfHour, count, minuteOfHour, count, …], minutes ascending, only the
// minutes that counted something. Plain numbers keep the encoding small and cheap.
import type { Key } from 'lmdb';
import { HOUR_MS, MINUTE_MS } from './keys.js';

export type HourRow = number[];

export const counterKey = (ordinal: number, hour: number): Key => [ordinal, hour];

/** `row` plus `added` (minute bucket → events, all inside `hour`), as a new row. */
export function addToRow(row: HourRow | undefined, hour: number, added: ReadonlyMap<number, number>): HourRow {
  const firstMinute = (hour * HOUR_MS) / MINUTE_MS;
  const minutes = new Map<number, number>();
  let total = 0;
  if (row) {
    total = row[0];
    for (let i = 1; i + 1 < row.length; i += 2) minutes.set(row[i], row[i + 1]);
  }
  for (const [minute, n] of added) {
    const m = minute - firstMinute;
    minutes.set(m, (minutes.get(m) ?? 0) + n);
    total += n;
  }
  const out: HourRow = [total];
  for (const m of [...minutes.keys()].sort((a, b) => a - b)) out.push(m, minutes.get(m)!);
  return out;
}

/** The count of minute bucket `minute` (inside `hour`) in `row`. */
export function minuteCount(row: HourRow, hour: number, minute: number): number {
  const m = minute - (hour * HOUR_MS) / MINUTE_MS;
  for (let i = 1; i + 1 < row.length; i += 2) if (row[i] === m) return row[i + 1];
  return 0;
}

/** Events in the row's minutes from minute bucket `from` on (the total when no minutes are kept). */
export function countFromMinute(row: HourRow, hour: number, from: number): number {
  const m = from - (hour * HOUR_MS) / MINUTE_MS;
  let n = 0;
  for (let i = 1; i + 1 < row.length; i += 2) if (row[i] >= m) n += row[i + 1];
  return n;
}

/** The row without the minutes before minute bucket `cut`, and how many minute counts went. */
export function dropMinutesBefore(row: HourRow, hour: number, cut: number): { row: HourRow; dropped: number } {
  const m = cut - (hour * HOUR_MS) / MINUTE_MS;
  const out: HourRow = [row[0]];
  for (let i = 1; i + 1 < row.length; i += 2) if (row[i] >= m) out.push(row[i], row[i + 1]);
  return { row: out, dropped: (row.length - out.length) / 2 };
}

/** Minute counts a row holds. */
export const minutesIn = (row: HourRow): number => (row.length - 1) >> 1;
