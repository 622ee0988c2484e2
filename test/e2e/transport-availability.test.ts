// The OTLP transports stay available whatever clients do with their connections: a request's
// place in the pipeline and its bytes are given back on every path (answered, client FIN,
// client reset, abort mid-body, bad data), slow or silent connections hold nothing and are
// closed, the bearer token is checked before a gRPC message is read, and gzip bombs stay
// inside the byte budget. Real servers on port 0, raw sockets and raw HTTP/2 for the paths a
// well-behaved client library never takes.
import { connect as connectHttp2, constants as h2 } from 'node:http2';
import { connect, type Socket } from 'node:net';
import { createGzip, gzipSync } from 'node:zlib';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeStatus, postOtlp, TRACE_PATH, traceRequest } from '../helpers/otlp-requests.js';
import { queueDepth } from '../helpers/receiver-gauges.js';
import { startTestInstance, tempDataDir, type TestInstance } from '../helpers/rounds-instance.js';
import { allSignatures } from '../helpers/temp-store.js';
import { readRawGrpcStatus } from '../helpers/raw-grpc-status.js';

function grpcExport(port: number, body: Buffer, options: { token?: string; compress?: boolean } = {}): Promise<{ error?: grpc.ServiceError; response?: Buffer }> {
  const client = new grpc.Client(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
    'grpc.max_send_message_length': -1,
    ...(options.compress ? { 'grpc.default_compression_algorithm': 2 } : {}),
  });
  const metadata = new grpc.Metadata();
  if (options.token !== undefined) metadata.set('authorization', options.token);
  return new Promise((resolve) => {
    client.makeUnaryRequest(TRACE_PATH, (b: Buffer) => b, (b: Buffer) => b, body, metadata, (error, response) => {
      client.close();
      resolve({ error: error ?? undefined, response });
    });
  });
}

function openSocket(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

function httpRequestBytes(body: Buffer, headers: Record<string, string> = {}): Buffer {
  const head = Object.entries({ host: 'x', 'content-type': 'application/x-protobuf', 'content-length': String(body.length), ...headers })
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  return Buffer.concat([Buffer.from(`POST /v1/traces HTTP/1.1\r\n${head}\r\n`), body]);
}

/** Resolves when the peer closes the socket (reading what is left, so its end is seen). */
const closed = (socket: Socket) =>
  new Promise<void>((resolve) => {
    if (socket.destroyed) return resolve();
    socket.once('close', () => resolve());
    if (socket.listenerCount('data') === 0) socket.resume();
  });

/** A gRPC length-prefixed message (gRPC over HTTP/2, "Length-Prefixed-Message"). */
function grpcFrame(message: Buffer, compressed = false): Buffer {
  const prefix = Buffer.alloc(5);
  prefix[0] = compressed ? 1 : 0;
  prefix.writeUInt32BE(message.length, 1);
  return Buffer.concat([prefix, message]);
}

/** One unary call over raw HTTP/2, so the message can be sent already compressed (a bomb). */
function rawGrpcCall(port: number, message: Buffer, headers: Record<string, string>): Promise<{ status: number; details?: Buffer }> {
  return new Promise((resolve, reject) => {
    const session = connectHttp2(`http://127.0.0.1:${port}`);
    session.on('error', reject);
    const stream = session.request({ ':method': 'POST', ':path': TRACE_PATH, 'content-type': 'application/grpc', te: 'trailers', ...headers });
    const answer = readRawGrpcStatus(stream);
    stream.on('error', reject);
    stream.on('close', () => {
      session.close();
      if (answer.status === undefined) reject(new Error('no grpc-status'));
      else resolve({ status: answer.status, details: answer.details });
    });
    stream.end(grpcFrame(message, headers['grpc-encoding'] !== undefined));
  });
}

/** gzip of `mib` MiB of zeros, compressed a MiB at a time (never holding the whole input). */
async function gzipZeros(mib: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on('data', (d: Buffer) => out.push(d));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < mib; i++) gzip.write(zeros);
  gzip.end();
  await done;
  return Buffer.concat(out);
}

async function idle(rounds: TestInstance): Promise<void> {
  await expect.poll(() => queueDepth(rounds, 'requests'), { timeout: 60_000 }).toBe(0);
  await expect.poll(() => queueDepth(rounds, 'bytes'), { timeout: 60_000 }).toBe(0);
}

