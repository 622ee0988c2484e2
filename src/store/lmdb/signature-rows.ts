// A signature's row: the signature itself, its ordinal, and, while it waits for an
// investigation, its queue entry under `queued` (schema 6). The entry is written with the
// signature it belongs to, so a new signature's record and its entry cost one write, where a
// separate entries table cost two; the queue's order stays in its own index
// (investigation-queue.ts).
//
// The ordinal (schema 7) numbers signatures in the order the store created them. Rows are kept
// by ordinal — the `signatures` table is ordinal → row, and `signature-ids` maps each id to its
// ordinal — and so are the signature's samples, hour counters and attribute statistics. Ids are
// digests, so rows keyed by id land on random pages of LMDB's B-trees: an incident's thousands
// of new signatures per commit dirtied a page of every such table each, and a dirty page costs
// a copy in the commit and a page write in its flush (a 5,000-signature commit rewrote most of
// the signatures table). Keyed by ordinal, a commit's new signatures append to the end of those
// trees; only the id index, whose rows are a few bytes, is written at random
// (docs/architecture.md, "The store port"; bench/backlog.ts measures it).
//
// Every access to the rows goes through this file. Everything that reads a signature for use
// outside the store goes through `readSignature`/`asSignature`, which leave the entry and the
// ordinal out; everything that rewrites a row keeps the entry and the ordinal the row holds.
import type { Signature } from '../../core/model.js';
import type { InvestigationEntry } from '../../core/ports.js';
import type { Tables } from './environment.js';
import type { RowsByBytes } from './rows-by-bytes.js';

export type SignatureRow = Signature & { queued?: InvestigationEntry; ordinal: number };

/** The signature a row holds, without its queue entry and ordinal. */
export function asSignature(row: SignatureRow): Signature;
export function asSignature(row: SignatureRow | undefined): Signature | undefined;
export function asSignature(row: SignatureRow | undefined): Signature | undefined {
  if (row === undefined) return undefined;
  const { queued: _queued, ordinal: _ordinal, ...sig } = row;
  return sig;
}

type RowTables = Pick<Tables, 'signatures' | 'signatureIds'>;

/** The ordinal of signature `id` (the key of its row, samples, counters and statistics), if stored. */
export function ordinalOf(tables: Pick<Tables, 'signatureIds'>, id: string): number | undefined {
  return tables.signatureIds.get(id) as number | undefined;
}

export function readRow(tables: RowTables, id: string): SignatureRow | undefined {
  const ordinal = ordinalOf(tables, id);
  return ordinal === undefined ? undefined : (tables.signatures.get(ordinal) as SignatureRow | undefined);
}

export function readSignature(tables: RowTables, id: string): Signature | undefined {
  return asSignature(readRow(tables, id));
}

/** Every row, in ordinal order (creation order). */
export function* allRows(tables: Pick<Tables, 'signatures'>): Generator<SignatureRow> {
  for (const { value } of tables.signatures.getRange({})) yield value as SignatureRow;
}

/** Every row in id order (the port's export order), one read of the id index and one of the row each. */
export function* rowsInIdOrder(tables: RowTables): Generator<SignatureRow> {
  for (const { value } of tables.signatureIds.getRange({})) {
    const row = tables.signatures.get(value as number) as SignatureRow | undefined;
    if (row) yield row;
  }
}

/** At most `limit` ordinals of stored signatures after `after`, in order (the row table's keys: no row is decoded). */
export function* ordinals(tables: Pick<Tables, 'signatures'>, after: number | undefined, limit: number): Generator<number> {
  for (const key of tables.signatures.getKeys({ ...(after === undefined ? {} : { start: after + 1 }), limit })) yield key as number;
}

/** Ids from `prefix` on, in id order (the id index), at most `limit`. */
export function* idsFrom(tables: Pick<Tables, 'signatureIds'>, prefix: string, limit: number): Generator<string> {
  for (const key of tables.signatureIds.getKeys({ start: prefix, limit })) yield key as string;
}

/**
 * Writes a stored row again (same id, same ordinal), inside a write transaction; through `kept`
 * (the writer's rows as written, rows-by-bytes.ts) when given, which stores the same bytes.
 */
export function putRow(tables: Pick<Tables, 'signatures'>, row: SignatureRow, kept?: RowsByBytes<number, SignatureRow>): void {
  if (kept) kept.putSync(row.ordinal, row);
  else tables.signatures.putSync(row.ordinal, row);
}

/** Writes a new signature's row and its id's entry in the index, inside a write transaction (`kept`: as in putRow). */
export function createRow(tables: RowTables, row: SignatureRow, kept?: RowsByBytes<number, SignatureRow>): void {
  tables.signatureIds.putSync(row.id, row.ordinal);
  putRow(tables, row, kept);
}

/** Deletes a row and its id's entry, inside a write transaction. */
export function removeRow(tables: RowTables, row: SignatureRow): void {
  tables.signatureIds.removeSync(row.id);
  tables.signatures.removeSync(row.ordinal);
}

/**
 * Writes `sig` over its stored row, at `ordinal`, with the queue entry `queued` (none when
 * undefined), inside a write transaction.
 */
export function writeRow(tables: Pick<Tables, 'signatures'>, sig: Signature, ordinal: number, queued: InvestigationEntry | undefined): void {
  const row: SignatureRow = { ...asSignature(sig as SignatureRow), ordinal };
  if (queued !== undefined) row.queued = queued;
  putRow(tables, row);
}
