// Listing, lifecycle actions, retention, purge and stats against every store implementation,
// through the port only (LMDB's own rows are checked in test/store/lmdb/).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import type { ErrorEvent, Signature } from '../../../src/core/model.js';
import type { IngestCommit, PreparedEvent, Store } from '../../../src/core/ports.js';
import { SignatureActions } from '../../../src/core/signature-actions.js';
import { AmbiguousIdError, InvalidCursorError, SignatureNotFoundError } from '../../../src/core/store-errors.js';
import { Retention } from '../../../src/store/retention.js';
import { storeFactories, type StoreUnderTest } from '../../helpers/store-factories.js';

const T0 = Date.UTC(2026, 10, 22, 10, 0, 0);
const fingerprinter = createFingerprinter();
let seq = 0;

function event(kind: string, timeMs: number, overrides: Partial<ErrorEvent> = {}): PreparedEvent {
  seq++;
  const e: ErrorEvent = {
    source: 'span',
    dedupeKey: `s:t${seq}:s${seq}:0`,
    service: 'checkout',
    timeMs,
    traceId: seq.toString(16).padStart(32, '0'),
    spanId: seq.toString(16).padStart(16, '0'),
    exception: { type: `${kind}Error`, message: `${kind} failed` },
    handled: false,
    release: '1.0.0',
    attributes: {},
    resource: {},
    ...overrides,
  };
  return { event: e, fp: fingerprinter.fingerprint({ source: e.source, service: e.service, type: e.exception?.type, message: e.exception?.message }) };
}

