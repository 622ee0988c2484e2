// Which dedupe keys the writer may have stored in a bucket, so the dedupe check reads LMDB only
// for keys that may be there. Nearly every event is new, and the check read two buckets per
// event: timed inside the firehose's commits, the dedupe checks took 0.41 ms of 1.45 (9 µs per
// event). Without the reads, the firehose-shaped commit of bench/commit.ts took 1.25 ms of the
// main thread's CPU against 1.51 (medians of six alternating runs; 1.21–1.64 against 1.40–1.85).
//
// A bucket's filter answers for the bucket only if it has seen every key stored in it: it is
// started when the writer first meets the bucket, inside a write transaction, and only if the
// bucket holds no row then. Only the writer stores dedupe keys (one server per data dir, its
// lock), and it tells the filter of each one, so from then on a key the filter never saw is not
// in the bucket. A bucket that already had rows (written before a restart) is always read. A
// transaction that does not commit leaves keys in the filter that are not stored: a "maybe"
// that the read then settles, never a missed duplicate; the same for buckets the prune empties.
import { BloomFilter } from '../../core/bloom-filter.js';
import type { Database } from 'lmdb';

/**
 * 2^24 bits (2 MiB) and five positions per key: about 0.1 % false positives at a million keys
 * in a bucket (ten minutes of 1,700 errors a second), 7 % at three million; past that the filter
 * saves fewer reads but never answers wrong.
 */
const BITS_LOG2 = 24;
const HASHES = 5;

export class RecentDedupeKeys {
  /** Filters of the buckets in use (the current one and the one before), by bucket. */
  private readonly filters = new Map<number, BloomFilter | undefined>();

  constructor(private readonly table: Pick<Database<number>, 'get' | 'getKeys'>) {}

  /**
   * Whether `key` is stored in `bucket`, read only when the bucket's filter cannot rule it out;
   * call inside the write transaction. A bucket first met here is looked at once: the filter is
   * kept only if the bucket is empty.
   */
  holds(bucket: number, key: string): boolean {
    const filter = this.filterOf(bucket);
    if (filter !== undefined && !filter.mayContain(key)) return false;
    return this.table.get([bucket, key]) !== undefined;
  }

  /** `key` is being stored in `bucket` (in the current write transaction). */
  stored(bucket: number, key: string): void {
    this.filterOf(bucket)?.add(key);
  }

  private filterOf(bucket: number): BloomFilter | undefined {
    if (this.filters.has(bucket)) return this.filters.get(bucket);
    let empty = true;
    for (const _ of this.table.getKeys({ start: [bucket], end: [bucket + 1], limit: 1 })) empty = false;
    const filter = empty ? new BloomFilter(BITS_LOG2, HASHES) : undefined;
    this.filters.set(bucket, filter);
    // The writer checks two buckets: older filters are dropped.
    for (const b of this.filters.keys()) if (b < bucket - 1) this.filters.delete(b);
    return filter;
  }
}
