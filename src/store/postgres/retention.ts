// Retention and purge on PostgreSQL. Each step deletes a bounded number of rows per statement
// (its own transaction), so replicas' ingest commits interleave with it. Several replicas may
// run retention at once: the deletes are idempotent, and a transaction-level advisory lock
// lets only one of them work through a given step at a time.
import { fingerprintInputOf } from '../../core/fingerprint/input-of.js';
import { upgradeFingerprint, type Fingerprinter } from '../../core/fingerprint/index.js';
import type { Occurrence, Signature } from '../../core/model.js';
import type { PruneCutoffs, PruneResult, PurgeProgress, UpgradeSummary } from '../../core/ports.js';
import { hourBucket, minuteBucket } from '../../core/time-buckets.js';
import { transaction, type Sql } from './connection.js';
import { DEDUPE_WINDOW_MS } from './ingest-writer.js';
import { fromRow, SIGNATURE_COLUMNS, type SignatureRow } from './signature-rows.js';
import { writeSignatures } from './signature-transactions.js';

/** Rows per statement: a few milliseconds of work. */
const BATCH = 5000;
const SIGNATURES_PER_PURGE = 200;


async function deleteInBatches(run: () => Promise<number>, stopped: () => boolean): Promise<number> {
  let total = 0;
  while (!stopped()) {
    const n = await run();
    total += n;
    if (n < BATCH) break;
  }
  return total;
}

export async function pruneExpired(sql: Sql, cutoffs: PruneCutoffs, stopped: () => boolean = () => false): Promise<PruneResult> {
  const count = (rows: { count: number }) => rows.count;
  const dedupe = await deleteInBatches(
    async () => count(await sql`DELETE FROM dedupe WHERE ctid = ANY(ARRAY(SELECT ctid FROM dedupe WHERE stored_ms < ${cutoffs.nowMs - DEDUPE_WINDOW_MS} LIMIT ${BATCH}))`),
    stopped,
  );
  const traceIndex = await deleteInBatches(
    async () => count(await sql`DELETE FROM trace_index WHERE ctid = ANY(ARRAY(SELECT ctid FROM trace_index WHERE hour < ${hourBucket(cutoffs.minuteCountersBeforeMs)} LIMIT ${BATCH}))`),
    stopped,
  );
  const occurrences = await deleteInBatches(
    async () => count(await sql`DELETE FROM occurrences WHERE ctid = ANY(ARRAY(SELECT ctid FROM occurrences WHERE time_ms < ${cutoffs.occurrencesBeforeMs} LIMIT ${BATCH}))`),
    stopped,
  );
  const minuteCounters = await deleteInBatches(
    async () => count(await sql`DELETE FROM counters WHERE ctid = ANY(ARRAY(SELECT ctid FROM counters WHERE kind = 'm' AND bucket < ${minuteBucket(cutoffs.minuteCountersBeforeMs)} LIMIT ${BATCH}))`),
    stopped,
  );
  const hourlyCounters = await deleteInBatches(
    async () => count(await sql`DELETE FROM counters WHERE ctid = ANY(ARRAY(SELECT ctid FROM counters WHERE kind = 'h' AND bucket < ${hourBucket(cutoffs.hourlyCountersBeforeMs)} LIMIT ${BATCH}))`),
    stopped,
  );
  // Service rows of attribute statistics older than two weeks (as the LMDB writer prunes them).
  await sql`DELETE FROM attribute_stats WHERE hour >= 0 AND hour < ${hourBucket(cutoffs.nowMs) - 14 * 24}`;
  return { occurrences, minuteCounters, hourlyCounters, dedupe, traceIndex };
}

export async function countPurgeable(sql: Sql, cutoffMs: number): Promise<number> {
  const [{ n }] = await sql<{ n: number }[]>`SELECT count(*) AS n FROM signatures WHERE merged_into IS NULL AND last_seen_ms < ${cutoffMs}`;
  return n;
}

