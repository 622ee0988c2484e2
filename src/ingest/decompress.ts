// Decompression of request bodies (HTTP Content-Encoding) and gRPC messages (grpc-encoding),
// off the event loop on the libuv pool, counting every inflated byte against the request's
// size limit and the receiver's shared byte budget as it is produced. A gzip bomb therefore
// stops at whichever comes first, and costs at most that much memory while it inflates.
import { createGunzip, createInflate, createInflateRaw, type Gunzip, type Inflate, type InflateRaw } from 'node:zlib';
import type { BodyPool, JoinedBytes } from './body-pool.js';
import { overBudget, type ByteAccount } from './byte-budget.js';
import { IngestError } from './status.js';

export interface InflateLimits {
  /** Largest decompressed request (413 / RESOURCE_EXHAUSTED past it). */
  maxBytes: number;
  /** The request's share of the byte budget (503 / UNAVAILABLE when the budget runs out). */
  account: ByteAccount;
  retryAfterSeconds: number;
}

/** Output chunk size: fewer, larger chunks than zlib's 16 KiB default cost less per byte. */
const CHUNK = 64 * 1024;
/**
 * Largest output chunk, used when the gzip trailer gives a plausible size: a typical export
 * (a few hundred KiB inflated) then comes back from the libuv pool in one piece, one trip to
 * the event loop instead of one per 64 KiB, and is handed on without a copy. Bounded, because
 * each chunk is counted against the limits only once it is produced: a bomb that lies about
 * its size still inflates at most this much before it is counted.
 */
const MAX_CHUNK = 1024 * 1024;

/** A content coding the receiver inflates. */
export type ContentCoding = 'gzip' | 'deflate';

/** Content codings the receiver understands, lower-cased; undefined for identity. */
export function contentCoding(header: string | undefined): ContentCoding | undefined {
  if (header === undefined || header === 'identity') return undefined;
  if (header === 'gzip') return 'gzip';
  const coding = (header ?? '').trim().toLowerCase();
  if (coding === '' || coding === 'identity') return undefined;
  if (coding === 'gzip' || coding === 'x-gzip') return 'gzip';
  if (coding === 'deflate') return 'deflate';
  throw new IngestError('UNSUPPORTED_ENCODING', `unsupported Content-Encoding: ${coding} (supported: gzip, deflate, identity)`);
}

/** RFC 1950 §2.2: CM = 8, CINFO ≤ 7, and the first two bytes are a multiple of 31. */
export function hasZlibHeader(data: Buffer): boolean {
  return data.length >= 2 && (data[0] & 0x0f) === 8 && data[0] >> 4 <= 7 && ((data[0] << 8) | data[1]) % 31 === 0;
}

/** RFC 1952 §2.3.1: ID1 ID2. */
export function hasGzipHeader(data: Buffer): boolean {
  return data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b;
}

/**
 * A gzip member ends with ISIZE, its inflated length mod 2^32 (RFC 1952 §2.3.1). When it is
 * plausible (at most 64× the compressed size, within the limit) the output is written into one
 * buffer of that size as it is produced, so the chunks and their concatenation are never held
 * together. A sender that lies gets the chunked path: the claim only sizes a buffer whose pages
 * are touched as inflated bytes (counted against the budget) arrive.
 */
function claimedSize(data: Buffer, coding: ContentCoding, maxBytes: number): number | undefined {
  if (coding !== 'gzip' || data.length < 18) return undefined;
  const size = data.readUInt32LE(data.length - 4);
  return size > 0 && size <= maxBytes && size <= data.length * 64 ? size : undefined;
}

/**
 * Inflates `data`. With a `pool` (ingest/body-pool.ts), a body whose gzip trailer gives a size
 * the pool serves is inflated into one of its buffers, and `recycle` gives it back once nothing
 * reads the body. Without one, every inflated body is new memory outside V8's heap, alive until
 * its export is decoded: bodies that outlive a young-generation collection are freed only by full
 * mark-compacts, which V8 starts for every 64 MiB of such memory grown, one per ~90 exports on the
 * gzip firehose. In a pooled buffer that memory is used again, and the 64 KiB chunks zlib hands
 * over die at once. Firehose bench, gzip, three alternating pairs: mark-compacts per request
 * 0.011 → 0.003 (gRPC) and 0.010 → 0.006 (HTTP), V8's helper threads 1.57 → 0.65 and 1.27 → 0.71
 * µs per span, CPU per span 4.24 → 3.36 and 3.46 → 3.02 µs, spans/s 279k → 325k and 418k → 468k.
 */
export function inflateWithin(data: Buffer, coding: ContentCoding, limits: InflateLimits, pool?: BodyPool): Promise<JoinedBytes> {
  const claimed = claimedSize(data, coding, limits.maxBytes);
  const pooled = claimed === undefined ? undefined : pool?.take(claimed);
  // A claimed size that fits one chunk is inflated as one: the chunk is the body (no copy).
  const oneChunk = pooled === undefined && claimed !== undefined && claimed <= MAX_CHUNK;
  const chunkSize = oneChunk ? Math.max(claimed, CHUNK) : CHUNK;
  // HTTP "deflate" is zlib-wrapped (RFC 9110 §8.4.1.2), but some clients send raw deflate.
  const inflater: Gunzip | Inflate | InflateRaw =
    coding === 'gzip' ? createGunzip({ chunkSize }) : hasZlibHeader(data) ? createInflate({ chunkSize }) : createInflateRaw({ chunkSize });
  return new Promise<JoinedBytes>((resolve, reject) => {
    let chunks: Buffer[] | undefined = claimed === undefined || oneChunk ? [] : undefined;
    let whole = claimed === undefined || oneChunk ? undefined : pooled ? pooled.buffer.subarray(0, claimed) : Buffer.allocUnsafe(claimed);
    let total = 0;
    let failed = false;
    const fail = (error: IngestError) => {
      if (failed) return;
      failed = true;
      inflater.destroy();
      chunks = whole = undefined;
      pooled?.recycle();
      reject(error);
    };
    inflater.on('data', (chunk: Buffer) => {
      if (failed) return;
      if (total + chunk.length > limits.maxBytes) return fail(new IngestError('TOO_LARGE', `the request is larger than ${limits.maxBytes} bytes once decompressed`));
      if (!limits.account.tryTake(chunk.length)) {
        return fail(overBudget(limits.retryAfterSeconds));
      }
      if (whole && total + chunk.length > whole.length) {
        // More than ISIZE said (several members, or a false claim): go on in chunks.
        chunks = [whole.subarray(0, total)];
        whole = undefined;
      }
      if (whole) chunk.copy(whole, total);
      else chunks!.push(chunk);
      total += chunk.length;
    });
    inflater.on('error', (error) => fail(new IngestError('BAD_DATA', `the body is not valid ${coding} data: ${error.message}`)));
    inflater.on('end', () => {
      if (failed) return;
      if (whole) return resolve({ bytes: total === whole.length ? whole : whole.subarray(0, total), recycle: pooled?.recycle });
      // Chunks: the claim was false; a pooled buffer's bytes are copied out by the concatenation.
      const bytes = chunks!.length === 1 && !pooled ? chunks![0] : Buffer.concat(chunks!, total);
      pooled?.recycle();
      resolve({ bytes });
    });
    inflater.end(data);
  });
}
