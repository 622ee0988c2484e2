import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../src/core/fingerprint/index.js';
import { resolve } from '../../src/core/lifecycle.js';
import type { ErrorEvent } from '../../src/core/model.js';
import { closeTables, openTables, type Tables } from '../../src/store/environment.js';
import { IngestWriter, type PreparedEvent } from '../../src/store/ingest-writer.js';
import { SCHEMA_VERSION } from '../../src/store/migrations.js';
import { LmdbSignatureStore } from '../../src/store/signature-store.js';
import { tempDataDir } from '../helpers/temp-dir.js';
import { openTempStore, type TempStore } from '../helpers/temp-store.js';

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
    resource: { 'service.name': 'checkout' },
    ...overrides,
  };
  return { event: e, fp: fingerprinter.fingerprint({ source: e.source, service: e.service, type: e.exception?.type, message: e.exception?.message }) };
}

describe('IngestWriter', () => {
  let temp: TempStore;
  let dir: string;
  let tables: Tables;
  let store: LmdbSignatureStore;
  let writer: IngestWriter;

  beforeEach(() => {
    temp = openTempStore({ first: 2, recent: 3 });
    ({ dir, tables, store, writer } = temp);
  });
  afterEach(async () => {
    await closeTables(tables);
    rmSync(dir, { recursive: true, force: true });
  });

  it('groups a batch into one signature with counts, times, releases and an investigation entry', async () => {
    const result = await writer.commit([event(1), event(2, { release: '1.1.0' }), event(3)], T0 + 5000);
    expect(result).toMatchObject({ stored: 3, duplicates: 0 });
    expect(result.newSignatures).toHaveLength(1);
    const sig = store.getSignature(result.newSignatures[0])!;
    expect(sig).toMatchObject({ count: 3, status: 'new', service: 'checkout', type: 'TypeError', releases: ['1.0.0', '1.1.0'] });
    expect(sig.firstSeenMs).toBe(T0 + 1000);
    expect(sig.lastSeenMs).toBe(T0 + 3000);
    expect(store.getInvestigation(sig.id)).toMatchObject({ reason: 'new' });
    expect(store.findByFingerprint(sig.fingerprint)?.id).toBe(sig.id);
  });

  it('drops retried events (same dedupe key) within and across batches', async () => {
    await writer.commit([event(1), event(2)], T0);
    const again = await writer.commit([event(1), event(2), event(3), event(3)], T0 + 60_000);
    expect(again).toMatchObject({ stored: 1, duplicates: 3 });
    expect([...store.iterate('count')][0].count).toBe(3);
  });

  it('keeps the first N and the most recent M samples, even across bursts', async () => {
    const r = await writer.commit([1, 2, 3, 4].map((i) => event(i)), T0);
    const id = r.newSignatures[0];
    await writer.commit([5, 6, 7, 8, 9, 10, 11].map((i) => event(i)), T0 + 1000);
    await writer.commit([event(12)], T0 + 2000);
    const kept = store.listOccurrences(id, 100).map((o) => o.traceId!.replace(/^0+/, ''));
    // most recent first: recent window 10, 11, 12, then the first two forever
    expect(kept).toEqual(['12', '11', '10', '2', '1']);
    expect(store.getSignature(id)!.count).toBe(12);
  });

  it('counts per minute and per hour', async () => {
    const r = await writer.commit([event(0), event(1), event(70), event(3600)], T0);
    const id = r.newSignatures[0];
    expect(store.counts(id, 'minute', T0, T0 + 120_000)).toEqual([2, 1, 0]);
    expect(store.counts(id, 'hour', T0, T0 + 3_600_000)).toEqual([3, 1]);
  });

  it('reopens a resolved signature as regressed, except for releases older than the fix', async () => {
    const r = await writer.commit([event(1)], T0);
    const id = r.newSignatures[0];
    await store.update(id, (s) => resolve(s, { actor: 'test', atMs: T0 + 10 }, '2.0.0'));
    await store.putInvestigation(id, undefined);
    const old = await writer.commit([event(2, { release: '1.9.0' })], T0 + 20);
    expect(old.regressed).toEqual([]);
    expect(store.getSignature(id)!.status).toBe('resolved');
    const back = await writer.commit([event(3, { release: '2.0.1' })], T0 + 30);
    expect(back.regressed).toEqual([id]);
    const sig = store.getSignature(id)!;
    expect(sig).toMatchObject({ status: 'new', regressed: true, regression: { release: '2.0.1' } });
    expect(sig.history.map((h) => h.action)).toContain('regressed');
    expect(store.getInvestigation(id)).toMatchObject({ reason: 'regressed' });
  });

  it('lists by count and by last seen through the sort indexes', async () => {
    const a = event(1);
    const b = event(2, { exception: { type: 'RangeError', message: 'Invalid array length' } });
    await writer.commit([a, b, event(3, { exception: b.event.exception }), event(4, { exception: b.event.exception })], T0);
    const byCount = [...store.iterate('count')].map((s) => s.type);
    expect(byCount).toEqual(['RangeError', 'TypeError']);
    const byFirst = [...store.iterate('first', { ascending: true })].map((s) => s.type);
    expect(byFirst).toEqual(['TypeError', 'RangeError']);
  });

  it('survives reopening: everything committed is there', async () => {
    const r = await writer.commit([event(1), event(2)], T0, { templates: ['x'] });
    await closeTables(tables);
    tables = openTables(dir);
    store = new LmdbSignatureStore(tables);
    expect(store.getSignature(r.newSignatures[0])!.count).toBe(2);
    expect(store.getMeta('minerState')).toEqual({ templates: ['x'] });
    expect(store.getMeta('schemaVersion')).toBe(SCHEMA_VERSION);
  });
});

