// A batch commits whole or not at all. The writer's apply runs inside lmdb-js's `transaction()`,
// whose callback throwing does not undo the writes it already made: they would commit with the
// next batch, while the exports were refused as retryable. A signature could then be stored
// without its sort-index row, or counted without its samples. Here one table's write fails part
// way through a batch; nothing of the batch may be stored, and the retry stores it exactly once.
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { PreparedEvent } from '../../../src/core/ports.js';
import type { Tables } from '../../../src/store/lmdb/environment.js';
import { LmdbStore, lmdbTables } from '../../../src/store/lmdb/lmdb-store.js';
import { tempDataDir } from '../../helpers/temp-dir.js';
import { errorEvent, T0 } from '../contract/events.js';

let dir: string;
let store: LmdbStore;
/** Fail the next write to the samples table once this many more have gone through (-1: never). */
let failAfter = -1;

beforeEach(async () => {
  dir = tempDataDir();
  store = await LmdbStore.open(dir, { samples: { first: 5, recent: 20 } });
  const occurrences = (lmdbTables(store) as Tables).occurrences;
  const putSync = occurrences.putSync.bind(occurrences) as (...args: unknown[]) => boolean;
  (occurrences as unknown as { putSync: (...args: unknown[]) => boolean }).putSync = (...args) => {
    if (failAfter === 0) {
      failAfter = -1;
      throw new Error('simulated write failure');
    }
    if (failAfter > 0) failAfter--;
    return putSync(...args);
  };
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const batch = (): PreparedEvent[] => [
  ...Array.from({ length: 5 }, (_, i) => errorEvent('AtomicFirstError', { timeMs: T0 + i })),
  ...Array.from({ length: 5 }, (_, i) => errorEvent('AtomicSecondError', { timeMs: T0 + i })),
];

const stored = async () => (await store.listSignatures({ sort: 'count', limit: 100 })).items.map((s) => `${s.type} ${s.count}`).sort();

it('a batch whose apply fails part way stores nothing, and its retry stores it once', async () => {
  const events = batch();
  failAfter = 6; // past the first signature's samples, inside the second's
  await expect(store.ingest!.commit(events, T0 + 1000)).rejects.toThrow();
  // A later, unrelated commit must not carry the failed batch's writes with it.
  await store.ingest!.commit([errorEvent('AtomicUnrelatedError', { timeMs: T0 })], T0 + 1000);
  expect(await stored()).toEqual(['AtomicUnrelatedError 1']);

  const retry = await store.ingest!.commit(events, T0 + 2000);
  expect(retry).toMatchObject({ stored: 10, duplicates: 0 });
  expect(await stored()).toEqual(['AtomicFirstError 5', 'AtomicSecondError 5', 'AtomicUnrelatedError 1']);
});

it('a batch that fails after counting attribute statistics leaves them as stored', async () => {
  const withRoute = (type: string) => errorEvent(type, { attributes: { 'http.route': '/pay/{id}' } });
  await store.ingest!.commit([withRoute('AtomicFirstError'), withRoute('AtomicSecondError')], T0 + 1000);
  // The writer keeps the rows it wrote between batches; this batch counts into the first
  // signature's row (after its three samples) and then fails inside the second signature's samples.
  failAfter = 3;
  await expect(store.ingest!.commit([...Array.from({ length: 3 }, () => withRoute('AtomicFirstError')), ...Array.from({ length: 3 }, () => withRoute('AtomicSecondError'))], T0 + 2000)).rejects.toThrow();
  await store.ingest!.commit([withRoute('AtomicFirstError')], T0 + 3000);
  const first = (await store.listSignatures({ sort: 'count', limit: 100 })).items.find((s) => s.type === 'AtomicFirstError')!;
  expect(first.count).toBe(2);
  const stats = await store.attributeStats(first);
  expect(stats?.signature.total).toBe(2);
  expect(stats?.signature.keys['http.route']?.values).toEqual({ '/pay/{id}': 2 });
});

it("a batch that fails after adding to its service's rows leaves them as stored", async () => {
  const withRoute = () => errorEvent('AtomicServiceError', { attributes: { 'http.route': '/pay/{id}' } });
  await store.ingest!.commit([withRoute()], T0 + 1000);
  // The miner's state is written after the service rows: failing it fails the batch once its
  // counts are in the (kept) service row.
  const meta = (lmdbTables(store) as Tables).meta;
  const putSync = meta.putSync.bind(meta) as (...args: unknown[]) => boolean;
  let failMinerState = true;
  (meta as unknown as { putSync: (...args: unknown[]) => boolean }).putSync = (...args) => {
    if (args[0] === 'minerState' && failMinerState) {
      failMinerState = false;
      throw new Error('simulated write failure');
    }
    return putSync(...args);
  };
  await expect(store.ingest!.commit([withRoute(), withRoute()], T0 + 2000, { templates: [] })).rejects.toThrow();
  await store.ingest!.commit([withRoute()], T0 + 3000);
  const sig = (await store.listSignatures({ sort: 'count', limit: 100 })).items.find((s) => s.type === 'AtomicServiceError')!;
  expect(sig.count).toBe(2);
  const stats = await store.attributeStats(sig);
  expect(stats?.serviceErrors.total).toBe(2);
  expect(stats?.serviceErrors.keys['http.route']?.values).toEqual({ '/pay/{id}': 2 });
});
