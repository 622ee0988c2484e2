// Request bodies inflated within the limits (ingest/decompress.ts): one output chunk when the
// gzip trailer's ISIZE (or a zstd frame's content size) is plausible and at most 1 MiB, one output
// buffer sized by it when larger (or a body pool's, when given), chunks otherwise — the same bytes
// every way, whatever the trailer or header claims, and the limits hold on every path.
import { randomBytes } from 'node:crypto';
import { constants as zlibConstants, createZstdCompress, deflateSync, gzipSync, zstdCompressSync, zstdDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BodyPool } from '../../src/ingest/body-pool.js';
import { ByteBudget } from '../../src/ingest/byte-budget.js';
import { contentCoding, inflateWithin } from '../../src/ingest/decompress.js';
import { hasZstdMagic } from '../../src/ingest/zstd-frames.js';

/** A protobuf-like body: repeated records with some random bytes, compressing ~5×. */
function body(bytes: number): Buffer {
  const parts: Buffer[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const part = Buffer.from(`span ${i} GET /api/orders/${i % 97} status=200 trace=${randomBytes(8).toString('hex')} `);
    parts.push(part);
    n += part.length;
  }
  return Buffer.concat(parts).subarray(0, bytes);
}

const limits = (maxBytes = 64 * 1024 * 1024, budget = new ByteBudget(256 * 1024 * 1024)) => ({ maxBytes, account: budget.account(), retryAfterSeconds: 1 });

/** The same gzip member with its ISIZE trailer replaced. */
function withIsize(gz: Buffer, isize: number): Buffer {
  const copy = Buffer.from(gz);
  copy.writeUInt32LE(isize, copy.length - 4);
  return copy;
}

