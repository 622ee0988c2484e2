// Errors that come back at the same time each hour or each day (core/recurrence.ts), and the
// near misses that must not read as a schedule: steady errors, one burst, a burst across an
// hour's end, too few repeats, a pattern with a fifth of its errors outside the window.
import { expect, it } from 'vitest';
import { recurrenceOf } from '../../src/core/recurrence.js';

const HOURS_OF_MINUTES = 6;
/** Six hours of per-minute counts ending at some hour's minute 59 (minutes since the epoch). */
const LAST_MINUTE = 29_000_012 * 60 + 59;
const minutes = (at: (minuteOfHour: number, hourAgo: number) => number) =>
  Array.from({ length: HOURS_OF_MINUTES * 60 }, (_, i) => {
    const bucket = LAST_MINUTE - HOURS_OF_MINUTES * 60 + 1 + i;
    return at(bucket % 60, Math.floor((LAST_MINUTE - bucket) / 60));
  });
const noHours = new Array<number>(168).fill(0);
const LAST_HOUR = Math.floor(LAST_MINUTE / 60);

it('finds errors at the same minutes of every hour', () => {
  const r = recurrenceOf(minutes((m) => (m <= 2 ? 4 : 0)), LAST_MINUTE, noHours, LAST_HOUR);
  expect(r).toEqual({ period: 'hourly', window: ':00–:02', repeats: 6, periods: 6, share: 1 });
});

it('finds a window that wraps past the hour, and tolerates a few errors outside it', () => {
  const counts = minutes((m, ago) => (m >= 58 || m <= 1 ? 3 : m === 30 && ago === 2 ? 2 : 0));
  expect(recurrenceOf(counts, LAST_MINUTE, noHours, LAST_HOUR)).toMatchObject({ period: 'hourly', window: ':58–:01' });
});

it('finds errors at the same hours of every day', () => {
  // A week of hours; errors from 02:00 to 03:59 UTC on five days of each seven.
  const lastHour = Math.floor(LAST_MINUTE / 60);
  const hours = Array.from({ length: 168 }, (_, i) => {
    const hourOfDay = (lastHour - 167 + i) % 24;
    const day = Math.floor((lastHour - 167 + i) / 24);
    return (hourOfDay === 2 || hourOfDay === 3) && day % 7 < 5 ? 6 : 0;
  });
  expect(recurrenceOf(new Array<number>(360).fill(0), LAST_MINUTE, hours, lastHour)).toMatchObject({ period: 'daily', window: '02:00–03:59 UTC', share: 1 });
});

it('near misses: steady errors, one burst, a burst across an hour, two repeats, a fifth outside the window, too few errors', () => {
  const none = (counts: number[]) => expect(recurrenceOf(counts, LAST_MINUTE, noHours, LAST_HOUR)).toBeUndefined();
  none(minutes(() => 1));
  none(minutes((m, ago) => (ago === 3 && m >= 10 && m <= 12 ? 20 : 0)));
  none(minutes((m, ago) => ((ago === 3 && m >= 58) || (ago === 2 && m <= 2) ? 10 : 0)));
  none(minutes((m, ago) => (ago <= 1 && m <= 2 ? 10 : 0)));
  none(minutes((m, ago) => (m <= 2 ? 4 : m === 40 && ago <= 3 ? 5 : 0)));
  none(minutes((m, ago) => (m === 0 && ago <= 2 ? 2 : 0)));
});

it('fewer errors when more hours repeat them: two or one at :01 in five of the last six hours', () => {
  // An exec endpoint timing out in the minute a job runs each hour (test/fixtures/incidents round 18).
  const found = recurrenceOf(minutes((m, ago) => (m === 1 && ago >= 1 && ago <= 5 ? (ago % 2 ? 2 : 1) : 0)), LAST_MINUTE, noHours, LAST_HOUR);
  expect(found).toMatchObject({ period: 'hourly', window: ':01–:01', repeats: 5 });
  // Near miss: as few errors in three hours only.
  expect(recurrenceOf(minutes((m, ago) => (m === 1 && ago >= 1 && ago <= 3 ? 2 : 0)), LAST_MINUTE, noHours, LAST_HOUR)).toBeUndefined();
});
