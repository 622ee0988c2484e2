// The investigation queue: `investigations` (id → entry) plus an index ordered the way the
// investigator takes work, [class, enqueuedMs, id] with manual requests first, then
// regressions, then new signatures, oldest first within each. The investigator reads the
// head of the index — a bounded number of rows — so a tick costs the same with ten entries
// queued or two hundred thousand. Every write of an entry goes through here, inside the
// caller's write transaction, so the index and the table never disagree.
import type { Signature } from '../../core/model.js';
import type { Tables } from './environment.js';
import type { InvestigationEntry } from './ingest-writer.js';

const CLASS: Record<InvestigationEntry['reason'], number> = { manual: 0, regressed: 1, new: 2 };

type QueueKey = [number, number, string];

export function queueKey(id: string, entry: InvestigationEntry): QueueKey {
  return [CLASS[entry.reason] ?? CLASS.new, entry.enqueuedMs, id];
}

/**
 * Adds or replaces the entry of `id` (inside a write transaction). `fresh`: the signature was
 * created in this transaction, so it has no entry yet (saves a read per new signature).
 */
export function putQueueEntryInTxn(tables: Tables, id: string, entry: InvestigationEntry, fresh = false): void {
  const current = fresh ? undefined : (tables.investigations.get(id) as InvestigationEntry | undefined);
  if (current) tables.queueIndex.removeSync(queueKey(id, current));
  tables.investigations.putSync(id, entry);
  tables.queueIndex.putSync(queueKey(id, entry), null);
}

/** Removes the entry of `id`, if any (inside a write transaction). */
export function removeQueueEntryInTxn(tables: Tables, id: string): void {
  const current = tables.investigations.get(id) as InvestigationEntry | undefined;
  if (!current) return;
  tables.queueIndex.removeSync(queueKey(id, current));
  tables.investigations.removeSync(id);
}

/** The first `limit` entries in the order the investigator takes them. */
export function* queueHead(tables: Tables, limit: number): Generator<[string, InvestigationEntry]> {
  for (const key of tables.queueIndex.getKeys(Number.isFinite(limit) ? { limit } : {})) {
    const id = (key as QueueKey)[2];
    const entry = tables.investigations.get(id) as InvestigationEntry | undefined;
    if (entry) yield [id, entry];
  }
}

/** Entries queued (O(1): LMDB keeps the count). */
export function queueSize(tables: Tables): number {
  return (tables.investigations.getStats() as { entryCount: number }).entryCount;
}

/** New-signature entries beyond the first `keep` of their class, newest first, at most `limit`. */
export function* newEntriesBeyond(tables: Tables, keep: number, limit: number): Generator<[string, InvestigationEntry]> {
  const newCount = tables.queueIndex.getKeysCount({ start: [CLASS.new], end: [CLASS.new + 1] });
  const excess = Math.min(limit, newCount - keep);
  if (excess <= 0) return;
  for (const key of tables.queueIndex.getKeys({ start: [CLASS.new + 1], end: [CLASS.new], reverse: true, limit: excess })) {
    const id = (key as QueueKey)[2];
    const entry = tables.investigations.get(id) as InvestigationEntry | undefined;
    if (entry) yield [id, entry];
  }
}

/**
 * Takes queued new signatures out of the queue without investigating them, recording on each
 * signature why (its history says it was shed and how to ask for it). Returns the signatures.
 */
export function shedInTxn(tables: Tables, ids: string[], atMs: number, reason: string): Signature[] {
  const shed: Signature[] = [];
  for (const id of ids) {
    removeQueueEntryInTxn(tables, id);
    const sig = tables.signatures.get(id) as Signature | undefined;
    if (!sig) continue;
    const next: Signature = { ...sig, history: [...sig.history, { atMs, actor: 'investigator', action: 'investigation-shed', reason }] };
    tables.signatures.putSync(id, next);
    shed.push(next);
  }
  return shed;
}

/** Builds the index from the table (migration to schema 2). */
export function rebuildQueueIndexInTxn(tables: Tables): void {
  for (const key of tables.queueIndex.getKeys({})) tables.queueIndex.removeSync(key);
  for (const { key, value } of tables.investigations.getRange({})) tables.queueIndex.putSync(queueKey(key as string, value as InvestigationEntry), null);
}
