// LMDB's own schema migrations (store/lmdb/migrations.ts): what the contract suite cannot see,
// because it speaks only the port.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { StoreSchemaTooNewError, StoreSchemaTooOldError } from '../../../src/core/store-errors.js';
import { queueKey } from '../../../src/store/lmdb/investigation-queue.js';
import { LmdbStore, lmdbTables } from '../../../src/store/lmdb/lmdb-store.js';
import { SCHEMA_VERSION } from '../../../src/store/lmdb/migrations.js';
import { commitEvents, errorEvent, T0 } from '../contract/events.js';
import { tempDataDir } from '../../helpers/temp-dir.js';
import type { Tables } from '../../../src/store/lmdb/environment.js';
import { readRow, type SignatureRow } from '../../../src/store/lmdb/signature-rows.js';

/** Schema ≤ 5 kept queue entries in a table of their own, not in the signatures' rows. */
const legacyEntries = (tables: Tables) => tables.root.openDB({ name: 'investigations', useRecords: false } as { name: string });

/** Moves every queue entry out of its signature's row into the schema-5 entries table (in a write transaction). */
function entriesToLegacyTable(tables: Tables): void {
  const legacy = legacyEntries(tables);
  for (const { key, value } of tables.signatures.getRange({})) {
    const { queued, ...sig } = value as SignatureRow;
    if (queued === undefined) continue;
    legacy.putSync(key, queued);
    tables.signatures.putSync(key, sig);
  }
}

