// Benchmark: an incident's worth of new signatures, then the investigator's tick on that
// backlog.
//   1. New-signature ingest: BENCH_SIGNATURES (200,000) distinct errors, each a new
//      signature, committed through the real IngestWriter in batches of 5,000 (the pipeline's
//      largest batch), durably (fsync'd, as the receiver acknowledges) — target ≥ 10,000 new
//      signatures/s. Self-check: the store holds exactly what was fed (signature count, one
//      id-index row each — rows are kept by ordinal —, one queue entry each — in the
//      signature's row, plus its index row —, summed counts, one counter row each, no
//      fingerprint rows — a new signature's id is its fingerprint's digest) and nothing else.
//      Beside the rate, the LMDB writes (puts and removes, every table) per new signature,
//      counted.
//   2. The scheduler's tick with all of them queued: the real InvestigationScheduler, whose
//      tick reads the head of the queue's priority index, against the peer it replaced (read
//      every queued entry and its signature, rank them all), on the same store in the same
//      process. Medians of several ticks; settle time not reached, so no tick launches work
//      and every tick pays its full cost.
// Fingerprinting is done before timing (the pipeline does it outside the commit).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFingerprinter } from '../src/core/fingerprint/index.js';
import { Investigator } from '../src/core/investigator.js';
import type { ErrorEvent } from '../src/core/model.js';
import { ok } from '../src/core/ports.js';
import { rank, type TriageCandidate } from '../src/core/triage.js';
import { InvestigationScheduler } from '../src/investigate/scheduler.js';
import type { PreparedEvent } from '../src/store/lmdb/ingest-writer.js';
import { LmdbStore, lmdbTables } from '../src/store/lmdb/lmdb-store.js';
import { LmdbSignatureStore } from '../src/store/lmdb/signature-store.js';

