// Skippable frames, which zstd (RFC 8878 §3.1.2) and LZ4's frame format share: a magic number
// from 0x184D2A50 to 0x184D2A5F, a 4-byte little-endian size, then that many bytes of data a
// decoder passes over (ingest/zstd-frames.ts, ingest/lz4.ts).

const SKIPPABLE_MAGIC = 0x184d2a50;

/**
 * Where the skippable frame at `at` ends, or undefined when the frame there is not one. Throws
 * `truncated()` when the frame runs past the body.
 */
function skippableFrameEnd(data: Buffer, at: number, truncated: () => Error): number | undefined {
  if (at + 4 > data.length || (data.readUInt32LE(at) & 0xfffffff0) >>> 0 !== SKIPPABLE_MAGIC) return undefined;
  if (at + 8 > data.length) throw truncated();
  const end = at + 8 + data.readUInt32LE(at + 4);
  if (end > data.length) throw truncated();
  return end;
}

/**
 * Where the next data frame of a body of `magic`'s frames starts at or after `at`, the skippable
 * frames before it passed over; undefined at the body's end. Throws `bad('truncated frame')` on a
 * body cut inside a frame's magic, `bad('truncated skippable frame')` on one cut inside a
 * skippable frame, and `notAFrame(at)` on bytes that are neither.
 */
export function nextFrame(data: Buffer, at: number, magic: number, bad: (what: string) => Error, notAFrame: (at: number) => Error): number | undefined {
  for (;;) {
    if (at >= data.length) return undefined;
    if (at + 4 > data.length) throw bad('truncated frame');
    const skipped = skippableFrameEnd(data, at, () => bad('truncated skippable frame'));
    if (skipped === undefined) break;
    at = skipped;
  }
  if (data.readUInt32LE(at) !== magic) throw notAFrame(at);
  return at;
}
