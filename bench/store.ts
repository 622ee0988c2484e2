// Benchmark: the store behind the port, LMDB against PostgreSQL in the same run.
//   1. All-errors ingest: decoded 512-error exports fingerprinted and durably committed by the
//      real pipeline (16 requests in flight), into LMDB (fsync'd), into PostgreSQL with one
//      replica, and with two replicas (two processes, the exports split between them). Each
//      replica is a process of its own, started before the clock and released at once, so the
//      rows differ only in the store. PostgreSQL runs with fsync and synchronous_commit on (an
//      acknowledged commit is on disk, as LMDB's). Target: PostgreSQL with one replica ≥ 50% of
//      LMDB's rate. Two cores cannot show scale-out, so for two replicas the table says where
//      the time went: replica CPU, PostgreSQL CPU (its processes in /proc), WAL records, bytes,
//      writes and syncs (pg_stat_wal), and what PostgreSQL's backends waited on, sampled from
//      pg_stat_activity every 20 ms (Lock: row or transaction locks between replicas; IO/LWLock:
//      WAL flushes and buffers; Client: waiting for the replica).
//   2. `rounds list` on 100,000 signatures: a spawned `node bin/rounds.js list` (start-up
//      included), median of 7 runs after one untimed run, on both stores filled through their
//      ingest commits with the same events. Target < 300 ms on both.
// Self-checks: each store counts exactly the events acknowledged (store stats' event total,
// and the dedupe rows on PostgreSQL), and the list shows 50 rows.
// Needs PostgreSQL's server binaries (Debian's `postgresql` package) and `npm run build`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pino from 'pino';
import postgres from 'postgres';
import { createFingerprinter } from '../src/core/fingerprint/index.js';
import type { ErrorEvent } from '../src/core/model.js';
import type { Store } from '../src/core/ports.js';
import { decodeTracesProto } from '../src/ingest/decode/index.js';
import { Pipeline } from '../src/ingest/pipeline.js';
import { IngestMetrics } from '../src/observability/ingest-metrics.js';
import { Registry } from '../src/observability/metrics.js';
import { LmdbStore } from '../src/store/lmdb/lmdb-store.js';
import { PgStore } from '../src/store/postgres/pg-store.js';
import { startPostgres, type PostgresServer } from '../test/helpers/postgres-server.js';
import { buildTracePayload } from './payloads.js';
import { postgresCpuMs } from './postgres-cpu.js';

const REQUESTS = Number(process.env.BENCH_STORE_REQUESTS ?? 120);
const IN_FLIGHT = 16;
const LIST_SIGNATURES = Number(process.env.BENCH_STORE_LIST_SIGNATURES ?? 100_000);
const LIST_RUNS = 7;
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SELF = fileURLToPath(import.meta.url);

type Backend = { kind: 'lmdb'; dir: string } | { kind: 'postgresql'; url: string };

async function openBackend(backend: Backend, readOnly = false): Promise<Store> {
  return backend.kind === 'lmdb' ? LmdbStore.open(backend.dir, { readOnly }) : PgStore.open(backend.url, { readOnly });
}

/** The decoded exports of shard `shard` of `shards` (deterministic: every process builds the same). */
function exportsOf(shard: number, shards: number): ErrorEvent[][] {
  const out: ErrorEvent[][] = [];
  for (let i = shard; i < REQUESTS; i += shards) {
    const payload = buildTracePayload({ spans: 512, errorRatio: 1, stackLines: 20, seed: 1000 + i, service: `svc-${i % 8}` });
    out.push(decodeTracesProto(payload.body, { severityThreshold: 17, captureHandled: true }).events);
  }
  return out;
}

// ─── A replica: a child process that ingests its shard when told to go ───

