// Benchmark (b): an end-to-end firehose of 512-span exports with 1% errors, over OTLP/gRPC
// and OTLP/HTTP on loopback, against three servers in the same run:
//   floor  — acks without decoding: the transport's own cost, the best any receiver can do
//   naive  — decodes every request fully with protobufjs, then acks: the obvious receiver
//   rounds — the real receiver: selective decode, fingerprint, durable LMDB commit, run with
//            the node flags it ships with (bench/rounds-node-flags.ts)
// and, once each, Rounds without the healthy-span baseline, without the fingerprint pool, and
// with a group commit that stores nothing (`rounds-no-store`: what Rounds would carry if its
// durable commit cost nothing and took no time, the ceiling for any arrangement of it).
// Fairness: each server runs alone in its own process (CPU and peak RSS are its own); the
// same client (one process, raw HTTP/2 gRPC framing and keep-alive HTTP/1.1, 16 requests in
// flight) sends the same bytes to each; every export carries fresh trace ids so Rounds'
// retry dedupe cannot skip work (gzip and zstd bodies come from a pre-compressed pool, see run()).
// The client shares the 2 cores with the server, as a sidecar Collector would.
// The floor's cost depends on Node's version far more than Rounds' does: on this machine, HTTP
// plain, it spent 0.43–0.50 µs per span under Node 20 and 1.07–1.45 under Node 24, where fastify's
// `Buffer.concat` of each body and the collection of those fresh buffers (a mark-compact every
// ~120 requests) took about a third of its time; Rounds reads bodies into reused buffers
// (ingest/body-pool.ts) and spent 1.36–1.78 µs on both. So "of floor" compares runs on one Node
// only, and the header names it (README, Development).
// Checks: every request acked, and Rounds stored exactly the error events it acked.
// Beside CPU and RSS, each row shows the server's garbage collections per request in the
// measured window (main thread: scavenges, mark-compacts, pause ms), from perf_hooks. A second
// table shows Rounds' group commits (from its /metrics): an export is answered once the commit
// holding its errors is durable, so with 16 exports in flight the commits' length and fill bound
// the throughput as much as CPU does. Its last column says which of the server's threads the
// CPU went to.
// Knobs: BENCH_FIREHOSE_SERVERS (comma list; `<server>@<node flag>` runs that server with
// `--<node flag>`, e.g. rounds@max-semi-space-size=8), BENCH_FIREHOSE_TRANSPORTS, _BODIES (plain, gzip, zstd, json), _ERROR_RATIO,
// _LOADER (below), BENCH_DURATION_MS, BENCH_SERVER_CPU_PROF=<dir> (node --cpu-prof per server),
// BENCH_DECODE_CPU=1 (shell servers print the decoder's own CPU µs per call on exit).
import { fork } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync, zstdCompressSync } from 'node:zlib';
import { otlpType, TYPES } from '../src/ingest/proto/schema.js';
import { compiledBenchFile } from './compiled.js';
import { cpuTicks, stealBetween } from './cpu-steal.js';
import { buildTracePayload } from './payloads.js';
import { threadsUsPer, type ThreadCpuMs, type ThreadsUs } from './process-cpu.js';
import { ROUNDS_NODE_FLAGS } from './rounds-node-flags.js';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 3000);
/** Share of error spans: 1% is the healthy firehose the targets are for; BENCH_FIREHOSE_ERROR_RATIO=1 sends all-errors exports. */
const ERROR_RATIO = Number(process.env.BENCH_FIREHOSE_ERROR_RATIO ?? 0.01);
/**
 * Traffic before the measured window, for every server alike: long enough for V8 to have
 * compiled the hot path. Rounds has far more of it than the floor, and at 1 % errors its
 * compiler threads were still busy after half a second: with 500 ms of warm-up V8's helper
 * threads took 0.49 µs per span in the window, with 5 s 0.20 (HTTP plain, same sitting; --trace-opt
 * counted 300 optimising compiles, 870 ms of compiler time, inside a window after 500 ms).
 */
