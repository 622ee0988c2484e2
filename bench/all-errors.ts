// Benchmark (c): all-errors traffic. How many error events per second the pipeline
// fingerprints and durably commits (real fingerprinter, real LMDB with fsync), fed with
// decoded 512-error exports, 16 requests in flight as the transports would admit them.
// Beside it, the same work without the commit (fingerprint only) and without fsync (noSync),
// so the table shows where the time goes. Checks: the store counts exactly the events fed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pino from 'pino';
import { createFingerprinter } from '../src/core/fingerprint/index.js';
import type { ErrorEvent } from '../src/core/model.js';
import { decodeTracesProto } from '../src/ingest/decode/index.js';
import { Pipeline } from '../src/ingest/pipeline.js';
import { IngestMetrics } from '../src/observability/ingest-metrics.js';
import { Registry } from '../src/observability/metrics.js';
import { closeTables, openTables } from '../src/store/lmdb/environment.js';
import { IngestWriter } from '../src/store/lmdb/ingest-writer.js';
import { LmdbSignatureStore } from '../src/store/lmdb/signature-store.js';
import { buildTracePayload } from './payloads.js';

const REQUESTS = Number(process.env.BENCH_ALL_ERRORS_REQUESTS ?? 120);
const IN_FLIGHT = 16;

export interface AllErrorsRow {
  mode: string;
  events: number;
  eventsPerSec: number;
  stored: number;
  ok: boolean;
}

function requests(): ErrorEvent[][] {
  const out: ErrorEvent[][] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const payload = buildTracePayload({ spans: 512, errorRatio: 1, stackLines: 20, seed: 1000 + i, service: `svc-${i % 8}` });
    out.push(decodeTracesProto(payload.body, { severityThreshold: 17, captureHandled: true }).events);
  }
  return out;
}

async function measure(mode: 'commit' | 'commit-nosync' | 'fingerprint-only', batches: ErrorEvent[][]): Promise<AllErrorsRow> {
  const events = batches.reduce((n, b) => n + b.length, 0);
  const fingerprinter = createFingerprinter();
  if (mode === 'fingerprint-only') {
    const t0 = performance.now();
    let distinct = new Set<string>();
    for (const batch of batches) for (const e of batch) distinct.add(fingerprinter.fingerprint({ source: e.source, service: e.service, type: e.exception?.type, message: e.exception?.message, stacktrace: e.exception?.stacktrace, attributes: e.attributes, runtime: e.resource['telemetry.sdk.language'] as string | undefined }).fingerprint);
    const seconds = (performance.now() - t0) / 1000;
    return { mode, events, eventsPerSec: events / seconds, stored: events, ok: distinct.size > 0 };
  }
  const dir = mkdtempSync(join(tmpdir(), 'rounds-bench-c-'));
  const tables = openTables(dir, { noSync: mode === 'commit-nosync' });
  const pipeline = new Pipeline(
    new IngestWriter(tables, { first: 5, recent: 20 }),
    fingerprinter,
    { now: () => Date.now() },
    { maxInflightRequests: 1024, maxPendingEvents: 1_000_000, maxBatchEvents: 5000, retryAfterSeconds: 1, minerSaveIntervalMs: 1000 },
    new IngestMetrics(new Registry()),
    pino({ level: 'silent' }),
  );
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < batches.length) {
        const batch = batches[next++];
        const ticket = pipeline.admit();
        if (!('commit' in ticket)) throw new Error(`refused: ${ticket.message}`);
        await ticket.commit(batch);
        ticket.release();
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const store = new LmdbSignatureStore(tables);
  let stored = 0;
  for (const s of store.iterate('count')) stored += s.count;
  await closeTables(tables);
  rmSync(dir, { recursive: true, force: true });
  return { mode, events, eventsPerSec: events / seconds, stored, ok: stored === events };
}

export async function run(): Promise<AllErrorsRow[]> {
  const batches = requests();
  return [await measure('fingerprint-only', batches), await measure('commit-nosync', batches), await measure('commit', batches)];
}

export function printTable(rows: AllErrorsRow[]): void {
  console.log(`\n(c) all-errors traffic: ${REQUESTS} exports × 512 error spans (20-line stack traces), ${IN_FLIGHT} in flight`);
  console.log('| mode | events | events/s | check |');
  console.log('|---|---:|---:|---|');
  for (const r of rows) console.log(`| ${r.mode} | ${r.events} | ${Math.round(r.eventsPerSec).toLocaleString('en-US')} | ${r.ok ? 'ok' : `stored ${r.stored}`} |`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await run();
  printTable(rows);
  if (rows.some((r) => !r.ok)) process.exitCode = 1;
}
