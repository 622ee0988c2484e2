// The fingerprint pool (ingest/fingerprint-pool.ts): error events redacted and analysed on worker
// threads must end up stored exactly as the main thread alone stores them — same signatures,
// same counts, the template miner fed in the same order — each request acknowledged only once
// its commit is durable, and a worker that dies mid-request loses nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../src/core/fingerprint/index.js';
import type { ErrorEvent } from '../../src/core/model.js';
import { eventRedactor } from '../../src/core/redact-event.js';
import { createRedactor } from '../../src/core/redact.js';
import { loadConfig } from '../../src/config.js';
import { preparationOf, type PreparationSettings } from '../../src/ingest/event-preparation.js';
import { FingerprintPool } from '../../src/ingest/fingerprint-pool.js';
import { Pipeline, type PreparationPool } from '../../src/ingest/pipeline.js';
import { IngestMetrics } from '../../src/observability/ingest-metrics.js';
import { Registry } from '../../src/observability/metrics.js';
import { LmdbStore, lmdbTables } from '../../src/store/lmdb/lmdb-store.js';
import { allSignatures, openTempStore, type TempStore } from '../helpers/temp-store.js';

interface CorpusRecord {
  service: string;
  type?: string;
  message?: string;
  stacktrace?: string;
  runtime?: string;
  body?: string;
}

const CORPUS = join(import.meta.dirname, '../fixtures/fingerprint/corpus');