describe('inflateWithin', () => {
  const plain = body(300_000);
  const gz = gzipSync(plain);

  it('inflates gzip whose trailer tells the size, and gzip that lies about it, to the same bytes', async () => {
    expect((await inflateWithin(gz, 'gzip', limits())).bytes.equals(plain)).toBe(true);
    // A trailer claiming less (the chunked path takes over past it) or more: zlib checks ISIZE
    // at the end, so a lying trailer is bad data, never a wrong body.
    await expect(inflateWithin(withIsize(gz, 1000), 'gzip', limits())).rejects.toMatchObject({ code: 'BAD_DATA' });
    await expect(inflateWithin(withIsize(gz, plain.length + 5000), 'gzip', limits())).rejects.toMatchObject({ code: 'BAD_DATA' });
  });

  it('inflates a body larger than one chunk into the buffer its trailer sizes', async () => {
    const large = body(3_000_000);
    expect((await inflateWithin(gzipSync(large), 'gzip', limits())).bytes.equals(large)).toBe(true);
    await expect(inflateWithin(gzipSync(large), 'gzip', limits(2_000_000))).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('inflates several gzip members (ISIZE counts only the last) in full', async () => {
    const second = body(50_000);
    const twoMembers = Buffer.concat([gz, gzipSync(second)]);
    expect((await inflateWithin(twoMembers, 'gzip', limits())).bytes.equals(Buffer.concat([plain, second]))).toBe(true);
  });

  it('inflates zlib and raw deflate, under both names the Collector sends zlib by (`deflate`, `zlib`)', async () => {
    expect(contentCoding('zlib')).toBe('deflate');
    expect((await inflateWithin(deflateSync(plain), 'deflate', limits())).bytes.equals(plain)).toBe(true);
  });

  it('stops at the size limit and at the byte budget on the sized path', async () => {
    await expect(inflateWithin(gz, 'gzip', limits(100_000))).rejects.toMatchObject({ code: 'TOO_LARGE' });
    await expect(inflateWithin(gz, 'gzip', limits(undefined, new ByteBudget(100_000)))).rejects.toMatchObject({ code: 'OVERLOADED' });
  });

  it('a bomb whose trailer claims an absurd ratio is inflated in chunks and stopped at the limit', async () => {
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024));
    expect(bomb.readUInt32LE(bomb.length - 4) / bomb.length).toBeGreaterThan(64);
    await expect(inflateWithin(bomb, 'gzip', limits(1024 * 1024))).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('inflates into a pooled buffer when given a pool, and gives it back on recycle or failure', async () => {
    const pool = new BodyPool(16 * 1024 * 1024);
    const first = await inflateWithin(gz, 'gzip', limits(), pool);
    expect(first.bytes.equals(plain)).toBe(true);
    expect(pool.allocations).toBe(1);
    expect(pool.idleSize).toBe(0);
    first.recycle!();
    expect(pool.idleSize).toBeGreaterThanOrEqual(plain.length);
    // The next body of that size reuses the buffer.
    const other = body(300_000);
    const second = await inflateWithin(gzipSync(other), 'gzip', limits(), pool);
    expect(second.bytes.equals(other)).toBe(true);
    expect(pool.allocations).toBe(1);
    second.recycle!();
    // A failure gives the buffer back at once (nothing reads it).
    await expect(inflateWithin(gz, 'gzip', limits(undefined, new ByteBudget(100_000)), pool)).rejects.toMatchObject({ code: 'OVERLOADED' });
    expect(pool.idleSize).toBeGreaterThanOrEqual(plain.length);
    expect(pool.allocations).toBe(1);
  });

  it('with a pool, gzip members that outgrow the trailer come out whole in a buffer of their own', async () => {
    const pool = new BodyPool(16 * 1024 * 1024);
    const second = body(100_000);
    const twoMembers = Buffer.concat([gzipSync(body(200_000)), gzipSync(second)]);
    const inflated = await inflateWithin(twoMembers, 'gzip', limits(), pool);
    expect(inflated.bytes.length).toBe(300_000);
    expect(inflated.bytes.subarray(200_000).equals(second)).toBe(true);
    // The pooled buffer went back already: the next take must not overwrite these bytes.
    expect(inflated.recycle).toBeUndefined();
    expect(pool.idleSize).toBeGreaterThan(0);
    const reused = pool.take(100_000)!;
    reused.buffer.fill(0);
    expect(inflated.bytes.subarray(200_000).equals(second)).toBe(true);
  });
});

/** `data` as a zstd stream whose size was not pledged: no Frame_Content_Size in its header. */
function zstdStreamed(data: Buffer, windowLog?: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const z = createZstdCompress(windowLog ? { params: { [zlibConstants.ZSTD_c_windowLog]: windowLog } } : {});
    z.on('data', (c: Buffer) => chunks.push(c));
    z.on('end', () => resolve(Buffer.concat(chunks)));
    z.on('error', reject);
    // Written in pieces: a stream never learns the whole size.
    for (let at = 0; at < data.length; at += 10_000) z.write(data.subarray(at, at + 10_000));
    z.end();
  });
}

/** The Frame_Content_Size flag of a zstd frame (RFC 8878 §3.1.1.1.1): 0 with no size, unless single-segment. */
const contentSizeFlag = (frame: Buffer) => frame[4] >> 6;

