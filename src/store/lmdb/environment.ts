// The LMDB environment: one memory-mapped file in the data dir holding every table Rounds
// keeps. Readers (the CLI, the API) open the same environment while the server writes; LMDB
// gives them a consistent snapshot without blocking the writer.
import { existsSync, mkdirSync } from 'node:fs';
import { checkStoreFile } from './file-check.js';
import { open, type Database, type DatabaseOptions, type RootDatabase } from 'lmdb';
import { StoreSchemaTooNewError, StoreSchemaTooOldError } from '../../core/store-errors.js';
import { jsonValues } from './json-values.js';
import { migrate, SCHEMA_VERSION } from './migrations.js';
import { absorbOrphanCommitFailures, storeFailure } from './store-errors.js';

export interface Tables {
  root: RootDatabase;
  /** ordinal → SignatureRow: the signature, its ordinal, and its queue entry while queued (signature-rows.ts) */
  signatures: Database;
  /** id → ordinal: where a signature's row is (signature-rows.ts) */
  signatureIds: Database<number>;
  /** fingerprint (incl. aliases) → id */
  fingerprints: Database<string>;
  /** ['c', count, id] | ['l', lastSeenMs, id] | ['f', firstSeenMs, id] → null: sort orders for listing */
  sigIndex: Database<null>;
  /** [ordinal, seq] → Occurrence (the signature's ordinal, signature-rows.ts) */
  occurrences: Database;
  /** [ordinal, hourBucket] → the hour's total and per-minute counts (store/lmdb/hour-counters.ts) */
  counters: Database;
  /** [bucket, dedupeKey] → 1: recently stored events without a trace id, to drop collector retries */
  dedupe: Database<number>;
  /**
   * [hourBucket, traceId, dedupeKey] → signature id: each stored event of a trace, for retries
   * and for which signatures occurred in a trace (store/lmdb/recent-dedupe-keys.ts). Stores
   * written before that also hold [hourBucket, traceId, id] → 1, a row per trace and signature.
   * Hour-first so retention prunes whole hours by range; a lookup seeks each hour of the window.
   */
  traceIndex: Database<number | string>;
  /** ['s', ordinal] | ['e' | 'h', hourBucket, service] → AttributeStats (store/attribute-stats.ts) */
  attributeStats: Database;
  /** [class, enqueuedMs, id] → null: the queue in the order the investigator takes it (investigation-queue.ts) */
  queueIndex: Database<null>;
  /** string key → any: schema version, next ordinal, miner state, budget ledger, stats */
  meta: Database;
}

export interface OpenOptions {
  readOnly?: boolean;
  /** Skip fsync (benchmarks of CPU cost only; never in production). */
  noSync?: boolean;
}

async function asStoreError<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    throw await storeFailure(error);
  }
}

/**
 * Every write transaction of a table goes through here, so a failed commit (disk full, I/O
 * error, map full) rejects as a StoreUnavailableError and its cause promise is handled —
 * whichever part of Rounds wrote (the receiver, the investigator, retention, the API). Rounds
 * writes only in transactions (`put`/`remove` are left alone: lmdb-js's `putSync` calls
 * them inside a transaction and relies on what they return).
 */
function guardWrites<D extends Database<any, any>>(db: D): D {
  const { transaction } = db;
  db.transaction = (<T>(action: () => T) => asStoreError(transaction.call(db, action) as Promise<T>)) as typeof transaction;
  return db;
}

/**
 * How values are encoded (schema 5 on): msgpack maps, not lmdb-js's default of msgpackr
 * records. Without shared structures a record carries its own definition in every value, which
 * costs more to write and to read than the plain map (about 40 % of the encoding time of a
 * signature, a sample or a queue entry); values written as records by schema ≤ 4 still decode,
 * since a record defines itself inside the value. `useRecords` is a msgpackr option lmdb-js
 * passes on but does not declare.
 */
const PLAIN_MAPS = { useRecords: false, mapsAsObjects: true } as DatabaseOptions;
/**
 * The tables the group commit writes most, from schema 8 on: JSON text where that is exact,
 * msgpack maps otherwise and for every row written before (json-values.ts).
 */
