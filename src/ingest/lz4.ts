// LZ4-compressed request bodies (`Content-Encoding: lz4`), as the Collector's otlp_http exporter
// sends them with `compression: lz4`: the LZ4 frame format (pierrec/lz4's writer). Node has no
// LZ4, and the packages that bind one decode a whole frame into memory before anything can be
// counted (a frame need not state its size, and LZ4 inflates up to 255×), so the frame is read
// here, into one output buffer grown only as far as the request's size limit and the byte budget
// allow. Back-references reach into the output decoded so far, which serves independent and
// linked blocks alike. Between blocks the event loop gets its turn: a block inflates to 4 MiB at
// most. Every checksum the frame carries (header, blocks, content) is checked.
//
// Formats: https://github.com/lz4/lz4/blob/dev/doc/lz4_Frame_format.md and lz4_Block_format.md.
import { setImmediate as turn } from 'node:timers/promises';
import { overBudget } from './byte-budget.js';
import type { InflateLimits } from './decompress.js';
import { nextFrame } from './skippable-frame.js';
import { IngestError } from './status.js';
import { xxhash32 } from './xxhash32.js';

const LZ4_MAGIC = 0x184d2204;
/** Block Maximum Size by the BD byte's 3-bit code (4 to 7). */
const BLOCK_MAX = [0, 0, 0, 0, 64 * 1024, 256 * 1024, 1024 * 1024, 4 * 1024 * 1024];
/** The block format's last sequence is literals only; a match is at least this long. */
const MIN_MATCH = 4;

const bad = (what: string) => new IngestError('BAD_DATA', `the body is not valid lz4 data: ${what}`);

/** Whether `data` starts with an LZ4 frame's magic number. */
export function hasLz4Magic(data: Buffer): boolean {
  return data.length >= 4 && data.readUInt32LE(0) === LZ4_MAGIC;
}

/** Output that grows within the limits: the capacity is charged to the budget before it is allocated. */
class Output {
  bytes = Buffer.alloc(0);
  length = 0;

  constructor(private readonly limits: InflateLimits) {}

  /** Room for `more` bytes after the current length. */
  ensure(more: number): void {
    const need = this.length + more;
    if (need <= this.bytes.length) return;
    const { maxBytes, account, retryAfterSeconds } = this.limits;
    if (need > maxBytes) throw new IngestError('TOO_LARGE', `the request is larger than ${maxBytes} bytes once decompressed`);
    const capacity = Math.min(maxBytes, Math.max(need, this.bytes.length * 2, 64 * 1024));
    if (!account.tryTake(capacity - this.bytes.length)) throw overBudget(retryAfterSeconds);
    const grown = Buffer.allocUnsafe(capacity);
    this.bytes.copy(grown, 0, 0, this.length);
    this.bytes = grown;
  }
}

/** Decodes an LZ4 body (one or more frames, skippable frames left out) within the limits. */
export async function unlz4(data: Buffer, limits: InflateLimits): Promise<Buffer> {
  const out = new Output(limits);
  const notAFrame = (at: number) => bad(at === 0 ? 'no lz4 frame' : 'bytes after a frame that are not a frame');
  for (let at = nextFrame(data, 0, LZ4_MAGIC, bad, notAFrame); at !== undefined; at = nextFrame(data, await readFrame(data, at, out), LZ4_MAGIC, bad, notAFrame));
  return out.bytes.subarray(0, out.length);
}