const WARMUP_MS = 3000;
const IN_FLIGHT = 16;
const COMPRESSED_POOL = 1500;

interface Variant {
  /** floor, naive, rounds, rounds-errors-only, rounds-no-workers, rounds-no-store, or shell… (firehose-server.ts). */
  server: string;
  transport: 'grpc' | 'http';
  /** Compressed bodies (a pre-compressed pool), or plain when undefined. */
  coding?: Coding;
  /** OTLP/JSON bodies (HTTP only) instead of protobuf. */
  json?: boolean;
}

type Coding = 'gzip' | 'zstd';

/** How a variant's bodies are sent, as the table names it. */
const bodyName = (v: Pick<Variant, 'coding' | 'json'>) => (v.json ? 'json' : (v.coding ?? 'plain'));

/** Garbage collections by kind (minor: scavenges, major: mark-compacts) and their pause time. */
interface GcCounts {
  minor: number;
  major: number;
  ms: number;
}

export interface FirehoseRow extends Variant {
  spansPerSec: number;
  cpuUsPerSpan: number;
  p50Ms: number;
  p99Ms: number;
  peakRssMb: number;
  /** The server's garbage collections per acknowledged request in the measured window (main thread). */
  gcPerRequest: GcCounts;
  requests: number;
  failures: number;
  storedOk?: boolean;
  /** Rounds' group commits in the measured window (its own /metrics). */
  commits?: GroupCommits;
  /** The server's CPU µs per span by kind of thread (Linux, bench/process-cpu.ts). */
  threadsUsPerSpan?: ThreadsUs;
}

/** How Rounds' group commits went: how often, how full, and how long each took (asked for its transaction → durable). */
interface GroupCommits {
  perSecond: number;
  eventsPerCommit: number;
  exportsPerCommit: number;
  meanMs: number;
}

type CommitCounter = { count: number; seconds: number } | undefined;

/** One row of the group-commit table. */
interface GroupCommitRow {
  transport: string;
  body: string;
  server: string;
  commits: GroupCommits;
  p50Ms: number;
  threads?: ThreadsUs;
}

/** Fresh trace ids for each request: patch the error spans' trace-id bytes (or hex, in JSON) in a copy. */
export function payloadFactory() {
  const payload = buildTracePayload({ spans: 512, errorRatio: ERROR_RATIO, stackLines: 20, seed: 7 });
  const T = otlpType(TYPES.traceRequest);
  const decoded = T.toObject(T.decode(payload.body), { bytes: Buffer }) as { resourceSpans: { scopeSpans: { spans: { traceId: Buffer; status?: { code?: number } }[] }[] }[] };
  const traceIds = new Set<string>();
  for (const rs of decoded.resourceSpans) for (const ss of rs.scopeSpans) for (const s of ss.spans) if (s.status?.code === 2) traceIds.add(s.traceId.toString('hex'));
  const offsets: number[] = [];
  for (const hex of traceIds) {
    const needle = Buffer.from(hex, 'hex');
    for (let at = payload.body.indexOf(needle); at !== -1; at = payload.body.indexOf(needle, at + 1)) offsets.push(at);
  }
  // The same trace ids as hex text in the JSON body (bytes 12–15 are hex characters 24–31).
  const jsonOffsets: number[] = [];
  for (const hex of traceIds) {
    for (let at = payload.json.indexOf(hex); at !== -1; at = payload.json.indexOf(hex, at + 1)) jsonOffsets.push(at);
  }
  let counter = 0;
  const make = (): { body: Buffer; id: number } => {
    const body = Buffer.from(payload.body);
    const id = ++counter;
    for (const at of offsets) body.writeUInt32BE(id, at + 12);
    return { body, id };
  };
  const makeJson = (): { body: Buffer; id: number } => {
    const body = Buffer.from(payload.json);
    const id = ++counter;
    const hex = id.toString(16).padStart(8, '0');
    for (const at of jsonOffsets) body.write(hex, at + 24, 'latin1');
    return { body, id };
  };
  return { make, makeJson, errorsPerRequest: payload.errors, spansPerRequest: payload.spans };
}

