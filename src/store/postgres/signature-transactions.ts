// Lifecycle writes on PostgreSQL (resolve, mute, merge, split …, and `update`): the signatures
// named are locked with SELECT … FOR UPDATE (in id order), the pure lifecycle rules run on
// them, and what they put is written back in the same transaction. Ingest commits of any
// replica lock the same rows, so an action and a batch never overwrite each other: whichever
// comes second sees the other's result. The action is visible to every replica at COMMIT.
import type { Signature } from '../../core/model.js';
import type { InvestigationEntry, SignatureTxn } from '../../core/ports.js';
import { transaction, type Sql } from './connection.js';
import { jsonb, text } from './event-rows.js';
import { QUEUE_CLASS } from './investigation-rows.js';
import { fromRow, SIGNATURE_COLUMNS, toDoc, type SignatureRow } from './signature-rows.js';

export async function transactSignatures<T>(sql: Sql, ids: readonly string[], work: (txn: SignatureTxn) => T): Promise<T> {
  return transaction(sql, async (tx) => {
    const wanted = [...new Set(ids)].sort();
    const sigs = new Map<string, Signature>();
    for (const row of await tx<SignatureRow[]>`SELECT ${tx.unsafe(SIGNATURE_COLUMNS)} FROM signatures WHERE id = ANY(${tx.array(wanted)}::text[]) ORDER BY id FOR UPDATE`) sigs.set(row.id, fromRow(row));
    const queue = new Map<string, InvestigationEntry | undefined>();
    for (const row of await tx<{ signature_id: string; entry: InvestigationEntry }[]>`SELECT signature_id, entry FROM investigations WHERE signature_id = ANY(${tx.array(wanted)}::text[])`) queue.set(row.signature_id, row.entry);
    const puts = new Map<string, Signature>();
    const queueChanges = new Map<string, InvestigationEntry | undefined>();
    const result = work({
      get: (id) => puts.get(id) ?? sigs.get(id),
      put: (_current, next) => {
        puts.set(next.id, next);
      },
      investigation: (id) => (queueChanges.has(id) ? queueChanges.get(id) : queue.get(id)),
      enqueue: (id, entry) => {
        queueChanges.set(id, entry);
      },
      dequeue: (id) => {
        queueChanges.set(id, undefined);
      },
    });
    await writeSignatures(tx, [...puts.values()]);
    await writeQueueChanges(tx, queueChanges);
    return result;
  });
}

/** Writes whole signatures (the caller holds their row locks), with the fingerprint index in step. */
export async function writeSignatures(tx: Sql, sigs: Signature[]): Promise<void> {
  if (sigs.length === 0) return;
  sigs.sort((a, b) => (a.id < b.id ? -1 : 1));
  await tx`INSERT INTO signatures (id, fingerprint, doc, count, first_seen_ms, last_seen_ms, occurrence_seq, status, service, merged_into)
    SELECT id, fp, doc::jsonb, n, f, l, seq, st, svc, NULLIF(m, '') FROM unnest(
      ${tx.array(sigs.map((s) => s.id))}::text[], ${tx.array(sigs.map((s) => s.fingerprint))}::text[], ${tx.array(sigs.map((s) => jsonb(toDoc(s))))}::text[],
      ${tx.array(sigs.map((s) => s.count))}::bigint[], ${tx.array(sigs.map((s) => s.firstSeenMs))}::bigint[], ${tx.array(sigs.map((s) => s.lastSeenMs))}::bigint[],
      ${tx.array(sigs.map((s) => s.occurrenceSeq ?? 0))}::bigint[], ${tx.array(sigs.map((s) => s.status))}::text[], ${tx.array(sigs.map((s) => text(s.service)))}::text[],
      ${tx.array(sigs.map((s) => s.mergedInto ?? ''))}::text[]) AS v(id, fp, doc, n, f, l, seq, st, svc, m)
    ON CONFLICT (id) DO UPDATE SET fingerprint = excluded.fingerprint, doc = excluded.doc, count = excluded.count, first_seen_ms = excluded.first_seen_ms,
      last_seen_ms = excluded.last_seen_ms, occurrence_seq = GREATEST(signatures.occurrence_seq, excluded.occurrence_seq), status = excluded.status,
      service = excluded.service, merged_into = excluded.merged_into`;
  // A merged signature's fingerprints point at the merge target (it lists them as aliases).
  const rows: [string, string][] = [];
  for (const s of sigs) if (!s.mergedInto) for (const fp of [s.fingerprint, ...s.aliases]) rows.push([fp, s.id]);
  if (rows.length === 0) return;
  rows.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  await tx`INSERT INTO fingerprints (fingerprint, signature_id) SELECT * FROM unnest(${tx.array(rows.map((r) => r[0]))}::text[], ${tx.array(rows.map((r) => r[1]))}::text[])
    ON CONFLICT (fingerprint) DO UPDATE SET signature_id = excluded.signature_id WHERE fingerprints.signature_id <> excluded.signature_id`;
}

export async function writeQueueChanges(tx: Sql, changes: Map<string, InvestigationEntry | undefined>): Promise<void> {
  const put = [...changes].filter((c): c is [string, InvestigationEntry] => c[1] !== undefined).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const removed = [...changes].filter((c) => c[1] === undefined).map((c) => c[0]);
  if (removed.length > 0) await tx`DELETE FROM investigations WHERE signature_id = ANY(${tx.array(removed)}::text[])`;
  if (put.length === 0) return;
  await tx`INSERT INTO investigations (signature_id, class, enqueued_ms, not_before_ms, entry)
    SELECT * FROM unnest(${tx.array(put.map((r) => r[0]))}::text[], ${tx.array(put.map((r) => QUEUE_CLASS[r[1].reason] ?? QUEUE_CLASS.new))}::smallint[],
      ${tx.array(put.map((r) => r[1].enqueuedMs))}::bigint[], ${tx.array(put.map((r) => r[1].notBeforeMs))}::bigint[], ${tx.array(put.map((r) => jsonb(r[1])))}::text[]::jsonb[])
    ON CONFLICT (signature_id) DO UPDATE SET class = excluded.class, enqueued_ms = excluded.enqueued_ms, not_before_ms = excluded.not_before_ms, entry = excluded.entry`;
}
