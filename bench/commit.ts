// Benchmark: the LMDB group commit alone (IngestWriter.commit, real LMDB with fsync), without
// the transports, decoding or fingerprinting around it, one commit after another, in two shapes:
//   firehose   — what a group commit holds on the 1 %-error firehose (bench/firehose.ts): nine
//                512-span exports' error events, 45 events in the same five signatures, and
//                their healthy spans' tallies (the attribute baseline, on by default)
//   all-errors — one all-errors export (bench/all-errors.ts): 512 events with distinct stack
//                traces, in about 48 signatures, each new
// Every event gets a fresh trace id and dedupe key, as retries aside every event the receiver
// sees is new. The rows give the main thread's CPU per commit and per event (the transaction's
// callback runs there: lmdb-js hands it the write transaction) and the CPU of libuv's pool,
// where lmdb-js's writer commits and flushes. The firehose bench shows the same commits in the
// pipeline (its group-commit table), the all-errors bench the same events.
// Check: the store counts exactly the events committed.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { keySelection, type HealthyTally } from '../src/core/attribute-stats.js';
import type { ErrorEvent } from '../src/core/model.js';
import type { PreparedEvent } from '../src/core/ports.js';
import { decodeTracesProto } from '../src/ingest/decode/index.js';
import { closeTables, openTables } from '../src/store/lmdb/environment.js';
import { IngestWriter } from '../src/store/lmdb/ingest-writer.js';
import { LmdbSignatureStore } from '../src/store/lmdb/signature-store.js';
import { buildTracePayload } from './payloads.js';
import { preparedEvents as prepared } from './prepared-events.js';
import { threadCpuMs, threadsUsPer } from './process-cpu.js';

/** As Rounds decodes by default: the healthy-span baseline counted (HEALTHY_BASELINE). */
const DECODE = { severityThreshold: 17, captureHandled: true, healthyKeys: keySelection() };

export interface CommitRow {
  shape: string;
  commits: number;
  eventsPerCommit: number;
  signaturesPerCommit: number;
  /** Main thread CPU µs per commit (Linux's /proc; undefined elsewhere). */
  mainUsPerCommit?: number;
  /** libuv's pool (lmdb-js's writer) CPU µs per commit (Linux). */
  writerUsPerCommit?: number;
  commitsPerSec: number;
  ok: boolean;
}


let serial = 0;
/** The batch with fresh trace ids and dedupe keys: new events of the same failures. */
const renewed = (batch: PreparedEvent[]): PreparedEvent[] =>
  batch.map(({ event, fp }) => {
    const traceId = (++serial).toString(16).padStart(32, '0');
    return { fp, event: { ...event, traceId, dedupeKey: `s:${traceId}:${event.spanId}:0` } };
  });

/** One commit's input: its error events and the healthy tallies of the exports they came in. */
interface CommitBatch {
  events: PreparedEvent[];
  healthy: HealthyTally[];
}

async function measure(shape: string, batches: CommitBatch[], commits: number, warmUp: number): Promise<CommitRow> {
  const dir = mkdtempSync(join(tmpdir(), 'rounds-bench-commit-'));
  const tables = openTables(dir);
  const writer = new IngestWriter(tables, { first: 5, recent: 20 });
  // Renewed before the clock starts: renewing is the bench's work, not the store's.
  const window = Array.from({ length: commits }, (_, i) => batches[(warmUp + i) % batches.length]).map((b) => ({ events: renewed(b.events), healthy: b.healthy }));
  let committed = 0;
  for (let i = 0; i < warmUp; i++) {
    const batch = batches[i % batches.length];
    await writer.commit(renewed(batch.events), Date.now(), undefined, batch.healthy);
    committed += batch.events.length;
  }
  // The threads' CPU over the whole window, from /proc: process.threadCpuUsage() read around each
  // commit undercounts (300 busy loops of 1 ms in transaction callbacks summed to 74 ms that way,
  // while one reading across all of them and /proc both gave 340 ms).
  const threads0 = threadCpuMs();
  const t0 = performance.now();
  for (const batch of window) await writer.commit(batch.events, Date.now(), undefined, batch.healthy);
  const seconds = (performance.now() - t0) / 1000;
  const threads = threadsUsPer(threads0, threadCpuMs(), commits);
  const events = window.reduce((n, b) => n + b.events.length, 0);
  committed += events;
  const signatures = window.reduce((n, b) => n + new Set(b.events.map((p) => p.fp.fingerprint)).size, 0);
  let stored = 0;
  for (const s of new LmdbSignatureStore(tables).iterate('count')) stored += s.count;
  await closeTables(tables);
  rmSync(dir, { recursive: true, force: true });
  return {
    shape,
    commits,
    eventsPerCommit: events / commits,
    signaturesPerCommit: signatures / commits,
    mainUsPerCommit: threads?.main,
    writerUsPerCommit: threads?.libuv,
    commitsPerSec: commits / seconds,
    ok: stored === committed,
  };
}

export async function run(): Promise<CommitRow[]> {
  const firehoseExport = decodeTracesProto(buildTracePayload({ spans: 512, errorRatio: 0.01, stackLines: 20, seed: 7 }).body, DECODE);
  const firehoseEvents = prepared(firehoseExport.events);
  const nine = Array.from({ length: 9 });
  const firehose = [{ events: nine.flatMap(() => firehoseEvents), healthy: nine.flatMap(() => firehoseExport.healthy ?? []) }];
  const allErrors = Array.from({ length: 40 }, (_, i) => {
    const decoded = decodeTracesProto(buildTracePayload({ spans: 512, errorRatio: 1, stackLines: 20, seed: 1000 + i, service: `svc-${i % 8}` }).body, DECODE);
    return { events: prepared(decoded.events), healthy: decoded.healthy ?? [] };
  });
  const rows: CommitRow[] = [];
  // Alternating, twice each: the second pair says how much of a difference is the machine's.
  // BENCH_COMMIT_ONLY=firehose (or all-errors) measures one shape alone, for --cpu-prof.
  const only = process.env.BENCH_COMMIT_ONLY;
  for (let round = 0; round < 2; round++) {
    if (only !== 'all-errors') rows.push(await measure('firehose', firehose, 2000, 200));
    if (only !== 'firehose') rows.push(await measure('all-errors', allErrors, 40, 0));
  }
  return rows;
}

export function printTable(rows: CommitRow[], load?: string): void {
  const f = (n: number | undefined, d = 0) => (n === undefined ? '—' : n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }));
  console.log(`\nThe LMDB group commit alone (IngestWriter.commit, fsync on), one commit after another, node ${process.version}${load ? `; load average ${load}` : ''}`);
  console.log('| shape | commits | events per commit | signatures per commit | main thread CPU µs per commit | µs per event | writer (libuv pool) CPU µs per commit | commits/s (wall) | check |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const r of rows) {
    const perEvent = r.mainUsPerCommit === undefined ? undefined : r.mainUsPerCommit / r.eventsPerCommit;
    console.log(`| ${r.shape} | ${r.commits} | ${f(r.eventsPerCommit)} | ${f(r.signaturesPerCommit)} | ${f(r.mainUsPerCommit)} | ${f(perEvent, 1)} | ${f(r.writerUsPerCommit)} | ${f(r.commitsPerSec)} | ${r.ok ? 'ok, stored = committed' : 'STORED DIFFERS'} |`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const load0 = loadavg()[0];
  const rows = await run();
  printTable(rows, `${load0.toFixed(1)} → ${loadavg()[0].toFixed(1)}`);
  if (rows.some((r) => !r.ok)) process.exitCode = 1;
}