interface Sender {
  send(body: Buffer): Promise<boolean>;
  close(): void;
}

function grpcSender(port: number, coding: Coding | undefined): Sender {
  const session = http2.connect(`http://127.0.0.1:${port}`);
  session.on('error', () => {});
  return {
    send(body) {
      return new Promise((resolve) => {
        const frame = Buffer.alloc(5 + body.length);
        frame[0] = coding ? 1 : 0;
        frame.writeUInt32BE(body.length, 1);
        body.copy(frame, 5);
        const stream = session.request({
          ':method': 'POST',
          ':path': '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
          'content-type': 'application/grpc',
          te: 'trailers',
          ...(coding ? { 'grpc-encoding': coding } : {}),
        });
        let status: string | undefined;
        stream.on('response', (headers) => (status = headers['grpc-status'] as string | undefined));
        stream.on('trailers', (trailers) => (status = trailers['grpc-status'] as string | undefined));
        stream.on('data', () => {});
        stream.on('end', () => resolve(status === '0'));
        stream.on('error', () => resolve(false));
        stream.end(frame);
      });
    },
    close: () => session.close(),
  };
}

function httpSender(port: number, coding: Coding | undefined, json = false): Sender {
  const agent = new http.Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
  return {
    send(body) {
      return new Promise((resolve) => {
        const req = http.request(
          { host: '127.0.0.1', port, path: '/v1/traces', method: 'POST', agent, headers: { 'content-type': json ? 'application/json' : 'application/x-protobuf', 'content-length': body.length, ...(coding ? { 'content-encoding': coding } : {}) } },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode === 200));
          },
        );
        req.on('error', () => resolve(false));
        req.end(body);
      });
    },
    close: () => agent.destroy(),
  };
}

/**
 * How the server processes run. By default from compiled JavaScript with plain `node`, as
 * `npm start` runs Rounds: tsx's loader would add about 40 MB to each isolate (the main thread
 * and every fingerprint worker) and make peak RSS measure the bench's TypeScript loader.
 * BENCH_FIREHOSE_LOADER=tsx runs them from source through tsx instead (how this bench ran
 * before), to compare the two.
 */
