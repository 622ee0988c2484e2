import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../src/core/fingerprint/index.js';
import type { ErrorEvent, Signature } from '../../src/core/model.js';
import { closeTables, openTables, type Tables } from '../../src/store/environment.js';
import { IngestWriter, type PreparedEvent } from '../../src/store/ingest-writer.js';
import { dedupeBucket, hourBucket, minuteBucket } from '../../src/store/keys.js';
import { purgeOlderThan } from '../../src/store/purge.js';
import { decodeCursor, InvalidCursorError, listSignatures } from '../../src/store/queries.js';
import { Retention } from '../../src/store/retention.js';
import { LmdbPruner } from '../../src/store/lmdb/prune.js';
import { SignatureActions } from '../../src/store/signature-actions.js';
import { AmbiguousIdError, LmdbSignatureStore, SignatureNotFoundError } from '../../src/store/signature-store.js';
import { collectStats } from '../../src/store/stats.js';
import { tempDataDir } from '../helpers/temp-dir.js';

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

describe('store management', () => {
  let dir: string;
  let tables: Tables;
  let store: LmdbSignatureStore;
  let writer: IngestWriter;
  let now: number;
  let actions: SignatureActions;
  const clock = { now: () => now };
  const by = { actor: 'cli:test' };

  beforeEach(() => {
    dir = tempDataDir();
    tables = openTables(dir);
    store = new LmdbSignatureStore(tables);
    writer = new IngestWriter(tables, { first: 2, recent: 3 });
    now = T0;
    actions = new SignatureActions(store, clock);
  });
  afterEach(async () => {
    await closeTables(tables);
    rmSync(dir, { recursive: true, force: true });
  });

  /** n signatures `K0…K(n-1)`, signature i with i+1 events, the i-th last seen at T0 + i min. */
  async function seed(n: number, overrides: (i: number) => Partial<ErrorEvent> = () => ({})): Promise<Signature[]> {
    for (let i = 0; i < n; i++) {
      const events = Array.from({ length: i + 1 }, (_, j) => event(`K${i}`, T0 + i * 60_000 - j * 1000, overrides(i)));
      await writer.commit(events, T0 + i * 60_000);
    }
    return [...store.iterate('first', { ascending: true })];
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
            const page = listSignatures(store, { sort, ascending, limit: 5, cursor });
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
      expect(listSignatures(store, { limit: 50, status: ['resolved'] }).items.map((s) => s.id)).toEqual([sigs[3].id]);
      expect(listSignatures(store, { limit: 50, service: 'cart' }).items).toHaveLength(5);
      expect(listSignatures(store, { limit: 50, release: '2.0.0', service: 'cart' }).items.map((s) => s.id)).toEqual([sigs[9].id, sigs[7].id, sigs[5].id]);
      expect(listSignatures(store, { limit: 50, tag: 'db' }).items.map((s) => s.id)).toEqual([sigs[4].id]);
      const recent = listSignatures(store, { limit: 50, sinceMs: T0 + 7 * 60_000 });
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
        const page = listSignatures(store, { sort: 'count', limit: 4, sinceMs, cursor });
        expect(page.scanned).toBeLessThanOrEqual(10);
        seen.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.map((s) => s.count)).toEqual([30, 29, 28, 27, 26, 25, 24, 23, 22, 21]);
      const asc = listSignatures(store, { sort: 'first', ascending: true, limit: 3, sinceMs });
      expect(asc.items.map((s) => s.count)).toEqual([21, 22, 23]);
    });

    it('skips stale index rows, so a signature is never listed twice', async () => {
      const [a] = await seed(3);
      // A late event lowers firstSeenMs; a stale ['f', old, id] row must not list it again.
      await writer.commit([event('K0', a.firstSeenMs - 3_600_000)], T0 + 10 * 60_000);
      const once = () => {
        const ids = listSignatures(store, { sort: 'first', limit: 10 }).items.map((s) => s.id);
        expect(ids.filter((id) => id === a.id)).toHaveLength(1);
        expect(ids).toHaveLength(3);
      };
      once();
      // A management write adds the current row; the stale one must not list it a second time.
      await actions.tag(a.id, by, ['x']);
      expect(tables.sigIndex.doesExist(['f', store.getSignature(a.id)!.firstSeenMs, a.id])).toBe(true);
      once();
    });

    it('bounds the rows a selective filter may read and hands back a cursor to continue', async () => {
      await seed(12, (i) => ({ service: i === 0 ? 'rare' : 'common' }));
      const first = listSignatures(store, { limit: 5, service: 'rare', maxScan: 4 });
      expect(first).toMatchObject({ items: [], scanned: 4 });
      let page = first;
      const found: Signature[] = [];
      while (page.nextCursor) {
        page = listSignatures(store, { limit: 5, service: 'rare', maxScan: 4, cursor: page.nextCursor });
        found.push(...page.items);
      }
      expect(found.map((s) => s.service)).toEqual(['rare']);
    });

    it('rejects cursors it did not issue or from another sort', async () => {
      await seed(3);
      const { nextCursor } = listSignatures(store, { limit: 1 });
      expect(() => listSignatures(store, { limit: 1, sort: 'count', cursor: nextCursor })).toThrow(InvalidCursorError);
      expect(() => decodeCursor('not-a-cursor', 'last', false)).toThrow('cursor is not one this server issued');
      expect(() => decodeCursor(Buffer.from('{"v":"x"}').toString('base64url'), 'last', false)).toThrow(InvalidCursorError);
    });

    it('finds unique prefixes and refuses ambiguous ones', async () => {
      const [a] = await seed(1);
      expect(store.requireSignature(a.id.slice(0, 4)).id).toBe(a.id);
      expect(() => store.requireSignature('ffffffffffffffff')).toThrow(SignatureNotFoundError);
      expect(() => store.requireSignature('not hex')).toThrow('no signature not hex');
      // Two ids sharing a prefix.
      await tables.root.transaction(() => {
        store.putInTxn(undefined, { ...a, id: 'abc000000001', fingerprint: 'x1', aliases: [] });
        store.putInTxn(undefined, { ...a, id: 'abc000000002', fingerprint: 'x2', aliases: [] });
      });
      expect(() => store.requireSignature('abc')).toThrow(AmbiguousIdError);
      expect(store.requireSignature('abc000000002').fingerprint).toBe('x2');
    });
  });

  describe('actions', () => {
    it('a count-based mute counts relative to the count at commit time; the writer ends it', async () => {
      const [sig] = await seed(1);
      const muted = await actions.mute(sig.id, by, { countGrowth: 3 });
      expect(muted.mute).toEqual({ untilCount: sig.count + 3 });
      await writer.commit([event('K0', T0 + 1000), event('K0', T0 + 1001)], T0 + 2000);
      expect(store.getSignature(sig.id)!.status).toBe('muted');
      await writer.commit([event('K0', T0 + 1002)], T0 + 3000);
      expect(store.getSignature(sig.id)).toMatchObject({ status: 'new', count: sig.count + 3 });
      // A muted signature is not queued again; no new investigation entry appeared for it.
      expect(store.getSignature(sig.id)!.history.map((h) => h.action)).toContain('mute expired');
    });

    it('time-based mutes are ended by the periodic expiry, visiting only time-muted signatures', async () => {
      const [a, b] = await seed(2);
      await actions.mute(a.id, by, { forMs: 3_600_000 });
      await actions.mute(b.id, by); // for good
      now = T0 + 3_599_999;
      expect(await actions.expireMutes()).toEqual([]);
      now = T0 + 3_600_000;
      expect(await actions.expireMutes()).toEqual([a.id]);
      expect(store.getSignature(a.id)).toMatchObject({ status: 'new', mute: undefined });
      expect(store.getSignature(b.id)!.status).toBe('muted');
      expect([...tables.meta.getKeys({ start: 'muteDeadline:', end: 'muteDeadline:\uffff' })]).toEqual([]);
    });

    it('a signature muted before any diagnosis goes back in the queue when the mute ends', async () => {
      const [a, b] = await seed(2);
      // The investigator's triage dropped their entries while they were muted.
      await store.putInvestigation(a.id, undefined);
      await store.putInvestigation(b.id, undefined);
      await actions.mute(a.id, by, { forMs: 1000 });
      await actions.mute(b.id, by);
      now = T0 + 1000;
      await actions.expireMutes();
      expect(store.getInvestigation(a.id)).toEqual({ reason: 'new', enqueuedMs: T0 + 1000, attempts: 0, notBeforeMs: T0 + 1000 });
      expect(store.getInvestigation(b.id)).toBeUndefined();
      await actions.unmute(b.id, by);
      expect(store.getInvestigation(b.id)?.reason).toBe('new');
    });

    it('the background loop ends due mutes on its own and stops cleanly', async () => {
      const [a] = await seed(1);
      await actions.mute(a.id, by, { forMs: 60_000 });
      const retention = new Retention(new LmdbPruner(tables), { occurrencesMs: 1e12, minuteCountersMs: 1e12, hourlyCountersMs: 1e12, sweepIntervalMs: 60_000, muteCheckIntervalMs: 20 }, clock, actions);
      retention.start();
      try {
        now = T0 + 60_000;
        for (let i = 0; i < 100 && store.getSignature(a.id)!.status === 'muted'; i++) await new Promise((r) => setTimeout(r, 20));
        expect(store.getSignature(a.id)!.history.at(-1)).toMatchObject({ actor: 'scheduler', action: 'mute expired' });
      } finally {
        await retention.stop();
      }
    });

    it('merge points the source fingerprint at the target; new events count there; split undoes it', async () => {
      const [a, b] = await seed(2);
      await actions.merge(a.id.slice(0, 6), b.id.slice(0, 6), { actor: 'cli:test', reason: 'same root cause' });
      expect(store.findByFingerprint(b.fingerprint)!.id).toBe(a.id);
      expect(store.getSignature(b.id)!.mergedInto).toBe(a.id);
      expect(listSignatures(store, { limit: 10 }).items.map((s) => s.id)).toEqual([a.id]);
      await writer.commit([event('K1', T0 + 5000)], T0 + 5000);
      const merged = store.getSignature(a.id)!;
      expect(merged.count).toBe(a.count + b.count + 1);
      expect(merged.history.at(-1)).toMatchObject({ action: `merged ${b.id} in`, reason: 'same root cause' });

      await actions.split(a.id, b.id, by);
      expect(store.findByFingerprint(b.fingerprint)!.id).toBe(b.id);
      expect(store.getSignature(a.id)!.count).toBe(a.count + 1);
      expect(listSignatures(store, { limit: 10, sort: 'first', ascending: true }).items.map((s) => s.id)).toEqual([a.id, b.id]);
      await writer.commit([event('K1', T0 + 6000)], T0 + 6000);
      expect(store.getSignature(b.id)!.count).toBe(b.count + 1);
    });

    it('diagnose puts a manual entry at the head of the queue and records who asked', async () => {
      const [sig] = await seed(1);
      now = T0 + 123;
      await actions.requestDiagnosis(sig.id, { actor: 'api' });
      expect(store.getInvestigation(sig.id)).toEqual({ reason: 'manual', enqueuedMs: T0 + 123, attempts: 0, notBeforeMs: 0 });
      expect(store.getSignature(sig.id)!.history.at(-1)).toMatchObject({ actor: 'api', action: 'diagnosis requested' });
    });

    it('invalid transitions leave the store unchanged', async () => {
      const [sig] = await seed(1);
      await expect(actions.unmute(sig.id, by)).rejects.toThrow('is not muted');
      expect(store.getSignature(sig.id)).toEqual(sig);
    });
  });

  describe('retention, purge and stats', () => {
    it('prunes old samples, minute and hour counters, dedupe buckets and trace hours; keeps recent ones', async () => {
      const old = T0 - 20 * 86_400_000;
      await writer.commit([event('Old', old + 1), event('Old', old + 2)], old + 10);
      await writer.commit([event('New', T0 - 1000)], T0 - 1000);
      const retention = new Retention(new LmdbPruner(tables), { occurrencesMs: 14 * 86_400_000, minuteCountersMs: 2 * 86_400_000, hourlyCountersMs: 90 * 86_400_000 }, clock);
      now = T0;
      const result = await retention.pruneOnce();
      expect(result).toMatchObject({ occurrences: 2, minuteCounters: 1, hourlyCounters: 0, traceIndex: 2 });
      expect(result.dedupe).toBeGreaterThanOrEqual(2);
      const [oldSig] = listSignatures(store, { limit: 1, sort: 'first', ascending: true }).items;
      expect(store.listOccurrences(oldSig.id, 10)).toEqual([]);
      expect(store.counts(oldSig.id, 'hour', old, old)).toEqual([2]);
      expect(store.counts(oldSig.id, 'minute', old, old)).toEqual([0]);
      expect([...tables.dedupe.getKeys({})].every((k) => (k as [number])[0] >= dedupeBucket(T0) - 1)).toBe(true);
      const [newSig] = listSignatures(store, { limit: 1 }).items;
      expect(store.listOccurrences(newSig.id, 10)).toHaveLength(1);
      expect(tables.counters.get([newSig.id, 'm', minuteBucket(T0 - 1000)])).toBe(1);
      expect(tables.traceIndex.getKeysCount({ start: [hourBucket(T0 - 1000)] })).toBe(1);
      // A later sweep well past the hourly retention drops the hour counter too.
      now = old + 91 * 86_400_000;
      expect((await retention.pruneOnce()).hourlyCounters).toBeGreaterThanOrEqual(1);
    });

    it('LMDB reuses the pages retention frees: fill-and-prune cycles do not grow the file', async () => {
      const DAY = 86_400_000;
      const retention = new Retention(new LmdbPruner(tables), { occurrencesMs: DAY, minuteCountersMs: DAY, hourlyCountersMs: DAY }, clock);
      const stack = 'Error: boom\n' + Array.from({ length: 60 }, (_, i) => `    at frame${i} (src/module${i}.ts:${i}:1)`).join('\n');
      const used: number[] = [];
      for (let cycle = 0; cycle < 4; cycle++) {
        const base = T0 + cycle * 10 * DAY;
        for (let k = 0; k < 30; k++) {
          const events = Array.from({ length: 40 }, (_, j) => event(`Cycle${k}`, base + j * 60_000, { exception: { type: `Cycle${k}Error`, message: 'cycle', stacktrace: stack } }));
          await writer.commit(events, base + 40 * 60_000);
        }
        now = base + 3 * DAY;
        const pruned = await retention.pruneOnce();
        expect(pruned.occurrences).toBeGreaterThan(0);
        used.push(collectStats(store, dir, now).dataDir.bytesUsed);
      }
      // The first cycle sets the high-water mark; later ones fit in the pages it freed.
      expect(used[3]).toBeLessThanOrEqual(used[1] * 1.1);
      expect(tables.occurrences.getKeysCount({})).toBe(0);
    });

    it('purge deletes signatures last seen before the cutoff with all their rows, reporting progress', async () => {
      const sigs = await seed(5);
      const [a, b] = [sigs[0], sigs[1]];
      await actions.merge(sigs[4].id, sigs[2].id, by); // tombstone of a recent target stays
      const progress: number[] = [];
      const result = await purgeOlderThan(tables, T0 + 2 * 60_000 - 1, (p) => progress.push(p.done));
      expect(result.purged).toBe(2);
      expect(progress.at(-1)).toBe(2);
      for (const gone of [a, b]) {
        expect(store.getSignature(gone.id)).toBeUndefined();
        expect(store.findByFingerprint(gone.fingerprint)).toBeUndefined();
        expect(store.listOccurrences(gone.id, 10)).toEqual([]);
        expect(tables.counters.getKeysCount({ start: [gone.id], end: [gone.id, '\uffff'] })).toBe(0);
        expect(store.getInvestigation(gone.id)).toBeUndefined();
      }
      expect(listSignatures(store, { limit: 10 }).items.map((s) => s.id)).toEqual([sigs[4].id, sigs[3].id]);
      expect(store.getSignature(sigs[2].id)?.mergedInto).toBe(sigs[4].id);
      // Purging everything also removes the tombstone.
      expect(await purgeOlderThan(tables, T0 + 86_400_000)).toEqual({ purged: 2, tombstones: 1 });
      expect(tables.signatures.getKeysCount({})).toBe(0);
      expect(tables.sigIndex.getKeysCount({})).toBe(0);
    });

    it('stats count signatures by status, events and the data dir', async () => {
      const sigs = await seed(4);
      await actions.resolve(sigs[0].id, by);
      await actions.mute(sigs[1].id, by);
      now = T0 + 4 * 60_000;
      const stats = collectStats(store, dir, now);
      expect(stats.signatures).toEqual({ total: 4, byStatus: { new: 2, investigating: 0, diagnosed: 0, resolved: 1, muted: 1 }, regressed: 0, merged: 0 });
      expect(stats.events).toEqual({ total: 10, lastHour: 10, lastDay: 10 });
      expect(stats.investigationsQueued).toBe(4);
      expect(stats.dataDir.bytesOnDisk).toBeGreaterThan(0);
      expect(stats.dataDir.bytesUsed).toBeGreaterThan(0);
      now = T0 + 3 * 3_600_000;
      expect(collectStats(store, dir, now).events).toMatchObject({ lastHour: 0, lastDay: 10 });
    });
  });
});