const jsonText = () => ({ encoder: jsonValues({ useRecords: false, mapsAsObjects: true }) }) as DatabaseOptions;

export function openTables(dataDir: string, options: OpenOptions = {}): Tables {
  if (!options.readOnly) mkdirSync(dataDir, { recursive: true });
  const file = `${dataDir}/rounds.mdb`;
  // A damaged or foreign file would crash the process natively once mapped (StoreFileError).
  const exists = existsSync(file);
  if (exists) checkStoreFile(file);
  const root = open({
    path: file,
    // No page size: a new file takes the OS's (4 KiB on Linux x86-64). Steady ingest inserts at
    // random places in the trace-index (or dedupe) table, a page per event, and every page a
    // commit touches is copied, written and synced whole before the commit is acknowledged: with
    // 16 KiB pages a 50-event commit of the firehose wrote and synced about four times the bytes.
    // Same runs, 16 KiB against 4 KiB: the firehose (bench/firehose.ts, 1 % errors, four
    // alternating pairs) 188k against 204k spans/s on gRPC and 352k against 388k on HTTP, with
    // 6–7 % less CPU per span; all-errors with a worker (bench/all-errors.ts, two pairs) 13.7k and
    // 14.9k against 18.1k and 16.0k events/s. Bulk new signatures (bench/backlog.ts) prefer the
    // larger page, by less: 14.4k and 15.2k against 12.9k and 14.6k signatures/s, where the
    // target is 10k. Files made with another page size keep it.
    maxDbs: 16,
    // 64 GiB of address space; the file grows only as pages are used and reuses freed pages.
    mapSize: 64 * 1024 ** 3,
    readOnly: options.readOnly,
    noSync: options.noSync,
    // Commits are awaited and then `flushed` is awaited before a request is acknowledged.
    overlappingSync: !options.noSync,
  });
  if (!options.readOnly) absorbOrphanCommitFailures();
  const tables: Tables = {
    root: guardWrites(root),
    signatures: guardWrites(root.openDB({ name: 'signatures', ...jsonText() })),
    signatureIds: guardWrites(root.openDB<number>({ name: 'signature-ids', ...PLAIN_MAPS })),
    fingerprints: guardWrites(root.openDB<string>({ name: 'fingerprints', encoding: 'string' })),
    sigIndex: guardWrites(root.openDB<null>({ name: 'sig-index', ...PLAIN_MAPS })),
    occurrences: guardWrites(root.openDB({ name: 'occurrences', ...jsonText() })),
    counters: guardWrites(root.openDB({ name: 'hour-counters', ...PLAIN_MAPS })),
    dedupe: guardWrites(root.openDB<number>({ name: 'dedupe', ...PLAIN_MAPS })),
    traceIndex: guardWrites(root.openDB<number | string>({ name: 'trace-index', ...PLAIN_MAPS })),
    queueIndex: guardWrites(root.openDB<null>({ name: 'investigation-queue', ...PLAIN_MAPS })),
    meta: guardWrites(root.openDB({ name: 'meta', ...PLAIN_MAPS })),
    attributeStats: guardWrites(root.openDB({ name: 'attribute-stats', ...jsonText() })),
  };
  try {
    if (!options.readOnly) {
      migrate(tables, { counters: root.openDB<number>({ name: 'counters', ...PLAIN_MAPS }), investigations: root.openDB({ name: 'investigations', ...PLAIN_MAPS }) });
    } else {
      const version = tables.meta.get('schemaVersion') as number | undefined;
      if (version !== undefined && version > SCHEMA_VERSION) throw new StoreSchemaTooNewError(version, SCHEMA_VERSION);
      if (version !== undefined && version < SCHEMA_VERSION) throw new StoreSchemaTooOldError(version, SCHEMA_VERSION);
    }
  } catch (error) {
    // Refused: the environment is closed, so the same process can open the data dir again.
    root.close().catch(() => {});
    throw error;
  }
  return tables;
}

export async function closeTables(tables: Tables): Promise<void> {
  await tables.root.flushed;
  await tables.root.close();
}
