// The time buckets Rounds counts occurrences in (per minute and per hour, epoch-aligned, UTC),
// shared by every store and by the views that draw timelines from the counts.
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;

export const minuteBucket = (ms: number): number => Math.floor(ms / MINUTE_MS);
export const hourBucket = (ms: number): number => Math.floor(ms / HOUR_MS);
