// Whether an event is a retry of one stored in the last 10 to 20 minutes (this dedupe bucket or
// the one before, keys.ts), reading LMDB only where its key may be.
//
// Where an event's key is stored (ingest-writer.ts): an event with a trace id has one row in the
// trace index, [hour, traceId, dedupeKey] → signature id, which answers both "was this stored"
// and "which signatures occurred in this trace"; one without has a dedupe row [bucket, dedupeKey].
// Each row is an insert at a random place in a large table, a page written and synced per event,
// so one row per event where there were two (a dedupe row and a trace row): on bench/commit.ts,
// three alternating pairs, firehose-shaped commits took 810–1,055 µs of the main thread against
// 935–1,320 and ran 518–624 commits/s against 430–570 (docs/architecture.md, Store). Stores
// written before that keep dedupe rows for traced events too: read as below until they age out.
//
// Nearly every event is new, and the check read two buckets per event: timed inside the
// firehose's commits, the dedupe checks took 0.41 ms of 1.45 (9 µs per event). So each bucket
// has a Bloom filter of the keys stored in it, and a key the filter never saw is not read for.
// A filter answers for its bucket only if it has seen every key stored in it: only the writer
// stores keys (one server per data dir, its lock) and it tells the filter of each one, so that
// holds for a bucket that began after this writer's first commit, and for an older bucket that
// held no row when the writer first met it. A bucket that already had rows (written before a
// restart) has no filter and is always read, in both forms of row. A transaction that does not
// commit leaves keys in the filter that are not stored: a "maybe" that the read then settles,
// never a missed duplicate; the same for rows the prune removes.
import { BloomFilter } from '../../core/bloom-filter.js';
import type { Database } from 'lmdb';
import { DEDUPE_BUCKET_MS, hourBucket } from './keys.js';

/**
 * 2^24 bits (2 MiB) and five positions per key: about 0.1 % false positives at a million keys
 * in a bucket (ten minutes of 1,700 errors a second), 7 % at three million; past that the filter
 * saves fewer reads but never answers wrong.
 */
const BITS_LOG2 = 24;
const HASHES = 5;

/** The two tables an event's key can be stored in. */
export interface DedupeTables {
  dedupe: Pick<Database<number>, 'get' | 'getKeys'>;
  traceIndex: Pick<Database<number | string>, 'get' | 'getKeys'>;
}

/** The trace-index row that records a traced event: [hour, traceId, dedupeKey]. */
export const tracedEventKey = (hour: number, traceId: string, dedupeKey: string): [number, string, string] => [hour, traceId, dedupeKey];

export class RecentDedupeKeys {
  /** Filters of the buckets in use (the current one and the one before), by bucket. */
  private readonly filters = new Map<number, BloomFilter | undefined>();
  /** Arrival time of the first check: buckets that began after it were seen from their start. */
  private firstCheckMs: number | undefined;

  constructor(private readonly tables: DedupeTables) {}

  /**
   * Whether the event `key` (of trace `traceId`, if any) is stored in `bucket`; call inside the
   * write transaction, for this bucket and the one before.
   */
  holds(bucket: number, key: string, traceId: string | undefined, nowMs: number): boolean {
    const filter = this.filterOf(bucket, nowMs);
    if (filter !== undefined && !filter.mayContain(key)) return false;
    if (traceId !== undefined && this.tables.traceIndex.get(tracedEventKey(hourBucket(bucket * DEDUPE_BUCKET_MS), traceId, key)) !== undefined) return true;
    // A traced event has a dedupe row only if a writer from before the trace rows stored it, in
    // a bucket that has no filter for that reason.
    if (traceId !== undefined && filter !== undefined) return false;
    return this.tables.dedupe.get([bucket, key]) !== undefined;
  }

  /** `key` is being stored in `bucket` (in the current write transaction). */
  stored(bucket: number, key: string, nowMs: number): void {
    this.filterOf(bucket, nowMs)?.add(key);
  }

  private filterOf(bucket: number, nowMs: number): BloomFilter | undefined {
    if (this.filters.has(bucket)) return this.filters.get(bucket);
    this.firstCheckMs ??= nowMs;
    const seenFromStart = bucket * DEDUPE_BUCKET_MS >= this.firstCheckMs || this.emptyAtFirstMeeting(bucket);
    const filter = seenFromStart ? new BloomFilter(BITS_LOG2, HASHES) : undefined;
    this.filters.set(bucket, filter);
    // The writer checks two buckets: older filters are dropped.
    for (const b of this.filters.keys()) if (b < bucket - 1) this.filters.delete(b);
    return filter;
  }

  /** No row of either form can be in the bucket: no dedupe row in it, no trace row in its hour. */
  private emptyAtFirstMeeting(bucket: number): boolean {
    const hour = hourBucket(bucket * DEDUPE_BUCKET_MS);
    for (const _ of this.tables.dedupe.getKeys({ start: [bucket], end: [bucket + 1], limit: 1 })) return false;
    for (const _ of this.tables.traceIndex.getKeys({ start: [hour], end: [hour + 1], limit: 1 })) return false;
    return true;
  }
}
