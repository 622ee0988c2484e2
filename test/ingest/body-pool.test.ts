// Request bodies read into pooled buffers (src/ingest/body-pool.ts): a buffer is used again only
// once the body it held has been read. The pool alone, then the real OtlpHttpServer and
// OtlpGrpcServer on port 0 with the real decoders: concurrent exports, each different, plain and
// gzip (which both inflate into the pool), must each be decoded from their own bytes while their
// buffers go round.
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import * as grpc from '@grpc/grpc-js';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BodyPool, joinChunks, MAX_POOLED_BYTES, MIN_POOLED_BYTES } from '../../src/ingest/body-pool.js';
import { OtlpGrpcServer } from '../../src/ingest/grpc-server.js';
import { OtlpHttpServer } from '../../src/ingest/http-server.js';
import { IngestError } from '../../src/ingest/status.js';
import { admitAll, distinctExport, expectEachFromItsOwnBytes, POOLED_EXPORTS, recordingDecoders, sendAll } from '../helpers/pooled-exports.js';
import { receiverOptions } from '../helpers/receiver-options.js';
import { TRACE_PATH } from '../helpers/otlp-requests.js';

/** A real OtlpHttpServer on port 0 for the enclosing describe; `port()` once it listens. */
function listening(options: ConstructorParameters<typeof OtlpHttpServer>[0]): { port: () => number } {
  const server = new OtlpHttpServer(options);
  let port = 0;
  beforeAll(async () => {
    port = await server.start();
  });
  afterAll(() => server.stop());
  return { port: () => port };
}

describe('BodyPool', () => {
  it('serves bodies between its bounds from buffers of four sizes per power of two', () => {
    const pool = new BodyPool(1 << 24);
    expect(pool.take(MIN_POOLED_BYTES - 1)).toBeUndefined();
    expect(pool.take(MAX_POOLED_BYTES + 1)).toBeUndefined();
    expect(pool.take(MIN_POOLED_BYTES)!.buffer.length).toBe(MIN_POOLED_BYTES);
    expect(pool.take(300_000)!.buffer.length).toBe(327_680);
    expect(pool.take(MAX_POOLED_BYTES)!.buffer.length).toBe(MAX_POOLED_BYTES);
    // 256, 320, 384, 448 and 512 KiB: never more than a quarter of a buffer left unused.
    expect([262_144, 262_145, 327_680, 400_000, 458_753].map(BodyPool.sizeFor)).toEqual([262_144, 327_680, 327_680, 458_752, 524_288]);
    for (let bytes = MIN_POOLED_BYTES; bytes <= MAX_POOLED_BYTES; bytes = Math.ceil(bytes * 1.37)) {
      const size = BodyPool.sizeFor(bytes);
      expect(size).toBeGreaterThanOrEqual(bytes);
      expect(size).toBeLessThanOrEqual(bytes * 1.25);
    }
  });

  it('hands a buffer out again only after it came back, and only once however often it is recycled', () => {
    const pool = new BodyPool(1 << 24);
    const first = pool.take(200_000)!;
    const second = pool.take(200_000)!;
    expect(second.buffer.buffer).not.toBe(first.buffer.buffer);
    first.recycle();
    first.recycle();
    const third = pool.take(210_000)!;
    const fourth = pool.take(210_000)!;
    expect(third.buffer.buffer).toBe(first.buffer.buffer);
    expect(fourth.buffer.buffer).not.toBe(first.buffer.buffer);
    expect(pool.allocations).toBe(3);
  });

  it('joins chunks in a pooled buffer when it serves the size, else in a new one', () => {
    const pool = new BodyPool(1 << 24);
    const chunks = [randomBytes(50_000), randomBytes(40_000), randomBytes(10)];
    const joined = joinChunks(chunks, 90_010, pool);
    expect(joined.bytes.equals(Buffer.concat(chunks))).toBe(true);
    expect(joined.bytes.buffer.byteLength).toBe(98_304);
    expect(joined.recycle).toBeTypeOf('function');
    const small = joinChunks([Buffer.from('ab'), Buffer.from('c')], 3, pool);
    expect(small).toEqual({ bytes: Buffer.from('abc') });
    expect(pool.allocations).toBe(1);
  });

  it('keeps idle buffers up to its bound', () => {
    const pool = new BodyPool(1 << 20);
    const taken = Array.from({ length: 4 }, () => pool.take(500_000)!);
    for (const t of taken) t.recycle();
    expect(pool.idleSize).toBe(1 << 20);
  });
});

