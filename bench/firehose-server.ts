// One server of the firehose benchmark, run in its own process so its CPU time and peak RSS
// are its own. Variants:
//   floor   — acks every export without decoding it (gRPC: grpc-js with the same HTTP/2
//             window settings as Rounds; HTTP: fastify reading the body, inflating gzip or zstd if asked)
//   naive   — the same, but decodes each request fully with protobufjs before acking
//   rounds  — the real receiver (startRounds): selective decode, fingerprint, durable commit
//             (-errors-only: without the healthy-span baseline; -no-workers: FINGERPRINT_WORKERS=0;
//             -no-<part>: one part of its gRPC server left out, see GrpcPart; -no-store: the
//             same receiver and pipeline whose group commit takes its batch and writes nothing,
//             so it answers at once — the ceiling any arrangement of the commit could reach)
//   shell   — Rounds' own OtlpGrpcServer/OtlpHttpServer around a pipeline that commits nothing
//             (-decode: with the real decoders; -healthy: counting the healthy-span baseline too;
//             -delay: commits take 20 ms; -no-<part> as above),
//             to tell the servers' setup from the pipeline's cost (issue #12, the gRPC gap)
// The servers listen on port 0 and report the ports they got ({ready, grpcPort, httpPort}): a
// port picked free by the parent could be taken before the child binds it (EADDRINUSE).
// The parent runs it from compiled dist/ with plain node (bench/compiled.ts), or from source
// through tsx (BENCH_FIREHOSE_LOADER=tsx).
// The parent talks to it over IPC: {cmd:'stats'} → {cpuUs, maxRssBytes, gc, threads} (threads: CPU
// ms by thread name, bench/process-cpu.ts), {cmd:'stored'} → {stored} once the run is over. Rounds'
// commit counters the parent scrapes from its /metrics itself, as Prometheus would: a fetch from
// inside the server loaded undici there at the start of the measured window, and the global
// properties that changed deoptimised the hot path at once (74 functions, the decoder's and node's
// HTTP server's among them, by --trace-deopt), which the window then paid to recompile. For the
// same reason `stored`, which reads the store through other code, is asked for last.
import { rmSync } from 'node:fs';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { gunzip, zstdDecompress } from 'node:zlib';
import * as grpc from '@grpc/grpc-js';
import Fastify from 'fastify';
import pino from 'pino';
import { loadConfig } from '../src/config.js';
import { keySelection } from '../src/core/attribute-stats.js';
import { otlpType, TYPES } from '../src/ingest/proto/schema.js';
import { startRounds } from '../src/main.js';
import { Admission } from '../src/ingest/admission.js';
import { ByteBudget } from '../src/ingest/byte-budget.js';
import type { SignalDecoders } from '../src/ingest/export-handler.js';
import { OtlpGrpcServer, type GrpcPart } from '../src/ingest/grpc-server.js';
import { OtlpHttpServer } from '../src/ingest/http-server.js';
import type { Pipeline } from '../src/ingest/pipeline.js';
import type { BatchResult } from '../src/core/ports.js';
import { IngestWriter } from '../src/store/lmdb/ingest-writer.js';
import { signalDecoders } from '../src/ingest/signals.js';
import { IngestMetrics } from '../src/observability/ingest-metrics.js';
import { Registry } from '../src/observability/metrics.js';
import { threadCpuMs } from './process-cpu.js';

const gunzipAsync = promisify(gunzip);
const zstdDecompressAsync = promisify(zstdDecompress);
// `<server>@<node flag>…` names a server run with extra node flags (bench/firehose.ts passes
// them); the server itself is the part before the first `@`.
const [fullVariant, dataDir] = process.argv.slice(2);
const variant = fullVariant.split('@')[0];
const TraceRequest = otlpType(TYPES.traceRequest);

type Work = (body: Buffer) => void;
const noDecode: Work = () => {};
const fullDecode: Work = (body) => {
  TraceRequest.decode(body);
};

interface Started {
  grpcPort: number;
  httpPort: number;
  stored: () => number | Promise<number>;
  /** Rounds only: the port of its HTTP API, where its /metrics are. */
  apiPort?: number;
}

