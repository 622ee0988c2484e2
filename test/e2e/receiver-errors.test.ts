// Bad input, bad credentials, oversize and overload: each gets the spec's answer, the server
// keeps serving, and the store is not corrupted.
import http2 from 'node:http2';
import { connect } from 'node:net';
import { gzipSync, zstdCompressSync } from 'node:zlib';
import * as grpc from '@grpc/grpc-js';
import { compressSync } from 'snappy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crc32c } from '../../src/ingest/crc32c.js';
import { otlpType, TYPES } from '../../src/ingest/proto/schema.js';
import { decodeStatus, postOtlp, TRACE_PATH, traceRequest } from '../helpers/otlp-requests.js';
import { queueDepth } from '../helpers/receiver-gauges.js';
import { startTestInstance, type TestInstance } from '../helpers/rounds-instance.js';
import { allSignatures } from '../helpers/temp-store.js';

function grpcExport(port: number, body: Buffer, metadata = new grpc.Metadata(), options: { compress?: boolean } = {}): Promise<{ error?: grpc.ServiceError; response?: Buffer }> {
  const client = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
    'grpc.max_send_message_length': 256 * 1024 * 1024,
    ...(options.compress ? { 'grpc.default_compression_algorithm': 2 } : {}),
  });
  return new Promise((resolve) => {
    client.makeUnaryRequest(TRACE_PATH, (b: Buffer) => b, (b: Buffer) => b, body, metadata, (error, response) => {
      client.close();
      resolve({ error: error ?? undefined, response });
    });
  });
}

/**
 * One Export call framed by hand (gRPC over HTTP/2: a 5-byte prefix, then the message), for a
 * `grpc-encoding` grpc-js cannot send, as grpc-go (the Collector's exporter) sends zstd.
 */
function rawGrpcExport(port: number, message: Buffer, headers: Record<string, string>, compressed: boolean): Promise<{ status: number; message: string }> {
  return new Promise((resolve, reject) => {
    const session = http2.connect(`http://127.0.0.1:${port}`);
    session.on('error', reject);
    const stream = session.request({ ':method': 'POST', ':path': TRACE_PATH, 'content-type': 'application/grpc', te: 'trailers', ...headers });
    let status = -1;
    let text = '';
    const settle = (h: http2.IncomingHttpHeaders) => {
      if (h['grpc-status'] !== undefined) status = Number(h['grpc-status']);
      if (h['grpc-message'] !== undefined) text = decodeURIComponent(String(h['grpc-message']));
    };
    stream.on('response', settle);
    stream.on('trailers', settle);
    stream.on('data', () => {});
    stream.on('end', () => {
      session.close();
      resolve({ status, message: text });
    });
    stream.on('error', reject);
    const prefix = Buffer.alloc(5);
    prefix[0] = compressed ? 1 : 0;
    prefix.writeUInt32BE(message.length, 1);
    stream.end(Buffer.concat([prefix, message]));
  });
}

async function storedCount(rounds: TestInstance): Promise<number> {
  rounds.store.refresh();
  return (await allSignatures(rounds.store, 'count')).reduce((n, s) => n + s.count, 0);
}

