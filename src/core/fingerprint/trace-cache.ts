// The fingerprinter's cache of analyses, keyed by a stack trace and then by the short fields that
// go with it (core/fingerprint/index.ts says what is cached and when). A trace arrives as a new
// string on every event, and a Map keyed by it hashes all of its characters on each lookup: for
// a 1.5 KB trace 2.3 µs of the few the cache is there to save. Traces are filed under a hash of
// a fixed number of their characters instead (core/text-memo.ts `sampledHash`) and found by
// comparing the whole trace with the few filed under that hash.
import { sampledHash } from '../text-memo.js';

/** Traces kept per sampled hash (traces that differ only in unsampled characters share one). */
const BUCKET = 4;

interface TraceEntries<V> {
  trace: string;
  bySmall: Map<string, V>;
}

/** Values by (trace, short key); at most `maxEntries` values, least recently used traces out first. */
export class TraceCache<V> {
  /** Sampled hash → the traces filed under it; in order of use, least recent first. */
  private readonly byHash = new Map<number, TraceEntries<V>[]>();
  private entries = 0;

  constructor(private readonly maxEntries: number) {}

  /** Values held. */
  get size(): number {
    return this.entries;
  }

  get(trace: string, small: string): V | undefined {
    const hash = sampledHash(trace);
    const bucket = this.byHash.get(hash);
    if (bucket === undefined) return undefined;
    for (const filed of bucket) {
      if (filed.trace !== trace) continue;
      const value = filed.bySmall.get(small);
      if (value !== undefined) {
        // Refresh its place in the eviction order.
        this.byHash.delete(hash);
        this.byHash.set(hash, bucket);
      }
      return value;
    }
    return undefined;
  }

  set(trace: string, small: string, value: V): void {
    while (this.entries >= this.maxEntries && this.byHash.size > 0) {
      const [oldest, bucket] = this.byHash.entries().next().value as [number, TraceEntries<V>[]];
      this.byHash.delete(oldest);
      for (const filed of bucket) this.entries -= filed.bySmall.size;
    }
    const hash = sampledHash(trace);
    let bucket = this.byHash.get(hash);
    if (bucket === undefined) this.byHash.set(hash, (bucket = []));
    let filed = bucket.find((f) => f.trace === trace);
    if (filed === undefined) {
      filed = { trace, bySmall: new Map() };
      bucket.push(filed);
      if (bucket.length > BUCKET) this.entries -= (bucket.shift() as TraceEntries<V>).bySmall.size;
    }
    if (!filed.bySmall.has(small)) this.entries++;
    filed.bySmall.set(small, value);
  }
}
