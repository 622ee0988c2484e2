// Snappy bodies (ingest/snappy.ts): the block format the Collector's otlp_http exporter sends as
// `Content-Encoding: snappy`, and the framing format of its `x-snappy-framed` and of the otlp_grpc
// exporter's snappy; checksums checked, limits held before decoding.
import { randomBytes } from 'node:crypto';
import { compressSync } from 'snappy';
import { describe, expect, it } from 'vitest';
import { ByteBudget } from '../../src/ingest/byte-budget.js';
import { crc32c } from '../../src/ingest/crc32c.js';
import { contentCoding, inflateWithin } from '../../src/ingest/decompress.js';
import { hasSnappyStreamIdentifier, unsnappy } from '../../src/ingest/snappy.js';

const limits = (maxBytes = 64 * 1024 * 1024, budget = new ByteBudget(256 * 1024 * 1024)) => ({ maxBytes, account: budget.account(), retryAfterSeconds: 1 });

/** A protobuf-like body that compresses a few times over. */
function body(bytes: number): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0, n = 0; n < bytes; i++) {
    const part = Buffer.from(`span ${i} GET /api/orders/${i % 97} status=200 trace=${randomBytes(8).toString('hex')} `);
    parts.push(part);
    n += part.length;
  }
  return Buffer.concat(parts).subarray(0, bytes);
}

const masked = (crc: number) => (((crc >>> 15) | (crc << 17)) + 0xa282ead8) >>> 0;

function chunk(type: number, payload: Buffer): Buffer {
  const header = Buffer.alloc(4);
  header[0] = type;
  header.writeUIntLE(payload.length, 1, 3);
  return Buffer.concat([header, payload]);
}

/** `data` in Snappy's framing format, as golang/snappy's Writer writes it: 64 KiB chunks, compressed unless that does not pay. */
function framed(data: Buffer, options: { uncompressedEvery?: number } = {}): Buffer {
  const out = [chunk(0xff, Buffer.from('sNaPpY'))];
  for (let at = 0, n = 0; at < data.length; at += 65_536, n++) {
    const piece = data.subarray(at, at + 65_536);
    const crc = Buffer.alloc(4);
    crc.writeUInt32LE(masked(crc32c(piece)));
    const plain = options.uncompressedEvery !== undefined && n % options.uncompressedEvery === 0;
    out.push(plain ? chunk(0x01, Buffer.concat([crc, piece])) : chunk(0x00, Buffer.concat([crc, compressSync(piece)])));
  }
  return Buffer.concat(out);
}

describe('CRC-32C', () => {
  it('gives the check value of the Castagnoli polynomial (RFC 3720 B.4: "123456789" → 0xE3069283)', () => {
    expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283);
    expect(crc32c(Buffer.alloc(0))).toBe(0);
  });
});

describe('snappy bodies', () => {
  const plain = body(300_000);

  it('reads the coding under both names the Collector uses', () => {
    expect(contentCoding('snappy')).toBe('snappy');
    expect(contentCoding('x-snappy-framed')).toBe('snappy');
    expect(() => contentCoding('br')).toThrow(/unsupported Content-Encoding: br \(supported: gzip, zstd, snappy, x-snappy-framed, lz4, deflate, zlib, identity\)/);
  });

  it('decodes the block format and the framing format (compressed and uncompressed chunks) to the same bytes', async () => {
    const block = compressSync(plain);
    expect(hasSnappyStreamIdentifier(block)).toBe(false);
    expect((await unsnappy(block, limits())).equals(plain)).toBe(true);
    const stream = framed(plain, { uncompressedEvery: 2 });
    expect(hasSnappyStreamIdentifier(stream)).toBe(true);
    expect((await unsnappy(stream, limits())).equals(plain)).toBe(true);
    expect((await inflateWithin(stream, 'snappy', limits())).bytes.equals(plain)).toBe(true);
    // Two streams one after the other, with padding between them, are one body.
    const padding = chunk(0xfe, Buffer.alloc(10));
    expect((await unsnappy(Buffer.concat([framed(plain), padding, framed(plain)]), limits())).equals(Buffer.concat([plain, plain]))).toBe(true);
  });

  it('refuses a chunk whose checksum does not match, a reserved chunk type, a truncated stream and a broken block', async () => {
    const stream = framed(plain);
    const flipped = Buffer.from(stream);
    flipped[14] ^= 0xff; // inside the first data chunk's stored checksum
    await expect(unsnappy(flipped, limits())).rejects.toMatchObject({ code: 'BAD_DATA', message: /checksum does not match/ });
    await expect(unsnappy(Buffer.concat([stream, chunk(0x02, Buffer.alloc(3))]), limits())).rejects.toMatchObject({ code: 'BAD_DATA', message: /reserved unskippable chunk type 0x2/ });
    await expect(unsnappy(stream.subarray(0, stream.length - 7), limits())).rejects.toMatchObject({ code: 'BAD_DATA', message: /truncated/ });
    const block = compressSync(plain);
    await expect(unsnappy(block.subarray(0, block.length - 50), limits())).rejects.toMatchObject({ code: 'BAD_DATA' });
    await expect(unsnappy(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), limits())).rejects.toMatchObject({ code: 'BAD_DATA', message: /no valid length preamble/ });
  });

  it('refuses a body that would inflate past the limit or the budget before decoding it', async () => {
    const zeros = Buffer.alloc(8 * 1024 * 1024);
    const budget = new ByteBudget(256 * 1024 * 1024);
    await expect(unsnappy(compressSync(zeros), limits(1024 * 1024, budget))).rejects.toMatchObject({ code: 'TOO_LARGE' });
    await expect(unsnappy(framed(zeros), limits(1024 * 1024, budget))).rejects.toMatchObject({ code: 'TOO_LARGE' });
    await expect(unsnappy(compressSync(plain), limits(undefined, new ByteBudget(100_000)))).rejects.toMatchObject({ code: 'OVERLOADED' });
    // A block's preamble claiming 4 GiB is refused from the preamble alone.
    await expect(unsnappy(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x00]), limits())).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });
});
