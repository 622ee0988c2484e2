// xxHash32 (seed 0), which the LZ4 frame format checks its header, blocks and content with
// (ingest/lz4.ts). The algorithm as its specification states it:
// https://github.com/Cyan4973/xxHash/blob/dev/doc/xxhash_spec.md (XXH32).

const PRIME1 = 2654435761;
const PRIME2 = 2246822519;
const PRIME3 = 3266489917;
const PRIME4 = 668265263;
const PRIME5 = 374761393;

const rotl = (x: number, r: number) => (x << r) | (x >>> (32 - r));
const word = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
const round = (acc: number, lane: number) => Math.imul(rotl((acc + Math.imul(lane, PRIME2)) | 0, 13), PRIME1);

/** xxHash32 of `bytes` with seed 0, as an unsigned 32-bit number. */
export function xxhash32(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  let h: number;
  if (n >= 16) {
    let v1 = (PRIME1 + PRIME2) | 0;
    let v2 = PRIME2 | 0;
    let v3 = 0;
    let v4 = -PRIME1 | 0;
    for (; i + 16 <= n; i += 16) {
      v1 = round(v1, word(bytes, i));
      v2 = round(v2, word(bytes, i + 4));
      v3 = round(v3, word(bytes, i + 8));
      v4 = round(v4, word(bytes, i + 12));
    }
    h = (rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18)) | 0;
  } else h = PRIME5 | 0;
  h = (h + n) | 0;
  for (; i + 4 <= n; i += 4) h = Math.imul(rotl((h + Math.imul(word(bytes, i), PRIME3)) | 0, 17), PRIME4);
  for (; i < n; i++) h = Math.imul(rotl((h + Math.imul(bytes[i], PRIME5)) | 0, 11), PRIME1);
  h ^= h >>> 15;
  h = Math.imul(h, PRIME2);
  h ^= h >>> 13;
  h = Math.imul(h, PRIME3);
  h ^= h >>> 16;
  return h >>> 0;
}
