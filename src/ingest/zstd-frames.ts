// Zstandard's frame format (RFC 8878 §3.1) as far as the receiver reads it itself: the magic
// number, the frame header's content size and window limit, and where each frame of a body ends,
// since Node's decoder inflates one frame only (ingest/decompress.ts inflates them in turn).
import { nextFrame } from './skippable-frame.js';
import { IngestError } from './status.js';

/** RFC 8878 §3.1.1: a Zstandard frame starts with the magic number 0xFD2FB528, little-endian. */
export function hasZstdMagic(data: Buffer): boolean {
  return data.length >= 4 && data[0] === 0x28 && data[1] === 0xb5 && data[2] === 0x2f && data[3] === 0xfd;
}

/** A Zstandard frame's header (RFC 8878 §3.1.1.1): where it ends, and what it says. */
interface ZstdFrameHeader {
  end: number;
  /** Frame_Content_Size, when the encoder wrote it (zstd's one-shot API and Go's EncodeAll do). */
  contentSize?: number;
  /** Content_Checksum_Flag: four bytes follow the last block. */
  checksum: boolean;
}

/** The header of the frame at `at` (its magic number checked by the caller); undefined when truncated. */
export function zstdFrameHeader(data: Buffer, at: number): ZstdFrameHeader | undefined {
  if (at + 5 > data.length) return undefined;
  const descriptor = data[at + 4];
  const sizeFlag = descriptor >> 6;
  const singleSegment = (descriptor & 0x20) !== 0;
  // Window_Descriptor, absent in a single segment; then the Dictionary_ID of 0, 1, 2 or 4 bytes.
  const sizeAt = at + 5 + (singleSegment ? 0 : 1) + [0, 1, 2, 4][descriptor & 0x03];
  const width = sizeFlag === 0 ? (singleSegment ? 1 : 0) : [0, 2, 4, 8][sizeFlag];
  const end = sizeAt + width;
  if (end > data.length) return undefined;
  const checksum = (descriptor & 0x04) !== 0;
  if (width === 0) return { end, checksum };
  const contentSize =
    width === 1 ? data[sizeAt] : width === 2 ? data.readUInt16LE(sizeAt) + 256 : width === 4 ? data.readUInt32LE(sizeAt) : data.readUInt32LE(sizeAt + 4) === 0 ? data.readUInt32LE(sizeAt) : undefined;
  return { end, contentSize, checksum };
}

const ZSTD_MAGIC = 0xfd2fb528;

/**
 * The Zstandard frames of a body, skippable frames left out. RFC 8878 §3.1 lets a body hold
 * several frames one after another, but Node's decoder stops at the end of the first and drops
 * the rest without an error: so the body is cut into its frames here (from the frame and block
 * headers, §3.1.1.2) and each is inflated in turn. Throws on a body that is not frames.
 */
export function zstdFrames(data: Buffer): Buffer[] {
  const frames: Buffer[] = [];
  const bad = (what: string) => new IngestError('BAD_DATA', `the body is not valid zstd data: ${what}`);
  const notAFrame = (at: number) => bad(at === 0 ? 'no zstd frame' : `bytes after frame ${frames.length} are not a zstd frame`);
  for (let at = nextFrame(data, 0, ZSTD_MAGIC, bad, notAFrame); at !== undefined; at = nextFrame(data, at, ZSTD_MAGIC, bad, notAFrame)) {
    const header = zstdFrameHeader(data, at);
    if (!header) throw bad('truncated frame header');
    let pos = header.end;
    for (let last = false; !last; ) {
      if (pos + 3 > data.length) throw bad('truncated block');
      const block = data[pos] | (data[pos + 1] << 8) | (data[pos + 2] << 16);
      last = (block & 1) === 1;
      const type = (block >> 1) & 3;
      if (type === 3) throw bad('reserved block type');
      // An RLE block carries one byte however long it inflates; the others carry Block_Size bytes.
      pos += 3 + (type === 1 ? 1 : block >>> 3);
    }
    if (header.checksum) pos += 4;
    if (pos > data.length) throw bad('truncated frame');
    frames.push(data.subarray(at, pos));
    at = pos;
  }
  return frames;
}

/**
 * The largest window a zstd frame may ask the decoder to allocate, as a power of two: 8 MiB,
 * which RFC 8878 §3.1.1.1.2 recommends every decoder accept (streaming encoders use it whatever
 * the content's size), or more up to the largest request the receiver takes (a frame's window
 * need not exceed its content), and never past zstd's own default limit, 2^27. A frame asking
 * for more is refused before its window is allocated.
 */
export function zstdWindowLogMax(maxBytes: number): number {
  return Math.min(27, Math.max(23, Math.ceil(Math.log2(Math.max(1, maxBytes)))));
}
