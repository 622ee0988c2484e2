// The fingerprinter's cache of analyses, keyed by a stack trace and then by the short fields that
// go with it (core/fingerprint/index.ts says what is cached and when). A trace arrives as a new
// string on every event, so traces are filed by a sampled hash (core/sampled-text-map.ts), not
// as keys of a Map that would hash all of their characters on each lookup.
import { SampledTextMap, sampledHash } from '../sampled-text-map.js';

/** Values by (trace, short key); at most `maxEntries` values, least recently used traces out first. */
export class TraceCache<V> {
  /** Each trace's values by short key; hashes in order of use, least recent first. */
  private readonly traces = new SampledTextMap<Map<string, V>>();
  private entries = 0;

  constructor(private readonly maxEntries: number) {}

  /** Values held. */
  get size(): number {
    return this.entries;
  }

  get(trace: string, small: string): V | undefined {
    const filed = this.traces.find(trace);
    const value = filed?.value.get(small);
    // Refresh its place in the eviction order.
    if (value !== undefined) this.traces.refresh(filed!);
    return value;
  }

  set(trace: string, small: string, value: V): void {
    while (this.entries >= this.maxEntries) {
      const dropped = this.traces.dropOldest();
      if (dropped.length === 0) break;
      for (const bySmall of dropped) this.entries -= bySmall.size;
    }
    const hash = sampledHash(trace);
    let bySmall = this.traces.find(trace, hash)?.value;
    if (bySmall === undefined) {
      bySmall = new Map();
      const pushedOut = this.traces.set(trace, bySmall, hash);
      if (pushedOut !== undefined) this.entries -= pushedOut.size;
    }
    if (!bySmall.has(small)) this.entries++;
    bySmall.set(small, value);
  }
}
