// Key layouts. Keys are lmdb ordered-binary tuples, so a prefix range scan walks one
// signature's rows in order, and time buckets sort naturally.

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;

export const minuteBucket = (ms: number): number => Math.floor(ms / MINUTE_MS);
export const hourBucket = (ms: number): number => Math.floor(ms / HOUR_MS);

/** Sort orders of the signature list, kept as index rows [order, value, id]. */
export type SortOrder = 'count' | 'last' | 'first';
export const SORT_PREFIX: Record<SortOrder, string> = { count: 'c', last: 'l', first: 'f' };

/**
 * Dedupe rows live in 10-minute buckets keyed by arrival time; a lookup checks this bucket and
 * the one before, so a retry is caught for at least 10 minutes — longer than the Collector's
 * default retry budget (`max_elapsed_time: 300s`) — and whole old buckets prune by range.
 */
export const DEDUPE_BUCKET_MS = 10 * MINUTE_MS;
export const dedupeBucket = (ms: number): number => Math.floor(ms / DEDUPE_BUCKET_MS);