describe('admission is given back on every path', () => {
  let rounds: TestInstance;
  // Two places only: a single leaked ticket per path would show as refusals below.
  beforeAll(async () => {
    rounds = await startTestInstance({ OTLP_MAX_INFLIGHT_REQUESTS: '2' });
  });
  afterAll(async () => rounds?.dispose());

  const body = (service: string) => traceRequest(service, [{ type: 'LeakError', message: `from ${service}` }], 3);

  it('HTTP: answered, client FIN after the body, reset after the body, abort mid-body, bad data', async () => {
    for (let i = 0; i < 8; i++) {
      // answered
      expect((await postOtlp(rounds.httpPort, '/v1/traces', body('http-answered'))).status).toBe(200);
      // the whole request, then FIN (half-close): the server still answers, then closes
      const fin = await openSocket(rounds.httpPort);
      const answer: Buffer[] = [];
      fin.on('data', (d: Buffer) => answer.push(d));
      fin.end(httpRequestBytes(body('http-fin')));
      await closed(fin);
      expect(Buffer.concat(answer).toString('latin1')).toMatch(/^HTTP\/1\.1 200 /);
      // the whole request, then a reset before the answer
      const reset = await openSocket(rounds.httpPort);
      reset.write(httpRequestBytes(body('http-reset')), () => reset.resetAndDestroy());
      await closed(reset);
      await idle(rounds);
      // half the body, then gone
      const partial = await openSocket(rounds.httpPort);
      const whole = httpRequestBytes(body('http-partial'));
      partial.write(whole.subarray(0, whole.length - 40), () => partial.destroy());
      await closed(partial);
      await idle(rounds);
      // bad data: 400
      expect((await postOtlp(rounds.httpPort, '/v1/traces', Buffer.from([0x0a, 0xff, 0xff, 0xff]))).status).toBe(400);
    }
    await idle(rounds);
    expect((await postOtlp(rounds.httpPort, '/v1/traces', body('http-after'))).status).toBe(200);
    rounds.store.refresh();
    const services = new Set((await allSignatures(rounds.store)).map((s) => s.service));
    expect(services).toContain('http-answered');
    expect(services).toContain('http-fin');
    expect(services).not.toContain('http-partial');
  });

  it('gRPC: answered, stream reset after the message, connection dropped after the message, bad data', async () => {
    for (let i = 0; i < 8; i++) {
      expect((await grpcExport(rounds.grpcPort, body('grpc-answered'))).error).toBeUndefined();
      // The message and END_STREAM, then RST_STREAM(CANCEL) before the answer.
      const session = connectHttp2(`http://127.0.0.1:${rounds.grpcPort}`);
      const stream = session.request({ ':method': 'POST', ':path': TRACE_PATH, 'content-type': 'application/grpc', te: 'trailers' });
      stream.end(grpcFrame(body('grpc-cancel')), () => stream.close(h2.NGHTTP2_CANCEL));
      await new Promise<void>((resolve) => stream.once('close', () => resolve()));
      await idle(rounds);
      // The message, then the whole connection destroyed.
      const stream2 = session.request({ ':method': 'POST', ':path': TRACE_PATH, 'content-type': 'application/grpc', te: 'trailers' });
      stream2.on('error', () => {});
      stream2.end(grpcFrame(body('grpc-dropped')), () => session.destroy());
      await new Promise<void>((resolve) => session.once('close', () => resolve()));
      await idle(rounds);
      expect((await grpcExport(rounds.grpcPort, Buffer.from([0x0a, 0xff, 0xff, 0xff]))).error?.code).toBe(grpc.status.INVALID_ARGUMENT);
    }
    await idle(rounds);
    expect((await grpcExport(rounds.grpcPort, body('grpc-after'))).error).toBeUndefined();
  });
});

