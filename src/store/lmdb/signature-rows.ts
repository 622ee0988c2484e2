// A signature's row in the `signatures` table: the signature itself, its ordinal, and, while it
// waits for an investigation, its queue entry under `queued` (schema 6). The entry is written
// with the signature it belongs to, so a new signature's record and its entry cost one write,
// where a separate entries table cost two; the queue's order stays in its own index
// (investigation-queue.ts).
//
// The ordinal (schema 7) numbers signatures in the order the store created them, and keys the
// signature's other rows — samples, hour counters, attribute statistics — in place of its id.
// Ids are digests, so rows keyed by id land on random pages of LMDB's B-trees: an incident's
// thousands of new signatures per commit each dirtied a page of every such table, and a dirty
// page costs a copy in the commit and a page write in its flush. Keyed by ordinal, a commit's
// new signatures append to the end of those trees, a few pages for a whole batch
// (docs/architecture.md, "The store port"; bench/backlog.ts measures it).
//
// Everything that reads a signature for use outside the store goes through
// `readSignature`/`asSignature`, which leave the entry and the ordinal out; everything that
// rewrites a row keeps the entry and the ordinal the row holds.
import type { Signature } from '../../core/model.js';
import type { InvestigationEntry } from '../../core/ports.js';
import type { Tables } from './environment.js';

export type SignatureRow = Signature & { queued?: InvestigationEntry; ordinal?: number };

/** What a rewrite of a row carries over from the stored row. */
export type RowExtras = Pick<SignatureRow, 'queued' | 'ordinal'>;

/** The signature a row holds, without its queue entry and ordinal (the row, when it has neither). */
export function asSignature(row: SignatureRow): Signature;
export function asSignature(row: SignatureRow | undefined): Signature | undefined;
export function asSignature(row: SignatureRow | undefined): Signature | undefined {
  if (row === undefined || (row.queued === undefined && row.ordinal === undefined)) return row;
  const { queued: _queued, ordinal: _ordinal, ...sig } = row;
  return sig;
}

export function readRow(tables: Pick<Tables, 'signatures'>, id: string): SignatureRow | undefined {
  return tables.signatures.get(id) as SignatureRow | undefined;
}

export function readSignature(tables: Pick<Tables, 'signatures'>, id: string): Signature | undefined {
  return asSignature(readRow(tables, id));
}

/** The ordinal of signature `id` (the key of its samples, counters and statistics), if stored. */
export function ordinalOf(tables: Pick<Tables, 'signatures'>, id: string): number | undefined {
  return readRow(tables, id)?.ordinal;
}

/**
 * Writes `sig` with the ordinal of `stored` (the row it replaces) and the queue entry `queued`
 * (none when undefined), inside a write transaction.
 */
export function writeRow(tables: Pick<Tables, 'signatures'>, sig: Signature, stored: RowExtras | undefined, queued: InvestigationEntry | undefined): void {
  const row: SignatureRow = { ...asSignature(sig as SignatureRow) };
  if (stored?.ordinal !== undefined) row.ordinal = stored.ordinal;
  if (queued !== undefined) row.queued = queued;
  tables.signatures.putSync(sig.id, row);
}