describe('the HTTP receiver reading bodies into pooled buffers', () => {
  const { decoders, seen } = recordingDecoders();
  const pool = new BodyPool(1 << 24);
  const options = { ...receiverOptions({ admission: admitAll, decoders }), bodyPool: pool };
  const receiver = listening(options);

  it('decodes every export from its own bytes while the buffers go round', async () => {
    const bodies = Array.from({ length: POOLED_EXPORTS }, (_, n) => distinctExport(n));
    const gzipped = bodies.map((b) => gzipSync(b));
    expect(Math.min(...bodies.map((b) => b.length))).toBeGreaterThan(MIN_POOLED_BYTES);
    expect(Math.min(...gzipped.map((b) => b.length))).toBeGreaterThan(MIN_POOLED_BYTES);
    const statuses = await sendAll((n) => {
      const gzip = n % 2 === 1;
      return fetch(`http://127.0.0.1:${receiver.port()}/v1/traces`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-protobuf', ...(gzip ? { 'content-encoding': 'gzip' } : {}) },
        body: gzip ? gzipped[n] : bodies[n],
      }).then((r) => r.status);
    });
    expect(statuses.every((s) => s === 200)).toBe(true);
    expectEachFromItsOwnBytes(seen);
    expect(pool.allocations).toBeLessThan(POOLED_EXPORTS);
    expect(pool.idleSize).toBeGreaterThan(0);
  });

  it('takes nothing from the pool for a body that was only declared', async () => {
    const before = { allocations: pool.allocations, idle: pool.idleSize };
    const socket = connect(receiver.port(), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(`POST /v1/traces HTTP/1.1\r\nhost: x\r\ncontent-type: application/x-protobuf\r\ncontent-length: 4000000\r\n\r\n`);
    socket.write(randomBytes(200_000));
    // Until the receiver holds what was sent (counted against its byte budget as it arrives).
    await vi.waitFor(() => expect(options.budget.inUse).toBeGreaterThanOrEqual(200_000), { timeout: 60_000, interval: 5 });
    socket.destroy();
    await new Promise((resolve) => socket.once('close', resolve));
    expect({ allocations: pool.allocations, idle: pool.idleSize }).toEqual(before);
  });
});

describe('a gzip body inflated into the pool', () => {
  // What the pool holds idle while the decoder reads the body, one export at a time.
  const idleAtDecode: number[] = [];
  const pool = new BodyPool(1 << 24);
  const { decoders } = recordingDecoders();
  const traces = decoders.traces;
  decoders.traces = (body, encoding) => {
    idleAtDecode.push(pool.idleSize);
    return traces(body, encoding);
  };
  const receiver = listening({ ...receiverOptions({ admission: admitAll, decoders }), bodyPool: pool });

  it('goes back only once it has been decoded, after the compressed bytes', async () => {
    const plain = distinctExport(0);
    const gzipped = gzipSync(plain);
    const status = await fetch(`http://127.0.0.1:${receiver.port()}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/x-protobuf', 'content-encoding': 'gzip' }, body: gzipped }).then((r) => r.status);
    expect(status).toBe(200);
    // While decoding: the compressed body's buffer is back, the inflated one still in use.
    expect(idleAtDecode).toEqual([BodyPool.sizeFor(gzipped.length)]);
    expect(pool.idleSize).toBe(BodyPool.sizeFor(gzipped.length) + BodyPool.sizeFor(plain.length));
    expect(pool.allocations).toBe(2);
  });
});

describe('the gRPC receiver inflating compressed messages into pooled buffers', () => {
  const { decoders, seen } = recordingDecoders();
  const pool = new BodyPool(1 << 24);
  const server = new OtlpGrpcServer({ ...receiverOptions({ admission: admitAll, decoders }), bodyPool: pool });
  let client: grpc.Client;
  beforeAll(async () => {
    const port = await server.start();
    // grpc-js compresses every message of this channel (grpc-encoding: gzip).
    client = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), { 'grpc.default_compression_algorithm': grpc.compressionAlgorithms.gzip });
  });
  afterAll(async () => {
    client?.close();
    await server.stop(1000);
  });

  it('decodes every export from its own bytes while the buffers go round', async () => {
    const errors = await sendAll(
      (n) => new Promise<grpc.ServiceError | null>((resolve) => client.makeUnaryRequest(TRACE_PATH, (b: Buffer) => b, (b: Buffer) => b, distinctExport(n), new grpc.Metadata(), (error) => resolve(error))),
    );
    expect(errors.every((e) => e === null)).toBe(true);
    expectEachFromItsOwnBytes(seen);
    expect(pool.allocations).toBeGreaterThan(0);
    expect(pool.allocations).toBeLessThan(POOLED_EXPORTS);
    expect(pool.idleSize).toBeGreaterThan(0);
  });
});

describe('a pooled body refused before it is decoded', () => {
  // Admission refuses the first export (the pipeline was full), then admits.
  let refuse = true;
  const admission = {
    refusal: () => undefined,
    admit: () => (refuse ? ((refuse = false), new IngestError('OVERLOADED', 'full', 1)) : admitAll.admit()),
  };
  const pool = new BodyPool(1 << 24);
  const receiver = listening({ ...receiverOptions({ admission }), bodyPool: pool });

  it('gives its buffer back at once, for the next request', async () => {
    const body = distinctExport(0);
    const post = () => fetch(`http://127.0.0.1:${receiver.port()}/v1/traces`, { method: 'POST', headers: { 'content-type': 'application/x-protobuf' }, body }).then((r) => r.status);
    expect(await post()).toBe(503);
    expect(pool.allocations).toBe(1);
    expect(pool.idleSize).toBe(BodyPool.sizeFor(body.length));
    expect(await post()).toBe(200);
    expect(pool.allocations).toBe(1);
  });
});