describe('slow and silent clients', () => {
  let rounds: TestInstance;
  beforeAll(async () => {
    rounds = await startTestInstance({}, tempDataDir(), {
      httpTimeouts: { headersMs: 1500, requestMs: 3000, keepAliveMs: 1500, inactiveMs: 1500, checkIntervalMs: 200 },
      grpcTimeouts: { idleMs: 1500, keepaliveMs: 60_000, keepaliveTimeoutMs: 20_000 },
    });
  });
  afterAll(async () => rounds?.dispose());

  it('300 connections that send headers and no body lock out neither transport', async () => {
    const sockets: Socket[] = [];
    for (let i = 0; i < 300; i++) {
      const socket = await openSocket(rounds.httpPort);
      socket.on('error', () => {});
      socket.write('POST /v1/traces HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-protobuf\r\nContent-Length: 100000\r\n\r\n');
      sockets.push(socket);
    }
    try {
      const request = traceRequest('beside-slow-bodies', [{ type: 'Error', message: 'gets through' }]);
      expect((await postOtlp(rounds.httpPort, '/v1/traces', request)).status).toBe(200);
      expect((await grpcExport(rounds.grpcPort, request)).error).toBeUndefined();
      // The server cuts them off itself (request timeout).
      await Promise.all(sockets.map(closed));
    } finally {
      for (const s of sockets) s.destroy();
    }
    await idle(rounds);
  });

  it("answers a body that stops arriving with a retryable 503 and Retry-After, in the request's encoding, not a 408 OTLP clients drop", async () => {
    const answers = await Promise.all(
      (['application/x-protobuf', 'application/json'] as const).map(async (contentType) => {
        const socket = await openSocket(rounds.httpPort);
        socket.on('error', () => {});
        const received: Buffer[] = [];
        socket.on('data', (chunk: Buffer) => received.push(chunk));
        // Headers, then the body a byte at a time: never idle long enough for the inactivity
        // timeout, never whole before Node's request timeout ends it.
        socket.write(`POST /v1/traces HTTP/1.1\r\nHost: x\r\nContent-Type: ${contentType}\r\nContent-Length: 1000\r\n\r\n`);
        const trickle = setInterval(() => socket.writable && socket.write(Buffer.alloc(1)), 200);
        await closed(socket);
        clearInterval(trickle);
        return Buffer.concat(received);
      }),
    );
    for (const [i, answer] of answers.entries()) {
      const split = answer.indexOf('\r\n\r\n');
      const head = answer.subarray(0, split).toString('latin1');
      const body = answer.subarray(split + 4);
      expect(head).toMatch(/^HTTP\/1\.1 503 Service Unavailable\r\n/);
      expect(head).toMatch(/\r\nRetry-After: \d+\r\n/i);
      expect(head).toMatch(/\r\nConnection: close(\r\n|$)/i);
      if (i === 0) {
        expect(head).toMatch(/\r\nContent-Type: application\/x-protobuf/i);
        expect(decodeStatus(body)).toMatchObject({ code: grpc.status.UNAVAILABLE });
      } else {
        expect(head).toMatch(/\r\nContent-Type: application\/json/i);
        expect(JSON.parse(body.toString('utf8'))).toMatchObject({ code: grpc.status.UNAVAILABLE });
      }
    }
    const request = traceRequest('after-stalled-bodies', [{ type: 'Error', message: 'gets through' }]);
    expect((await postOtlp(rounds.httpPort, '/v1/traces', request)).status).toBe(200);
  });

  it('closes HTTP connections that say nothing, stop mid-headers or stay idle after a response', async () => {
    const silent = await openSocket(rounds.httpPort);
    const midHeaders = await openSocket(rounds.httpPort);
    midHeaders.write('POST /v1/traces HTTP/1.1\r\nHost: x\r\n');
    const keptAlive = await openSocket(rounds.httpPort);
    keptAlive.write(httpRequestBytes(Buffer.alloc(0)));
    for (const s of [silent, midHeaders, keptAlive]) s.on('error', () => {});
    await closed(silent);
    await closed(midHeaders);
    await closed(keptAlive);
  });

  it('closes gRPC connections without calls (GOAWAY after the idle time)', async () => {
    const session = connectHttp2(`http://127.0.0.1:${rounds.grpcPort}`);
    session.on('error', () => {});
    const goaway = new Promise<void>((resolve) => session.once('goaway', () => resolve()));
    await Promise.race([goaway, new Promise<void>((resolve) => session.once('close', () => resolve()))]);
    session.destroy();
  });
});

