// A signature's row in the `signatures` table: the signature itself and, while it waits for an
// investigation, its queue entry under `queued` (schema 6). The entry is written with the
// signature it belongs to, so a new signature's record and its entry cost one write, where a
// separate entries table cost two; the queue's order stays in its own index
// (investigation-queue.ts). Everything that reads a signature for use outside the store goes
// through `readSignature`/`asSignature`, which leave the entry out; everything that rewrites a
// row keeps the entry the row holds.
import type { Signature } from '../../core/model.js';
import type { InvestigationEntry } from '../../core/ports.js';
import type { Tables } from './environment.js';

export type SignatureRow = Signature & { queued?: InvestigationEntry };

/** The signature a row holds, without its queue entry (the row, when it has none). */
export function asSignature(row: SignatureRow): Signature;
export function asSignature(row: SignatureRow | undefined): Signature | undefined;
export function asSignature(row: SignatureRow | undefined): Signature | undefined {
  if (row?.queued === undefined) return row;
  const { queued: _queued, ...sig } = row;
  return sig;
}

export function readRow(tables: Pick<Tables, 'signatures'>, id: string): SignatureRow | undefined {
  return tables.signatures.get(id) as SignatureRow | undefined;
}

export function readSignature(tables: Pick<Tables, 'signatures'>, id: string): Signature | undefined {
  return asSignature(readRow(tables, id));
}

/** Writes `sig` with the queue entry `queued` (none when undefined), inside a write transaction. */
export function writeRow(tables: Pick<Tables, 'signatures'>, sig: Signature, queued: InvestigationEntry | undefined): void {
  const row: SignatureRow = asSignature(sig as SignatureRow);
  tables.signatures.putSync(sig.id, queued === undefined ? row : { ...row, queued });
}