describe('trace index', () => {
  it('finds every signature that occurred in a trace', async () => {
    const dir = tempDataDir();
    const tables = openTables(dir);
    try {
      const store = new LmdbSignatureStore(tables);
      const writer = new IngestWriter(tables, { first: 1, recent: 1 });
      const shared = 'ab'.repeat(16);
      const a = event(1, { traceId: shared });
      const b = event(2, { traceId: shared, exception: { type: 'TimeoutError', message: 'upstream timed out' } });
      const r = await writer.commit([a, b, event(3)], T0);
      expect(store.signaturesInTrace(shared, T0).sort()).toEqual([...r.newSignatures].sort());
      expect(store.signaturesInTrace('cd'.repeat(16), T0)).toEqual([]);
    } finally {
      await closeTables(tables);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('writer bookkeeping', () => {
  it('moves the first-seen index row when a late event is older, and re-queues a signature whose count mute ended', async () => {
    const dir = tempDataDir();
    const tables = openTables(dir);
    try {
      const store = new LmdbSignatureStore(tables);
      const writer = new IngestWriter(tables, { first: 1, recent: 1 });
      const r = await writer.commit([event(10)], T0 + 20_000);
      const id = r.newSignatures[0];
      await writer.commit([event(2)], T0 + 30_000); // an event from before first-seen arrives late
      const firstKeys = [...tables.sigIndex.getKeys({ start: ['f'], end: ['f', Infinity, '\uffff'] })].filter((k) => (k as unknown[])[2] === id);
      expect(firstKeys).toEqual([['f', T0 + 2000, id]]);

      await store.putInvestigation(id, undefined);
      await store.update(id, (s) => ({ ...s, status: 'muted', mute: { untilCount: 4 } }));
      await writer.commit([event(11)], T0 + 40_000);
      expect(store.getSignature(id)!.status).toBe('muted');
      expect(store.getInvestigation(id)).toBeUndefined();
      await writer.commit([event(12)], T0 + 50_000);
      expect(store.getSignature(id)!.status).toBe('new');
      expect(store.getInvestigation(id)).toMatchObject({ reason: 'new' });
    } finally {
      await closeTables(tables);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
