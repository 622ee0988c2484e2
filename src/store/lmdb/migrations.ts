// Schema versions of the data dir. Each migration moves the store one version up inside one
// write transaction; a data dir from a newer Rounds is refused rather than misread.
import { StoreSchemaTooNewError } from '../../core/store-errors.js';
import type { Database, Key } from 'lmdb';
import type { Tables } from './environment.js';
import { addToRow, type HourRow } from './hour-counters.js';
import { signatureStatsKey } from './attribute-stats.js';
import { setNextOrdinalInTxn } from './ordinals.js';
import type { InvestigationEntry } from '../../core/ports.js';
import { queueKey } from './investigation-queue.js';
import type { SignatureRow } from './signature-rows.js';
import { HOUR_MS, MINUTE_MS } from './keys.js';

export const SCHEMA_VERSION = 8;

/** Tables of earlier layouts, read only by the migrations that convert them. */
export interface LegacyTables {
  /** Schema ≤ 3: [id, 'm' | 'h', bucket] → count, separate minute and hour rows. */
  counters: Database<number>;
  /** Schema ≤ 5: id → investigation queue entry, beside the signature's row. */
  investigations: Database;
}

const MIGRATIONS: Record<number, (tables: Tables, legacy: LegacyTables) => void> = {
  // 0 → 1: the first layout; nothing to convert.
  1: () => {},
  // 1 → 2: the attribute-stats table. It starts empty: signatures stored before count from
  // their next occurrence on, and diagnoses fall back to their samples until then.
  2: () => {},
  // 2 → 3: the investigation queue gets its priority index.
  3: rebuildQueueIndexInTxn,
  // 3 → 4: one counter row per signature and hour, holding its minutes (hour-counters.ts).
  4: foldCountersInTxn,
  // 4 → 5: values are written as plain msgpack maps (environment.ts, PLAIN_MAPS). Rows written
  // as records still decode, so nothing is rewritten; the version keeps an older Rounds, whose
  // decoder would read a plain map as a Map object, from opening the data dir.
  5: () => {},
  // 5 → 6: each queue entry moves into its signature's row (signature-rows.ts); the index keeps
  // its keys.
  6: moveQueueEntriesInTxn,
  // 6 → 7: signatures are numbered, and their rows, samples, counters and attribute statistics
  // are kept by that ordinal instead of their id, with an id → ordinal index (signature-rows.ts).
  7: keyRowsByOrdinalInTxn,
  // 7 → 8: signature rows, samples and attribute statistics are written as JSON text where that
  // is exact (json-values.ts). Rows written before still decode, so nothing is rewritten; the
  // version keeps an older Rounds, which cannot decode the new rows, from opening the data dir.
  8: () => {},
};

/** Schema ≤ 6 keys of a signature's rows, by its id. */
const legacyCounterKey = (id: string, hour: number) => [id, hour];

/**
 * Numbers the stored signatures by first sighting (ties by id), moves each one's row from its id
 * to its ordinal (with the id's entry in the id index), and its samples, hour counters and
 * attribute-statistics row with it. Rows whose signature is gone (none are expected) are
 * dropped. A row already kept by ordinal stays as it is (the migration is idempotent).
 */
