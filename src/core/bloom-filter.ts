// A Bloom filter over strings: it answers "surely never added" or "maybe added", and never
// "never added" for a string that was. Kept where a sure miss saves a lookup that nearly always
// misses (the LMDB writer's dedupe checks: store/lmdb/recent-dedupe-keys.ts).
//
// Bit positions come from two 32-bit FNV-1a hashes of the string's UTF-16 units with different
// offsets, combined as h1 + i·h2 (Kirsch and Mitzenmacher's double hashing, which keeps the
// false-positive rate of k independent hashes).

const FNV_PRIME = 0x01000193;
const OFFSET_A = 0x811c9dc5;
const OFFSET_B = 0x050c5d1f;

export class BloomFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;
  /** Strings added (with repeats): how full the filter is. */
  added = 0;

  /** 2^`bitsLog2` bits (at most 2^31), `hashes` positions per string. */
  constructor(
    bitsLog2: number,
    private readonly hashes: number,
  ) {
    if (!Number.isInteger(bitsLog2) || bitsLog2 < 5 || bitsLog2 > 31) throw new RangeError(`bitsLog2 must be an integer from 5 to 31, not ${bitsLog2}`);
    this.bits = new Uint32Array(2 ** (bitsLog2 - 5));
    this.mask = 2 ** bitsLog2 - 1;
  }

  add(text: string): void {
    this.added++;
    hash(text);
    for (let i = 0; i < this.hashes; i++) {
      const bit = (hashA + Math.imul(i, hashB)) & this.mask;
      this.bits[bit >>> 5] |= 1 << (bit & 31);
    }
  }

  /** False only when `text` was never added. */
  mayContain(text: string): boolean {
    hash(text);
    for (let i = 0; i < this.hashes; i++) {
      const bit = (hashA + Math.imul(i, hashB)) & this.mask;
      if ((this.bits[bit >>> 5] & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}

/** The last string's two hashes (set by `hash`; nothing here is re-entrant). */
let hashA = 0;
let hashB = 0;
/**
 * The string they are of: the dedupe check asks about one key in two buckets' filters and then
 * adds it to one, so its hashes are computed once rather than three times.
 */
let hashed: string | undefined;

/** Two FNV-1a hashes in one pass; the second made odd so its multiples reach every position. */
function hash(text: string): void {
  if (text === hashed) return;
  hashed = text;
  let a = OFFSET_A;
  let b = OFFSET_B;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, FNV_PRIME);
    b = Math.imul(b ^ c, FNV_PRIME) ^ (b >>> 15);
  }
  hashA = a >>> 0;
  hashB = (b | 1) >>> 0;
}