const SIGNATURES = Number(process.env.BENCH_SIGNATURES ?? 200_000);
const BATCH = 5_000;
const TICKS = 5;
const TARGET_RATE = 10_000;
const SERVICES = ['checkout', 'payments', 'inventory', 'search', 'auth', 'email', 'billing', 'shipping'];
const TYPES = ['TimeoutError', 'ConnectionResetError', 'KeyError', 'NullPointerException', 'SQLException', 'TypeError'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function prepareAll(nowMs: number): PreparedEvent[] {
  const fingerprinter = createFingerprinter();
  const out: PreparedEvent[] = [];
  for (let i = 0; i < SIGNATURES; i++) {
    const service = SERVICES[i % SERVICES.length];
    // Distinct types make distinct signatures (the message's numbers are parameterised away).
    const type = `${TYPES[i % TYPES.length]}${i}`;
    const event: ErrorEvent = {
      source: 'span',
      dedupeKey: `bench:${i}`,
      service,
      timeMs: nowMs - (i % 3_600) * 1000,
      traceId: (i + 1).toString(16).padStart(32, '0'),
      spanId: (i + 1).toString(16).padStart(16, '0'),
      spanName: 'POST /api/orders',
      handled: false,
      release: '4.2.0',
      environment: 'production',
      host: `pod-${i % 40}`,
      attributes: { 'http.route': '/api/orders', 'http.response.status_code': 500 },
      resource: { 'service.name': service },
      exception: { type, message: `request ${i} failed after 3 retries`, stacktrace: `${type}: request failed\n    at handler (/app/src/orders.js:${(i % 200) + 1}:7)` },
    };
    out.push({ event, fp: fingerprinter.fingerprint({ source: 'span', service, type, message: event.exception!.message, stacktrace: event.exception!.stacktrace }) });
  }
  return out;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rounds-bench-backlog-'));
  const nowMs = Date.now();
  let ok_ = true;
  try {
    const events = prepareAll(nowMs);
    const port = await LmdbStore.open(dir, { samples: { first: 5, recent: 20 } });
    // The LMDB internals too: the checks count table rows, and the peer reads the table.
    const tables = lmdbTables(port);
    const store = new LmdbSignatureStore(tables);
    const writer = port.ingest!;
    // Every put and remove of every table, counted (test/store/lmdb/writes-per-signature.test.ts asserts the count).
    let writes = 0;
    for (const [name, db] of Object.entries(tables)) {
      if (name === 'root') continue;
      for (const method of ['putSync', 'removeSync'] as const) {
        const original = (db as typeof tables.meta)[method].bind(db) as (...args: unknown[]) => unknown;
        (db as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
          writes++;
          return original(...args);
        };
      }
    }

    // 1. Ingest.
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    let newSignatures = 0;
    for (let i = 0; i < events.length; i += BATCH) {
      // Each batch is stamped with the time of its commit, as the pipeline stamps it (queue
      // entries are enqueued at that time).
      const result = await writer.commit(events.slice(i, i + BATCH), Date.now());
      newSignatures += result.newSignatures.length;
    }
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStarted);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const rate = SIGNATURES / seconds;
    const stats = (db: { getStats(): unknown }) => (db.getStats() as { entryCount: number }).entryCount;
    let counted = 0;
    for (const { value } of tables.signatures.getRange({})) counted += (value as { count: number }).count;
    const checks: [string, boolean][] = [
      ['new signatures reported', newSignatures === SIGNATURES],
      ['signatures stored', stats(tables.signatures) === SIGNATURES],
      ['one id-index row each', stats(tables.signatureIds) === SIGNATURES],
      ['no fingerprint rows (ids are digests)', stats(tables.fingerprints) === 0],
      ['one counter row each', stats(tables.counters) === SIGNATURES],
      ['queue entries', store.queueSize() === SIGNATURES && events.every((p, i) => i % 997 !== 0 || store.getInvestigation(store.findByFingerprint(p.fp.fingerprint)!.id)?.reason === 'new')],
      ['sort-index rows (3 per signature)', stats(tables.sigIndex) === 3 * SIGNATURES],
      ['summed counts', counted === SIGNATURES],
      ['each event found by its fingerprint', events.every((p, i) => i % 997 !== 0 || store.findByFingerprint(p.fp.fingerprint)?.type === p.event.exception!.type)],
    ];
    console.log(`new-signature ingest: ${SIGNATURES} signatures in ${seconds.toFixed(2)} s = ${Math.round(rate)}/s wall (target ≥ ${TARGET_RATE}/s${rate >= TARGET_RATE ? ', met' : ', NOT met'}), batches of ${BATCH}, durable commits`);
    // On a shared machine the wall rate is what this process got; per CPU-second is what it costs.
    console.log(`  ${(writes / SIGNATURES).toFixed(2)} LMDB writes (puts and removes) per new signature`);
    console.log(`  ${cpuSeconds.toFixed(2)} CPU-s (all threads, LMDB's writer included) = ${Math.round(SIGNATURES / cpuSeconds)} new signatures per CPU-second; load average ${(await import('node:os')).loadavg()[0].toFixed(1)}`);
    for (const [name, passed] of checks) {
      console.log(`  check ${passed ? 'ok  ' : 'FAIL'} ${name}`);
      ok_ &&= passed;
    }

    // 2. Tick cost with everything queued (settle time not reached: nothing launches).
    const clock = { now: () => nowMs };
    const policy = { settleMs: 3_600_000, minCount: 1 };
    const investigator = new Investigator({ store: port, backends: [], diagnoser: { name: 'none', estimateCostUsd: () => 0, diagnose: async () => ok({ rootCause: '', evidence: [], suggestedFix: '', confidence: 0, model: 'none', costUsd: 0 }) }, notifiers: [], clock, budgetUsd: 1 });
    const scheduler = new InvestigationScheduler({ store: port, investigator, clock, policy, concurrency: 2, shedAbove: Infinity });
    const after: number[] = [];
    for (let t = 0; t < TICKS; t++) {
      const t0 = performance.now();
      await scheduler.tick();
      after.push(performance.now() - t0);
    }
    // The peer: what a tick did before the index — every entry and its signature, all ranked.
    const before: number[] = [];
    for (let t = 0; t < 3; t++) {
      const t0 = performance.now();
      const candidates: TriageCandidate[] = [];
      for (const [id, entry] of store.pendingInvestigations()) {
        candidates.push({ id, entry, signature: store.getSignature(id), lastHourCount: 0, hosts: 0, releases: 0 });
      }
      rank(candidates, policy, nowMs);
      before.push(performance.now() - t0);
    }
    console.log(`tick with ${store.queueSize()} queued: ${median(after).toFixed(2)} ms (head of the priority index) vs ${median(before).toFixed(0)} ms (read and rank every entry), ${Math.round(median(before) / median(after))}× less`);
    await scheduler.stop();
    await port.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!ok_) process.exitCode = 1;
}

await main();
