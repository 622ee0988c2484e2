// A signature as a PostgreSQL row: the document in `doc`, and the fields replicas merge
// without reading (count, first/last seen, the sample sequence) in columns, which are the
// truth for those fields (the document's copies of them are not read).
import type { Signature } from '../../core/model.js';

export interface SignatureRow {
  id: string;
  doc: Signature;
  count: number;
  first_seen_ms: number;
  last_seen_ms: number;
  occurrence_seq: number;
}

/** The columns `fromRow` needs, for SELECT lists. */
export const SIGNATURE_COLUMNS = 'id, doc, count, first_seen_ms, last_seen_ms, occurrence_seq';

export function fromRow(row: SignatureRow): Signature {
  // An absent field reads back absent (a cleared mute or resolution is never null).
  const doc = Object.fromEntries(Object.entries(row.doc).filter(([, v]) => v !== null)) as unknown as Signature;
  return { ...doc, id: row.id, count: row.count, firstSeenMs: row.first_seen_ms, lastSeenMs: row.last_seen_ms, occurrenceSeq: row.occurrence_seq };
}

/** The document stored for a signature (the merged fields live in their columns). */
export function toDoc(sig: Signature): Omit<Signature, 'count' | 'firstSeenMs' | 'lastSeenMs' | 'occurrenceSeq'> {
  const { count: _c, firstSeenMs: _f, lastSeenMs: _l, occurrenceSeq: _s, ...doc } = sig;
  return doc;
}