/** One frame from `at` (its magic checked), decoded onto `out`; returns where the frame ends. */
async function readFrame(data: Buffer, at: number, out: Output): Promise<number> {
  if (at + 7 > data.length) throw bad('truncated frame descriptor');
  const flags = data[at + 4];
  const bd = data[at + 5];
  if (flags >> 6 !== 1) throw bad(`frame version ${flags >> 6}`);
  if ((flags & 0x02) !== 0 || (bd & 0x8f) !== 0) throw bad('reserved bits set in the frame descriptor');
  const blockChecksum = (flags & 0x10) !== 0;
  const hasContentSize = (flags & 0x08) !== 0;
  const contentChecksum = (flags & 0x04) !== 0;
  if ((flags & 0x01) !== 0) throw bad('the frame needs a dictionary, which Rounds does not have');
  const blockMax = BLOCK_MAX[(bd >> 4) & 0x07];
  if (blockMax === 0) throw bad('an unknown block maximum size');
  let p = at + 6;
  let contentSize: number | undefined;
  if (hasContentSize) {
    if (p + 8 > data.length) throw bad('truncated frame descriptor');
    contentSize = data.readUInt32LE(p + 4) === 0 ? data.readUInt32LE(p) : Number.MAX_SAFE_INTEGER;
    p += 8;
  }
  if (p >= data.length) throw bad('truncated frame descriptor');
  if (((xxhash32(data.subarray(at + 4, p)) >>> 8) & 0xff) !== data[p]) throw bad('the frame descriptor checksum does not match');
  p++;
  const frameStart = out.length;
  for (;;) {
    if (p + 4 > data.length) throw bad('truncated block');
    const header = data.readUInt32LE(p);
    p += 4;
    if (header === 0) break; // EndMark
    const stored = (header & 0x80000000) !== 0;
    const size = header & 0x7fffffff;
    if (size > blockMax) throw bad(`a block of ${size} bytes in a frame of ${blockMax}-byte blocks`);
    const block = data.subarray(p, p + size);
    if (block.length !== size) throw bad('truncated block');
    p += size;
    if (blockChecksum) {
      if (p + 4 > data.length) throw bad('truncated block checksum');
      if (xxhash32(block) !== data.readUInt32LE(p)) throw bad('a block checksum does not match');
      p += 4;
    }
    if (stored) {
      out.ensure(size);
      block.copy(out.bytes, out.length);
      out.length += size;
    } else decodeBlock(block, out, blockMax);
    // A block is at most 4 MiB of output: the loop's other work goes between blocks.
    await turn();
  }
  if (contentChecksum) {
    if (p + 4 > data.length) throw bad('truncated content checksum');
    if (xxhash32(out.bytes.subarray(frameStart, out.length)) !== data.readUInt32LE(p)) throw bad('the content checksum does not match');
    p += 4;
  }
  if (contentSize !== undefined && out.length - frameStart !== contentSize) throw bad(`the frame decoded to ${out.length - frameStart} bytes, its header said ${contentSize}`);
  return p;
}

/** A length's extension (lz4_Block_format.md): bytes of 255 and a last one below it, added on. */
function extended(src: Buffer, at: { i: number }, base: number): number {
  let n = base;
  for (;;) {
    if (at.i >= src.length) throw bad('truncated sequence');
    const b = src[at.i++];
    n += b;
    if (b !== 255) return n;
  }
}

/** Decodes one compressed block onto `out`; its output may not exceed `blockMax`. */
function decodeBlock(src: Buffer, out: Output, blockMax: number): void {
  const start = out.length;
  const at = { i: 0 };
  for (;;) {
    if (at.i >= src.length) throw bad('truncated sequence');
    const token = src[at.i++];
    let literals = token >>> 4;
    if (literals === 15) literals = extended(src, at, 15);
    if (at.i + literals > src.length) throw bad('literals past the end of the block');
    if (out.length - start + literals > blockMax) throw bad('a block that decodes past its maximum size');
    out.ensure(literals);
    src.copy(out.bytes, out.length, at.i, at.i + literals);
    out.length += literals;
    at.i += literals;
    if (at.i === src.length) return; // the last sequence: literals only
    if (at.i + 2 > src.length) throw bad('truncated match offset');
    const offset = src[at.i] | (src[at.i + 1] << 8);
    at.i += 2;
    if (offset === 0 || offset > out.length) throw bad('a match before the start of the output');
    let match = token & 0x0f;
    match = (match === 15 ? extended(src, at, 15) : match) + MIN_MATCH;
    if (out.length - start + match > blockMax) throw bad('a block that decodes past its maximum size');
    out.ensure(match);
    const bytes = out.bytes;
    let from = out.length - offset;
    let to = out.length;
    // Overlapping copies repeat the bytes just written (offset < length): byte by byte.
    if (offset >= match) bytes.copy(bytes, to, from, from + match);
    else for (let k = 0; k < match; k++) bytes[to++] = bytes[from++];
    out.length += match;
  }
}