describe('inflateWithin, zstd (RFC 8878)', () => {
  const plain = body(300_000);
  const oneShot = zstdCompressSync(plain);

  it('reads the coding from Content-Encoding and grpc-encoding, and names the supported ones when refusing', () => {
    expect(contentCoding('zstd')).toBe('zstd');
    expect(contentCoding(' ZSTD ')).toBe('zstd');
    expect(() => contentCoding('br')).toThrow(/unsupported Content-Encoding: br \(supported: gzip, zstd, snappy, x-snappy-framed, lz4, deflate, zlib, identity\)/);
    expect(hasZstdMagic(oneShot)).toBe(true);
    expect(hasZstdMagic(gzipSync(plain))).toBe(false);
  });

  it('inflates a frame that states its size (one-shot encoders) and a stream that does not, to the same bytes', async () => {
    expect(contentSizeFlag(oneShot)).toBeGreaterThan(0);
    expect((await inflateWithin(oneShot, 'zstd', limits())).bytes.equals(plain)).toBe(true);
    const streamed = await zstdStreamed(plain);
    expect(contentSizeFlag(streamed)).toBe(0);
    expect((await inflateWithin(streamed, 'zstd', limits())).bytes.equals(plain)).toBe(true);
  });

  it('inflates a sized frame into a pooled buffer, and several frames in full', async () => {
    const pool = new BodyPool(16 * 1024 * 1024);
    const pooled = await inflateWithin(oneShot, 'zstd', limits(), pool);
    expect(pooled.bytes.equals(plain)).toBe(true);
    expect(pool.allocations).toBe(1);
    pooled.recycle!();
    const second = body(50_000);
    const twoFrames = Buffer.concat([oneShot, zstdCompressSync(second)]);
    expect((await inflateWithin(twoFrames, 'zstd', limits(), pool)).bytes.equals(Buffer.concat([plain, second]))).toBe(true);
    // Node's decoder alone stops after the first frame: the frames are inflated in turn.
    expect(zstdDecompressSync(twoFrames).length).toBe(plain.length);
    // A skippable frame (RFC 8878 §3.1.2) between them is left out.
    const skippable = Buffer.alloc(8 + 5);
    skippable.writeUInt32LE(0x184d2a53, 0);
    skippable.writeUInt32LE(5, 4);
    const withSkippable = Buffer.concat([zstdCompressSync(second), skippable, zstdCompressSync(second)]);
    expect((await inflateWithin(withSkippable, 'zstd', limits())).bytes.equals(Buffer.concat([second, second]))).toBe(true);
  });

  it('refuses bytes after a frame that are not a frame, and a truncated frame, rather than dropping them', async () => {
    await expect(inflateWithin(Buffer.concat([oneShot, Buffer.from('trailing')]), 'zstd', limits())).rejects.toMatchObject({ code: 'BAD_DATA', message: /bytes after frame 1 are not a zstd frame/ });
    await expect(inflateWithin(oneShot.subarray(0, oneShot.length - 10), 'zstd', limits())).rejects.toMatchObject({ code: 'BAD_DATA', message: /truncated/ });
  });

  it('refuses a frame whose stated size is false, and bytes that are not zstd', async () => {
    // The size sits in the byte after the header descriptor in a single-segment frame of this size (2 or 4 bytes).
    const lying = Buffer.from(oneShot);
    lying.writeUInt16LE(lying.readUInt16LE(5) - 1000, 5);
    await expect(inflateWithin(lying, 'zstd', limits())).rejects.toMatchObject({ code: 'BAD_DATA' });
    await expect(inflateWithin(Buffer.from('not zstd at all'), 'zstd', limits())).rejects.toMatchObject({ code: 'BAD_DATA', message: /not valid zstd data/ });
  });

  it('stops a bomb at the size limit and at the byte budget, sized or streamed', async () => {
    const zeros = Buffer.alloc(20 * 1024 * 1024);
    await expect(inflateWithin(zstdCompressSync(zeros), 'zstd', limits(1024 * 1024))).rejects.toMatchObject({ code: 'TOO_LARGE' });
    await expect(inflateWithin(await zstdStreamed(zeros), 'zstd', limits(1024 * 1024))).rejects.toMatchObject({ code: 'TOO_LARGE' });
    await expect(inflateWithin(oneShot, 'zstd', limits(undefined, new ByteBudget(100_000)))).rejects.toMatchObject({ code: 'OVERLOADED' });
  });

  it('refuses a frame that asks for a window larger than any request it may inflate to', async () => {
    // 2^26 bytes of window, a stream with no size: a 1 MiB limit allows 2^23 (zstd's recommended minimum).
    const wide = await zstdStreamed(plain, 26);
    await expect(inflateWithin(wide, 'zstd', limits(1024 * 1024))).rejects.toMatchObject({ code: 'BAD_DATA' });
    // Within a 64 MiB limit the same frame is read.
    expect((await inflateWithin(wide, 'zstd', limits())).bytes.equals(plain)).toBe(true);
  });
});
