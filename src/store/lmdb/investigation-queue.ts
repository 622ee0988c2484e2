// The investigation queue: each entry lives in its signature's row (signature-rows.ts), and an
// index orders them the way the investigator takes work, [class, enqueuedMs, id] with manual
// requests first, then regressions, then new signatures, oldest first within each. The
// investigator reads the head of the index — a bounded number of rows — so a tick costs the
// same with ten entries queued or two hundred thousand. Every write of an entry goes through
// here, inside the caller's write transaction, so the index and the rows never disagree.
import type { Signature } from '../../core/model.js';
import type { InvestigationEntry } from '../../core/ports.js';
import type { Tables } from './environment.js';
import { asSignature, putRow, readRow, writeRow, type SignatureRow } from './signature-rows.js';

const CLASS: Record<InvestigationEntry['reason'], number> = { manual: 0, regressed: 1, new: 2 };

type QueueKey = [number, number, string];

export function queueKey(id: string, entry: InvestigationEntry): QueueKey {
  return [CLASS[entry.reason] ?? CLASS.new, entry.enqueuedMs, id];
}

/**
 * Moves the index row of `id` from its `previous` entry to `entry`, for a caller that writes
 * `entry` into the signature's row itself — the ingest writer, which writes each signature's
 * row once per commit.
 */
export function indexEntryInTxn(tables: Pick<Tables, 'queueIndex'>, id: string, previous: InvestigationEntry | undefined, entry: InvestigationEntry): void {
  if (previous) tables.queueIndex.removeSync(queueKey(id, previous));
  tables.queueIndex.putSync(queueKey(id, entry), null);
}

/** The row `row` queued with `entry` (its index row moved to match); the caller writes it. */
function queuedRowInTxn(tables: Pick<Tables, 'queueIndex'>, row: SignatureRow, entry: InvestigationEntry): SignatureRow {
  indexEntryInTxn(tables, row.id, row.queued, entry);
  return { ...row, queued: entry };
}

/** The queue entry of `id`, if it is queued. */
export function queueEntry(tables: Pick<Tables, 'signatures' | 'signatureIds'>, id: string): InvestigationEntry | undefined {
  return readRow(tables, id)?.queued;
}

/**
 * Adds or replaces the entry of `id` (inside a write transaction). A signature that is not
 * stored has nothing to investigate: nothing is queued.
 */
export function putQueueEntryInTxn(tables: Tables, id: string, entry: InvestigationEntry): void {
  const row = readRow(tables, id);
  if (!row) return;
  putRow(tables, queuedRowInTxn(tables, row, entry));
}

/** Removes the entry of `id`, if any (inside a write transaction). */
export function removeQueueEntryInTxn(tables: Tables, id: string): void {
  const row = readRow(tables, id);
  if (!row?.queued) return;
  dropQueueIndexRowInTxn(tables, row);
  writeRow(tables, row, row.ordinal, undefined);
}

/** Removes the index row of a row's entry, for a caller that deletes the row (purge). */
export function dropQueueIndexRowInTxn(tables: Pick<Tables, 'queueIndex'>, row: SignatureRow): void {
  if (row.queued) tables.queueIndex.removeSync(queueKey(row.id, row.queued));
}

function* entriesOf(tables: Tables, keys: Iterable<unknown>): Generator<[string, InvestigationEntry]> {
  for (const key of keys) {
    const id = (key as QueueKey)[2];
    const entry = queueEntry(tables, id);
    if (entry) yield [id, entry];
  }
}

/** The first `limit` entries in the order the investigator takes them. */
export function queueHead(tables: Tables, limit: number): Generator<[string, InvestigationEntry]> {
  return entriesOf(tables, tables.queueIndex.getKeys(Number.isFinite(limit) ? { limit } : {}));
}

/** Entries queued (O(1): LMDB keeps the count). */
export function queueSize(tables: Pick<Tables, 'queueIndex'>): number {
  return (tables.queueIndex.getStats() as { entryCount: number }).entryCount;
}

/** New-signature entries beyond the first `keep` of their class, newest first, at most `limit`. */
export function newEntriesBeyond(tables: Tables, keep: number, limit: number): Generator<[string, InvestigationEntry]> {
  const newCount = tables.queueIndex.getKeysCount({ start: [CLASS.new], end: [CLASS.new + 1] });
  const excess = Math.min(limit, newCount - keep);
  if (excess <= 0) return entriesOf(tables, []);
  return entriesOf(tables, tables.queueIndex.getKeys({ start: [CLASS.new + 1], end: [CLASS.new], reverse: true, limit: excess }));
}

/**
 * Takes queued new signatures out of the queue without investigating them, recording on each
 * signature why (its history says it was shed and how to ask for it). Returns the signatures.
 */
export function shedInTxn(tables: Tables, ids: string[], atMs: number, reason: string): Signature[] {
  const shed: Signature[] = [];
  for (const id of ids) {
    const row = readRow(tables, id);
    if (!row) continue;
    dropQueueIndexRowInTxn(tables, row);
    const next: Signature = { ...asSignature(row), history: [...row.history, { atMs, actor: 'investigator', action: 'investigation-shed', reason }] };
    writeRow(tables, next, row.ordinal, undefined);
    shed.push(next);
  }
  return shed;
}
