// Key layouts. Keys are lmdb ordered-binary tuples, so a prefix range scan walks one
// signature's rows in order, and time buckets sort naturally.

import { MINUTE_MS } from '../../core/time-buckets.js';
import type { SortOrder } from '../../core/ports.js';

export { HOUR_MS, hourBucket, MINUTE_MS, minuteBucket } from '../../core/time-buckets.js';
export type { SortOrder };

/** Sort orders of the signature list, kept as index rows [order, value, id]. */
export const SORT_PREFIX: Record<SortOrder, string> = { count: 'c', last: 'l', first: 'f' };

/**
 * Dedupe rows live in 10-minute buckets keyed by arrival time; a lookup checks this bucket and
 * the one before, so a retry is caught for at least 10 minutes — longer than the Collector's
 * default retry budget (`max_elapsed_time: 300s`) — and whole old buckets prune by range.
 */
export const DEDUPE_BUCKET_MS = 10 * MINUTE_MS;
export const dedupeBucket = (ms: number): number => Math.floor(ms / DEDUPE_BUCKET_MS);

/** Meta rows `muteDeadline:<id>` → untilMs, so mute expiry visits only time-muted signatures. */
export const MUTE_DEADLINE_PREFIX = 'muteDeadline:';