describe('gzip bombs and the bearer token', () => {
  let rounds: TestInstance;
  const token = 'bomb-squad';
  // 80 MiB of zeros, ~80 KiB on the wire: past the default 64 MiB message limit.
  let bomb: Buffer;
  beforeAll(async () => {
    bomb = await gzipZeros(80);
    rounds = await startTestInstance({ OTLP_AUTH_TOKEN: token });
  });
  afterAll(async () => rounds?.dispose());

  it('refuses gRPC bombs without a token before reading them', async () => {
    const before = process.memoryUsage().rss;
    const results = await Promise.all(Array.from({ length: 16 }, () => rawGrpcCall(rounds.grpcPort, bomb, { 'grpc-encoding': 'gzip', authorization: 'Bearer wrong' })));
    // grpc-js would have inflated each to 64 MiB before the handler ran: over a gigabyte.
    expect(results.map((r) => r.status)).toEqual(Array(16).fill(grpc.status.UNAUTHENTICATED));
    expect(process.memoryUsage().rss - before).toBeLessThan(128 * 1024 * 1024);
  });

  it('keeps concurrent authenticated bombs inside the byte budget on both transports, and returns it', async () => {
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const auth = `Bearer ${token}`;
    const [http, viaGrpc] = await Promise.all([
      Promise.all(Array.from({ length: 16 }, () => postOtlp(rounds.httpPort, '/v1/traces', bomb, { authorization: auth, 'content-encoding': 'gzip' }))),
      Promise.all(Array.from({ length: 16 }, () => rawGrpcCall(rounds.grpcPort, bomb, { 'grpc-encoding': 'gzip', authorization: auth }))),
    ]);
    clearInterval(sampler);
    // Each is either stopped at the size limit or refused, retryably, because the budget is taken.
    for (const r of http) {
      expect([413, 503]).toContain(r.status);
      if (r.status === 503) expect(r.headers.get('retry-after')).toBeTruthy();
    }
    for (const r of viaGrpc) {
      expect([grpc.status.RESOURCE_EXHAUSTED, grpc.status.UNAVAILABLE]).toContain(r.status);
      if (r.status === grpc.status.UNAVAILABLE) expect(r.details).toBeDefined();
    }
    // 32 bombs of 64 MiB unbounded would be 2 GiB; the budget (256 MiB) holds it far below.
    expect(peak - before).toBeLessThan(512 * 1024 * 1024);
    await idle(rounds);
    expect((await postOtlp(rounds.httpPort, '/v1/traces', gzipSync(traceRequest('after-bombs', [{ type: 'Error', message: 'x' }])), { authorization: auth, 'content-encoding': 'gzip' })).status).toBe(200);
  });

  it('reads the Bearer scheme alike on both transports: any case, spaces around', async () => {
    const request = traceRequest('bearer-forms', [{ type: 'Error', message: 'auth' }]);
    for (const accepted of [`Bearer ${token}`, `bearer ${token}`, `BEARER   ${token}`]) {
      expect((await postOtlp(rounds.httpPort, '/v1/traces', request, { authorization: accepted })).status, accepted).toBe(200);
      expect((await grpcExport(rounds.grpcPort, request, { token: accepted })).error, accepted).toBeUndefined();
    }
    // Spaces around a field value are not part of it in HTTP/1.1 (RFC 9110 §5.5) and not allowed
    // in HTTP/2 (RFC 9113 §8.2.1), so only HTTP can carry them.
    // gRPC metadata cannot carry a tab either.
    expect((await postOtlp(rounds.httpPort, '/v1/traces', request, { authorization: `  bearer ${token}  ` })).status).toBe(200);
    expect((await postOtlp(rounds.httpPort, '/v1/traces', request, { authorization: `Bearer\t${token}` })).status).toBe(200);
    for (const refused of [token, `Bearer${token}`, `Basic ${token}`, 'Bearer', `Bearer ${token}x`, `Bearer ${token} extra`]) {
      expect((await postOtlp(rounds.httpPort, '/v1/traces', request, { authorization: refused })).status, refused).toBe(401);
      expect((await grpcExport(rounds.grpcPort, request, { token: refused })).error?.code, refused).toBe(grpc.status.UNAUTHENTICATED);
    }
  });
});
