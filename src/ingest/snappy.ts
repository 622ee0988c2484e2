// Snappy-compressed request bodies, in both of Snappy's formats, as the Collector's exporters
// send them with `compression: snappy`: the otlp_http exporter sends the block format
// (`Content-Encoding: snappy`) or, with `x-snappy-framed`, the framing format; the otlp_grpc
// exporter's snappy compressor writes the framing format. A framed body starts with its stream
// identifier chunk, which no block can start with in practice (a block starts with its length
// as a varint), so the format is read from the bytes rather than from the coding's name.
// Blocks are decoded by the `snappy` package (napi-rs bindings of the Rust `snap` crate) on
// the libuv pool; the framing (chunks, CRC-32C) is read here. Every decoded byte counts against
// the request's size limit and the receiver's byte budget before it is produced: a block states
// its decoded length up front, so a body that would inflate too far is refused unread.
//
// Formats: https://github.com/google/snappy/blob/main/format_description.txt and
// framing_format.txt.
import { overBudget } from './byte-budget.js';
import { crc32c } from './crc32c.js';
import type { InflateLimits } from './decompress.js';
import { IngestError } from './status.js';

/** The framing format's stream identifier chunk: type 0xff, length 6, "sNaPpY". */
const STREAM_IDENTIFIER = Buffer.from([0xff, 0x06, 0x00, 0x00, 0x73, 0x4e, 0x61, 0x50, 0x70, 0x59]);

/** The framing format limits a chunk's uncompressed data to 65,536 bytes. */
const MAX_CHUNK_DATA = 65_536;

const bad = (what: string) => new IngestError('BAD_DATA', `the body is not valid snappy data: ${what}`);

type Uncompress = (typeof import('snappy'))['uncompress'];
let decoder: Promise<Uncompress> | undefined;

/**
 * The package's decoder, loaded on the first snappy body: its native binary is one prebuilt per
 * platform, and one that cannot load (a platform npm served none for) must cost the receiver
 * snappy alone, answered as an unsupported coding, not its start.
 */
function snappyDecoder(): Promise<Uncompress> {
  decoder ??= import('snappy').then(
    (m) => m.uncompress,
    (error: unknown) => {
      throw new IngestError('UNSUPPORTED_ENCODING', `snappy is not available on this platform (${(error as Error).message.split('\n')[0]})`);
    },
  );
  return decoder;
}

/** Whether `data` starts as a framed Snappy stream. */
export function hasSnappyStreamIdentifier(data: Buffer): boolean {
  return data.length >= STREAM_IDENTIFIER.length && data.subarray(0, STREAM_IDENTIFIER.length).equals(STREAM_IDENTIFIER);
}

/** Decodes a snappy body, framed or a single block, within the limits. */
export async function unsnappy(data: Buffer, limits: InflateLimits): Promise<Buffer> {
  if (hasSnappyStreamIdentifier(data)) return unframe(data, limits);
  const length = blockLength(data);
  claim(0, length, limits);
  return decodeBlock(data, length);
}

/** A block's decoded length: its preamble, a little-endian base-128 varint of at most 32 bits. */
function blockLength(block: Uint8Array): number {
  let length = 0;
  for (let i = 0; i < 5 && i < block.length; i++) {
    length += (block[i] & 0x7f) * 2 ** (7 * i);
    if (block[i] < 0x80) {
      if (length > 0xffffffff) break;
      return length;
    }
  }
  throw bad('no valid length preamble');
}

/** Counts `more` decoded bytes after `total` against the limits, before they are decoded. */
function claim(total: number, more: number, limits: InflateLimits): void {
  if (total + more > limits.maxBytes) throw new IngestError('TOO_LARGE', `the request is larger than ${limits.maxBytes} bytes once decompressed`);
  if (!limits.account.tryTake(more)) throw overBudget(limits.retryAfterSeconds);
}

async function decodeBlock(block: Buffer, length: number): Promise<Buffer> {
  const uncompress = await snappyDecoder();
  let decoded: Buffer;
  try {
    decoded = (await uncompress(block, { asBuffer: true })) as Buffer;
  } catch (error) {
    throw bad((error as Error).message);
  }
  if (decoded.length !== length) throw bad(`a block decoded to ${decoded.length} bytes, its preamble said ${length}`);
  return decoded;
}

/** framing_format.txt §3: a chunk's CRC-32C is stored masked. */
function masked(crc: number): number {
  return (((crc >>> 15) | (crc << 17)) + 0xa282ead8) >>> 0;
}

async function unframe(data: Buffer, limits: InflateLimits): Promise<Buffer> {
  const parts: Buffer[] = [];
  let total = 0;
  for (let at = 0; at < data.length; ) {
    if (at + 4 > data.length) throw bad('truncated chunk header');
    const type = data[at];
    const length = data[at + 1] | (data[at + 2] << 8) | (data[at + 3] << 16);
    const chunk = data.subarray(at + 4, at + 4 + length);
    if (chunk.length !== length) throw bad('truncated chunk');
    at += 4 + length;
    if (type === 0xff) {
      if (!chunk.equals(STREAM_IDENTIFIER.subarray(4))) throw bad('a stream identifier that is not sNaPpY');
      continue;
    }
    // 0x80–0xfe: skippable chunks (0xfe is padding); 0x02–0x7f: reserved, not to be skipped.
    if (type >= 0x80) continue;
    if (type > 0x01) throw bad(`reserved unskippable chunk type 0x${type.toString(16)}`);
    if (length < 4) throw bad('a data chunk without its checksum');
    const stored = chunk.readUInt32LE(0);
    const payload = chunk.subarray(4);
    let decoded: Buffer;
    if (type === 0x00) {
      const n = blockLength(payload);
      if (n > MAX_CHUNK_DATA) throw bad(`a chunk of ${n} bytes, more than the format's ${MAX_CHUNK_DATA}`);
      claim(total, n, limits);
      decoded = await decodeBlock(payload, n);
    } else {
      if (payload.length > MAX_CHUNK_DATA) throw bad(`a chunk of ${payload.length} bytes, more than the format's ${MAX_CHUNK_DATA}`);
      claim(total, payload.length, limits);
      // A copy: the body's buffer may be a pooled one, reused once this returns.
      decoded = Buffer.from(payload);
    }
    if (masked(crc32c(decoded)) !== stored) throw bad('a chunk whose checksum does not match');
    parts.push(decoded);
    total += decoded.length;
  }
  return parts.length === 1 ? parts[0] : Buffer.concat(parts, total);
}
