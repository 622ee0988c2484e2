// Request bodies read into pooled buffers (src/ingest/body-pool.ts): a buffer is used again only
// once the body it held has been read. The pool alone, then the real OtlpHttpServer on port 0
// with the real decoders: concurrent exports, each different, plain and gzip, must each be
// decoded from their own bytes while their buffers go round.
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import { BodyPool, joinChunks, MAX_POOLED_BYTES, MIN_POOLED_BYTES } from '../../src/ingest/body-pool.js';
import type { SignalDecoders } from '../../src/ingest/export-handler.js';
import { OtlpHttpServer } from '../../src/ingest/http-server.js';
import type { Ticket } from '../../src/ingest/pipeline.js';
import { signalDecoders } from '../../src/ingest/signals.js';
import type { ErrorEvent } from '../../src/core/model.js';
import { traceRequest } from '../helpers/otlp-requests.js';
import { receiverOptions } from '../helpers/receiver-options.js';

describe('BodyPool', () => {
  it('serves bodies between its bounds from power-of-two buffers', () => {
    const pool = new BodyPool(1 << 24);
    expect(pool.take(MIN_POOLED_BYTES - 1)).toBeUndefined();
    expect(pool.take(MAX_POOLED_BYTES + 1)).toBeUndefined();
    expect(pool.take(MIN_POOLED_BYTES)!.buffer.length).toBe(MIN_POOLED_BYTES);
    expect(pool.take(300_000)!.buffer.length).toBe(524_288);
    expect(pool.take(MAX_POOLED_BYTES)!.buffer.length).toBe(MAX_POOLED_BYTES);
  });

  it('hands a buffer out again only after it came back, and only once however often it is recycled', () => {
    const pool = new BodyPool(1 << 24);
    const first = pool.take(200_000)!;
    const second = pool.take(200_000)!;
    expect(second.buffer.buffer).not.toBe(first.buffer.buffer);
    first.recycle();
    first.recycle();
    const third = pool.take(250_000)!;
    const fourth = pool.take(250_000)!;
    expect(third.buffer.buffer).toBe(first.buffer.buffer);
    expect(fourth.buffer.buffer).not.toBe(first.buffer.buffer);
    expect(pool.allocations).toBe(3);
  });

  it('joins chunks in a pooled buffer when it serves the size, else in a new one', () => {
    const pool = new BodyPool(1 << 24);
    const chunks = [randomBytes(50_000), randomBytes(40_000), randomBytes(10)];
    const joined = joinChunks(chunks, 90_010, pool);
    expect(joined.bytes.equals(Buffer.concat(chunks))).toBe(true);
    expect(joined.bytes.buffer.byteLength).toBe(131_072);
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

/** Admits everything; commits at once. */
const admission = {
  refusal: () => undefined,
  admit: (): Ticket => ({ commit: () => Promise.resolve(), release: () => {} }),
};

describe('the HTTP receiver reading bodies into pooled buffers', () => {
  const seen: ErrorEvent[][] = [];
  const decoders: SignalDecoders = signalDecoders({ severityThreshold: 17, captureHandled: true });
  const traces = decoders.traces;
  decoders.traces = (body, encoding) => {
    const decoded = traces(body, encoding);
    seen.push((decoded as { events: ErrorEvent[] }).events);
    return decoded;
  };
  const pool = new BodyPool(1 << 24);
  const options = { ...receiverOptions({ admission, decoders }), bodyPool: pool };
  const server = new OtlpHttpServer(options);
  let port = 0;
  beforeAll(async () => {
    port = await server.start();
  });
  afterAll(() => server.stop());

  // Each export names its own service and carries random, incompressible messages, so that its
  // gzip body is pooled too and a buffer used again too soon shows up as another export's events.
  const exportOf = (n: number) => traceRequest(`svc-${n}`, Array.from({ length: 100 }, (_, i) => ({ type: 'PoolError', message: `${n}:${i}:${randomBytes(800).toString('base64')}` })));

  it('decodes every export from its own bytes while the buffers go round', async () => {
    const bodies = Array.from({ length: 48 }, (_, n) => exportOf(n));
    const gzipped = bodies.map((b) => gzipSync(b));
    expect(Math.min(...bodies.map((b) => b.length))).toBeGreaterThan(MIN_POOLED_BYTES);
    expect(Math.min(...gzipped.map((b) => b.length))).toBeGreaterThan(MIN_POOLED_BYTES);
    const post = (n: number) => {
      const gzip = n % 2 === 1;
      return fetch(`http://127.0.0.1:${port}/v1/traces`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-protobuf', ...(gzip ? { 'content-encoding': 'gzip' } : {}) },
        body: gzip ? gzipped[n] : bodies[n],
      }).then((r) => r.status);
    };
    // Eight at a time, so buffers come back and are taken again within the run.
    const statuses: number[] = [];
    for (let from = 0; from < bodies.length; from += 8) statuses.push(...(await Promise.all(Array.from({ length: 8 }, (_, k) => post(from + k)))));
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(seen).toHaveLength(bodies.length);
    const services = new Set<string>();
    for (const events of seen) {
      expect(events).toHaveLength(100);
      const service = events[0].service;
      services.add(service);
      const n = Number(service.slice(4));
      expect(events.map((e) => e.exception?.message?.split(':').slice(0, 2).join(':'))).toEqual(events.map((_, i) => `${n}:${i}`));
    }
    expect(services.size).toBe(bodies.length);
    expect(pool.allocations).toBeLessThan(bodies.length);
    expect(pool.idleSize).toBeGreaterThan(0);
  });

  it('takes nothing from the pool for a body that was only declared', async () => {
    const before = { allocations: pool.allocations, idle: pool.idleSize };
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(`POST /v1/traces HTTP/1.1\r\nhost: x\r\ncontent-type: application/x-protobuf\r\ncontent-length: 4000000\r\n\r\n`);
    socket.write(randomBytes(200_000));
    // Until the receiver holds what was sent (counted against its byte budget as it arrives).
    while (options.budget.inUse < 200_000) await new Promise((resolve) => setTimeout(resolve, 5));
    socket.destroy();
    await new Promise((resolve) => socket.once('close', resolve));
    expect({ allocations: pool.allocations, idle: pool.idleSize }).toEqual(before);
  });
});
