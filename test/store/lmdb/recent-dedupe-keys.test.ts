// The LMDB writer reads where an event's key is stored (a traced event's trace row, any other
// event's dedupe row) only where the key may be (store/lmdb/recent-dedupe-keys.ts). Retried events
// must still be dropped in every case — in one batch, across batches, across buckets, across a
// restart, when the buckets hold keys the new writer never saw, and across the upgrade from
// stores that kept a dedupe row for traced events too — and for new events in buckets it has seen
// from their start, the reads must really be gone.
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

/** Counts the writer's reads of the dedupe table and the trace index (it reads them through these objects). */
function countDedupeReads(s: LmdbStore): { reads: number } {
  const counter = { reads: 0 };
  const tables = lmdbTables(s);
  for (const table of [tables.dedupe, tables.traceIndex] as { get: (...args: unknown[]) => unknown }[]) {
    const get = table.get.bind(table);
    table.get = (...args: unknown[]) => {
      counter.reads++;
      return get(...args);
    };
  }
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

it('keeps one row per event: a traced event in its trace row, any other in the dedupe table', async () => {
  const traced = events(3);
  const untraced = [errorEvent('TimeoutError', { traceId: undefined, spanId: undefined, source: 'log' })];
  await store.ingest!.commit([...traced, ...untraced], BUCKET_START + 1000);
  const { dedupe, traceIndex } = lmdbTables(store);
  expect([...dedupe.getKeys({})].map((k) => (k as [number, string])[1])).toEqual([untraced[0].event.dedupeKey]);
  expect([...traceIndex.getKeys({})].map((k) => (k as [number, string, string])[2]).sort()).toEqual(traced.map((p) => p.event.dedupeKey).sort());
  // Each traced event's row names its signature.
  const id = (await store.findByFingerprint(traced[0].fp.fingerprint))!.id;
  expect(await store.signaturesInTrace(traced[1].event.traceId!, BUCKET_START + 2000)).toEqual([id]);
  // Retries of both kinds, after a restart too.
  expect(await store.ingest!.commit([traced[0], untraced[0]], BUCKET_START + 2000)).toMatchObject({ stored: 0, duplicates: 2 });
  await store.close();
  store = await LmdbStore.open(dir);
  expect(await store.ingest!.commit([traced[1], untraced[0], ...events(1)], BUCKET_START + DEDUPE_BUCKET_MS + 1000)).toMatchObject({ stored: 1, duplicates: 2 });
});

it('after the upgrade, drops retries of traced events that the store before it kept only as dedupe rows, and still finds their traces', async () => {
  // What a writer before the trace rows kept for a traced event: a dedupe row, and a trace row
  // per trace and signature, keyed by the signature (valued 1).
  const before = events(2);
  await store.ingest!.commit(before, BUCKET_START + 1000);
  const id = (await store.findByFingerprint(before[0].fp.fingerprint))!.id;
  const { root, dedupe, traceIndex } = lmdbTables(store);
  const hour = Math.floor((BUCKET_START + 1000) / 3_600_000);
  await root.transaction(() => {
    for (const { event } of before) {
      traceIndex.removeSync([hour, event.traceId!, event.dedupeKey]);
      traceIndex.putSync([hour, event.traceId!, id], 1);
      dedupe.putSync([Math.floor((BUCKET_START + 1000) / DEDUPE_BUCKET_MS), event.dedupeKey], 1);
    }
  });
  await store.close();
  store = await LmdbStore.open(dir);
  expect(await store.signaturesInTrace(before[0].event.traceId!, BUCKET_START + 2000)).toEqual([id]);
  expect(await store.ingest!.commit([before[0], ...events(2)], BUCKET_START + 2000)).toMatchObject({ stored: 2, duplicates: 1 });
  expect(await store.ingest!.commit([before[1]], BUCKET_START + DEDUPE_BUCKET_MS + 1000)).toMatchObject({ stored: 0, duplicates: 1 });
});