export async function purgeOlderThan(sql: Sql, cutoffMs: number, onProgress?: (p: PurgeProgress) => void): Promise<{ purged: number; tombstones: number }> {
  const total = await countPurgeable(sql, cutoffMs);
  let purged = 0;
  for (;;) {
    const n = await transaction(sql, async (tx) => {
      // Locked and re-checked: a signature that just occurred again (another replica) stays.
      const ids = (
        await tx<{ id: string }[]>`SELECT id FROM signatures WHERE merged_into IS NULL AND last_seen_ms < ${cutoffMs} ORDER BY last_seen_ms, id LIMIT ${SIGNATURES_PER_PURGE} FOR UPDATE SKIP LOCKED`
      ).map((r) => r.id);
      await deleteSignatures(tx, ids);
      return ids.length;
    });
    if (n === 0) break;
    purged += n;
    onProgress?.({ done: Math.min(purged, total), total });
  }
  let tombstones = 0;
  for (;;) {
    const n = await transaction(sql, async (tx) => {
      const ids = (await tx<{ id: string }[]>`SELECT id FROM signatures WHERE merged_into IS NOT NULL AND last_seen_ms < ${cutoffMs} LIMIT ${SIGNATURES_PER_PURGE} FOR UPDATE SKIP LOCKED`).map((r) => r.id);
      await deleteSignatures(tx, ids);
      return ids.length;
    });
    if (n === 0) break;
    tombstones += n;
  }
  return { purged, tombstones };
}

/** Removes signatures and every row keyed by their ids (trace-index rows expire with retention). */
async function deleteSignatures(tx: Sql, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const list = tx.array(ids);
  await Promise.all([
    tx`DELETE FROM fingerprints WHERE signature_id = ANY(${list}::text[])`,
    tx`DELETE FROM occurrences WHERE signature_id = ANY(${list}::text[])`,
    tx`DELETE FROM counters WHERE signature_id = ANY(${list}::text[])`,
    tx`DELETE FROM investigations WHERE signature_id = ANY(${list}::text[])`,
    tx`DELETE FROM leases WHERE signature_id = ANY(${list}::text[])`,
    tx`DELETE FROM attribute_stats WHERE key = ANY(${tx.array(ids.map((id) => `s:${id}`))}::text[])`,
  ]);
  await tx`DELETE FROM signatures WHERE id = ANY(${list}::text[])`;
}

/** Every signature, merged ones included, in id order, a page at a time. */
export async function* exportSignatures(sql: Sql): AsyncGenerator<Signature> {
  let after = '';
  for (;;) {
    const rows = await sql<SignatureRow[]>`SELECT ${sql.unsafe(SIGNATURE_COLUMNS)} FROM signatures WHERE id > ${after} ORDER BY id LIMIT 500`;
    if (rows.length === 0) return;
    for (const row of rows) yield fromRow(row);
    after = rows.at(-1)!.id;
  }
}

/**
 * Moves signatures of an older fingerprint algorithm to the current one (docs/fingerprinting.md
 * "Versions and upgrades"), in one transaction; replicas starting together take turns on the
 * rows, and the second finds nothing left to move.
 */
export async function upgradeFingerprints(sql: Sql, fingerprinter: Fingerprinter, nowMs: number): Promise<UpgradeSummary> {
  const summary = { upgraded: 0, unchanged: 0, collisions: 0 };
  await transaction(sql, async (tx) => {
    const rows = await tx<SignatureRow[]>`SELECT ${tx.unsafe(SIGNATURE_COLUMNS)} FROM signatures WHERE merged_into IS NULL AND doc->>'algorithm' IS DISTINCT FROM ${fingerprinter.algorithm} ORDER BY id FOR UPDATE`;
    const changed: Signature[] = [];
    for (const sig of rows.map(fromRow)) {
      const [sample] = await tx<{ doc: Occurrence }[]>`SELECT doc FROM occurrences WHERE signature_id = ${sig.id} ORDER BY seq DESC LIMIT 1`;
      const up = upgradeFingerprint(fingerprinter, sig, sample ? fingerprintInputOf(sample.doc) : undefined);
      const next: Signature = { ...sig, algorithm: up.algorithm };
      if (up.fingerprint === sig.fingerprint) summary.unchanged++;
      else {
        const [owner] = await tx<{ signature_id: string }[]>`SELECT signature_id FROM fingerprints WHERE fingerprint = ${up.fingerprint}`;
        if (owner && owner.signature_id !== sig.id) summary.collisions++;
        else {
          next.fingerprint = up.fingerprint;
          next.aliases = [...new Set([...sig.aliases, ...up.aliases])].filter((a) => a !== up.fingerprint);
          summary.upgraded++;
        }
      }
      next.history = [...sig.history, { atMs: nowMs, actor: 'pipeline', action: 'fingerprint-upgraded', reason: `${sig.algorithm} → ${up.algorithm}` }];
      changed.push(next);
    }
    await writeSignatures(tx, changed);
  });
  return summary;
}