describe.each(storeFactories)('$name: store management', (factory) => {
  let opened: StoreUnderTest;
  let store: Store;
  let writer: IngestCommit;
  let now: number;
  let actions: SignatureActions;
  const clock = { now: () => now };
  const by = { actor: 'cli:test' };

  beforeEach(async () => {
    opened = await factory.open({ samples: { first: 2, recent: 3 } });
    store = opened.store;
    writer = store.ingest!;
    now = T0;
    actions = new SignatureActions(store, clock);
  });
  afterEach(() => opened.cleanup());

  const list = (query: Parameters<Store['listSignatures']>[0]) => store.listSignatures(query);
  const get = async (id: string) => (await store.getSignature(id))!;

  /** n signatures `K0…K(n-1)`, signature i with i+1 events, the i-th last seen at T0 + i min. */
  async function seed(n: number, overrides: (i: number) => Partial<ErrorEvent> = () => ({})): Promise<Signature[]> {
    for (let i = 0; i < n; i++) {
      const events = Array.from({ length: i + 1 }, (_, j) => event(`K${i}`, T0 + i * 60_000 - j * 1000, overrides(i)));
      await writer.commit(events, T0 + i * 60_000);
    }
    return ((await list({ sort: 'first', ascending: true, limit: 1000 }))).items;
  }

  describe('listing', () => {
    it('pages through every sort order with cursors, without gaps or repeats', async () => {
      await seed(23);
      for (const sort of ['count', 'last', 'first'] as const) {
        for (const ascending of [false, true]) {
          const seen: Signature[] = [];
          let cursor: string | undefined;
          let pages = 0;
          do {
            const page = await list({ sort, ascending, limit: 5, cursor });
            seen.push(...page.items);
            cursor = page.nextCursor;
            pages++;
          } while (cursor);
          expect(pages).toBe(5);
          expect(new Set(seen.map((s) => s.id)).size).toBe(23);
          const values = seen.map((s) => (sort === 'count' ? s.count : sort === 'last' ? s.lastSeenMs : s.firstSeenMs));
          const sorted = [...values].sort((a, b) => (ascending ? a - b : b - a));
          expect(values).toEqual(sorted);
        }
      }
    });

    it('filters by status, service, release, tag and since; since stops the scan early', async () => {
      const sigs = await seed(10, (i) => ({ service: i % 2 ? 'cart' : 'checkout', release: i < 5 ? '1.0.0' : '2.0.0' }));
      await actions.resolve(sigs[3].id, by);
      await actions.tag(sigs[4].id, by, ['db']);
      expect((await list({ limit: 50, status: ['resolved'] })).items.map((s) => s.id)).toEqual([sigs[3].id]);
      expect((await list({ limit: 50, service: 'cart' })).items).toHaveLength(5);
      expect((await list({ limit: 50, release: '2.0.0', service: 'cart' })).items.map((s) => s.id)).toEqual([sigs[9].id, sigs[7].id, sigs[5].id]);
      expect((await list({ limit: 50, tag: 'db' })).items.map((s) => s.id)).toEqual([sigs[4].id]);
      const recent = await list({ limit: 50, sinceMs: T0 + 7 * 60_000 });
      expect(recent.items).toHaveLength(3);
      expect(recent.scanned).toBe(3);
      expect(recent.nextCursor).toBeUndefined();
    });

    it('since with another sort reads only the recent window, and pages through it by cursor', async () => {
      await seed(30);
      const sinceMs = T0 + 20 * 60_000; // K20 … K29
      const seen: Signature[] = [];
      let cursor: string | undefined;
      do {
        const page = await list({ sort: 'count', limit: 4, sinceMs, cursor });
        expect(page.scanned).toBeLessThanOrEqual(10);
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.map((s) => s.count)).toEqual([30, 29, 28, 27, 26, 25, 24, 23, 22, 21]);
      const asc = await list({ sort: 'first', ascending: true, limit: 3, sinceMs });
      expect(asc.items.map((s) => s.count)).toEqual([21, 22, 23]);
    });

    it('bounds the rows a selective filter may read and hands back a cursor to continue', async () => {
      await seed(12, (i) => ({ service: i === 0 ? 'rare' : 'common' }));
      const first = await list({ limit: 5, service: 'rare', maxScan: 4 });
      expect(first).toMatchObject({ items: [], scanned: 4 });
      let page = first;
      const found: Signature[] = [];
      while (page.nextCursor) {
        page = await list({ limit: 5, service: 'rare', maxScan: 4, cursor: page.nextCursor });
        found.push(...page.items);
      }
      expect(found.map((s) => s.service)).toEqual(['rare']);
    });

    it('rejects cursors it did not issue or from another sort', async () => {
      await seed(3);
      const { nextCursor } = await list({ limit: 1 });
      await expect(list({ limit: 1, sort: 'count', cursor: nextCursor })).rejects.toThrow(InvalidCursorError);
      await expect(list({ limit: 1, cursor: 'not-a-cursor' })).rejects.toMatchObject({ code: 'INVALID_CURSOR' });
      await expect(list({ limit: 1, cursor: Buffer.from('{"v":"x"}').toString('base64url') })).rejects.toThrow(InvalidCursorError);
    });

    it('finds unique prefixes and refuses ambiguous ones', async () => {
      const [a] = await seed(1);
      expect((await store.requireSignature(a.id.slice(0, 4))).id).toBe(a.id);
      await expect(store.requireSignature('ffffffffffffffff')).rejects.toThrow(SignatureNotFoundError);
      await expect(store.requireSignature('not hex')).rejects.toMatchObject({ code: 'SIGNATURE_NOT_FOUND', message: 'no signature not hex' });
      expect(await store.findSignature('ffffffffffffffff')).toBeUndefined();
      // Two ids sharing a prefix.
      await store.transactSignatures([], (txn) => {
        txn.put(undefined, { ...a, id: 'abc000000001', fingerprint: 'x1', aliases: [], service: 'twins', type: 'TwinError' });
        txn.put(undefined, { ...a, id: 'abc000000002', fingerprint: 'x2', aliases: [], service: 'twins', type: 'TwinError' });
      });
      await expect(store.requireSignature('abc')).rejects.toThrow(AmbiguousIdError);
      await expect(store.requireSignature('abc')).rejects.toMatchObject({
        code: 'AMBIGUOUS_ID',
        message: 'id prefix "abc" matches more than one signature: abc000000001 (twins: TwinError), abc000000002 (twins: TwinError)',
      });
      expect((await store.requireSignature('abc000000002')).fingerprint).toBe('x2');
      expect((await store.findByFingerprint('x1'))!.id).toBe('abc000000001');
    });
  });

  describe('actions', () => {
    it('a count-based mute counts relative to the count at commit time; the writer ends it', async () => {
      const [sig] = await seed(1);
      const muted = await actions.mute(sig.id, by, { countGrowth: 3 });
      expect(muted.mute).toEqual({ untilCount: sig.count + 3 });
      await writer.commit([event('K0', T0 + 1000), event('K0', T0 + 1001)], T0 + 2000);
      expect((await get(sig.id)).status).toBe('muted');
      await writer.commit([event('K0', T0 + 1002)], T0 + 3000);
      expect(await store.getSignature(sig.id)).toMatchObject({ status: 'new', count: sig.count + 3 });
      // A muted signature is not queued again; no new investigation entry appeared for it.
      expect((await get(sig.id)).history.map((h) => h.action)).toContain('mute expired');
    });

    it('time-based mutes are ended by the periodic expiry, visiting only time-muted signatures', async () => {
      const [a, b] = await seed(2);
      await actions.mute(a.id, by, { forMs: 3_600_000 });
      await actions.mute(b.id, by); // for good
      now = T0 + 3_599_999;
      expect(await actions.expireMutes()).toEqual([]);
      now = T0 + 3_600_000;
      expect(await actions.expireMutes()).toEqual([a.id]);
      const unmuted = await store.getSignature(a.id);
      // Absent or undefined alike (PostgreSQL's jsonb keeps no undefined fields).
      expect(unmuted?.status).toBe('new');
      expect(unmuted?.mute).toBeUndefined();
      expect((await get(b.id)).status).toBe('muted');
      expect(await store.dueMutes(T0 + 1e12)).toEqual([]);
    });

    it('a signature muted before any diagnosis goes back in the queue when the mute ends', async () => {
      const [a, b] = await seed(2);
      // The investigator's triage dropped their entries while they were muted.
      await store.dequeueInvestigation(a.id);
      await store.dequeueInvestigation(b.id);
      await actions.mute(a.id, by, { forMs: 1000 });
      await actions.mute(b.id, by);
      now = T0 + 1000;
      await actions.expireMutes();
      expect(await store.getInvestigation(a.id)).toEqual({ reason: 'new', enqueuedMs: T0 + 1000, attempts: 0, notBeforeMs: T0 + 1000 });
      expect(await store.getInvestigation(b.id)).toBeUndefined();
      await actions.unmute(b.id, by);
      expect((await store.getInvestigation(b.id))?.reason).toBe('new');
    });

    it('the background loop ends due mutes on its own and stops cleanly', async () => {
      const [a] = await seed(1);
      await actions.mute(a.id, by, { forMs: 60_000 });
      const retention = new Retention(store, { occurrencesMs: 1e12, minuteCountersMs: 1e12, hourlyCountersMs: 1e12, sweepIntervalMs: 60_000, muteCheckIntervalMs: 20 }, clock, actions);
      retention.start();
      try {
        now = T0 + 60_000;
        await expect.poll(async () => (await get(a.id)).status, { timeout: 60_000 }).not.toBe('muted');
        expect((await get(a.id)).history.at(-1)).toMatchObject({ actor: 'scheduler', action: 'mute expired' });
      } finally {
        await retention.stop();
      }
    });

    it('merge points the source fingerprint at the target; new events count there; split undoes it', async () => {
      const [a, b] = await seed(2);
      await actions.merge(a.id.slice(0, 6), b.id.slice(0, 6), { actor: 'cli:test', reason: 'same root cause' });
      expect((await store.findByFingerprint(b.fingerprint))!.id).toBe(a.id);
      expect((await get(b.id)).mergedInto).toBe(a.id);
      expect((await list({ limit: 10 })).items.map((s) => s.id)).toEqual([a.id]);
      await writer.commit([event('K1', T0 + 5000)], T0 + 5000);
      const merged = (await get(a.id));
      expect(merged.count).toBe(a.count + b.count + 1);
      expect(merged.history.at(-1)).toMatchObject({ action: `merged ${b.id} in`, reason: 'same root cause' });

      await actions.split(a.id, b.id, by);
      expect((await store.findByFingerprint(b.fingerprint))!.id).toBe(b.id);
      expect((await get(a.id)).count).toBe(a.count + 1);
      expect((await list({ limit: 10, sort: 'first', ascending: true })).items.map((s) => s.id)).toEqual([a.id, b.id]);
      await writer.commit([event('K1', T0 + 6000)], T0 + 6000);
      expect((await get(b.id)).count).toBe(b.count + 1);
    });

    it('diagnose puts a manual entry at the head of the queue and records who asked', async () => {
      const [sig] = await seed(1);
      now = T0 + 123;
      await actions.requestDiagnosis(sig.id, { actor: 'api' });
      expect(await store.getInvestigation(sig.id)).toEqual({ reason: 'manual', enqueuedMs: T0 + 123, attempts: 0, notBeforeMs: 0 });
      expect((await get(sig.id)).history.at(-1)).toMatchObject({ actor: 'api', action: 'diagnosis requested' });
    });

    it('invalid transitions leave the store unchanged', async () => {
      const [sig] = await seed(1);
      await expect(actions.unmute(sig.id, by)).rejects.toThrow('is not muted');
      expect(await store.getSignature(sig.id)).toEqual(sig);
    });
  });

  describe('retention, purge and stats', () => {
    it('prunes old samples, minute and hour counters, dedupe buckets and trace hours; keeps recent ones', async () => {
      const old = T0 - 20 * 86_400_000;
      // Two traced events and a log record without trace context (the LMDB store keeps a traced
      // event's key in its trace row, any other in the dedupe table).
      await writer.commit([event('Old', old + 1), event('Old', old + 2), event('Old', old + 3, { source: 'log', traceId: undefined, spanId: undefined })], old + 10);
      await writer.commit([event('New', T0 - 1000)], T0 - 1000);
      const retention = new Retention(store, { occurrencesMs: 14 * 86_400_000, minuteCountersMs: 2 * 86_400_000, hourlyCountersMs: 90 * 86_400_000 }, clock);
      now = T0;
      const result = await retention.pruneOnce();
      expect(result).toMatchObject({ occurrences: 3, minuteCounters: 1, hourlyCounters: 0, traceIndex: 2 });
      expect(result.dedupe).toBeGreaterThanOrEqual(1);
      const [oldSig] = (await list({ limit: 1, sort: 'first', ascending: true })).items;
      expect(await store.listOccurrences(oldSig.id, 10)).toEqual([]);
      expect(await store.counts(oldSig.id, 'hour', old, old)).toEqual([3]);
      expect(await store.counts(oldSig.id, 'minute', old, old)).toEqual([0]);
      const [newSig] = (await list({ limit: 1 })).items;
      expect(await store.listOccurrences(newSig.id, 10)).toHaveLength(1);
      expect(await store.counts(newSig.id, 'minute', T0 - 1000, T0 - 1000)).toEqual([1]);
      expect(await store.signaturesInTrace((await store.listOccurrences(newSig.id, 1))[0].traceId!, T0)).toEqual([newSig.id]);
      // A later sweep well past the hourly retention drops the hour counter too.
      now = old + 91 * 86_400_000;
      expect((await retention.pruneOnce()).hourlyCounters).toBeGreaterThanOrEqual(1);
    });

    it('purge deletes signatures last seen before the cutoff with all their rows, reporting progress', async () => {
      const sigs = await seed(5);
      const [a, b] = [sigs[0], sigs[1]];
      await actions.merge(sigs[4].id, sigs[2].id, by); // tombstone of a recent target stays
      const progress: number[] = [];
      expect(await store.countPurgeable(T0 + 2 * 60_000 - 1)).toBe(2);
      const result = await store.purgeOlderThan(T0 + 2 * 60_000 - 1, (p) => progress.push(p.done));
      expect(result.purged).toBe(2);
      expect(progress.at(-1)).toBe(2);
      for (const gone of [a, b]) {
        expect(await store.getSignature(gone.id)).toBeUndefined();
        expect(await store.findByFingerprint(gone.fingerprint)).toBeUndefined();
        expect(await store.listOccurrences(gone.id, 10)).toEqual([]);
        expect(await store.counts(gone.id, 'hour', T0 - 86_400_000, T0 + 86_400_000)).toEqual(new Array(49).fill(0));
        expect(await store.getInvestigation(gone.id)).toBeUndefined();
      }
      expect((await list({ limit: 10 })).items.map((s) => s.id)).toEqual([sigs[4].id, sigs[3].id]);
      expect((await store.getSignature(sigs[2].id))?.mergedInto).toBe(sigs[4].id);
      // Purging everything also removes the tombstone.
      expect(await store.purgeOlderThan(T0 + 86_400_000)).toEqual({ purged: 2, tombstones: 1 });
      const left: Signature[] = [];
      for await (const sig of store.exportSignatures()) left.push(sig);
      expect(left).toEqual([]);
      expect((await list({ limit: 10 })).items).toEqual([]);
    });

    it('stats count signatures by status, events and the data dir', async () => {
      const sigs = await seed(4);
      await actions.resolve(sigs[0].id, by);
      await actions.mute(sigs[1].id, by);
      now = T0 + 4 * 60_000;
      const stats = await store.storeStats(now);
      expect(stats.signatures).toEqual({ total: 4, byStatus: { new: 2, investigating: 0, diagnosed: 0, resolved: 1, muted: 1 }, regressed: 0, merged: 0 });
      expect(stats.events).toEqual({ total: 10, lastHour: 10, lastDay: 10 });
      expect(stats.investigationsQueued).toBe(4);
      expect(stats.dataDir.bytesOnDisk).toBeGreaterThan(0);
      expect(stats.dataDir.bytesUsed).toBeGreaterThan(0);
      now = T0 + 3 * 3_600_000;
      expect((await store.storeStats(now)).events).toMatchObject({ lastHour: 0, lastDay: 10 });
    });
  });
});
