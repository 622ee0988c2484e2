// The PostgreSQL store's ingest commit: one transaction per batch, and the merges that let
// several replicas commit into the same rows (each replica here is a store with its own pool).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import type { ErrorEvent } from '../../../src/core/model.js';
import type { PreparedEvent } from '../../../src/core/ports.js';
import { openPostgresStore, type PgStore } from '../../../src/store/postgres/pg-store.js';
import { postgresDatabase } from '../../helpers/postgres.js';

const T0 = Date.UTC(2026, 10, 22, 10, 0, 0);
const fingerprinter = createFingerprinter();

function event(i: number, overrides: Partial<ErrorEvent> = {}): PreparedEvent {
  const e: ErrorEvent = {
    source: 'span',
    dedupeKey: `s:trace${i}:span${i}:0`,
    service: 'checkout',
    timeMs: T0 + i * 1000,
    traceId: `${i}`.padStart(32, '0'),
    spanId: `${i}`.padStart(16, '0'),
    exception: { type: 'TypeError', message: `Cannot read properties of undefined (reading 'id')` },
    handled: false,
    release: '1.0.0',
    attributes: { 'http.route': '/checkout' },
    resource: { 'service.name': 'checkout', 'host.name': 'web-1' },
    ...overrides,
  };
  return { event: e, fp: fingerprinter.fingerprint({ source: e.source, service: e.service, type: e.exception?.type, message: e.exception?.message }) };
}

describe('PostgreSQL ingest commit', () => {
  let url: string;
  const opened: PgStore[] = [];
  const open = async () => {
    const store = await openPostgresStore(url, { samples: { first: 2, recent: 3 } });
    opened.push(store);
    return store;
  };
  beforeAll(async () => {
    url = await postgresDatabase('ingest');
  });
  afterAll(async () => {
    await Promise.all(opened.map((s) => s.close()));
  });

  it('groups a batch into one signature with counts, times, releases, samples and an investigation entry', async () => {
    const store = await open();
    const result = await store.ingest!.commit([event(1), event(2, { release: '1.1.0' }), event(3)], T0 + 5000);
    expect(result).toMatchObject({ stored: 3, duplicates: 0 });
    expect(result.newSignatures).toHaveLength(1);
    const sig = (await store.getSignature(result.newSignatures[0]))!;
    expect(sig).toMatchObject({ count: 3, status: 'new', service: 'checkout', type: 'TypeError', releases: ['1.0.0', '1.1.0'], firstSeenMs: T0 + 1000, lastSeenMs: T0 + 3000 });
    expect(await store.getInvestigation(sig.id)).toMatchObject({ reason: 'new' });
    expect((await store.findByFingerprint(sig.fingerprint))?.id).toBe(sig.id);
    expect((await store.listOccurrences(sig.id, 10)).map((o) => o.traceId!.replace(/^0+/, ''))).toEqual(['3', '2', '1']);
    expect(await store.counts(sig.id, 'minute', T0, T0 + 5000)).toEqual([3]);
    expect(await store.signaturesInTrace(event(2).event.traceId!, T0 + 5000)).toEqual([sig.id]);
    const stats = await store.attributeStats(sig);
    expect(stats?.signature.total).toBe(3);
    expect(stats?.signature.keys['host.name'].values).toEqual({ 'web-1': 3 });
  });
});

