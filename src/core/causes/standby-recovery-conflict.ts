// A PostgreSQL hot standby cancelling a query that conflicts with the WAL it replays: `canceling
// statement due to conflict with recovery` (or `terminating connection due to conflict with
// recovery`), its DETAIL saying which conflict — `User query might have needed to see row versions
// that must be removed.` (the primary's vacuum removing rows the query's snapshot may still read),
// `User was holding a relation lock for too long.` (a lock the primary took, replayed). The standby
// waits max_standby_streaming_delay (30 s by default) before cancelling, so long queries are hit
// (PostgreSQL's documentation, "Hot Standby": handling query conflicts; onaio/onadata#906, a Celery
// export task's read on the replica; hiero-ledger/hiero-mirror-node#11928). PostgreSQL raises it as
// SQLSTATE 40001, which drivers name a serialization failure (psycopg2's SerializationFailure and
// TransactionRollbackError, Rails' `ActiveRecord::SerializationFailure: PG::TRSerializationFailure`),
// yet no transaction of the service's conflicted with another: the replica chose replay over the
// query, so this is the replica's state and settings, not lock contention.

/** The standby's words for a query or session it cancelled for the replay. */
export const RECOVERY_CONFLICT = /\b(?:canceling statement|terminating connection) due to conflict with recovery\b/i;

/** How a standby cancelling queries for its replay is worded as the peer's state (table.ts, networkKind). */
export const RECOVERY_CONFLICT_WORDS =
  "a hot standby cancelling the queries that conflict with the changes it replays from its primary (`conflict with recovery`: after max_standby_streaming_delay, 30 s by default, replay wins over a query — most often the primary's vacuum removing row versions a long query's snapshot might still need)";

/** The fix: keep the rows the standby's queries read, or let it wait, or run the long reads elsewhere. */
export function recoveryConflictFix(dep: string | undefined, service: string): string {
  const standby = dep ?? 'the standby';
  return `Long reads on ${standby} conflict with the replay of its primary's changes: set hot_standby_feedback = on on ${standby} (the primary's vacuum then keeps the row versions its queries still read, at the cost of some bloat on the primary), or raise its max_standby_streaming_delay (it then falls behind while such a query runs, so its other readers see older rows), or run ${service}'s long queries on a replica kept for them, or in smaller batches that each finish within the delay. Running the same long query again meets the same conflict. No transaction of ${service}'s conflicted with another: this is not lock contention, and ${service}'s code is not at fault.`;
}
