// The investigation queue on PostgreSQL, shared by the replicas. Exactly one replica
// investigates a signature: it takes a lease on the queue row (holder, expiry) with
// SELECT … FOR UPDATE SKIP LOCKED, so a replica never waits behind another one's claim (it
// moves on to other work), renews the lease while the investigation runs, and a replica that
// died stops renewing: its lease lapses and another replica takes the entry over.
import type { Signature } from '../../core/model.js';
import type { InvestigationEntry } from '../ingest-writer.js';
import { pgFailure, transaction, type Sql } from './connection.js';
import { jsonb } from './event-rows.js';
import { QUEUE_CLASS } from './investigation-rows.js';
import { fromRow, SIGNATURE_COLUMNS, type SignatureRow } from './signature-rows.js';
import { writeQueueChanges, writeSignatures } from './signature-transactions.js';

/** "The same request": reason and enqueue time equal (core/ports.ts InvestigationQueue). */
const sameRequest = (a: InvestigationEntry, b: InvestigationEntry) => a.reason === b.reason && a.enqueuedMs === b.enqueuedMs;

export async function getInvestigation(sql: Sql, id: string): Promise<InvestigationEntry | undefined> {
  const rows = await sql<{ entry: InvestigationEntry }[]>`SELECT entry FROM investigations WHERE signature_id = ${id}`;
  return rows[0]?.entry;
}

export async function enqueueInvestigation(sql: Sql, id: string, entry: InvestigationEntry): Promise<void> {
  await transaction(sql, (tx) => writeQueueChanges(tx, new Map([[id, entry]])));
}

export async function rescheduleInvestigation(sql: Sql, id: string, expected: InvestigationEntry, next: InvestigationEntry): Promise<boolean> {
  const rows = await sql`UPDATE investigations SET class = ${QUEUE_CLASS[next.reason] ?? QUEUE_CLASS.new}, enqueued_ms = ${next.enqueuedMs}, not_before_ms = ${next.notBeforeMs}, entry = ${jsonb(next)}::jsonb
    WHERE signature_id = ${id} AND entry->>'reason' = ${expected.reason} AND (entry->>'enqueuedMs')::bigint = ${expected.enqueuedMs} RETURNING 1`.catch(fail);
  return rows.length > 0;
}

export async function dequeueInvestigation(sql: Sql, id: string, expected?: InvestigationEntry): Promise<boolean> {
  const rows = expected
    ? await sql`DELETE FROM investigations WHERE signature_id = ${id} AND entry->>'reason' = ${expected.reason} AND (entry->>'enqueuedMs')::bigint = ${expected.enqueuedMs} RETURNING 1`.catch(fail)
    : await sql`DELETE FROM investigations WHERE signature_id = ${id} RETURNING 1`.catch(fail);
  return rows.length > 0;
}

export async function queueHead(sql: Sql, limit: number): Promise<[string, InvestigationEntry][]> {
  const rows = Number.isFinite(limit)
    ? await sql<{ signature_id: string; entry: InvestigationEntry }[]>`SELECT signature_id, entry FROM investigations ORDER BY class, enqueued_ms, signature_id LIMIT ${Math.max(0, limit)}`
    : await sql<{ signature_id: string; entry: InvestigationEntry }[]>`SELECT signature_id, entry FROM investigations ORDER BY class, enqueued_ms, signature_id`;
  return rows.map((r) => [r.signature_id, r.entry]);
}

export async function queueSize(sql: Sql): Promise<number> {
  const [{ n }] = await sql<{ n: number }[]>`SELECT count(*) AS n FROM investigations`;
  return n;
}

export async function shedNewInvestigations(sql: Sql, keep: number, limit: number, atMs: number, reason: string): Promise<Signature[]> {
  return transaction(sql, async (tx) => {
    const [{ n }] = await tx<{ n: number }[]>`SELECT count(*) AS n FROM investigations WHERE class = ${QUEUE_CLASS.new}`;
    const excess = Math.min(limit, n - keep);
    if (excess <= 0) return [];
    // Newest first; entries another replica is investigating right now (locked) are left alone.
    const ids = (
      await tx<{ signature_id: string }[]>`SELECT signature_id FROM investigations WHERE class = ${QUEUE_CLASS.new}
        ORDER BY enqueued_ms DESC, signature_id DESC LIMIT ${excess} FOR UPDATE SKIP LOCKED`
    ).map((r) => r.signature_id);
    if (ids.length === 0) return [];
    const sigs = (await tx<SignatureRow[]>`SELECT ${tx.unsafe(SIGNATURE_COLUMNS)} FROM signatures WHERE id = ANY(${tx.array([...ids].sort())}::text[]) ORDER BY id FOR UPDATE`).map(fromRow);
    await tx`DELETE FROM investigations WHERE signature_id = ANY(${tx.array(ids)}::text[])`;
    const shed = sigs.map((sig): Signature => ({ ...sig, history: [...sig.history, { atMs, actor: 'investigator', action: 'investigation-shed', reason }] }));
    await writeSignatures(tx, shed);
    return shed;
  });
}

/**
 * Takes the lease of `id` when its row is free (no live lease, or `holder`'s own). SKIP LOCKED:
 * a row another replica is claiming at this instant counts as taken, without waiting for it.
 */
export async function takeLease(sql: Sql, id: string, holder: string, nowMs: number, ttlMs: number): Promise<boolean> {
  const rows = await sql`
    UPDATE investigations SET lease_owner = ${holder}, lease_until_ms = ${nowMs + ttlMs}
    WHERE signature_id = (
      SELECT signature_id FROM investigations
      WHERE signature_id = ${id} AND (lease_owner IS NULL OR lease_owner = ${holder} OR lease_until_ms <= ${nowMs})
      FOR UPDATE SKIP LOCKED)
    RETURNING 1`.catch(fail);
  return rows.length > 0;
}

export async function renewLease(sql: Sql, id: string, holder: string, nowMs: number, ttlMs: number): Promise<boolean> {
  const rows = await sql`UPDATE investigations SET lease_until_ms = ${nowMs + ttlMs} WHERE signature_id = ${id} AND lease_owner = ${holder} RETURNING 1`.catch(fail);
  // The entry may have been dequeued by the holder's own outcome; the lease then ends with it.
  return rows.length > 0;
}

export async function releaseLease(sql: Sql, id: string, holder: string): Promise<void> {
  await sql`UPDATE investigations SET lease_owner = NULL, lease_until_ms = NULL WHERE signature_id = ${id} AND lease_owner = ${holder}`.catch(fail);
}

function fail(error: unknown): never {
  throw pgFailure(error);
}
