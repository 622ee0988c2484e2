// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), which Snappy's framing format checks
// each chunk's uncompressed bytes with (ingest/snappy.ts). Node's zlib has only CRC-32 (IEEE).
// One table lookup per byte: the framed snappy bodies a Collector sends are a few hundred KiB,
// well under a millisecond.

const TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32C of `bytes`, as an unsigned 32-bit number. */
export function crc32c(bytes: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < bytes.length; i++) crc = TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
