// LZ4 bodies (ingest/lz4.ts) as the Collector's otlp_http exporter sends with `compression: lz4`:
// frames made by the reference library (test/fixtures/lz4/generate.py, liblz4 1.9.4) with every
// option that changes the layout, decoded to the bytes they were made from; checksums checked;
// the size limit and the byte budget held while decoding; xxHash32 checked against known values.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ByteBudget } from '../../src/ingest/byte-budget.js';
import { contentCoding, inflateWithin } from '../../src/ingest/decompress.js';
import { hasLz4Magic, unlz4 } from '../../src/ingest/lz4.js';
import { xxhash32 } from '../../src/ingest/xxhash32.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/lz4/${name}`, import.meta.url));
const limits = (maxBytes = 64 * 1024 * 1024, budget = new ByteBudget(256 * 1024 * 1024)) => ({ maxBytes, account: budget.account(), retryAfterSeconds: 1 });

/** generate.py's `plain_body`. */
function plainBody(): Buffer {
  const parts: Buffer[] = [];
  let x = 12345;
  for (let i = 0; i < 2400; i++) {
    parts.push(Buffer.from(`span ${i} GET /api/orders/${i % 97} status=${i % 13 ? 200 : 503} tenant=t-${i % 7}\n`));
    if (i % 40 === 0) {
      const run = Buffer.alloc(300);
      for (let k = 0; k < 300; k++) {
        x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
        run[k] = (x >> 16) & 0xff;
      }
      parts.push(run);
    }
  }
  return Buffer.concat(parts);
}

/** generate.py's `noise`. */
function noise(n: number): Buffer {
  const out = Buffer.alloc(n);
  let x = 777;
  for (let k = 0; k < n; k++) {
    x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
    out[k] = (x >> 16) & 0xff;
  }
  return out;
}

describe('xxHash32', () => {
  it('gives the reference values (xxhash 3.x, seed 0)', () => {
    expect(xxhash32(Buffer.alloc(0))).toBe(0x02cc5d05);
    expect(xxhash32(Buffer.from('abc'))).toBe(0x32d153ff);
    expect(xxhash32(Buffer.from('Nobody inspects the spammish repetition'))).toBe(0xe2293b2f);
  });
});

describe('lz4 bodies', () => {
  const plain = plainBody();

  it('rebuilds the plain body the fixtures were made from', () => {
    expect(createHash('sha256').update(plain).digest('hex')).toBe(fixture('plain.sha256').toString().trim());
  });

  it('decodes frames of linked and independent blocks, of every block size, with and without checksums and sizes', async () => {
    for (const name of ['default.lz4', 'independent-4mb-checksums.lz4', 'hc-linked.lz4']) {
      const frame = fixture(name);
      expect(hasLz4Magic(frame), name).toBe(true);
      expect((await unlz4(frame, limits())).equals(plain), name).toBe(true);
    }
    expect(contentCoding('lz4')).toBe('lz4');
    expect((await inflateWithin(fixture('default.lz4'), 'lz4', limits())).bytes.equals(plain)).toBe(true);
  });

  it('decodes stored (uncompressed) blocks and several frames with a skippable frame between them', async () => {
    expect((await unlz4(fixture('stored-blocks.lz4'), limits())).equals(noise(100_000))).toBe(true);
    expect((await unlz4(fixture('two-frames.lz4'), limits())).equals(Buffer.concat([plain, plain]))).toBe(true);
  });

  it('refuses a broken checksum, a truncated frame, trailing bytes and a descriptor it cannot read', async () => {
    const checked = Buffer.from(fixture('independent-4mb-checksums.lz4'));
    checked[checked.length - 2] ^= 0x01; // the content checksum
    await expect(unlz4(checked, limits())).rejects.toMatchObject({ code: 'BAD_DATA', message: /content checksum does not match/ });
    const block = Buffer.from(fixture('independent-4mb-checksums.lz4'));
    block[20] ^= 0x01; // inside the first block, whose checksum follows it
    await expect(unlz4(block, limits())).rejects.toMatchObject({ code: 'BAD_DATA', message: /block checksum does not match/ });
    const header = Buffer.from(fixture('default.lz4'));
    header[5] = 0x50; // another block size: the descriptor's checksum no longer matches
    await expect(unlz4(header, limits())).rejects.toMatchObject({ code: 'BAD_DATA', message: /descriptor checksum/ });
    const frame = fixture('default.lz4');
    await expect(unlz4(frame.subarray(0, frame.length - 100), limits())).rejects.toMatchObject({ code: 'BAD_DATA', message: /truncated/ });
    await expect(unlz4(Buffer.concat([frame, Buffer.from('junk')]), limits())).rejects.toMatchObject({ code: 'BAD_DATA', message: /not a frame/ });
    await expect(unlz4(Buffer.from('not lz4'), limits())).rejects.toMatchObject({ code: 'BAD_DATA', message: /no lz4 frame/ });
  });

  it('refuses a block whose match points before the output, rather than reading outside it', async () => {
    // A hand-made frame: FLG (version 1, independent blocks), BD (64 KiB), its checksum byte, then one
    // block of one sequence: no literals, a match at offset 5 while nothing has been written.
    const descriptor = Buffer.from([0x60, 0x40]);
    const hc = (xxhash32(descriptor) >>> 8) & 0xff;
    const blockData = Buffer.from([0x00, 0x05, 0x00]);
    const size = Buffer.alloc(4);
    size.writeUInt32LE(blockData.length);
    const frame = Buffer.concat([Buffer.from([0x04, 0x22, 0x4d, 0x18]), descriptor, Buffer.from([hc]), size, blockData, Buffer.alloc(4)]);
    await expect(unlz4(frame, limits())).rejects.toMatchObject({ code: 'BAD_DATA', message: /before the start of the output/ });
  });

  it('stops at the size limit and at the byte budget while it decodes', async () => {
    await expect(unlz4(fixture('default.lz4'), limits(100_000))).rejects.toMatchObject({ code: 'TOO_LARGE' });
    await expect(unlz4(fixture('default.lz4'), limits(undefined, new ByteBudget(50_000)))).rejects.toMatchObject({ code: 'OVERLOADED' });
  });
});
