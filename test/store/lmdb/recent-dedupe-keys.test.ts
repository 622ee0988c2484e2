// The LMDB writer reads the dedupe table only where a key may be (store/lmdb/recent-dedupe-keys.ts).
// Retried events must still be dropped in every case — in one batch, across batches, across
// buckets, and across a restart, when the buckets hold keys the new writer never saw — and for
// new events in buckets it has seen from their start, the reads must really be gone.
import { rmSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { LmdbStore, lmdbTables } from '../../../src/store/lmdb/lmdb-store.js';
import { DEDUPE_BUCKET_MS } from '../../../src/store/lmdb/keys.js';
import type { PreparedEvent } from '../../../src/core/ports.js';
import { tempDataDir } from '../../helpers/temp-dir.js';
import { errorEvent, T0 } from '../contract/events.js';

let dir: string;
let store: LmdbStore;

beforeEach(async () => {
  dir = tempDataDir();
  store = await LmdbStore.open(dir);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Counts the writer's reads of the dedupe table (the writer reads it through the same object). */
function countDedupeReads(s: LmdbStore): { reads: number } {
  const counter = { reads: 0 };
  const { dedupe } = lmdbTables(s);
  const get = dedupe.get.bind(dedupe);
  dedupe.get = ((...args: Parameters<typeof get>) => {
    counter.reads++;
    return get(...args);
  }) as typeof dedupe.get;
  return counter;
}

const events = (n: number): PreparedEvent[] => Array.from({ length: n }, () => errorEvent('TimeoutError'));
// The start of a bucket, so that T plus a few minutes stays in it.
const BUCKET_START = Math.ceil(T0 / DEDUPE_BUCKET_MS) * DEDUPE_BUCKET_MS;

it('reads nothing for new events in buckets it has seen from their start, and still drops retries', async () => {
  const counter = countDedupeReads(store);
  const first = events(50);
  expect(await store.ingest!.commit(first, BUCKET_START + 1000)).toMatchObject({ stored: 50, duplicates: 0 });
  expect(await store.ingest!.commit(events(50), BUCKET_START + 2000)).toMatchObject({ stored: 50, duplicates: 0 });
  expect(counter.reads).toBe(0);
  // Retries: in the same bucket, and from the next one (the bucket before is checked too).
  const retried = [first[0], first[1], ...events(3)];
  expect(await store.ingest!.commit(retried, BUCKET_START + 3000)).toMatchObject({ stored: 3, duplicates: 2 });
  expect(await store.ingest!.commit([first[2], first[0]], BUCKET_START + DEDUPE_BUCKET_MS + 1000)).toMatchObject({ stored: 0, duplicates: 2 });
  // One batch holding the same event twice.
  const twice = events(1);
  expect(await store.ingest!.commit([twice[0], twice[0]], BUCKET_START + DEDUPE_BUCKET_MS + 2000)).toMatchObject({ stored: 1, duplicates: 1 });
  // Only the "maybe"s were read: far fewer reads than two per event.
  expect(counter.reads).toBeLessThan(20);
});

it('drops retries of events stored before a restart, reading the buckets it did not see begin', async () => {
  const before = events(20);
  await store.ingest!.commit(before, BUCKET_START + 1000);
  await store.close();
  store = await LmdbStore.open(dir);
  const counter = countDedupeReads(store);
  // Same bucket as before the restart, then the next one (where the old bucket is the one before).
  expect(await store.ingest!.commit([before[0], ...events(5)], BUCKET_START + 2000)).toMatchObject({ stored: 5, duplicates: 1 });
  expect(counter.reads).toBeGreaterThanOrEqual(6);
  expect(await store.ingest!.commit([before[1], before[2], ...events(5)], BUCKET_START + DEDUPE_BUCKET_MS + 1000)).toMatchObject({ stored: 5, duplicates: 2 });
});