describe('PostgreSQL ingest commit with several replicas', () => {
  let url: string;
  const opened: PgStore[] = [];
  const open = async (onStatement?: (s: string) => void) => {
    const store = await openPostgresStore(url, { samples: { first: 2, recent: 3 }, onStatement });
    opened.push(store);
    return store;
  };
  beforeAll(async () => {
    url = await postgresDatabase('replicas');
  });
  afterAll(async () => {
    await Promise.all(opened.map((s) => s.close()));
  });

  it('sends as many statements for 2000 events in 1000 signatures as for 200 events in 100 (no per-event round trip)', async () => {
    const statements: string[] = [];
    const store = await open((s) => statements.push(s));
    const batch = (from: number, n: number, signatures: number) =>
      Array.from({ length: n }, (_, k) => event(from + k, { exception: { type: `E${(from + k) % signatures}`, message: 'failed' }, dedupeKey: `count:${from + k}` }));
    // Both runs create their signatures; the statements are the same kinds, only their rows grow.
    statements.length = 0;
    await store.ingest!.commit(batch(0, 200, 100), T0);
    const few = statements.length;
    statements.length = 0;
    await store.ingest!.commit(batch(10_000, 2000, 1000).map((p) => ({ ...p, event: { ...p.event, exception: { type: `Other${p.event.exception!.type}`, message: 'failed' } } })).map((p) => ({ ...p, fp: fingerprinter.fingerprint({ source: 'span', service: 'checkout', type: p.event.exception!.type, message: 'failed' }) })), T0);
    const many = statements.length;
    expect(few).toBeGreaterThan(3);
    expect(many).toBe(few);
  });

  it('stores a retry once when the original and the retry reach two replicas at the same time', async () => {
    const [a, b] = [await open(), await open()];
    const batch = Array.from({ length: 200 }, (_, i) => event(10_000 + i, { exception: { type: `${['Alpha', 'Beta', 'Gamma', 'Delta', 'Omega'][i % 5]}RetryError`, message: 'retried export' } }));
    const [ra, rb] = await Promise.all([a.ingest!.commit(batch, T0), b.ingest!.commit(batch, T0)]);
    expect(ra.stored + rb.stored).toBe(200);
    expect(ra.duplicates + rb.duplicates).toBe(200);
    const retry = await Promise.all([0, 1, 2, 3, 4].map((i) => b.findByFingerprint(batch[i].fp.fingerprint)));
    expect(retry.map((s) => s!.count)).toEqual([40, 40, 40, 40, 40]);
    // One creator per signature: its id is reported new by exactly one replica.
    expect(new Set([...ra.newSignatures, ...rb.newSignatures]).size).toBe(ra.newSignatures.length + rb.newSignatures.length);
  });

  it('merges counts, counters and first/last seen when replicas commit into the same signature concurrently', async () => {
    const replicas = [await open(), await open(), await open()];
    const perBatch = 50;
    const batches = 12;
    const commits: Promise<unknown>[] = [];
    let earliest = Infinity;
    let latest = -Infinity;
    for (let k = 0; k < batches; k++) {
      const batch = Array.from({ length: perBatch }, (_, i) => {
        const n = 100_000 + k * perBatch + i;
        // Times spread both ways, so each batch may move first-seen earlier or last-seen later.
        const timeMs = T0 + ((n * 7919) % 3_600_000) - 1_800_000;
        earliest = Math.min(earliest, timeMs);
        latest = Math.max(latest, timeMs);
        return event(n, { timeMs, exception: { type: 'HotError', message: 'hot path failed' }, release: `2.${k % 4}.0` });
      });
      // A second apart: each commit may add recent samples (store/event-rows.ts).
      commits.push(replicas[k % replicas.length].ingest!.commit(batch, T0 + k * 1000));
    }
    await Promise.all(commits);
    const sig = (await replicas[0].findByFingerprint(event(0, { exception: { type: 'HotError', message: 'hot path failed' } }).fp.fingerprint))!;
    expect(sig.count).toBe(perBatch * batches);
    expect(sig.firstSeenMs).toBe(earliest);
    expect(sig.lastSeenMs).toBe(latest);
    expect([...sig.releases].sort()).toEqual(['2.0.0', '2.1.0', '2.2.0', '2.3.0']);
    const hourly = await replicas[1].counts(sig.id, 'hour', earliest, latest);
    expect(hourly.reduce((a, b) => a + b, 0)).toBe(perBatch * batches);
    expect((await replicas[2].attributeStats(sig))?.signature.total).toBe(perBatch * batches);
    // Samples: the first two for good plus a recent window of three.
    expect(await replicas[0].listOccurrences(sig.id, 100)).toHaveLength(5);
  });
});