describe('receiver error paths', () => {
  let rounds: TestInstance;
  const token = 's3cret-token';
  const auth = { authorization: `Bearer ${token}` };

  beforeAll(async () => {
    rounds = await startTestInstance({ OTLP_AUTH_TOKEN: token, OTLP_MAX_MESSAGE_BYTES: String(1024 * 1024) });
  });
  afterAll(async () => rounds?.dispose());

  it('answers malformed protobuf with 400 and a google.rpc.Status, INVALID_ARGUMENT over gRPC', async () => {
    const garbage = Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]);
    const res = await postOtlp(rounds.httpPort, '/v1/traces', garbage, auth);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/x-protobuf');
    const status = decodeStatus(res.body);
    expect(status.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(status.message).toMatch(/decode/i);
    const metadata = new grpc.Metadata();
    metadata.set('authorization', auth.authorization);
    const g = await grpcExport(rounds.grpcPort, garbage, metadata);
    expect(g.error?.code).toBe(grpc.status.INVALID_ARGUMENT);
  });

  it('answers every truncation of a valid body with 400 or success, never a crash', async () => {
    const body = traceRequest('truncation', [{ type: 'Error', message: 'boom' }], 3);
    const statuses = new Set<number>();
    for (let cut = 1; cut < body.length; cut += Math.max(1, Math.floor(body.length / 40))) {
      const res = await postOtlp(rounds.httpPort, '/v1/traces', body.subarray(0, cut), auth);
      statuses.add(res.status);
    }
    expect([...statuses].every((s) => s === 400 || s === 200)).toBe(true);
    expect(statuses.has(400)).toBe(true);
    expect((await fetch(`http://127.0.0.1:${rounds.apiPort}/healthz`)).status).toBe(200);
  });

  it('answers malformed JSON with 400 in JSON', async () => {
    const res = await postOtlp(rounds.httpPort, '/v1/logs', Buffer.from('{"resourceLogs": [ nope'), { ...auth, 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(res.body.toString())).toMatchObject({ code: 3 });
  });

  it('answers an unsupported content type with 415', async () => {
    const res = await postOtlp(rounds.httpPort, '/v1/traces', Buffer.from('hello'), { ...auth, 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
    expect(decodeStatus(res.body).message).toMatch(/unsupported media type/);
  });

  it('answers a content type with parameters by its media type and replies with the bare type', async () => {
    const res = await postOtlp(rounds.httpPort, '/v1/traces', Buffer.from('{}'), { ...auth, 'content-type': 'application/json; charset=utf-8' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
  });

  it('stops a gzip bomb at the limit with 413 and keeps serving', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024)); // 64 MiB of zeros → ~64 KiB on the wire
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().rss;
    const res = await postOtlp(rounds.httpPort, '/v1/traces', bomb, { ...auth, 'content-encoding': 'gzip' });
    expect(res.status).toBe(413);
    expect(decodeStatus(res.body).message).toMatch(/decompressed/);
    expect(process.memoryUsage().rss - before).toBeLessThan(48 * 1024 * 1024);
    const ok = await postOtlp(rounds.httpPort, '/v1/traces', gzipSync(traceRequest('after-bomb', [{ type: 'Error', message: 'still here' }])), { ...auth, 'content-encoding': 'gzip' });
    expect(ok.status).toBe(200);
  });

  it('accepts zstd bodies (RFC 8878, the Collector exporters\' `compression: zstd`) on both transports, and stops a zstd bomb at the limit', async () => {
    const http = await postOtlp(rounds.httpPort, '/v1/traces', zstdCompressSync(traceRequest('http-zstd', [{ type: 'ZstdError', message: 'compressed over HTTP' }])), { ...auth, 'content-encoding': 'zstd' });
    expect(http.status).toBe(200);
    const grpcCall = await rawGrpcExport(rounds.grpcPort, zstdCompressSync(traceRequest('grpc-zstd', [{ type: 'ZstdError', message: 'compressed over gRPC' }])), { ...auth, 'grpc-encoding': 'zstd' }, true);
    expect(grpcCall.status, grpcCall.message).toBe(grpc.status.OK);
    // A message on a zstd call may itself go uncompressed (its flag 0).
    expect((await rawGrpcExport(rounds.grpcPort, traceRequest('grpc-zstd-flag0', [{ type: 'ZstdError', message: 'sent plain' }]), { ...auth, 'grpc-encoding': 'zstd' }, false)).status).toBe(grpc.status.OK);
    rounds.store.refresh();
    const services = (await allSignatures(rounds.store)).map((s) => s.service);
    expect(services).toEqual(expect.arrayContaining(['http-zstd', 'grpc-zstd', 'grpc-zstd-flag0']));

    const bomb = zstdCompressSync(Buffer.alloc(64 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const res = await postOtlp(rounds.httpPort, '/v1/traces', bomb, { ...auth, 'content-encoding': 'zstd' });
    expect(res.status).toBe(413);
    expect((await rawGrpcExport(rounds.grpcPort, bomb, { ...auth, 'grpc-encoding': 'zstd' }, true)).status).toBe(grpc.status.RESOURCE_EXHAUSTED);
    // Not zstd at all: a clear 400 / INVALID_ARGUMENT.
    const notZstd = await postOtlp(rounds.httpPort, '/v1/traces', Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 0, 0, 0]), { ...auth, 'content-encoding': 'zstd' });
    expect(notZstd.status).toBe(400);
    expect(decodeStatus(notZstd.body).message).toMatch(/not valid zstd data/);
  });

  it('accepts snappy: the block format and the framing format over HTTP, the framing format over gRPC', async () => {
    const block = compressSync(traceRequest('http-snappy', [{ type: 'SnappyError', message: 'block over HTTP' }]));
    expect((await postOtlp(rounds.httpPort, '/v1/traces', block, { ...auth, 'content-encoding': 'snappy' })).status).toBe(200);
    const framedBody = (message: Buffer) => {
      const data = compressSync(message);
      const crc = Buffer.alloc(4);
      const c = crc32c(message);
      crc.writeUInt32LE((((c >>> 15) | (c << 17)) + 0xa282ead8) >>> 0);
      const header = Buffer.from([0x00, 0, 0, 0]);
      header.writeUIntLE(4 + data.length, 1, 3);
      return Buffer.concat([Buffer.from([0xff, 0x06, 0x00, 0x00, 0x73, 0x4e, 0x61, 0x50, 0x70, 0x59]), header, crc, data]);
    };
    expect((await postOtlp(rounds.httpPort, '/v1/traces', framedBody(traceRequest('http-snappy-framed', [{ type: 'SnappyError', message: 'framed over HTTP' }])), { ...auth, 'content-encoding': 'x-snappy-framed' })).status).toBe(200);
    const grpcCall = await rawGrpcExport(rounds.grpcPort, framedBody(traceRequest('grpc-snappy', [{ type: 'SnappyError', message: 'framed over gRPC' }])), { ...auth, 'grpc-encoding': 'snappy' }, true);
    expect(grpcCall.status, grpcCall.message).toBe(grpc.status.OK);
    rounds.store.refresh();
    expect((await allSignatures(rounds.store)).map((s) => s.service)).toEqual(expect.arrayContaining(['http-snappy', 'http-snappy-framed', 'grpc-snappy']));
    // A block claiming more than the limit is refused from its length preamble.
    const huge = await postOtlp(rounds.httpPort, '/v1/traces', compressSync(Buffer.alloc(2 * 1024 * 1024)), { ...auth, 'content-encoding': 'snappy' });
    expect(huge.status).toBe(413);
  });

  it('refuses an unknown Content-Encoding with 400 naming it', async () => {
    const res = await postOtlp(rounds.httpPort, '/v1/traces', Buffer.from('x'), { ...auth, 'content-encoding': 'br' });
    expect(res.status).toBe(400);
    expect(decodeStatus(res.body).message).toMatch(/unsupported Content-Encoding: br/);
  });

  it('refuses a missing or wrong token with 401 / UNAUTHENTICATED', async () => {
    const body = traceRequest('auth', [{ type: 'Error', message: 'nope' }]);
    expect((await postOtlp(rounds.httpPort, '/v1/traces', body)).status).toBe(401);
    expect((await postOtlp(rounds.httpPort, '/v1/traces', body, { authorization: 'Bearer wrong' })).status).toBe(401);
    const g = await grpcExport(rounds.grpcPort, body);
    expect(g.error?.code).toBe(grpc.status.UNAUTHENTICATED);
  });

  it('refuses an oversize message with 413 / RESOURCE_EXHAUSTED', async () => {
    const big = traceRequest('big', [{ type: 'Error', message: 'x'.repeat(2 * 1024 * 1024) }]);
    const res = await postOtlp(rounds.httpPort, '/v1/traces', big, auth);
    expect(res.status).toBe(413);
    const metadata = new grpc.Metadata();
    metadata.set('authorization', auth.authorization);
    const g = await grpcExport(rounds.grpcPort, big, metadata);
    expect(g.error?.code).toBe(grpc.status.RESOURCE_EXHAUSTED);
  });

  it('accepts gzip-compressed gRPC messages', async () => {
    const metadata = new grpc.Metadata();
    metadata.set('authorization', auth.authorization);
    const g = await grpcExport(rounds.grpcPort, traceRequest('grpc-gzip', [{ type: 'GzipError', message: 'compressed' }]), metadata, { compress: true });
    expect(g.error).toBeUndefined();
    rounds.store.refresh();
    expect((await allSignatures(rounds.store)).some((s) => s.service === 'grpc-gzip')).toBe(true);
  });

  it('does not double-count a retried export', async () => {
    const body = traceRequest('retry', [{ type: 'RetryError', message: 'only once' }, { type: 'RetryError', message: 'only once' }]);
    const before = await storedCount(rounds);
    expect((await postOtlp(rounds.httpPort, '/v1/traces', body, auth)).status).toBe(200);
    expect((await postOtlp(rounds.httpPort, '/v1/traces', body, auth)).status).toBe(200);
    const metadata = new grpc.Metadata();
    metadata.set('authorization', auth.authorization);
    expect((await grpcExport(rounds.grpcPort, body, metadata)).error).toBeUndefined();
    expect((await storedCount(rounds)) - before).toBe(2);
  });

  it('reports partial success for error spans with invalid ids', async () => {
    const T = otlpType(TYPES.traceRequest);
    const body = Buffer.from(
      T.encode(
        T.fromObject({
          resourceSpans: [{ resource: { attributes: [{ key: 'service.name', value: { stringValue: 'partial' } }] }, scopeSpans: [{ spans: [
            { traceId: Buffer.alloc(5, 1), spanId: Buffer.alloc(8, 1), name: 'bad', status: { code: 2, message: 'bad id' } },
            { traceId: Buffer.alloc(16, 2), spanId: Buffer.alloc(8, 2), name: 'good', status: { code: 2, message: 'good id' } },
          ] }] }],
        }),
      ).finish(),
    );
    const res = await postOtlp(rounds.httpPort, '/v1/traces', body, auth);
    expect(res.status).toBe(200);
    const R = otlpType(TYPES.traceResponse);
    const decoded = R.toObject(R.decode(res.body), { longs: Number }) as { partialSuccess?: { rejectedSpans: number; errorMessage: string } };
    expect(decoded.partialSuccess?.rejectedSpans).toBe(1);
    expect(decoded.partialSuccess?.errorMessage).toMatch(/invalid/);
  });

  it('answers an empty request with success and an unset partial_success', async () => {
    const res = await postOtlp(rounds.httpPort, '/v1/traces', Buffer.alloc(0), auth);
    expect(res.status).toBe(200);
    expect(res.body.length).toBe(0);
    const metrics = await postOtlp(rounds.httpPort, '/v1/metrics', Buffer.alloc(0), auth);
    expect(metrics.status).toBe(200);
  });

  it('answers other methods with 405 and unknown paths with 404', async () => {
    expect((await fetch(`http://127.0.0.1:${rounds.httpPort}/v1/traces`, { headers: auth })).status).toBe(405);
    expect((await postOtlp(rounds.httpPort, '/v2/traces', Buffer.alloc(0), auth)).status).toBe(404);
  });
});

describe('overload', () => {
  let rounds: TestInstance;
  beforeAll(async () => {
    rounds = await startTestInstance({ OTLP_MAX_MESSAGE_BYTES: String(512 * 1024), OTLP_MAX_BUFFERED_BYTES: String(600 * 1024), OTLP_RETRY_AFTER_SECONDS: '3' });
  });
  afterAll(async () => rounds?.dispose());

  it('refuses with 503 + Retry-After and UNAVAILABLE + RetryInfo while the byte budget is held, then recovers', async () => {
    // Hold most of the byte budget: a request whose body never finishes arriving holds the
    // bytes it has sent (and no more; see test/ingest/slow-clients.test.ts).
    const socket = connect(rounds.httpPort, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write('POST /v1/traces HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\nContent-Length: 520000\r\n\r\n');
    socket.write(Buffer.alloc(500 * 1024, 0x0a));
    await expect.poll(async () => queueDepth(rounds, 'bytes'), { timeout: 60_000 }).toBeGreaterThanOrEqual(500 * 1024);

    const body = traceRequest('overload', [{ type: 'Error', message: 'x'.repeat(200 * 1024) }]);
    const res = await postOtlp(rounds.httpPort, '/v1/traces', body);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('3');

    const g = await grpcExport(rounds.grpcPort, body);
    expect(g.error?.code).toBe(grpc.status.UNAVAILABLE);
    const details = g.error?.metadata.get('grpc-status-details-bin')[0] as Buffer;
    const status = decodeStatus(details);
    expect(status.details[0].type_url).toBe('type.googleapis.com/google.rpc.RetryInfo');
    const RetryInfo = otlpType(TYPES.retryInfo);
    expect(RetryInfo.toObject(RetryInfo.decode(status.details[0].value), { longs: Number })).toMatchObject({ retryDelay: { seconds: 3 } });

    socket.destroy();
    await expect.poll(async () => queueDepth(rounds, 'bytes'), { timeout: 60_000 }).toBe(0);
    expect((await postOtlp(rounds.httpPort, '/v1/traces', body)).status).toBe(200);
  });
});
