// LocalBackend over a real store (LMDB) filled through its real ingest writer.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalBackend } from '../../../src/adapters/telemetry/local.js';
import type { ErrorEvent } from '../../../src/core/model.js';
import type { IngestCommit, PreparedEvent, Store } from '../../../src/core/ports.js';
import { openTempStore, prepare, type TempStore } from '../../helpers/temp-store.js';

const T0 = Date.UTC(2026, 10, 22, 10, 0, 0);
let seq = 0;

function event(over: Partial<ErrorEvent>): PreparedEvent {
  seq++;
  return prepare({ source: 'span', dedupeKey: `s:${seq}`, service: 'checkout', timeMs: T0, handled: false, attributes: {}, resource: {}, ...over });
}

describe('LocalBackend', () => {
  let temp: TempStore;
  let store: Store;
  let writer: IngestCommit;

  beforeEach(async () => {
    temp = await openTempStore();
    ({ store, writer } = temp);
  });
  afterEach(() => temp.close());

  it('gives the baseline, counters, co-occurring signatures and the error samples of shared traces', async () => {
    const refused = (i: number, traceId?: string) =>
      event({ timeMs: T0 + i * 1000, host: 'checkout-2', release: '2.0.0', traceId, spanId: `a${i}`, spanName: 'SELECT orders', exception: { type: 'Error', message: 'connect ECONNREFUSED 10.0.0.5:5432' } });
    const declined = (i: number) => event({ timeMs: T0 + i * 1000, host: `checkout-${i % 3}`, release: '2.0.0', exception: { type: 'CardDeclined', message: 'card declined' } });
    const upstream = (traceId: string) => event({ service: 'frontend', timeMs: T0 + 9000, traceId, spanId: 'f1', spanName: 'GET /cart', statusMessage: 'checkout failed', exception: { type: 'HttpError', message: '502 from checkout' } });
    const elsewhere = event({ service: 'billing', timeMs: T0, host: 'billing-1', exception: { type: 'Boom', message: 'x' } });
    await writer.commit([...[0, 1, 2, 3, 4, 5].map(declined), elsewhere], T0 + 500);
    await writer.commit([refused(1, 'aa'.repeat(16)), refused(2, 'bb'.repeat(16)), refused(3), upstream('aa'.repeat(16))], T0 + 10_000);

    const id = (await store.findByFingerprint(refused(0).fp.fingerprint))!.id;
    const sig = (await store.getSignature(id))!;
    const backend = new LocalBackend({ store, clock: { now: () => T0 + 60_000 } });
    const outcome = await backend.fetchContext({ signature: sig, service: 'checkout', traceIds: ['aa'.repeat(16), 'bb'.repeat(16)], fromMs: T0, toMs: T0 + 60_000 });
    expect(outcome.status).toBe('ok');
    if (outcome.status !== 'ok') return;
    const ctx = outcome.value.store!;

    // baseline: the other checkout signature's samples only (not billing, not itself)
    expect(ctx.baseline).toHaveLength(6);
    expect(new Set(ctx.baseline.map((o) => o.host))).toEqual(new Set(['checkout-0', 'checkout-1', 'checkout-2']));
    expect(ctx.minuteCounts).toHaveLength(61);
    expect(ctx.minuteCounts.at(-2)).toBe(3);
    expect(ctx.hourCounts.at(-1)).toBe(3);
    expect(ctx.coOccurring).toEqual([{ signatureId: (await store.findByFingerprint(upstream('x').fp.fingerprint))!.id, service: 'frontend', type: 'HttpError', message: expect.any(String), sharedTraces: 1 }]);
    const inA = ctx.traceErrors.filter((t) => t.traceId === 'aa'.repeat(16));
    expect(inA.map((t) => [t.service, t.name, t.statusMessage])).toEqual(
      expect.arrayContaining([
        ['checkout', 'SELECT orders', 'connect ECONNREFUSED 10.0.0.5:5432'],
        ['frontend', 'GET /cart', 'checkout failed'],
      ]),
    );
    expect(ctx.traceErrors.filter((t) => t.traceId === 'bb'.repeat(16))).toHaveLength(1);
  });

  it('assembles first the shared traces in which another signature kept a sample', async () => {
    // Another signature keeps only some of its occurrences as samples (the first, recent ones at
    // most once a second), so of the traces this one shares with it, few may hold one of its samples:
    // here the seventh of seven, past the five traces assembled.
    const trace = (i: number) => `${i}`.repeat(32);
    const refused = (i: number) => event({ timeMs: T0 + i * 1000, traceId: trace(i), spanId: `a${i}`, spanName: 'SELECT orders', exception: { type: 'Error', message: 'connect ECONNREFUSED 10.0.0.5:5432' } });
    const upstream = event({ service: 'frontend', timeMs: T0 + 7000, traceId: trace(7), spanId: 'f1', spanName: 'GET /cart', exception: { type: 'HttpError', message: '502 from checkout' } });
    await writer.commit([1, 2, 3, 4, 5, 6, 7].map(refused).concat(upstream), T0 + 10_000);
    const sig = (await store.getSignature((await store.findByFingerprint(refused(0).fp.fingerprint))!.id))!;
    const outcome = await new LocalBackend({ store, clock: { now: () => T0 + 60_000 } }).fetchContext({ signature: sig, service: 'checkout', traceIds: [1, 2, 3, 4, 5, 6, 7].map(trace), fromMs: T0, toMs: T0 + 60_000 });
    expect(outcome.status).toBe('ok');
    if (outcome.status !== 'ok') return;
    const assembled = new Set(outcome.value.store!.traceErrors.map((t) => t.traceId));
    expect(assembled.size).toBe(5);
    expect(assembled.has(trace(7))).toBe(true);
    expect(outcome.value.store!.traceErrors.filter((t) => t.traceId === trace(7)).map((t) => t.service).sort()).toEqual(['checkout', 'frontend']);
  });

  it('notes when samples carry no trace id', async () => {
    await writer.commit([event({ exception: { type: 'E', message: 'm' } })], T0);
    const sig = (await store.listSignatures({ limit: 1 })).items[0];
    const outcome = await new LocalBackend({ store, clock: { now: () => T0 } }).fetchContext({ signature: sig, service: 'checkout', traceIds: [], fromMs: T0, toMs: T0 });
    expect(outcome.status === 'ok' && outcome.value.notes).toEqual(['the stored samples carry no trace id: no co-occurring signatures']);
  });

  it('turns a store failure into a failed outcome', async () => {
    const broken = {
      getSignature: store.getSignature.bind(store),
      listOccurrences: store.listOccurrences.bind(store),
      listSignatures: store.listSignatures.bind(store),
      signaturesInTrace: store.signaturesInTrace.bind(store),
      attributeStats: store.attributeStats.bind(store),
      counts: () => Promise.reject(new Error('MDB_BAD_TXN')),
    };
    await writer.commit([event({ exception: { type: 'E', message: 'm' } })], T0);
    const sig = (await store.listSignatures({ limit: 1 })).items[0];
    const outcome = await new LocalBackend({ store: broken, clock: { now: () => T0 } }).fetchContext({ signature: sig, service: 'checkout', traceIds: [], fromMs: T0, toMs: T0 });
    expect(outcome).toEqual({ status: 'failed', error: 'local store: MDB_BAD_TXN' });
  });
});