let dir: string;
beforeEach(() => {
  dir = tempDataDir();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('builds the queue index when a schema-1 data dir is opened', async () => {
  let store = await LmdbStore.open(dir);
  for (let i = 0; i < 50; i++) await commitEvents(store, [errorEvent(`Migrated${i}Error`)], T0 + i);
  const expected = (await store.queueHead(100)).map(([id]) => id);
  expect(expected).toHaveLength(50);
  // Make it the schema-1 layout: entries in their own table, without the index.
  const tables = lmdbTables(store);
  await tables.root.transaction(() => {
    rowsToIdKeys(tables); // schema ≤ 6 keeps rows by signature id
    entriesToLegacyTable(tables);
    for (const key of tables.queueIndex.getKeys({})) tables.queueIndex.removeSync(key);
    tables.meta.putSync('schemaVersion', 1);
  });
  await store.close();
  store = await LmdbStore.open(dir);
  try {
    expect(await store.getMeta('schemaVersion')).toBe(SCHEMA_VERSION);
    expect((await store.queueHead(100)).map(([id]) => id)).toEqual(expected);
    const reopened = lmdbTables(store);
    for (const [id, entry] of await store.queueHead(100)) expect(reopened.queueIndex.doesExist(queueKey(id, entry))).toBe(true);
  } finally {
    await store.close();
  }
});

it('migrates an older data dir for a writer, and refuses it to a reader, which cannot migrate it', async () => {
  let store = await LmdbStore.open(dir);
  await commitEvents(store, [errorEvent('OlderSchemaError')], T0);
  await lmdbTables(store).root.transaction(() => rowsToIdKeys(lmdbTables(store)));
  await store.close();
  const reading = LmdbStore.open(dir, { readOnly: true });
  await expect(reading).rejects.toBeInstanceOf(StoreSchemaTooOldError);
  await expect(reading).rejects.toMatchObject({ code: 'STORE_SCHEMA_TOO_OLD', message: expect.stringContaining(`the data dir is at schema 6, and this Rounds reads schema ${SCHEMA_VERSION}`) });
  store = await LmdbStore.open(dir);
  await store.close();
  store = await LmdbStore.open(dir, { readOnly: true });
  try {
    expect(await store.getMeta('schemaVersion')).toBe(SCHEMA_VERSION);
  } finally {
    await store.close();
  }
});

it('refuses a data dir written by a newer schema, with its code, for writers and readers', async () => {
  const store = await LmdbStore.open(dir);
  await store.putMeta('schemaVersion', SCHEMA_VERSION + 1);
  await store.close();
  for (const readOnly of [false, true]) {
    const opening = LmdbStore.open(dir, { readOnly });
    await expect(opening).rejects.toBeInstanceOf(StoreSchemaTooNewError);
    await expect(opening).rejects.toMatchObject({ code: 'STORE_SCHEMA_TOO_NEW', message: `the data dir was written by a newer Rounds (schema ${SCHEMA_VERSION + 1}, this one knows ${SCHEMA_VERSION})` });
  }
});

it('folds the minute and hour counter rows of a schema-3 data dir into hour rows', async () => {
  const minute = 60_000;
  const hour = 3_600_000;
  let store = await LmdbStore.open(dir);
  const [a, b] = await commitEvents(store, [errorEvent('FoldedAError'), errorEvent('FoldedBError')], T0);
  const tables = lmdbTables(store);
  // The schema-3 layout: [id, 'm' | 'h', bucket] → count in the `counters` table.
  const legacy = tables.root.openDB<number>({ name: 'counters' });
  const h0 = Math.floor(T0 / hour);
  const m0 = Math.floor(T0 / minute);
  await tables.root.transaction(() => {
    rowsToIdKeys(tables); // schema ≤ 6 keys rows by signature id
    for (const key of tables.counters.getKeys({})) tables.counters.removeSync(key);
    legacy.putSync([a, 'h', h0], 5);
    legacy.putSync([a, 'm', m0], 3);
    legacy.putSync([a, 'm', m0 + 2], 2);
    legacy.putSync([a, 'h', h0 - 48], 7); // its minutes were pruned already
    legacy.putSync([b, 'h', h0 + 1], 1);
    legacy.putSync([b, 'm', m0 + 60], 1);
    tables.meta.putSync('schemaVersion', 3);
  });
  await store.close();
  store = await LmdbStore.open(dir);
  try {
    expect(await store.getMeta('schemaVersion')).toBe(SCHEMA_VERSION);
    expect(await store.counts(a, 'hour', T0 - 48 * hour, T0)).toEqual([7, ...new Array(47).fill(0), 5]);
    expect(await store.counts(a, 'minute', T0, T0 + 3 * minute)).toEqual([3, 0, 2, 0]);
    expect(await store.counts(b, 'hour', T0, T0 + hour)).toEqual([0, 1]);
    expect(await store.counts(b, 'minute', T0 + 59 * minute, T0 + 60 * minute)).toEqual([0, 1]);
    expect(lmdbTables(store).root.openDB<number>({ name: 'counters' }).getKeysCount({})).toBe(0);
  } finally {
    await store.close();
  }
});

it('reads the record-encoded values of a schema-4 data dir after the move to plain maps', async () => {
  let store = await LmdbStore.open(dir);
  const [id] = await commitEvents(store, [errorEvent('RecordEncodedError', { release: '1.0.0' })], T0);
  const signature = await store.getSignature(id);
  const samples = await store.listOccurrences(id, 10);
  const queued = await store.queueHead(10);
  const tables = lmdbTables(store);
  // Schema ≤ 4 wrote lmdb-js's default encoding: msgpackr records, each defined inside its value.
  // (That encoding reads a plain map as a Map: rows are read through the store's own tables.)
  const asRecords = (name: string) => tables.root.openDB({ name });
  const rewritten = { signatures: tables.signatures, occurrences: tables.occurrences, investigations: legacyEntries(tables), 'attribute-stats': tables.attributeStats };
  await tables.root.transaction(() => {
    rowsToIdKeys(tables); // schema ≤ 6 keeps rows by signature id
    entriesToLegacyTable(tables);
    for (const [name, table] of Object.entries(rewritten)) {
      const db = asRecords(name);
      for (const { key, value } of table.getRange({})) db.putSync(key, value);
    }
    tables.meta.putSync('schemaVersion', 4);
  });
  // 0xd4 0x72: msgpackr's record definition (fixext 1, type 'r').
  expect(asRecords('signatures').getBinary(id)!.subarray(0, 2)).toEqual(Buffer.from([0xd4, 0x72]));
  await store.close();
  store = await LmdbStore.open(dir);
  try {
    expect(await store.getMeta('schemaVersion')).toBe(SCHEMA_VERSION);
    expect(await store.getSignature(id)).toEqual(signature);
    expect(await store.listOccurrences(id, 10)).toEqual(samples);
    expect(await store.queueHead(10)).toEqual(queued);
  } finally {
    await store.close();
  }
});

it('moves the queue entries of a schema-5 data dir into their signatures\' rows, in the same order', async () => {
  let store = await LmdbStore.open(dir);
  const ids = await commitEvents(store, [errorEvent('QueuedAError'), errorEvent('QueuedBError'), errorEvent('QueuedCError')], T0);
  await store.enqueueInvestigation(ids[2], { reason: 'manual', enqueuedMs: T0 + 5, attempts: 0, notBeforeMs: 0 });
  await store.dequeueInvestigation(ids[1]);
  const queued = await store.queueHead(10);
  expect(queued.map(([id]) => id)).toEqual([ids[2], ids[0]]);
  const signatures = await Promise.all(ids.map((id) => store.getSignature(id)));
  let tables = lmdbTables(store);
  await tables.root.transaction(() => {
    rowsToIdKeys(tables); // schema ≤ 6 keeps rows by signature id
    entriesToLegacyTable(tables);
    // An entry whose signature was purged without it: its index row goes too.
    legacyEntries(tables).putSync('0123456789ab', { reason: 'new', enqueuedMs: T0, attempts: 0, notBeforeMs: T0 });
    tables.queueIndex.putSync(queueKey('0123456789ab', { reason: 'new', enqueuedMs: T0, attempts: 0, notBeforeMs: T0 }), null);
    tables.meta.putSync('schemaVersion', 5);
  });
  expect(legacyEntries(tables).getKeysCount({})).toBe(3);
  expect((tables.signatures.get(ids[0]) as SignatureRow).queued).toBeUndefined();
  await store.close();
  store = await LmdbStore.open(dir);
  try {
    tables = lmdbTables(store);
    expect(await store.getMeta('schemaVersion')).toBe(SCHEMA_VERSION);
    expect(await store.queueHead(10)).toEqual(queued);
    expect(await store.queueSize()).toBe(2);
    expect(await store.getInvestigation(ids[0])).toEqual(queued[1][1]);
    expect(await store.getInvestigation(ids[1])).toBeUndefined();
    expect(await Promise.all(ids.map((id) => store.getSignature(id)))).toStrictEqual(signatures);
    expect(legacyEntries(tables).getKeysCount({})).toBe(0);
    expect(readRow(tables, ids[2])!.queued).toEqual(queued[0][1]);
  } finally {
    await store.close();
  }
});

/** Rewrites the store in the schema-6 layout: rows kept by signature id, no ordinals, no id index (in a write transaction). */
function rowsToIdKeys(tables: Tables): void {
  for (const { key: at, value } of [...tables.signatures.getRange({})]) {
    const { ordinal, ...row } = value as SignatureRow;
    tables.signatures.removeSync(at);
    tables.signatures.putSync(row.id, row);
    tables.signatureIds.removeSync(row.id);
    for (const table of [tables.occurrences, tables.counters]) {
      for (const { key, value: v } of [...table.getRange({ start: [ordinal], end: [ordinal + 1] })]) {
        table.removeSync(key);
        table.putSync([row.id, (key as [number, number])[1]], v);
      }
    }
    const stats = tables.attributeStats.get(['s', ordinal]);
    if (stats !== undefined) {
      tables.attributeStats.removeSync(['s', ordinal]);
      tables.attributeStats.putSync(['s', row.id], stats);
    }
  }
  tables.meta.removeSync('nextOrdinal');
  tables.meta.putSync('schemaVersion', 6);
}

it('numbers the signatures of a schema-6 data dir and moves their samples, counters and statistics to the ordinals', async () => {
  let store = await LmdbStore.open(dir, { samples: { first: 2, recent: 3 } });
  // Three signatures first seen in this order, with several samples and counter hours each.
  const types = ['OrdinalCError', 'OrdinalAError', 'OrdinalBError'];
  const ids: string[] = [];
  for (const [i, type] of types.entries()) ids.push((await commitEvents(store, [errorEvent(type, { timeMs: T0 + i * 1000 })], T0 + i * 1000 + 1))[0]);
  for (let round = 0; round < 4; round++) {
    await commitEvents(store, types.map((type) => errorEvent(type, { timeMs: T0 + (round + 1) * 3_600_000 })), T0 + (round + 1) * 3_600_000 + 1);
  }
  const before = async () => Promise.all(ids.map(async (id) => {
    const sig = (await store.getSignature(id))!;
    return {
      sig,
      samples: await store.listOccurrences(id, 10),
      hours: await store.counts(id, 'hour', T0, T0 + 5 * 3_600_000),
      stats: await store.attributeStats(sig),
    };
  }));
  const expected = await before();
  for (const e of expected) {
    expect(e.samples.length).toBe(5);
    expect(e.hours).toEqual([1, 1, 1, 1, 1, 0]);
    expect(e.stats?.signature.total).toBe(5);
  }
  let tables = lmdbTables(store);
  await tables.root.transaction(() => rowsToIdKeys(tables));
  // A sample and a counter row whose signature is gone: dropped by the migration.
  await tables.root.transaction(() => {
    tables.occurrences.putSync(['0123456789ab', 0], expected[0].samples[0]);
    tables.counters.putSync(['0123456789ab', 5], [1]);
  });
  expect(await store.listOccurrences(ids[0], 10)).toEqual([]);
  await store.close();

  store = await LmdbStore.open(dir, { samples: { first: 2, recent: 3 } });
  try {
    tables = lmdbTables(store);
    expect(await store.getMeta('schemaVersion')).toBe(SCHEMA_VERSION);
    expect(await before()).toStrictEqual(expected);
    // Numbered by first sighting; the next signature takes the next number.
    expect(ids.map((id) => tables.signatureIds.get(id))).toEqual([0, 1, 2]);
    expect(ids.map((id, ordinal) => (tables.signatures.get(ordinal) as SignatureRow).id)).toEqual(ids);
    const [fresh] = await commitEvents(store, [errorEvent('OrdinalDError')], T0 + 6 * 3_600_000);
    expect(tables.signatureIds.get(fresh)).toBe(3);
    expect(await store.listOccurrences(fresh, 10)).toHaveLength(1);
    // Nothing is left under an id.
    expect([...tables.signatures.getKeys({})]).toEqual([0, 1, 2, 3]);
    for (const table of [tables.occurrences, tables.counters]) {
      expect([...table.getKeys({})].filter((key) => typeof (key as unknown[])[0] === 'string')).toEqual([]);
    }
    expect([...tables.attributeStats.getKeys({ start: ['s'], end: ['s\u0000'] })].filter((key) => typeof (key as unknown[])[1] === 'string')).toEqual([]);
    expect(tables.occurrences.getKeysCount({})).toBe(3 * 5 + 1);
  } finally {
    await store.close();
  }
});