/** Real traces from real programs (test/fixtures/fingerprint/corpus), as decoded error events. */
function corpusEvents(): ErrorEvent[] {
  const events: ErrorEvent[] = [];
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.ndjson')).sort()) {
    for (const line of readFileSync(join(CORPUS, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as CorpusRecord;
      const i = events.length;
      events.push({
        source: r.stacktrace || r.type ? 'span' : 'log',
        dedupeKey: `test:${file}:${i}`,
        service: r.service,
        timeMs: Date.now(),
        traceId: i.toString(16).padStart(32, '0'),
        spanId: i.toString(16).padStart(16, '0'),
        handled: false,
        attributes: {},
        resource: { 'service.name': r.service, ...(r.runtime ? { 'telemetry.sdk.language': r.runtime } : {}) },
        ...(r.stacktrace || r.type ? { exception: { type: r.type, message: r.message, stacktrace: r.stacktrace } } : { body: r.body ?? r.message }),
      });
    }
  }
  return events;
}

interface Logged {
  obj: object;
  msg: string;
}

function logger(into: Logged[] = []) {
  return { error: (obj: object, msg: string) => into.push({ obj, msg }), info: () => {} };
}

function pipelineOn(temp: TempStore, pool?: PreparationPool, fingerprinter = createFingerprinter(), redact = eventRedactor(createRedactor())) {
  return new Pipeline(
    temp.writer,
    fingerprinter,
    { now: () => Date.now() },
    // Admission never refuses here (a refused request would be retried out of order).
    { maxInflightRequests: 10_000, maxPendingEvents: 1_000_000, maxBatchEvents: 5000, queueTargetSeconds: 1e6, retryAfterSeconds: 1, minerSaveIntervalMs: 0 },
    new IngestMetrics(new Registry()),
    logger(),
    undefined,
    redact,
    pool,
  );
}

/**
 * Sends the requests in waves of concurrent exports (each wave within the pipeline's admission
 * bound, so none is refused) and waits for the acks.
 */
async function ingestAll(pipeline: Pipeline, requests: ErrorEvent[][], onAck: (i: number) => void = () => {}): Promise<void> {
  for (let start = 0; start < requests.length; start += WAVE) await ingestWave(pipeline, requests.slice(start, start + WAVE), (i) => onAck(start + i));
}

const WAVE = 12;

async function ingestWave(pipeline: Pipeline, requests: ErrorEvent[][], onAck: (i: number) => void): Promise<void> {
  await Promise.all(
    requests.map(async (events, i) => {
      const ticket = pipeline.admit();
      if (!('commit' in ticket)) throw ticket;
      try {
        await ticket.commit(events);
        onAck(i);
      } finally {
        ticket.release();
      }
    }),
  );
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** What the store holds, independent of write order: fingerprint → [count, type, message]. */
async function contents(temp: TempStore): Promise<Map<string, [number, string, string]>> {
  const out = new Map<string, [number, string, string]>();
  for (const s of await allSignatures(temp.store, 'count')) out.set(s.fingerprint, [s.count, s.type, s.message]);
  return out;
}

const stores: TempStore[] = [];
const pools: FingerprintPool[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

async function tempStore(): Promise<TempStore> {
  const s = await openTempStore();
  stores.push(s);
  return s;
}

function pool(size: number, into: Logged[] = [], settings: PreparationSettings = {}): FingerprintPool {
  const fingerprinter = createFingerprinter();
  const p = new FingerprintPool(size, settings, preparationOf(eventRedactor(createRedactor()), fingerprinter), logger(into));
  pools.push(p);
  return p;
}

describe('fingerprint pool', () => {
  it('stores what the main thread alone stores, and the miner learns in the same order', async () => {
    const events = corpusEvents();
    expect(events.length).toBeGreaterThan(1000);
    const requests = chunks(events, 37);

    const alone = await tempStore();
    const aloneFingerprinter = createFingerprinter();
    await ingestAll(pipelineOn(alone, undefined, aloneFingerprinter), requests);

    const pooled = await tempStore();
    const pooledFingerprinter = createFingerprinter();
    // Without custom rules, as the receiver runs it: workers stop classifying frames at the crash site.
    await ingestAll(pipelineOn(pooled, pool(2, [], { detail: false }), pooledFingerprinter), requests);

    const expected = await contents(alone);
    expect(expected.size).toBeGreaterThan(50);
    expect(await contents(pooled)).toEqual(expected);
    expect([...expected.values()].reduce((n, [count]) => n + count, 0)).toBe(events.length);
    // The same messages mined in the same order leave the same clusters, ids and counts.
    expect(pooledFingerprinter.exportState()).toEqual(aloneFingerprinter.exportState());
    // Two passes over the whole corpus with durable commits: room for a machine another process keeps busy.
  }, 120_000);

  it('acknowledges a request only once its events are committed', async () => {
    const temp = await tempStore();
    const requests = chunks(corpusEvents(), 40);
    const keysStoredAtAck: boolean[] = [];
    await ingestAll(pipelineOn(temp, pool(1)), requests, (i) => {
      // Read the store as a reader would, right when the request is acknowledged.
      temp.store.refresh();
      const stored = new Set<string>();
      // Where the LMDB writer keeps an event's dedupe key: its trace row, or without a trace id a dedupe row.
      const { dedupe, traceIndex } = lmdbTables(temp.store as LmdbStore);
      for (const k of dedupe.getKeys()) stored.add((k as [number, string])[1]);
      for (const k of traceIndex.getKeys()) stored.add((k as [number, string, string])[2]);
      keysStoredAtAck.push(requests[i].every((e) => stored.has(e.dedupeKey)));
    });
    expect(keysStoredAtAck).toHaveLength(requests.length);
    expect(keysStoredAtAck.every(Boolean)).toBe(true);
  }, 120_000);

  it('starts its workers on first use, not when it is made', async () => {
    const p = pool(2);
    expect(p.started).toBe(false);
    // Counted as the workers it will start, so the pipeline routes work to it (which starts it).
    expect(p.size).toBe(2);
    const [event] = corpusEvents();
    const batch = await p.prepare([event]);
    expect(p.started).toBe(true);
    expect(batch.analyses.map((a) => a.kind)).not.toContain('failed');
    expect(p.size).toBe(2);
    // A pool never used closes without having started anything.
    const unused = pool(1);
    await unused.close();
    expect(unused.started).toBe(false);
  });

  it('redacts on the worker what the main thread would redact', async () => {
    const temp = await tempStore();
    const [event] = corpusEvents();
    const secret = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
    const leaky: ErrorEvent = { ...event, dedupeKey: 'secret', exception: { ...event.exception, message: `token ${secret} refused` }, attributes: { 'http.request.header.authorization': `Bearer ${secret}` } };
    const p = pool(1);
    const batch = await p.prepare([leaky, event]);
    expect(JSON.stringify(batch.events[0])).not.toContain(secret);
    expect(batch.events[0]).toEqual(eventRedactor(createRedactor())(leaky));
    // An event redaction left alone comes back as the very object sent (nothing copied back).
    expect(batch.events[1]).toBe(event);
    await ingestAll(pipelineOn(temp, p), [[leaky]]);
    const [sig] = await allSignatures(temp.store, 'count');
    expect(JSON.stringify(await temp.store.getSignature(sig.id))).not.toContain(secret);
  });

  it('a worker that dies mid-request: the request is prepared on the main thread, acknowledged and stored, and a new worker replaces it', async () => {
    const temp = await tempStore();
    const logged: Logged[] = [];
    const p = pool(1, logged);
    const pipeline = pipelineOn(temp, p);
    const events = corpusEvents();
    // Wait until the worker runs, so the death is a crash and not a failed start.
    await p.prepare(events.slice(0, 1));
    const ticket = pipeline.admit();
    if (!('commit' in ticket)) throw ticket;
    const committed = ticket.commit(events);
    // The request is with the worker now; stop the worker before it can answer.
    expect(p.backlog).toBe(1);
    await p.terminateWorker(0);
    await committed;
    ticket.release();
    const stored = [...(await contents(temp)).values()].reduce((n, [count]) => n + count, 0);
    expect(stored).toBe(events.length);
    expect(logged.map((l) => l.msg).join('\n')).toMatch(/fingerprint worker 0 stopped .*prepared on the main thread, and a new worker replaces it/);
    expect(logged[0].obj).toMatchObject({ requestsPreparedOnMainThread: 1 });
    // The replacement takes the next request.
    await expect.poll(() => p.size).toBe(1);
    const next = await p.prepare(events.slice(0, 3));
    expect(next.analyses.map((a) => a.kind)).not.toContain('failed');
    expect(p.backlog).toBe(0);
  });
});

describe('FINGERPRINT_WORKERS', () => {
  it('0 keeps fingerprinting on the main thread; a negative count is refused', () => {
    expect(loadConfig({ FINGERPRINT_WORKERS: '0' }, {}, '').FINGERPRINT_WORKERS).toBe(0);
    expect(loadConfig({ FINGERPRINT_WORKERS: '3' }, {}, '').FINGERPRINT_WORKERS).toBe(3);
    expect(() => loadConfig({ FINGERPRINT_WORKERS: '-1' }, {}, '')).toThrow(/FINGERPRINT_WORKERS/);
  });
});