async function startPeer(work: Work): Promise<Started> {
  const server = new grpc.Server({ 'grpc.max_receive_message_length': 64 * 1024 * 1024 });
  // The same flow-control windows as Rounds' gRPC server, so the floor is a fair floor.
  const common = (server as unknown as { commonServerOptions?: { settings?: Record<string, unknown> } }).commonServerOptions;
  if (common) common.settings = { ...common.settings, initialWindowSize: 1024 * 1024 };
  const id = (b: Buffer) => b;
  server.addService(
    { Export: { path: '/opentelemetry.proto.collector.trace.v1.TraceService/Export', requestStream: false, responseStream: false, requestSerialize: id, requestDeserialize: id, responseSerialize: id, responseDeserialize: id } },
    {
      Export: (call: grpc.ServerUnaryCall<Buffer, Buffer>, cb: grpc.sendUnaryData<Buffer>) => {
        work(call.request);
        cb(null, Buffer.alloc(0));
      },
    },
  );
  const grpcPort = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, port) => (e ? reject(e) : resolve(port))));
  const servers = (server as unknown as { http2Servers?: Map<import('node:http2').Http2Server, unknown> }).http2Servers;
  for (const h2 of servers?.keys() ?? []) h2.on('session', (s) => s.setLocalWindowSize(16 * 1024 * 1024));

  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 * 1024 });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(['application/x-protobuf', 'application/json'], { parseAs: 'buffer' }, (_r, body, done) => done(null, body));
  app.post('/v1/traces', async (request, reply) => {
    let body = request.body as Buffer;
    if (request.headers['content-encoding'] === 'gzip') body = await gunzipAsync(body);
    else if (request.headers['content-encoding'] === 'zstd') body = await zstdDecompressAsync(body);
    // OTLP/JSON (BENCH_FIREHOSE_BODIES=json): the naive server parses it whole, the floor does not.
    if (request.headers['content-type'] === 'application/json') {
      if (work === fullDecode) JSON.parse(body.toString('utf8'));
      return reply.header('content-type', 'application/json').send('{}');
    }
    work(body);
    return reply.header('content-type', 'application/x-protobuf').send(Buffer.alloc(0));
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  return { grpcPort, httpPort: typeof address === 'object' && address ? address.port : 0, stored: () => 0 };
}

async function startReal(healthyBaseline: boolean, fingerprintWorkers?: number): Promise<Started> {
  const config = loadConfig(
    {
      ROUNDS_DATA_DIR: dataDir,
      OTLP_HOST: '127.0.0.1',
      OTLP_GRPC_PORT: '0',
      OTLP_HTTP_PORT: '0',
      ROUNDS_API_PORT: '0',
      INVESTIGATOR_ENABLED: 'false',
      LOG_LEVEL: 'silent',
      OTLP_MAX_INFLIGHT_REQUESTS: '1024',
      // `rounds-errors-only`: without the healthy-span baseline, to show what counting it costs.
      HEALTHY_BASELINE: String(healthyBaseline),
      // `rounds-no-workers`: everything on the main thread, to show what the pool costs or saves.
      ...(fingerprintWorkers === undefined ? {} : { FINGERPRINT_WORKERS: String(fingerprintWorkers) }),
    },
    {},
    '',
  );
  const handle = await startRounds(config, { logger: pino({ level: 'silent' }) });
  const stored = async () => {
    handle.store.refresh();
    let n = 0;
    for (const s of (await handle.store.listSignatures({ sort: 'count', limit: Number.MAX_SAFE_INTEGER })).items) n += s.count;
    return n;
  };
  return { grpcPort: handle.grpcPort, httpPort: handle.httpPort, stored, apiPort: handle.apiPort };
}

/**
 * `shell[-decode][-no-<part>…]`: Rounds' own OtlpGrpcServer and OtlpHttpServer around a pipeline
 * that commits nothing (and, without `-decode`, a decoder that reads nothing), so the rows
 * measure the servers' own setup against the floor; `-no-<part>` leaves one part of the gRPC
 * server out (GrpcPart).
 */
async function startShell(name: string): Promise<Started> {
  const parts = name.split('-');
  const omit = parts.flatMap((p, i) => (parts[i - 1] === 'no' ? [p as GrpcPart] : []));
  const decode = parts.includes('decode');
  // `-delay`: each commit resolves 20 ms later, as a real group commit does, so calls stay open.
  const commit = parts.includes('delay') ? () => new Promise<void>((resolve) => setTimeout(resolve, 20)) : () => Promise.resolve();
  const ticket = { commit, release: () => {} };
  const pipeline = { refusal: () => undefined, admit: () => ticket, admitEvents: () => ticket } as unknown as Pipeline;
  const admission = new Admission(pipeline, undefined, 1);
  (admission as unknown as { admit: () => unknown }).admit = () => ticket;
  const none = () => ({ events: [], items: 0, rejected: 0 });
  // `-healthy`: the decoders also count the healthy-span baseline, as Rounds does by default.
  const healthyKeys = parts.includes('healthy') ? { healthyKeys: keySelection([]) } : {};
  const decoders: SignalDecoders = decode ? signalDecoders({ severityThreshold: 17, captureHandled: false, ...healthyKeys }) : { traces: none, logs: none, metrics: none };
  if (process.env.BENCH_DECODE_CPU) {
    const inner = decoders.traces;
    let us = 0;
    let calls = 0;
    decoders.traces = (body, encoding) => {
      const c0 = process.threadCpuUsage();
      try {
        return inner(body, encoding);
      } finally {
        const c = process.threadCpuUsage(c0);
        us += c.user + c.system;
        calls++;
      }
    };
    process.on('exit', () => process.stderr.write(`decode-cpu ${name}: ${calls} calls, ${(us / Math.max(1, calls)).toFixed(0)} µs/call\n`));
  }
  const transport = {
    host: '127.0.0.1',
    port: 0,
    maxMessageBytes: 64 * 1024 * 1024,
    checkToken: () => true,
    admission,
    budget: new ByteBudget(512 * 1024 * 1024),
    retryAfterSeconds: 1,
    decoders,
    metrics: new IngestMetrics(new Registry()),
  };
  const grpcServer = new OtlpGrpcServer({ ...transport, omit });
  const httpServer = new OtlpHttpServer(transport);
  return { grpcPort: await grpcServer.start(), httpPort: await httpServer.start(), stored: () => 0 };
}

// `rounds-no-<part>…`: the real receiver with parts of its gRPC server left out (as for `shell`).
const roundsOmit = variant.startsWith('rounds') ? variant.split('-').flatMap((p, i, all) => (all[i - 1] === 'no' && p !== 'workers' && p !== 'store' ? [p as GrpcPart] : [])) : [];
if (roundsOmit.length > 0) {
  const start = OtlpGrpcServer.prototype.start;
  OtlpGrpcServer.prototype.start = function (this: OtlpGrpcServer) {
    (this as unknown as { options: { omit?: GrpcPart[] } }).options.omit = roundsOmit;
    return start.call(this);
  };
}

// `rounds-no-store`: the group commit takes the prepared batch (so the pipeline does all its work
// up to the store) and answers without a transaction; nothing is stored.
if (variant === 'rounds-no-store') {
  IngestWriter.prototype.commitTaken = function (take: () => unknown): Promise<BatchResult> {
    take();
    return Promise.resolve({ stored: 0, duplicates: 0, newSignatures: [], regressed: [] });
  };
}

const started = await (variant.startsWith('shell') ? startShell(variant) : variant.startsWith('rounds') ? startReal(variant !== 'rounds-errors-only', variant === 'rounds-no-workers' ? 0 : undefined) : startPeer(variant === 'naive' ? fullDecode : noDecode));
// Garbage collections of this process's main thread, by kind (minor: scavenges; major:
// mark-compacts), and their pause time: the parent prints them per request of the run.
const gc = { minor: 0, major: 0, ms: 0 };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    const kind = (e as unknown as { detail?: { kind?: number } }).detail?.kind;
    if (kind === constants.NODE_PERFORMANCE_GC_MINOR || kind === constants.NODE_PERFORMANCE_GC_MINOR_MARK_SWEEP) gc.minor++;
    else if (kind === constants.NODE_PERFORMANCE_GC_MAJOR) gc.major++;
    gc.ms += e.duration;
  }
}).observe({ entryTypes: ['gc'] });
process.on('message', (msg: { cmd: string }) => {
  if (msg.cmd === 'stats') {
    const cpu = process.cpuUsage();
    const gcNow = { ...gc };
    const threads = threadCpuMs();
    process.send!({ cpuUs: cpu.user + cpu.system, maxRssBytes: process.resourceUsage().maxRSS * 1024, gc: gcNow, threads });
  } else if (msg.cmd === 'stored') {
    void Promise.resolve(started.stored()).then((stored) => process.send!({ stored }));
  } else if (msg.cmd === 'exit') {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  }
});
// How this process runs, for the parent to check that every server runs the way it asked: from
// source means this file is TypeScript (tsx), or a TypeScript loader is among node's flags.
const fromSource = import.meta.url.endsWith('.ts') || [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((a) => a.includes('tsx'));
process.send!({ ready: true, grpcPort: started.grpcPort, httpPort: started.httpPort, apiPort: started.apiPort, fromSource });
