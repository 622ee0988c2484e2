// What only LMDB's own rows show (the contract suite speaks the port): stale sort-index rows
// never list a signature twice, retention removes dead dedupe buckets, and the pages it frees
// are reused before the file grows.
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { SignatureActions } from '../../../src/core/signature-actions.js';
import type { Tables } from '../../../src/store/lmdb/environment.js';
import { dedupeBucket } from '../../../src/store/lmdb/keys.js';
import { LmdbStore, lmdbTables } from '../../../src/store/lmdb/lmdb-store.js';
import { Retention } from '../../../src/store/retention.js';
import { tempDataDir } from '../../helpers/temp-dir.js';
import { errorEvent, T0 } from '../contract/events.js';

const DAY = 86_400_000;
let dir: string;
let store: LmdbStore;
let tables: Tables;
let now = T0;
const clock = { now: () => now };

beforeEach(async () => {
  dir = tempDataDir();
  store = await LmdbStore.open(dir, { samples: { first: 2, recent: 3 } });
  tables = lmdbTables(store);
  now = T0;
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

it('skips stale index rows, so a signature is never listed twice', async () => {
  for (let i = 0; i < 3; i++) await store.ingest!.commit([errorEvent(`Stale${i}Error`, { timeMs: T0 + i * 60_000 })], T0 + i * 60_000);
  const [a] = (await store.listSignatures({ sort: 'first', ascending: true, limit: 10 })).items;
  // A late event lowers firstSeenMs; a stale ['f', old, id] row must not list it again.
  await store.ingest!.commit([errorEvent(a.type, { timeMs: a.firstSeenMs - 3_600_000 })], T0 + 10 * 60_000);
  // Leave a stale row behind on purpose, as an older writer could have.
  await tables.root.transaction(() => tables.sigIndex.putSync(['f', a.firstSeenMs, a.id], null));
  const once = async () => {
    const ids = (await store.listSignatures({ sort: 'first', limit: 10 })).items.map((s) => s.id);
    expect(ids.filter((id) => id === a.id)).toHaveLength(1);
    expect(ids).toHaveLength(3);
  };
  await once();
  // A management write adds the current row; the stale one must not list it a second time.
  await new SignatureActions(store, clock).tag(a.id, { actor: 'cli:test' }, ['x']);
  expect(tables.sigIndex.doesExist(['f', (await store.getSignature(a.id))!.firstSeenMs, a.id])).toBe(true);
  await once();
});

it('retention removes the dedupe buckets no retry can reach and the trace hours past the minute retention', async () => {
  const old = T0 - 20 * DAY;
  await store.ingest!.commit([errorEvent('OldError', { timeMs: old + 1 }), errorEvent('OldError', { timeMs: old + 2 })], old + 10);
  await store.ingest!.commit([errorEvent('NewError', { timeMs: T0 - 1000 })], T0 - 1000);
  await new Retention(store, { occurrencesMs: 14 * DAY, minuteCountersMs: 2 * DAY, hourlyCountersMs: 90 * DAY }, clock).pruneOnce();
  expect([...tables.dedupe.getKeys({})].every((k) => (k as [number])[0] >= dedupeBucket(T0) - 1)).toBe(true);
  expect(tables.traceIndex.getKeysCount({})).toBe(1);
});

it('reuses the pages retention frees: fill-and-prune cycles do not grow the file', async () => {
  const retention = new Retention(store, { occurrencesMs: DAY, minuteCountersMs: DAY, hourlyCountersMs: DAY }, clock);
  const stack = 'Error: boom\n' + Array.from({ length: 60 }, (_, i) => `    at frame${i} (src/module${i}.ts:${i}:1)`).join('\n');
  const used: number[] = [];
  for (let cycle = 0; cycle < 4; cycle++) {
    const base = T0 + cycle * 10 * DAY;
    for (let k = 0; k < 30; k++) {
      const events = Array.from({ length: 40 }, (_, j) => errorEvent(`Cycle${k}Error`, { timeMs: base + j * 60_000, exception: { type: `Cycle${k}Error`, message: 'cycle', stacktrace: stack } }));
      await store.ingest!.commit(events, base + 40 * 60_000);
    }
    now = base + 3 * DAY;
    const pruned = await retention.pruneOnce();
    expect(pruned.occurrences).toBeGreaterThan(0);
    used.push((await store.storeStats(now)).dataDir.bytesUsed);
  }
  // The first cycle sets the high-water mark; later ones fit in the pages it freed.
  expect(used[3]).toBeLessThanOrEqual(used[1] * 1.1);
  expect(tables.occurrences.getKeysCount({})).toBe(0);
});
