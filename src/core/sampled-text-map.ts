// Values filed by long texts (stack traces, log bodies) that arrive as new strings on every
// event. A Map keyed by the text hashes all of its characters on each lookup, hit or miss: for a
// 1.5 KB stack trace 2.3-2.5 µs, about what a redaction memo or the fingerprinter's cache is
// there to save. Texts are filed here under a hash of a fixed number of their characters (the
// length, the beginning, evenly spaced samples and the end) and found by comparing the whole
// text with the few filed under that hash, which costs a memory comparison rather than a hash of
// every character. The beginning is hashed whole because that is where texts of one kind
// differ: a stack trace's first line is its message, with the ids and numbers that vary from
// one event to the next. Texts that share the hashed characters (traces differing in one line
// number) share a bucket; a bucket keeps the most recent few, so alternating variants still hit.
// Users: core/text-memo.ts (redaction) and core/fingerprint/trace-cache.ts.

/** Characters hashed from the start of a text. */
const HEAD = 128;
/** Evenly spaced characters hashed after the head, besides the last ones. */
const SAMPLES = 64;
/** The last characters are always hashed: a log line's end (a duration, a request id) varies too. */
const TAIL = 16;
/** Texts kept per sampled hash. */
const BUCKET = 4;

/** A hash of `text`'s length and of some of its characters (see above). */
export function sampledHash(text: string): number {
  const length = text.length;
  let h = length | 0;
  const head = Math.min(length, HEAD);
  for (let i = 0; i < head; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  const step = Math.max(1, Math.floor((length - head) / SAMPLES));
  for (let i = head; i < length; i += step) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  for (let i = Math.max(head, length - TAIL); i < length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** A text and the value filed under it. */
export interface Filed<V> {
  readonly text: string;
  readonly hash: number;
  readonly value: V;
}

/**
 * Values by text, found by `sampledHash` and a whole-text comparison. Hashes are kept in order
 * of use (filing a new hash, or `refresh`), least recent first. The methods take the text's hash
 * when the caller has it already, so that a lookup and the filing after it hash once.
 */
export class SampledTextMap<V> {
  private readonly byHash = new Map<number, Filed<V>[]>();

  find(text: string, hash = sampledHash(text)): Filed<V> | undefined {
    const bucket = this.byHash.get(hash);
    if (bucket !== undefined) for (const filed of bucket) if (filed.text === text) return filed;
    return undefined;
  }

  /**
   * Files `value` under `text`, which must not be filed yet. Returns the value of the text a
   * full bucket pushed out (its oldest), if any.
   */
  set(text: string, value: V, hash = sampledHash(text)): V | undefined {
    const filed: Filed<V> = { text, hash, value };
    const bucket = this.byHash.get(hash);
    if (bucket === undefined) {
      this.byHash.set(hash, [filed]);
      return undefined;
    }
    bucket.push(filed);
    return bucket.length > BUCKET ? (bucket.shift() as Filed<V>).value : undefined;
  }

  /** Moves `filed`'s hash to the end of the order of use. */
  refresh(filed: Filed<V>): void {
    const bucket = this.byHash.get(filed.hash);
    if (bucket === undefined) return;
    this.byHash.delete(filed.hash);
    this.byHash.set(filed.hash, bucket);
  }

  /** Removes the texts of the least recently used hash; returns their values (none when empty). */
  dropOldest(): V[] {
    const oldest = this.byHash.entries().next();
    if (oldest.done) return [];
    const [hash, bucket] = oldest.value;
    this.byHash.delete(hash);
    return bucket.map((filed) => filed.value);
  }
}
