// gRPC messages assembled into pooled buffers (src/ingest/grpc-pooled-framing.ts). The
// replacement of grpc-js's StreamDecoder#write against grpc-js's own, on the same bytes cut at
// random places; then the real OtlpGrpcServer on port 0 with a grpc-js client: concurrent,
// different exports, plain and gzip, each decoded from its own bytes while the buffers go round.
import { randomBytes } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorEvent } from '../../src/core/model.js';
import { BodyPool, MIN_POOLED_BYTES } from '../../src/ingest/body-pool.js';
import type { SignalDecoders } from '../../src/ingest/export-handler.js';
import { takeRecycle, usePooledFraming } from '../../src/ingest/grpc-pooled-framing.js';
import { OtlpGrpcServer } from '../../src/ingest/grpc-server.js';
import type { Ticket } from '../../src/ingest/pipeline.js';
import { signalDecoders } from '../../src/ingest/signals.js';
import { traceRequest } from '../helpers/otlp-requests.js';
import { receiverOptions } from '../helpers/receiver-options.js';

type Decoder = { write(data: Buffer): Buffer[] };
const { StreamDecoder } = (await import('@grpc/grpc-js/build/src/stream-decoder.js')) as unknown as { StreamDecoder: { new (max: number): Decoder; prototype: Decoder } };
// grpc-js's own, taken before the replacement is installed (this file's worker has its own modules).
const grpcJsWrite = StreamDecoder.prototype.write;

function frame(message: Buffer): Buffer {
  const prefix = Buffer.alloc(5);
  prefix.writeUInt32BE(message.length, 1);
  return Buffer.concat([prefix, message]);
}

/** Cuts `stream` into pieces of random sizes (1 byte up to 40 KiB), as DATA frames may come. */
function cut(stream: Buffer, seed: number): Buffer[] {
  let state = seed;
  const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) % 40_960) + 1;
  const pieces: Buffer[] = [];
  for (let at = 0; at < stream.length; ) {
    const n = Math.min(next() % 7 === 0 ? 1 + (next() % 6) : next(), stream.length - at);
    pieces.push(stream.subarray(at, at + n));
    at += n;
  }
  return pieces;
}

describe('the pooled StreamDecoder#write', () => {
  const pool = new BodyPool(1 << 24);
  expect(usePooledFraming(pool)).toBe(true);

  it("returns what grpc-js's returns, message by message, however the bytes are cut", () => {
    const messages = [Buffer.alloc(0), randomBytes(3), randomBytes(MIN_POOLED_BYTES + 10), randomBytes(300_000), randomBytes(1000), randomBytes(2_000_000)];
    const stream = Buffer.concat(messages.map(frame));
    for (const seed of [1, 2, 3, 4, 5]) {
      const ours = new StreamDecoder(-1);
      const theirs = new StreamDecoder(-1);
      const fromOurs: Buffer[] = [];
      const fromTheirs: Buffer[] = [];
      for (const piece of cut(stream, seed)) {
        fromOurs.push(...ours.write(piece).map((m) => Buffer.from(m)));
        fromTheirs.push(...grpcJsWrite.call(theirs, piece));
      }
      expect(fromOurs.length).toBe(messages.length);
      fromOurs.forEach((m, i) => expect(m.equals(fromTheirs[i])).toBe(true));
    }
  });

  it('assembles pooled-size messages in the pool, and gives each buffer back once', () => {
    const decoder = new StreamDecoder(-1);
    const [big] = decoder.write(frame(randomBytes(200_000)));
    const [small] = decoder.write(frame(randomBytes(100)));
    expect(takeRecycle(small.subarray(5))).toBeUndefined();
    const recycle = takeRecycle(big.subarray(5));
    expect(recycle).toBeTypeOf('function');
    expect(takeRecycle(big.subarray(5))).toBeUndefined();
    const before = pool.idleSize;
    recycle!();
    expect(pool.idleSize).toBe(before + 262_144);
  });

  it("refuses a message over the decoder's limit as grpc-js does", () => {
    const stream = frame(randomBytes(2000));
    expect(() => new StreamDecoder(1000).write(stream)).toThrow('Received message larger than max (2000 vs 1000)');
    expect(() => grpcJsWrite.call(new StreamDecoder(1000), stream)).toThrow('Received message larger than max (2000 vs 1000)');
  });
});

const TRACE_PATH = '/opentelemetry.proto.collector.trace.v1.TraceService/Export';
/** Admits everything; commits at once. */
const admission = {
  refusal: () => undefined,
  admit: (): Ticket => ({ commit: () => Promise.resolve(), release: () => {} }),
};

describe('the gRPC receiver assembling messages in pooled buffers', () => {
  const seen: ErrorEvent[][] = [];
  const decoders: SignalDecoders = signalDecoders({ severityThreshold: 17, captureHandled: true });
  const traces = decoders.traces;
  decoders.traces = (body, encoding) => {
    const decoded = traces(body, encoding);
    seen.push((decoded as { events: ErrorEvent[] }).events);
    return decoded;
  };
  const pool = new BodyPool(1 << 24);
  const server = new OtlpGrpcServer({ ...receiverOptions({ admission, decoders }), bodyPool: pool });
  let plain: grpc.Client;
  let gzip: grpc.Client;
  beforeAll(async () => {
    const port = await server.start();
    plain = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    gzip = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), { 'grpc.default_compression_algorithm': grpc.compressionAlgorithms.gzip });
  });
  afterAll(async () => {
    plain?.close();
    gzip?.close();
    await server.stop(1000);
  });

  const exportOf = (n: number) => traceRequest(`svc-${n}`, Array.from({ length: 100 }, (_, i) => ({ type: 'PoolError', message: `${n}:${i}:${randomBytes(800).toString('base64')}` })));

  it('decodes every export from its own bytes while the buffers go round', async () => {
    const bodies = Array.from({ length: 48 }, (_, n) => exportOf(n));
    const send = (n: number) =>
      new Promise<grpc.ServiceError | null>((resolve) => (n % 2 ? gzip : plain).makeUnaryRequest(TRACE_PATH, (b: Buffer) => b, (b: Buffer) => b, bodies[n], new grpc.Metadata(), (error) => resolve(error)));
    const errors: (grpc.ServiceError | null)[] = [];
    for (let from = 0; from < bodies.length; from += 8) errors.push(...(await Promise.all(Array.from({ length: 8 }, (_, k) => send(from + k)))));
    expect(errors.every((e) => e === null)).toBe(true);
    expect(seen).toHaveLength(bodies.length);
    const services = new Set<string>();
    for (const events of seen) {
      expect(events).toHaveLength(100);
      const n = Number(events[0].service.slice(4));
      services.add(events[0].service);
      expect(events.map((e) => e.exception?.message?.split(':').slice(0, 2).join(':'))).toEqual(events.map((_, i) => `${n}:${i}`));
    }
    expect(services.size).toBe(bodies.length);
    expect(pool.allocations).toBeLessThan(bodies.length);
    expect(pool.idleSize).toBeGreaterThan(0);
  });
});
