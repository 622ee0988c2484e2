// The investigation queue on PostgreSQL, shared by the replicas. Exactly one replica
// investigates a signature: it takes the signature's lease (holder, expiry) with
// SELECT … FOR UPDATE SKIP LOCKED, so a replica never waits behind another one's claim (it
// moves on to other work), renews the lease while the investigation runs, and a replica that
// died stops renewing: its lease lapses and another replica takes the entry over.
import type { Signature } from '../../core/model.js';
import type { InvestigationEntry } from '../../core/ports.js';
import { pgFailure, transaction, type Sql } from './connection.js';
import { jsonb } from './event-rows.js';
import { QUEUE_CLASS } from './investigation-rows.js';
import { fromRow, SIGNATURE_COLUMNS, type SignatureRow } from './signature-rows.js';
import { writeQueueChanges, writeSignatures } from './signature-transactions.js';

export async function getInvestigation(sql: Sql, id: string): Promise<InvestigationEntry | undefined> {
  const rows = await sql<{ entry: InvestigationEntry }[]>`SELECT entry FROM investigations WHERE signature_id = ${id}`;
  return rows[0]?.entry;
}

export async function enqueueInvestigation(sql: Sql, id: string, entry: InvestigationEntry): Promise<void> {
  await transaction(sql, (tx) => writeQueueChanges(tx, new Map([[id, entry]])));
}

/** Only while the entry is still the same request (reason and enqueue time, core/ports.ts InvestigationQueue). */
export async function rescheduleInvestigation(sql: Sql, id: string, expected: InvestigationEntry, next: InvestigationEntry): Promise<boolean> {
  const rows = await sql`UPDATE investigations SET class = ${QUEUE_CLASS[next.reason] ?? QUEUE_CLASS.new}, enqueued_ms = ${next.enqueuedMs}, not_before_ms = ${next.notBeforeMs}, entry = ${jsonb(next)}::text::jsonb
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
 * Takes the lease of `id` when it is free (none, lapsed, or `holder`'s own). SKIP LOCKED: a
 * lease row another replica is taking or renewing at this instant counts as taken, without
 * waiting for it; a lease row two replicas create at once goes to the first insert.
 */
export async function takeLease(sql: Sql, id: string, holder: string, nowMs: number, ttlMs: number): Promise<boolean> {
  return transaction(sql, async (tx) => {
    const [current] = await tx<{ holder: string; until_ms: number }[]>`SELECT holder, until_ms FROM leases WHERE signature_id = ${id} FOR UPDATE SKIP LOCKED`;
    if (current) {
      if (current.holder !== holder && current.until_ms > nowMs) return false;
      await tx`UPDATE leases SET holder = ${holder}, until_ms = ${nowMs + ttlMs} WHERE signature_id = ${id}`;
      return true;
    }
    // No row, or one locked by another replica's claim: only a fresh insert wins.
    const inserted = await tx`INSERT INTO leases (signature_id, holder, until_ms) VALUES (${id}, ${holder}, ${nowMs + ttlMs}) ON CONFLICT (signature_id) DO NOTHING RETURNING 1`;
    return inserted.length > 0;
  });
}

export async function renewLease(sql: Sql, id: string, holder: string, nowMs: number, ttlMs: number): Promise<boolean> {
  const rows = await sql`UPDATE leases SET until_ms = ${nowMs + ttlMs} WHERE signature_id = ${id} AND holder = ${holder} RETURNING 1`.catch(fail);
  return rows.length > 0;
}

export async function releaseLease(sql: Sql, id: string, holder: string): Promise<void> {
  await sql`DELETE FROM leases WHERE signature_id = ${id} AND holder = ${holder}`.catch(fail);
}

function fail(error: unknown): never {
  throw pgFailure(error);
}