function keyRowsByOrdinalInTxn(tables: Tables): void {
  const { signatures, signatureIds, occurrences, counters, attributeStats } = tables;
  const order: { id: string; firstSeenMs: number }[] = [];
  let ordinal = 0;
  for (const { key, value } of signatures.getRange({})) {
    if (typeof key === 'string') order.push({ id: key, firstSeenMs: (value as SignatureRow).firstSeenMs });
    else ordinal = Math.max(ordinal, (key as number) + 1);
  }
  order.sort((a, b) => a.firstSeenMs - b.firstSeenMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const { id } of order) {
    const row = signatures.get(id) as SignatureRow;
    signatures.removeSync(id);
    signatures.putSync(ordinal, { ...row, ordinal });
    signatureIds.putSync(id, ordinal);
    // One signature's rows are read whole before they are rewritten: no cursor walks a range
    // of a table being written.
    // Samples ([id, seq]) and hour counters ([id, hour], hour-counters.ts) keep their second part.
    const byId = { start: [id], end: [id, '\uffff'] };
    for (const table of [occurrences, counters]) {
      for (const { key, value } of [...table.getRange(byId)]) {
        table.removeSync(key);
        table.putSync([ordinal, (key as [string, number])[1]], value);
      }
    }
    const stats = attributeStats.get(['s', id]);
    if (stats !== undefined) {
      attributeStats.removeSync(['s', id]);
      attributeStats.putSync(signatureStatsKey(ordinal), stats);
    }
    ordinal++;
  }
  // Whatever still starts with an id belongs to no signature (none is expected): dropped.
  const orphans = (keys: Iterable<unknown>, at: number) => {
    const found: unknown[][] = [];
    for (const key of keys) if (typeof (key as unknown[])[at] === 'string') found.push(key as unknown[]);
    return found;
  };
  for (const table of [occurrences, counters]) for (const key of orphans(table.getKeys({}), 0)) table.removeSync(key as Key);
  for (const key of orphans(attributeStats.getKeys({ start: ['s'], end: ['s\u0000'] }), 1)) attributeStats.removeSync(key as Key);
  setNextOrdinalInTxn(tables, ordinal);
}

/** Builds the queue index from the entries table (2 → 3). */
function rebuildQueueIndexInTxn(tables: Tables, legacy: LegacyTables): void {
  for (const key of tables.queueIndex.getKeys({})) tables.queueIndex.removeSync(key);
  for (const { key, value } of legacy.investigations.getRange({})) tables.queueIndex.putSync(queueKey(key as string, value as InvestigationEntry), null);
}

/** Writes each entry into its signature's row; an entry whose signature is gone leaves the index. */
function moveQueueEntriesInTxn(tables: Tables, legacy: LegacyTables): void {
  for (const { key, value } of legacy.investigations.getRange({})) {
    const id = key as string;
    const entry = value as InvestigationEntry;
    const row = tables.signatures.get(id) as SignatureRow | undefined;
    if (row) tables.signatures.putSync(id, { ...row, queued: entry });
    else tables.queueIndex.removeSync(queueKey(id, entry));
  }
  legacy.investigations.clearSync();
}

/** Converts the separate minute and hour rows into hour rows, one signature at a time. */
function foldCountersInTxn(tables: Tables, legacy: LegacyTables): void {
  let id: string | undefined;
  let totals = new Map<number, number>();
  let minutes = new Map<number, Map<number, number>>();
  const flush = () => {
    if (id === undefined) return;
    for (const hour of new Set([...totals.keys(), ...minutes.keys()])) {
      const added = minutes.get(hour) ?? new Map<number, number>();
      const row: HourRow = addToRow(undefined, hour, added);
      // The hour row is the total (it outlives its minutes); minutes alone sum to it.
      if (totals.has(hour)) row[0] = totals.get(hour)!;
      tables.counters.putSync(legacyCounterKey(id, hour), row);
    }
    totals = new Map();
    minutes = new Map();
  };
  for (const { key, value } of legacy.counters.getRange({})) {
    const [rowId, kind, bucket] = key as [string, string, number];
    if (rowId !== id) {
      flush();
      id = rowId;
    }
    if (kind === 'h') totals.set(bucket, value);
    else if (kind === 'm') {
      const hour = Math.floor((bucket * MINUTE_MS) / HOUR_MS);
      let m = minutes.get(hour);
      if (!m) minutes.set(hour, (m = new Map()));
      m.set(bucket, value);
    }
  }
  flush();
  legacy.counters.clearSync();
}

export function migrate(tables: Tables, legacy: LegacyTables): void {
  tables.root.transactionSync(() => {
    const current = (tables.meta.get('schemaVersion') as number | undefined) ?? 0;
    if (current > SCHEMA_VERSION) {
      throw new StoreSchemaTooNewError(current, SCHEMA_VERSION);
    }
    for (let v = current + 1; v <= SCHEMA_VERSION; v++) {
      MIGRATIONS[v](tables, legacy);
      tables.meta.putSync('schemaVersion', v);
    }
  });
}
