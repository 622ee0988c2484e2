// The LMDB environment: one memory-mapped file in the data dir holding every table Rounds
// keeps. Readers (the CLI, the API) open the same environment while the server writes; LMDB
// gives them a consistent snapshot without blocking the writer.
import { existsSync, mkdirSync } from 'node:fs';
import { checkStoreFile } from './file-check.js';
import { open, type Database, type RootDatabase } from 'lmdb';
import { StoreSchemaTooNewError } from '../../core/store-errors.js';
import { migrate, SCHEMA_VERSION } from './migrations.js';
import { absorbOrphanCommitFailures, storeFailure } from './store-errors.js';

export interface Tables {
  root: RootDatabase;
  /** id → Signature */
  signatures: Database;
  /** fingerprint (incl. aliases) → id */
  fingerprints: Database<string>;
  /** ['c', count, id] | ['l', lastSeenMs, id] | ['f', firstSeenMs, id] → null: sort orders for listing */
  sigIndex: Database<null>;
  /** [id, seq] → Occurrence */
  occurrences: Database;
  /** [id, hourBucket] → the hour's total and per-minute counts (store/lmdb/hour-counters.ts) */
  counters: Database;
  /** [bucket, dedupeKey] → 1: recently stored events, to drop collector retries */
  dedupe: Database<number>;
  /**
   * [hourBucket, traceId, id] → 1: which signatures occurred in which traces. Hour-first so
   * retention prunes whole hours by range; a lookup seeks each hour of the window.
   */
  traceIndex: Database<number>;
  /** id → investigation queue entry */
  investigations: Database;
  /** ['s', id] | ['e' | 'h', hourBucket, service] → AttributeStats (store/attribute-stats.ts) */
  attributeStats: Database;
  /** [class, enqueuedMs, id] → null: the queue in the order the investigator takes it (investigation-queue.ts) */
  queueIndex: Database<null>;
  /** string key → any: schema version, miner state, budget ledger, stats */
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

export function openTables(dataDir: string, options: OpenOptions = {}): Tables {
  if (!options.readOnly) mkdirSync(dataDir, { recursive: true });
  const file = `${dataDir}/rounds.mdb`;
  // A damaged or foreign file would crash the process natively once mapped (StoreFileError).
  if (existsSync(file)) checkStoreFile(file);
  const root = open({
    path: file,
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
    signatures: guardWrites(root.openDB({ name: 'signatures' })),
    fingerprints: guardWrites(root.openDB<string>({ name: 'fingerprints', encoding: 'string' })),
    sigIndex: guardWrites(root.openDB<null>({ name: 'sig-index' })),
    occurrences: guardWrites(root.openDB({ name: 'occurrences' })),
    counters: guardWrites(root.openDB({ name: 'hour-counters' })),
    dedupe: guardWrites(root.openDB<number>({ name: 'dedupe' })),
    traceIndex: guardWrites(root.openDB<number>({ name: 'trace-index' })),
    investigations: guardWrites(root.openDB({ name: 'investigations' })),
    queueIndex: guardWrites(root.openDB<null>({ name: 'investigation-queue' })),
    meta: guardWrites(root.openDB({ name: 'meta' })),
    attributeStats: guardWrites(root.openDB({ name: 'attribute-stats' })),
  };
  if (!options.readOnly) migrate(tables, { counters: root.openDB<number>({ name: 'counters' }) });
  else {
    const version = tables.meta.get('schemaVersion') as number | undefined;
    if (version !== undefined && version > SCHEMA_VERSION) {
      throw new StoreSchemaTooNewError(version, SCHEMA_VERSION);
    }
  }
  return tables;
}

export async function closeTables(tables: Tables): Promise<void> {
  await tables.root.flushed;
  await tables.root.close();
}
