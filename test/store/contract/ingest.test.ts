// Ingest commit (IngestCommit) against every store implementation: one commit per batch,
// dedupe of collector retries, counters, first/last seen, samples, the trace index, lifecycle
// on occurrence and the queue entries a commit makes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { resolve } from '../../../src/core/lifecycle.js';
import type { ErrorEvent } from '../../../src/core/model.js';
import type { IngestCommit, PreparedEvent, Store } from '../../../src/core/ports.js';
import { storeFactories, type StoreUnderTest } from '../../helpers/store-factories.js';

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

const typesBy = async (store: Store, sort: 'count' | 'last' | 'first', ascending = false) => (await store.listSignatures({ sort, ascending, limit: 100 })).items.map((s) => s.type);

describe.each(storeFactories)('$name: ingest commit', (factory) => {
  let opened: StoreUnderTest;
  let store: Store;
  let writer: IngestCommit;

  beforeEach(async () => {
    opened = await factory.open({ samples: { first: 2, recent: 3 } });
    store = opened.store;
    writer = store.ingest!;
  });
  afterEach(() => opened.cleanup());

  it('commitTaken asks for the batch once, when its transaction is ready, and commits what it returns', async () => {
    const ready: PreparedEvent[] = [event(1)];
    let takes = 0;
    const committed = writer.commitTaken(() => {
      takes++;
      return { batch: [...ready], nowMs: T0 + 5000 };
    }, T0 + 5000);
    // Ready after the call, before the store's transaction: in this commit too.
    ready.push(event(2));
    const result = await committed;
    expect(takes).toBe(1);
    expect(result).toMatchObject({ stored: 2, duplicates: 0 });
    expect((await store.getSignature(result.newSignatures[0]))?.count).toBe(2);
  });

  it('groups a batch into one signature with counts, times, releases and an investigation entry', async () => {
    const result = await writer.commit([event(1), event(2, { release: '1.1.0' }), event(3)], T0 + 5000);
    expect(result).toMatchObject({ stored: 3, duplicates: 0, regressed: [] });
    expect(result.newSignatures).toHaveLength(1);
    const sig = (await store.getSignature(result.newSignatures[0]))!;
    expect(sig).toMatchObject({ count: 3, status: 'new', service: 'checkout', type: 'TypeError', releases: ['1.0.0', '1.1.0'], source: 'span' });
    expect(sig.firstSeenMs).toBe(T0 + 1000);
    expect(sig.lastSeenMs).toBe(T0 + 3000);
    expect(sig.history).toEqual([{ atMs: T0 + 5000, actor: 'pipeline', action: 'created', to: 'new' }]);
    expect(await store.getInvestigation(sig.id)).toEqual({ reason: 'new', enqueuedMs: T0 + 5000, attempts: 0, notBeforeMs: T0 + 5000 });
    expect((await store.findByFingerprint(sig.fingerprint))?.id).toBe(sig.id);
    // Ids are short and unique prefixes work.
    expect(sig.id).toMatch(/^[0-9a-f]{12,}$/);
    expect((await store.findSignature(sig.id.slice(0, 6)))?.id).toBe(sig.id);
  });

  it('drops retried events (same dedupe key) within and across batches', async () => {
    await writer.commit([event(1), event(2)], T0);
    const again = await writer.commit([event(1), event(2), event(3), event(3)], T0 + 60_000);
    expect(again).toMatchObject({ stored: 1, duplicates: 3, newSignatures: [] });
    const [sig] = (await store.listSignatures({ sort: 'count', limit: 10 })).items;
    expect(sig.count).toBe(3);
    expect(await store.counts(sig.id, 'hour', T0, T0)).toEqual([3]);
  });

  it('still drops a retry ten minutes later (the Collector retries for up to five)', async () => {
    await writer.commit([event(1)], T0);
    expect(await writer.commit([event(1)], T0 + 10 * 60_000)).toMatchObject({ stored: 0, duplicates: 1 });
  });

  it('keeps the first N and the most recent M samples, even across bursts', async () => {
    const r = await writer.commit([1, 2, 3, 4].map((i) => event(i)), T0);
    const id = r.newSignatures[0];
    await writer.commit([5, 6, 7, 8, 9, 10, 11].map((i) => event(i)), T0 + 1000);
    await writer.commit([event(12)], T0 + 2000);
    const kept = (await store.listOccurrences(id, 100)).map((o) => o.traceId!.replace(/^0+/, ''));
    // most recent first: recent window 10, 11, 12, then the first two forever
    expect(kept).toEqual(['12', '11', '10', '2', '1']);
    expect((await store.listOccurrences(id, 2)).map((o) => o.traceId!.replace(/^0+/, ''))).toEqual(['12', '11']);
    expect((await store.getSignature(id))!.count).toBe(12);
  });

  it('adds recent samples at most once a second per signature, and the first N whenever they are missing', async () => {
    const r = await writer.commit([event(1)], T0);
    const id = r.newSignatures[0];
    const traces = async () => (await store.listOccurrences(id, 100)).map((o) => o.traceId!.replace(/^0+/, ''));
    // The second of the first two, and the first recent samples (the first commit had only one event).
    await writer.commit([event(2), event(3), event(4)], T0 + 400);
    expect(await traces()).toEqual(['4', '3', '2', '1']);
    // Less than a second after them: counted, but no samples.
    await writer.commit([event(5), event(6)], T0 + 999);
    expect(await traces()).toEqual(['4', '3', '2', '1']);
    // A second after them: this batch's latest two, and the window of three slides.
    await writer.commit([event(7), event(8), event(9)], T0 + 1400);
    expect(await traces()).toEqual(['9', '8', '4', '2', '1']);
    await writer.commit([event(10)], T0 + 1500);
    expect(await traces()).toEqual(['9', '8', '4', '2', '1']);
    // A clock set back is no reason to stop sampling.
    await writer.commit([event(11)], T0 - 60_000);
    expect(await traces()).toEqual(['11', '9', '8', '2', '1']);
    expect((await store.getSignature(id))!.count).toBe(11);
  });

  it("takes a batch's recent samples from its different senders", async () => {
    const pod = (name: string) => ({ resource: { 'service.name': 'checkout', 'k8s.pod.name': name } });
    const r = await writer.commit([event(1, pod('a')), event(2, pod('a'))], T0 + 20_000);
    const id = r.newSignatures[0];
    const traces = async () => (await store.listOccurrences(id, 100)).map((o) => o.traceId!.replace(/^0+/, ''));
    // A Collector's export holds each process's records together: pod a's, then pod b's. Its
    // last two are pod b's, and pod a's last is kept beside them.
    await writer.commit([event(5, pod('a')), event(6, pod('a')), event(7, pod('b')), event(8, pod('b'))], T0 + 21_000);
    expect(await traces()).toEqual(['8', '7', '6', '2', '1']);
    // One sender: its last two only.
    await writer.commit([event(12, pod('c')), event(13, pod('c')), event(14, pod('c'))], T0 + 22_000);
    expect(await traces()).toEqual(['14', '13', '8', '2', '1']);
  });

  it("samples a replayed stretch by the events' own time, and late or clock-ahead events by arrival", async () => {
    // Ten minutes of events (one every 30 s) arriving within 900 ms, as a Collector sends its
    // queue after an outage: by arrival they were one instant, so only the first batch added recent samples.
    const at = (i: number) => event(i, { timeMs: T0 - 600_000 + i * 30_000 });
    const r = await writer.commit([at(1)], T0 + 100);
    const id = r.newSignatures[0];
    const traces = async () => (await store.listOccurrences(id, 100)).map((o) => o.traceId!.replace(/^0+/, ''));
    for (let i = 1; i < 10; i++) await writer.commit([at(2 * i), at(2 * i + 1)], T0 + 100 + i * 90);
    // The first two for good, and the last three of the stretch in the window.
    expect(await traces()).toEqual(['19', '18', '17', '2', '1']);
    // Late events from before the last samples add none.
    await writer.commit([event(40, { timeMs: T0 - 590_000 }), event(41, { timeMs: T0 - 580_000 })], T0 + 1_000);
    expect(await traces()).toEqual(['19', '18', '17', '2', '1']);
    // A sender's clock ahead of this one's is capped at arrival: a second of arrival apart, as live traffic.
    await writer.commit([event(50, { timeMs: T0 + 3_600_000 })], T0 + 2_000);
    expect(await traces()).toEqual(['50', '19', '18', '2', '1']);
    await writer.commit([event(51, { timeMs: T0 + 3_600_000 })], T0 + 2_500);
    expect(await traces()).toEqual(['50', '19', '18', '2', '1']);
    expect((await store.getSignature(id))!.count).toBe(23);
  });

  it('counts per minute and per hour, zero-filled, and takes first/last seen from event times', async () => {
    const r = await writer.commit([event(0), event(1), event(70), event(3600)], T0);
    const id = r.newSignatures[0];
    expect(await store.counts(id, 'minute', T0, T0 + 120_000)).toEqual([2, 1, 0]);
    expect(await store.counts(id, 'hour', T0, T0 + 3_600_000)).toEqual([3, 1]);
    expect(await store.counts(id, 'hour', T0 - 2 * 3_600_000, T0 - 3_600_000)).toEqual([0, 0]);
    // A second batch adds to the same buckets and moves last seen.
    await writer.commit([event(5000, { dedupeKey: 'late-minute' , timeMs: T0 + 30_000 })], T0 + 60_000);
    expect(await store.counts(id, 'minute', T0, T0 + 120_000)).toEqual([3, 1, 0]);
    expect(await store.getSignature(id)).toMatchObject({ count: 5, firstSeenMs: T0, lastSeenMs: T0 + 3_600_000 });
  });

  it('reopens a resolved signature as regressed, except for releases older than the fix', async () => {
    const r = await writer.commit([event(1)], T0);
    const id = r.newSignatures[0];
    await store.update(id, (s) => resolve(s, { actor: 'test', atMs: T0 + 10 }, '2.0.0'));
    await store.dequeueInvestigation(id);
    const old = await writer.commit([event(2, { release: '1.9.0' })], T0 + 20);
    expect(old.regressed).toEqual([]);
    expect((await store.getSignature(id))!.status).toBe('resolved');
    const back = await writer.commit([event(3, { release: '2.0.1' })], T0 + 30);
    expect(back.regressed).toEqual([id]);
    const sig = (await store.getSignature(id))!;
    expect(sig).toMatchObject({ status: 'new', regressed: true, regression: { release: '2.0.1' } });
    expect(sig.history.map((h) => h.action)).toContain('regressed');
    expect(await store.getInvestigation(id)).toMatchObject({ reason: 'regressed' });
  });

  it('lists by count and by first seen', async () => {
    const a = event(1);
    const b = event(2, { exception: { type: 'RangeError', message: 'Invalid array length' } });
    await writer.commit([a, b, event(3, { exception: b.event.exception }), event(4, { exception: b.event.exception })], T0);
    expect(await typesBy(store, 'count')).toEqual(['RangeError', 'TypeError']);
    expect(await typesBy(store, 'first', true)).toEqual(['TypeError', 'RangeError']);
    expect(await typesBy(store, 'last')).toEqual(['RangeError', 'TypeError']);
  });

  it('a late event older than first seen moves the signature in the first-seen order', async () => {
    await writer.commit([event(5)], T0 + 20_000);
    await writer.commit([event(10, { exception: { type: 'RangeError', message: 'Invalid array length' } })], T0 + 20_000);
    expect(await typesBy(store, 'first', true)).toEqual(['TypeError', 'RangeError']);
    await writer.commit([event(2, { exception: { type: 'RangeError', message: 'Invalid array length' } })], T0 + 30_000);
    expect(await typesBy(store, 'first', true)).toEqual(['RangeError', 'TypeError']);
    expect((await store.listSignatures({ sort: 'first', limit: 10 })).items.map((s) => s.firstSeenMs)).toEqual([T0 + 5000, T0 + 2000]);
  });

  it('re-queues a signature whose count-based mute ended', async () => {
    const r = await writer.commit([event(10)], T0 + 20_000);
    const id = r.newSignatures[0];
    await store.dequeueInvestigation(id);
    await store.update(id, (s) => ({ ...s, status: 'muted', mute: { untilCount: 3 } }));
    await writer.commit([event(11)], T0 + 40_000);
    expect((await store.getSignature(id))!.status).toBe('muted');
    expect(await store.getInvestigation(id)).toBeUndefined();
    await writer.commit([event(12)], T0 + 50_000);
    expect((await store.getSignature(id))!.status).toBe('new');
    expect(await store.getInvestigation(id)).toMatchObject({ reason: 'new' });
  });

  it('finds every signature that occurred in a trace', async () => {
    const shared = 'ab'.repeat(16);
    const a = event(1, { traceId: shared });
    const b = event(2, { traceId: shared, exception: { type: 'TimeoutError', message: 'upstream timed out' } });
    const r = await writer.commit([a, b, event(3)], T0);
    expect((await store.signaturesInTrace(shared, T0)).sort()).toEqual([...r.newSignatures].sort());
    expect(await store.signaturesInTrace('cd'.repeat(16), T0)).toEqual([]);
    // Arrival more than the window ago is outside it.
    expect(await store.signaturesInTrace(shared, T0 + 49 * 3_600_000)).toEqual([]);
  });

  it('survives reopening: everything committed is there, the miner state too', async () => {
    const r = await writer.commit([event(1), event(2)], T0, { templates: ['x'] });
    await store.close();
    opened.store = store = await opened.reopen();
    expect((await store.getSignature(r.newSignatures[0]))!.count).toBe(2);
    expect(await store.loadMinerState()).toEqual({ templates: ['x'] });
    expect((await store.listOccurrences(r.newSignatures[0], 10)).length).toBe(2);
  });

  it('an empty batch commits the miner state alone', async () => {
    expect(await writer.commit([], T0, { templates: ['only'] })).toEqual({ stored: 0, duplicates: 0, newSignatures: [], regressed: [] });
    expect(await store.loadMinerState()).toEqual({ templates: ['only'] });
  });
});