const LOADER = process.env.BENCH_FIREHOSE_LOADER ?? 'node';
if (LOADER !== 'node' && LOADER !== 'tsx') {
  console.error(`BENCH_FIREHOSE_LOADER must be "node" or "tsx", not ${JSON.stringify(LOADER)}`);
  process.exit(2);
}
let serverEntryMemo: { file: string; execArgv: string[] } | undefined;
/** The server's file and node flags, the same for every server in the table (built once). */
function serverEntry(): { file: string; execArgv: string[] } {
  serverEntryMemo ??= LOADER === 'tsx' ? { file: fileURLToPath(new URL('./firehose-server.ts', import.meta.url)), execArgv: ['--import', 'tsx'] } : { file: compiledBenchFile('bench/firehose-server.ts'), execArgv: [] };
  return serverEntryMemo;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

async function runVariant(v: Variant, factory: ReturnType<typeof payloadFactory>, pools: Map<Coding, { body: Buffer; id: number }[]>): Promise<FirehoseRow> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rounds-bench-'));
  // Every server runs the same way (see LOADER), with none of this process's node flags.
  const entry = serverEntry();
  const child = fork(entry.file, [v.server, dataDir], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    // BENCH_SERVER_CPU_PROF=<dir>: profile each server (node --cpu-prof) to see where its time goes.
    // `rounds@max-semi-space-size=8`: the same server with `--max-semi-space-size=8`, to A/B a node
    // flag in one run (each `@` adds one flag).
    // Rounds' servers get the node flags it ships with (bench/rounds-node-flags.ts); an `@` flag comes later and wins.
    execArgv: [...entry.execArgv, ...(v.server.startsWith('rounds') ? ROUNDS_NODE_FLAGS : []), ...v.server.split('@').slice(1).map((flag) => `--${flag}`), ...(process.env.BENCH_SERVER_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_SERVER_CPU_PROF}`] : [])],
  });
  const ask = <T>(cmd: string) => new Promise<T>((resolve) => {
    child.once('message', (m) => resolve(m as T));
    child.send({ cmd });
  });
  // The child listens on port 0 and says which ports it got.
  const { grpcPort, httpPort, apiPort, fromSource } = await new Promise<{ grpcPort: number; httpPort: number; apiPort?: number; fromSource: boolean }>((resolve) => child.once('message', (m) => resolve(m as { grpcPort: number; httpPort: number; apiPort?: number; fromSource: boolean })));
  if (fromSource !== (LOADER === 'tsx')) throw new Error(`the ${v.server} server runs ${fromSource ? 'from source' : 'compiled'}, not as BENCH_FIREHOSE_LOADER=${LOADER} asks`);
  const sender = v.transport === 'grpc' ? grpcSender(grpcPort, v.coding) : httpSender(httpPort, v.coding, v.json);
  const latencies: number[] = [];
  const ackedIds = new Set<number>();
  let failures = 0;
  let poolAt = 0;
  let measuring = false;
  let requests = 0;
  const pool = v.coding ? pools.get(v.coding)! : [];
  const next = () => (v.coding ? pool[poolAt++ % pool.length] : v.json ? factory.makeJson() : factory.make());
  let running = true;
  const worker = async () => {
    while (running) {
      const { body, id } = next();
      const t0 = performance.now();
      const ok = await sender.send(body);
      if (ok) ackedIds.add(id);
      else failures++;
      if (measuring) {
        latencies.push(performance.now() - t0);
        if (ok) requests++;
      }
    }
  };
  const workers = Array.from({ length: IN_FLIGHT }, worker);
  await new Promise((r) => setTimeout(r, WARMUP_MS));
  const beforeCommits = await commitCounter(apiPort);
  const before = await ask<{ cpuUs: number; gc: GcCounts; threads?: ThreadCpuMs }>('stats');
  measuring = true;
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, DURATION_MS));
  measuring = false;
  const elapsed = (performance.now() - t0) / 1000;
  const after = await ask<{ cpuUs: number; maxRssBytes: number; gc: GcCounts; threads?: ThreadCpuMs }>('stats');
  const afterCommits = await commitCounter(apiPort);
  running = false;
  await Promise.all(workers);
  sender.close();
  const final = await ask<{ stored: number }>('stored');
  child.send({ cmd: 'exit' });
  latencies.sort((a, b) => a - b);
  const spans = requests * factory.spansPerRequest;
  return {
    ...v,
    spansPerSec: spans / elapsed,
    cpuUsPerSpan: (after.cpuUs - before.cpuUs) / spans,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    peakRssMb: after.maxRssBytes / 1024 / 1024,
    gcPerRequest: {
      minor: (after.gc.minor - before.gc.minor) / Math.max(1, requests),
      major: (after.gc.major - before.gc.major) / Math.max(1, requests),
      ms: (after.gc.ms - before.gc.ms) / Math.max(1, requests),
    },
    requests,
    failures,
    // `rounds-no-store` writes nothing, by design: its check is that it stored nothing.
    storedOk: v.server.startsWith('rounds') ? final.stored === (v.server.startsWith('rounds-no-store') ? 0 : ackedIds.size * factory.errorsPerRequest) : undefined,
    commits: groupCommits(beforeCommits, afterCommits, elapsed, requests, factory.errorsPerRequest),
    threadsUsPerSpan: threadsUsPer(before.threads, after.threads, spans),
  };
}

/** Rounds' group commits so far and their summed time, from its /metrics (undefined for the peers, which have no API). */
async function commitCounter(apiPort: number | undefined): Promise<CommitCounter> {
  if (!apiPort) return undefined;
  const text = await (await fetch(`http://127.0.0.1:${apiPort}/metrics`)).text();
  return { count: metric(text, 'rounds_commit_duration_seconds_count'), seconds: metric(text, 'rounds_commit_duration_seconds_sum') };
}

/** A sample's value in Prometheus text (0 when absent). */
function metric(text: string, name: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.slice(name.length + 1)) : 0;
}

function groupCommits(before: CommitCounter, after: CommitCounter, seconds: number, exports: number, errorsPerExport: number): GroupCommits | undefined {
  if (!before || !after || after.count <= before.count) return undefined;
  const count = after.count - before.count;
  return { perSecond: count / seconds, eventsPerCommit: (exports * errorsPerExport) / count, exportsPerCommit: exports / count, meanMs: ((after.seconds - before.seconds) / count) * 1000 };
}

/** Issue #12's targets for the healthy-traffic firehose (1% errors), against the no-op floor of the same run. */
export const TARGETS = { ofFloorThroughput: 0.85, ofFloorCpu: 1.3, cpuUsPerSpanPlain: 1.3, cpuUsPerSpanGzip: 2.3, peakRssMb: 256 };

export async function run(): Promise<FirehoseRow[]> {
  const factory = payloadFactory();
  const bodies = process.env.BENCH_FIREHOSE_BODIES?.split(',') ?? ['plain', 'gzip'];
  // A pool of compressed bodies per coding asked for; zstd at its default level (3), as the
  // Collector's exporters compress.
  const pools = new Map<Coding, { body: Buffer; id: number }[]>();
  for (const coding of ['gzip', 'zstd'] as const) {
    if (!bodies.includes(coding)) continue;
    const compress = coding === 'gzip' ? gzipSync : zstdCompressSync;
    pools.set(
      coding,
      Array.from({ length: COMPRESSED_POOL }, () => {
        const p = factory.make();
        return { body: compress(p.body), id: p.id };
      }),
    );
  }
  const rows: FirehoseRow[] = [];
  // A B A B A B: the floor and Rounds three times each, interleaved, so a change in the
  // machine's load during the run colours both; the peers without a target once. On a shared
  // 2-core machine one pair's ratio moves by ±0.05 from run to run: the table shows the range.
  const order = (process.env.BENCH_FIREHOSE_SERVERS?.split(',') ?? ['floor', 'rounds', 'naive', 'rounds-errors-only', 'rounds-no-workers', 'rounds-no-store', 'floor', 'rounds', 'floor', 'rounds']) as Variant['server'][];
  const transports = (process.env.BENCH_FIREHOSE_TRANSPORTS?.split(',') ?? ['grpc', 'http']) as Variant['transport'][];
  // `json` (OTLP/JSON over HTTP; gRPC has no JSON) is measured only when asked for.
  for (const transport of transports) {
    for (const body of bodies) {
      if (body === 'json' && transport === 'grpc') continue;
      for (const server of order) {
        // grpc-js, which the floor and the naive server use for gRPC, reads no zstd: Rounds only.
        if (body === 'zstd' && transport === 'grpc' && !server.startsWith('rounds')) continue;
        rows.push(await runVariant({ server, transport, coding: body === 'gzip' || body === 'zstd' ? body : undefined, json: body === 'json' }, factory, pools));
      }
    }
  }
  return rows;
}

/** The runs of one server for one transport and body, averaged. */
function averaged(rows: FirehoseRow[]): FirehoseRow {
  const mean = (f: (r: FirehoseRow) => number) => rows.reduce((n, r) => n + f(r), 0) / rows.length;
  return {
    ...rows[0],
    spansPerSec: mean((r) => r.spansPerSec),
    cpuUsPerSpan: mean((r) => r.cpuUsPerSpan),
    p50Ms: mean((r) => r.p50Ms),
    p99Ms: mean((r) => r.p99Ms),
    peakRssMb: Math.max(...rows.map((r) => r.peakRssMb)),
    gcPerRequest: { minor: mean((r) => r.gcPerRequest.minor), major: mean((r) => r.gcPerRequest.major), ms: mean((r) => r.gcPerRequest.ms) },
    requests: rows.reduce((n, r) => n + r.requests, 0),
    failures: rows.reduce((n, r) => n + r.failures, 0),
    storedOk: rows.every((r) => r.storedOk !== false) ? rows[0].storedOk : false,
    commits: averagedFields(rows.map((r) => r.commits)),
    threadsUsPerSpan: averagedFields(rows.map((r) => r.threadsUsPerSpan)),
  };
}

/** Each field averaged over the runs, when every run reported the record (group commits, CPU by thread). */
function averagedFields<T extends object>(runs: (T | undefined)[]): T | undefined {
  const known = runs.filter((r): r is T => r !== undefined);
  if (known.length === 0 || known.length < runs.length) return undefined;
  const fields = Object.keys(known[0]) as (keyof T)[];
  return Object.fromEntries(fields.map((k) => [k, known.reduce((n, r) => n + (r[k] as number), 0) / known.length])) as T;
}

export interface TargetCheck {
  what: string;
  ok: boolean;
}

/** Prints one table (every server beside its peers and the targets) and returns the target checks. */
export function printTable(all: FirehoseRow[], load?: string): TargetCheck[] {
  const f = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
  const checks: TargetCheck[] = [];
  console.log(`\n(b) firehose: 512-span exports, ${ERROR_RATIO * 100}% errors, loopback, ${IN_FLIGHT} in flight, ${DURATION_MS / 1000} s per run after ${WARMUP_MS / 1000} s of warm-up, floor and rounds run three times (interleaved, averaged; "of floor" gives the range of the ratios of the runs paired in order), servers run ${LOADER === 'node' ? `from compiled dist/ with plain node ${process.version}` : `from source through tsx on node ${process.version}`}${load ? `; load average ${load}` : ''}`);
  console.log('| transport | body | server | runs | spans/s | of floor | vs naive | server CPU µs/span | of floor CPU | p50 ms | p99 ms | peak RSS MB | GC per request (minor / major / ms) | targets | check |');
  console.log('|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|');
  const commitRows: GroupCommitRow[] = [];
  for (const transport of ['grpc', 'http'] as const) {
    for (const body of ['plain', 'gzip', 'zstd', 'json']) {
      const peers = all.filter((r) => r.transport === transport && bodyName(r) === body);
      if (peers.length === 0) continue;
      const gzip = body === 'gzip';
      const servers = [...new Set(peers.map((r) => r.server))];
      const by = new Map(servers.map((s) => [s, averaged(peers.filter((r) => r.server === s))]));
      // Without a floor row (BENCH_FIREHOSE_SERVERS left it out) the ratios are not known: shown as —.
      const floor = by.get('floor');
      const naive = by.get('naive') ?? floor;
      const ratio = (n: number | undefined, unit = '') => (n === undefined || !Number.isFinite(n) ? '—' : f(n, 2) + unit);
      const floorRuns = peers.filter((p) => p.server === 'floor');
      for (const server of servers) {
        const r = by.get(server)!;
        const own = peers.filter((p) => p.server === server);
        const runs = own.length;
        const ofFloor = floor ? r.spansPerSec / floor.spansPerSec : undefined;
        // Each run beside the floor's run of the same round (the n-th of each), when both ran as often.
        const pairRatios = server !== 'floor' && own.length > 1 && floorRuns.length === own.length ? own.map((p, i) => p.spansPerSec / floorRuns[i].spansPerSec) : [];
        const range = pairRatios.length > 0 ? ` (${f(Math.min(...pairRatios), 2)}–${f(Math.max(...pairRatios), 2)})` : '';
        const ofFloorCpu = floor ? r.cpuUsPerSpan / floor.cpuUsPerSpan : undefined;
        let targets = '';
        // The issue's targets are for protobuf bodies, plain and gzip, at 1% errors; other rows are shown beside their peers only.
        if (server.split('@')[0] === 'rounds' && (body === 'plain' || body === 'gzip') && ERROR_RATIO === 0.01) {
          const cpuTarget = gzip ? TARGETS.cpuUsPerSpanGzip : TARGETS.cpuUsPerSpanPlain;
          const mine: TargetCheck[] = [
            { what: `${transport} ${gzip ? 'gzip' : 'plain'}: ≥ ${TARGETS.ofFloorThroughput} of floor throughput`, ok: ofFloor !== undefined && ofFloor >= TARGETS.ofFloorThroughput },
            { what: `${transport} ${gzip ? 'gzip' : 'plain'}: ≤ ${TARGETS.ofFloorCpu}× floor CPU/span`, ok: ofFloorCpu !== undefined && ofFloorCpu <= TARGETS.ofFloorCpu },
            { what: `${transport} ${gzip ? 'gzip' : 'plain'}: ≤ ${cpuTarget} µs/span`, ok: r.cpuUsPerSpan <= cpuTarget },
            { what: `${transport} ${gzip ? 'gzip' : 'plain'}: peak RSS ≤ ${TARGETS.peakRssMb} MB`, ok: r.peakRssMb <= TARGETS.peakRssMb },
          ];
          checks.push(...mine);
          targets = `≥ ${TARGETS.ofFloorThroughput} ${mine[0].ok ? '✓' : '✗'}; ≤ ${TARGETS.ofFloorCpu}× ${mine[1].ok ? '✓' : '✗'}; ≤ ${cpuTarget} µs ${mine[2].ok ? '✓' : '✗'}; ≤ ${TARGETS.peakRssMb} MB ${mine[3].ok ? '✓' : '✗'}`;
        }
        if (r.commits) commitRows.push({ transport, body, server, commits: r.commits, p50Ms: r.p50Ms, threads: r.threadsUsPerSpan });
        const check = r.failures > 0 ? `${r.failures} failed` : r.storedOk === false ? 'STORED MISMATCH' : r.storedOk ? (server.startsWith('rounds-no-store') ? 'ok, stored nothing' : 'ok, stored = acked') : 'ok';
        console.log(
          `| ${transport} | ${body} | ${server} | ${runs} | ${f(r.spansPerSec)} | ${ratio(ofFloor)}${range} | ${ratio(naive && r.spansPerSec / naive.spansPerSec, '×')} | ${f(r.cpuUsPerSpan, 2)} | ${ratio(ofFloorCpu, '×')} | ${f(r.p50Ms, 1)} | ${f(r.p99Ms, 1)} | ${f(r.peakRssMb)} | ${f(r.gcPerRequest.minor, 2)} / ${f(r.gcPerRequest.major, 3)} / ${f(r.gcPerRequest.ms, 2)} | ${targets} | ${check} |`,
        );
      }
    }
  }
  printGroupCommits(commitRows, f);
  return checks;
}

/**
 * Rounds' group commits beside the latency: an export is answered once the commit holding its
 * errors is durable, so with IN_FLIGHT exports in flight the throughput is at most
 * IN_FLIGHT × 512 / latency, whatever the CPU.
 */
function printGroupCommits(rows: GroupCommitRow[], f: (n: number, d?: number) => string): void {
  if (rows.length === 0) return;
  console.log(`\nRounds' group commits in the measured windows (its /metrics: a commit's time runs from asking the store for its transaction to the flush; exports per commit of the ${IN_FLIGHT} in flight)`);
  console.log('| transport | body | server | commits/s | events per commit | exports per commit | ms per commit | p50 ms per export | CPU µs/span: main / workers / V8 helpers / libuv pool |');
  console.log('|---|---|---|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const t = r.threads;
    const threads = t ? `${f(t.main, 2)} / ${f(t.workers, 2)} / ${f(t.v8, 2)} / ${f(t.libuv, 2)}` : '—';
    console.log(`| ${r.transport} | ${r.body} | ${r.server} | ${f(r.commits.perSecond)} | ${f(r.commits.eventsPerCommit, 1)} | ${f(r.commits.exportsPerCommit, 1)} | ${f(r.commits.meanMs, 1)} | ${f(r.p50Ms, 1)} | ${threads} |`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const load0 = loadavg()[0];
  const ticks0 = cpuTicks();
  const rows = await run();
  const steal = stealBetween(ticks0, cpuTicks());
  printTable(rows, `${load0.toFixed(1)} → ${loadavg()[0].toFixed(1)} (${availableParallelism()} cores)${steal ? `, ${steal}` : ''}`);
  if (rows.some((r) => r.failures > 0 || r.storedOk === false)) process.exitCode = 1;
}