async function replica(backend: Backend, shard: number, shards: number): Promise<void> {
  const batches = exportsOf(shard, shards);
  const store = await openBackend(backend);
  const pipeline = new Pipeline(
    store.ingest!,
    createFingerprinter({ minerState: await store.loadMinerState() } as Parameters<typeof createFingerprinter>[0]),
    { now: () => Date.now() },
    { maxInflightRequests: 1024, maxPendingEvents: 1_000_000, maxBatchEvents: 5000, retryAfterSeconds: 1, minerSaveIntervalMs: 1000 },
    new IngestMetrics(new Registry()),
    pino({ level: 'silent' }),
  );
  console.log('ready');
  const lines = createInterface({ input: process.stdin });
  await new Promise<void>((resolve) => lines.once('line', () => resolve()));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let next = 0;
  let acked = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < batches.length) {
        const batch = batches[next++];
        // Refused as overloaded, when it asks or once queued (the commit queue is held to about
        // a second of commits): a client retries.
        for (;;) {
          const ticket = pipeline.admit();
          if (!('commit' in ticket)) {
            if (ticket.code !== 'OVERLOADED') throw new Error(`refused: ${ticket.message}`);
            await new Promise((r) => setTimeout(r, 50));
            continue;
          }
          try {
            await ticket.commit(batch);
            break;
          } catch (error) {
            if ((error as { code?: string }).code !== 'OVERLOADED') throw error;
            await new Promise((r) => setTimeout(r, 50));
          } finally {
            ticket.release();
          }
        }
        acked += batch.length;
      }
    }),
  );
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  await pipeline.drain();
  await store.close();
  console.log(JSON.stringify({ acked, ms, cpuMs: (cpu.user + cpu.system) / 1000 }));
  lines.close();
}

// ─── The harness ───

interface IngestRow {
  case: string;
  events: number;
  eventsPerSec: number;
  replicaCpuMs: number;
  pgCpuMs?: number;
  wal?: { records: number; bytes: number; writes: number; syncs: number; syncMs: number };
  waits?: Record<string, number>;
  xacts?: number;
  ok: boolean;
  check: string;
}

