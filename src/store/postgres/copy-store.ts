// Copies a whole store (read through the store port, so any implementation: an LMDB data dir
// in practice) into an empty PostgreSQL store, for `rounds migrate-store`: signatures with
// their history, aliases and merges, occurrence samples, minute and hour counters, the trace
// index (rebuilt from the samples' trace ids), attribute statistics of each signature, the
// investigation queue, the template miner's state, the budget ledger and GitHub issue numbers.
// Dedupe keys are not copied: they matter for minutes, and the source was stopped first.
// Each signature is copied in one transaction with everything it owns, so an interrupted copy
// leaves whole signatures, and the target refuses a second copy over a non-empty database.
import type { Signature } from '../../core/model.js';
import type { Store } from '../../core/ports.js';
import { HOUR_MS, hourBucket, minuteBucket } from '../../core/time-buckets.js';
import { transaction, type Sql } from './connection.js';
import { jsonb, text } from './event-rows.js';
import type { PgStore } from './pg-store.js';
import { writeQueueChanges, writeSignatures } from './signature-transactions.js';

/** How far back minute counters are read (minute counters are pruned long before this). */
const MINUTE_HISTORY_MS = 14 * 24 * HOUR_MS;
/** Samples read per signature: more than any sample policy keeps. */
const SAMPLES_READ = 100_000;

export interface CopySummary {
  signatures: number;
  occurrences: number;
  counterRows: number;
  queued: number;
  budgetDays: number;
  issueNumbers: number;
  minerState: boolean;
}

export class TargetNotEmptyError extends Error {}

export async function copyStore(source: Store, target: PgStore, onProgress?: (done: number) => void): Promise<CopySummary> {
  const sql = target.sql;
  const [{ n }] = await sql<{ n: number }[]>`SELECT count(*) AS n FROM signatures`;
  if (n > 0) throw new TargetNotEmptyError(`the PostgreSQL database ${target.location} already holds ${n} signatures; migrate into an empty database`);
  const summary: CopySummary = { signatures: 0, occurrences: 0, counterRows: 0, queued: 0, budgetDays: 0, issueNumbers: 0, minerState: false };
  const queue = new Map((await source.queueHead(Infinity)).map(([id, entry]) => [id, entry]));
  for await (const sig of source.exportSignatures()) {
    await transaction(sql, (tx) => copySignature(source, tx, sig, queue, summary));
    summary.signatures++;
    if (summary.signatures % 100 === 0) onProgress?.(summary.signatures);
    const issue = await source.issueNumbers.get(sig.fingerprint);
    if (issue !== undefined) {
      await target.issueNumbers.set(sig.fingerprint, issue);
      summary.issueNumbers++;
    }
  }
  onProgress?.(summary.signatures);
  const miner = await source.loadMinerState();
  if (miner !== undefined) {
    await target.saveMinerState(miner);
    summary.minerState = true;
  }
  for (const { day, usd } of await source.budgetDays()) {
    await target.recordSpend(day, usd);
    summary.budgetDays++;
  }
  return summary;
}

async function copySignature(source: Store, tx: Sql, sig: Signature, queue: Map<string, unknown>, summary: CopySummary): Promise<void> {
  // Most recent first from the port; stored oldest first with fresh sequence numbers.
  const samples = (await source.listOccurrences(sig.id, SAMPLES_READ)).reverse();
  await writeSignatures(tx, [{ ...sig, occurrenceSeq: samples.length }]);
  if (samples.length > 0) {
    await tx`INSERT INTO occurrences (signature_id, seq, time_ms, doc)
      SELECT ${sig.id}, seq, t, doc::jsonb FROM unnest(${tx.array(samples.map((_, i) => i))}::bigint[], ${tx.array(samples.map((o) => (Number.isFinite(o.timeMs) ? Math.trunc(o.timeMs) : 0)))}::bigint[],
        ${tx.array(samples.map((o) => jsonb(o)))}::text[]) AS v(seq, t, doc)`;
    summary.occurrences += samples.length;
    const traces = [...new Set(samples.filter((o) => o.traceId).map((o) => `${hourBucket(o.timeMs)}\u0000${text(o.traceId!)}`))];
    if (traces.length > 0) {
      await tx`INSERT INTO trace_index (hour, trace_id, signature_id)
        SELECT h, t, ${sig.id} FROM unnest(${tx.array(traces.map((k) => Number(k.split('\u0000')[0])))}::bigint[], ${tx.array(traces.map((k) => k.split('\u0000')[1]))}::text[]) AS v(h, t)
        ON CONFLICT DO NOTHING`;
    }
  }
  const rows: [string, number, number][] = [];
  const hours = await source.counts(sig.id, 'hour', sig.firstSeenMs, sig.lastSeenMs);
  const firstHour = hourBucket(sig.firstSeenMs);
  hours.forEach((count, i) => count > 0 && rows.push(['h', firstHour + i, count]));
  const minuteFrom = Math.max(sig.firstSeenMs, sig.lastSeenMs - MINUTE_HISTORY_MS);
  const minutes = await source.counts(sig.id, 'minute', minuteFrom, sig.lastSeenMs);
  const firstMinute = minuteBucket(minuteFrom);
  minutes.forEach((count, i) => count > 0 && rows.push(['m', firstMinute + i, count]));
  if (rows.length > 0) {
    await tx`INSERT INTO counters (signature_id, kind, bucket, count)
      SELECT ${sig.id}, k, b, c FROM unnest(${tx.array(rows.map((r) => r[0]))}::text[], ${tx.array(rows.map((r) => r[1]))}::bigint[], ${tx.array(rows.map((r) => r[2]))}::bigint[]) AS v(k, b, c)`;
    summary.counterRows += rows.length;
  }
  if (!sig.mergedInto) {
    const stats = await source.attributeStats(sig);
    if (stats) await tx`INSERT INTO attribute_stats (key, hour, doc) VALUES (${`s:${sig.id}`}, -1, ${jsonb(stats.signature)}::text::jsonb) ON CONFLICT (key) DO NOTHING`;
  }
  const entry = queue.get(sig.id);
  if (entry) {
    await writeQueueChanges(tx, new Map([[sig.id, entry as never]]));
    summary.queued++;
  }
}