async function runReplicas(name: string, backends: Backend[], pg?: { server: PostgresServer; url: string }): Promise<IngestRow> {
  const children = backends.map((backend, shard) =>
    spawn(process.execPath, ['--import', 'tsx', SELF, '--replica', JSON.stringify(backend), String(shard), String(backends.length)], { stdio: ['pipe', 'pipe', 'inherit'] }),
  );
  const outputs = children.map((child) => {
    const lines: string[] = [];
    createInterface({ input: child.stdout! }).on('line', (l) => lines.push(l));
    return lines;
  });
  const exits = children.map((child) => new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? -1))));
  while (!outputs.every((lines) => lines.includes('ready'))) await new Promise((r) => setTimeout(r, 20));
  const admin = pg ? postgres(pg.url, { max: 1, onnotice: () => {} }) : undefined;
  const walBefore = admin ? (await admin`SELECT wal_records::bigint AS records, wal_bytes::bigint AS bytes, wal_write AS writes, wal_sync AS syncs, wal_sync_time AS sync_ms FROM pg_stat_wal`)[0] : undefined;
  const xactBefore = admin ? Number((await admin`SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()`)[0].xact_commit) : 0;
  const pgCpuBefore = pg ? postgresCpuMs(pg.server.pid) : 0;
  const waits: Record<string, number> = {};
  let sampling = Boolean(admin);
  const sampler = (async () => {
    while (sampling && admin) {
      for (const row of await admin`SELECT coalesce(wait_event_type, 'CPU') AS type, coalesce(wait_event, '') AS event FROM pg_stat_activity WHERE application_name = 'rounds' AND state = 'active'`) {
        const key = row.event ? `${row.type}:${row.event}` : String(row.type);
        waits[key] = (waits[key] ?? 0) + 1;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const t0 = performance.now();
  for (const child of children) child.stdin!.write('go\n');
  const codes = await Promise.all(exits);
  const seconds = (performance.now() - t0) / 1000;
  sampling = false;
  await sampler;
  if (codes.some((c) => c !== 0)) throw new Error(`${name}: a replica exited with ${codes.join(', ')}`);
  const results = outputs.map((lines) => JSON.parse(lines.at(-1)!) as { acked: number; ms: number; cpuMs: number });
  const acked = results.reduce((n, r) => n + r.acked, 0);
  const store = await openBackend(backends[0], true);
  const counted = (await store.storeStats(Date.now())).events.total;
  await store.close();
  const row: IngestRow = {
    case: name,
    events: acked,
    eventsPerSec: acked / seconds,
    replicaCpuMs: results.reduce((n, r) => n + r.cpuMs, 0),
    ok: counted === acked,
    check: `${counted} counted`,
  };
  if (admin && pg && walBefore) {
    const walAfter = (await admin`SELECT wal_records::bigint AS records, wal_bytes::bigint AS bytes, wal_write AS writes, wal_sync AS syncs, wal_sync_time AS sync_ms FROM pg_stat_wal`)[0];
    const [{ keys }] = await admin`SELECT count(*)::bigint AS keys FROM dedupe`;
    row.ok &&= Number(keys) === acked;
    row.check += `, ${keys} dedupe keys`;
    row.pgCpuMs = postgresCpuMs(pg.server.pid) - pgCpuBefore;
    row.xacts = Number((await admin`SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()`)[0].xact_commit) - xactBefore;
    row.wal = {
      records: Number(walAfter.records) - Number(walBefore.records),
      bytes: Number(walAfter.bytes) - Number(walBefore.bytes),
      writes: Number(walAfter.writes) - Number(walBefore.writes),
      syncs: Number(walAfter.syncs) - Number(walBefore.syncs),
      syncMs: Number(walAfter.sync_ms) - Number(walBefore.sync_ms),
    };
    row.waits = waits;
    await admin.end();
  }
  return row;
}

// ─── `rounds list` on 100k signatures ───

interface ListRow {
  case: string;
  medianMs: number;
  ok: boolean;
  check: string;
}

async function fill(backend: Backend, nowMs: number): Promise<void> {
  const store = await openBackend(backend);
  const fingerprinter = createFingerprinter();
  for (let from = 0; from < LIST_SIGNATURES; from += 5000) {
    const batch = [];
    for (let i = from; i < Math.min(from + 5000, LIST_SIGNATURES); i++) {
      const service = `svc-${i % 50}`;
      const type = `ListBenchError${i}`;
      const event: ErrorEvent = {
        source: 'span',
        dedupeKey: `list:${i}`,
        service,
        timeMs: nowMs - (i % 86_400) * 1000,
        traceId: (i + 1).toString(16).padStart(32, '0'),
        spanId: (i + 1).toString(16).padStart(16, '0'),
        handled: false,
        release: '4.2.0',
        attributes: { 'http.route': '/api/orders' },
        resource: { 'service.name': service },
        exception: { type, message: `request ${i} failed` },
      };
      batch.push({ event, fp: fingerprinter.fingerprint({ source: 'span', service, type, message: event.exception!.message }) });
    }
    await store.ingest!.commit(batch, nowMs);
  }
  await store.close();
}

function timeList(args: string[], name: string): ListRow {
  const bin = join(ROOT, 'bin/rounds.js');
  const times: number[] = [];
  let rows = 0;
  for (let run = 0; run <= LIST_RUNS; run++) {
    const t0 = performance.now();
    const result = spawnSync(process.execPath, [bin, 'list', ...args, '--json'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    const ms = performance.now() - t0;
    if (result.status !== 0) throw new Error(`${name}: rounds list exited ${result.status}: ${result.stderr}`);
    rows = (JSON.parse(result.stdout) as unknown[]).length;
    if (run > 0) times.push(ms);
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
  return { case: name, medianMs: median, ok: rows === 50 && median < 300, check: `${rows} rows${median < 300 ? '' : ', over 300 ms'}` };
}

// ─── Main ───

export async function run(): Promise<{ ingest: IngestRow[]; list: ListRow[] }> {
  const server = await startPostgres({ fsync: true, settings: { synchronous_commit: 'on' } });
  const dirs: string[] = [];
  const tempDir = () => {
    const d = mkdtempSync(join(tmpdir(), 'rounds-bench-store-'));
    dirs.push(d);
    return d;
  };
  try {
    const ingest: IngestRow[] = [];
    ingest.push(await runReplicas('LMDB, 1 instance', [{ kind: 'lmdb', dir: tempDir() }]));
    const one = await server.createDatabase('ingest_one');
    await PgStore.open(one).then((s) => s.close());
    ingest.push(await runReplicas('PostgreSQL, 1 replica', [{ kind: 'postgresql', url: one }], { server, url: one }));
    const two = await server.createDatabase('ingest_two');
    await PgStore.open(two).then((s) => s.close());
    ingest.push(await runReplicas('PostgreSQL, 2 replicas', [{ kind: 'postgresql', url: two }, { kind: 'postgresql', url: two }], { server, url: two }));

    if (LIST_SIGNATURES === 0) return { ingest, list: [] };
    const nowMs = Date.now();
    const lmdbDir = tempDir();
    await fill({ kind: 'lmdb', dir: lmdbDir }, nowMs);
    const listUrl = await server.createDatabase('list');
    await fill({ kind: 'postgresql', url: listUrl }, nowMs);
    const list = [timeList(['--data-dir', lmdbDir], `LMDB, ${LIST_SIGNATURES} signatures`), timeList(['--store', listUrl], `PostgreSQL, ${LIST_SIGNATURES} signatures`)];
    return { ingest, list };
  } finally {
    await server.stop();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}

export function printTables({ ingest, list }: { ingest: IngestRow[]; list: ListRow[] }): void {
  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log(`\nstore: all-errors ingest, ${REQUESTS} exports × 512 error spans, ${IN_FLIGHT} in flight per replica, durable commits`);
  console.log('| case | events | events/s | vs LMDB | replica CPU ms | PostgreSQL CPU ms | transactions | WAL records | WAL MB | WAL syncs (ms) | check |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  const lmdb = ingest[0].eventsPerSec;
  for (const r of ingest) {
    console.log(
      `| ${r.case} | ${r.events} | ${fmt(r.eventsPerSec)} | ${Math.round((100 * r.eventsPerSec) / lmdb)}% | ${fmt(r.replicaCpuMs)} | ${r.pgCpuMs === undefined ? '' : fmt(r.pgCpuMs)} | ${r.xacts ?? ''} | ${r.wal ? fmt(r.wal.records) : ''} | ${r.wal ? (r.wal.bytes / 1e6).toFixed(1) : ''} | ${r.wal ? `${r.wal.syncs} (${fmt(r.wal.syncMs)})` : ''} | ${r.ok ? 'ok' : 'MISMATCH'}: ${r.check} |`,
    );
  }
  for (const r of ingest.filter((x) => x.waits)) {
    const total = Object.values(r.waits!).reduce((a, b) => a + b, 0) || 1;
    const top = Object.entries(r.waits!)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([k, v]) => `${k} ${Math.round((100 * v) / total)}%`)
      .join(', ');
    console.log(`- ${r.case}: active PostgreSQL backends by wait (${total} samples): ${top}`);
  }
  const pg1 = ingest.find((r) => r.case === 'PostgreSQL, 1 replica')!;
  console.log(`- target: PostgreSQL with 1 replica ≥ 50% of LMDB: ${Math.round((100 * pg1.eventsPerSec) / lmdb)}% (${pg1.eventsPerSec >= 0.5 * lmdb ? 'met' : 'NOT met'})`);
  console.log(`\nstore: \`rounds list\` (spawned, start-up included), median of ${LIST_RUNS}`);
  console.log('| case | median ms | check |');
  console.log('|---|---:|---|');
  for (const r of list) console.log(`| ${r.case} | ${fmt(r.medianMs)} | ${r.ok ? 'ok' : 'NOT ok'}: ${r.check} |`);
}

if (process.argv[2] === '--replica') {
  await replica(JSON.parse(process.argv[3]) as Backend, Number(process.argv[4]), Number(process.argv[5]));
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await run();
  printTables(result);
  if (result.ingest.some((r) => !r.ok) || result.list.some((r) => !r.ok)) process.exitCode = 1;
}
