// The PostgreSQL schema and its versions. Every replica runs `migrate` at start-up; an
// advisory lock (PostgreSQL docs, "Advisory Locks") makes the replicas take turns, so exactly
// one applies a version and the others find it applied. A database whose schema is newer than
// this Rounds knows is refused rather than misread (a replica of an older release must not
// write rows a newer one reads differently).
//
// Layout, the same roles as the LMDB tables (docs/scaling.md):
// - signatures: the document (status, history, diagnosis …) as jsonb plus the columns that
//   replicas merge without reading: count (additive), first/last seen (LEAST/GREATEST), the
//   sample sequence; listing sorts on indexes of those columns.
// - fingerprints: fingerprint and aliases → signature id (unique: one signature per fingerprint).
// - dedupe: the dedupe key of every recently stored event, unique, so a collector retry is
//   stored once whichever replica it reaches.
// - occurrences, counters, trace_index, attribute_stats: as in LMDB, keyed the same way.
// - investigations: the queue; leases: which replica investigates a signature, until when.
// - budget: the day's LLM spending, changed only by conditional single-row updates.
// - meta: small documents (the template miner's state, issue numbers).
import type { Sql } from 'postgres';

export const PG_SCHEMA_VERSION = 1;

/** Key of the advisory lock the migrating replica holds (an arbitrary constant: "rounds" in ASCII). */
const MIGRATION_LOCK = 0x726f756e6473;

const MIGRATIONS: Record<number, string[]> = {
  1: [
    `CREATE TABLE signatures (
       id text PRIMARY KEY,
       fingerprint text NOT NULL,
       doc jsonb NOT NULL,
       count bigint NOT NULL DEFAULT 0,
       first_seen_ms bigint NOT NULL,
       last_seen_ms bigint NOT NULL,
       occurrence_seq bigint NOT NULL DEFAULT 0,
       status text NOT NULL,
       service text NOT NULL,
       merged_into text
     )`,
    `CREATE INDEX signatures_by_count ON signatures (count, id) WHERE merged_into IS NULL`,
    `CREATE INDEX signatures_by_last ON signatures (last_seen_ms, id) WHERE merged_into IS NULL`,
    `CREATE INDEX signatures_by_first ON signatures (first_seen_ms, id) WHERE merged_into IS NULL`,
    `CREATE TABLE fingerprints (fingerprint text PRIMARY KEY, signature_id text NOT NULL)`,
    `CREATE TABLE dedupe (key text PRIMARY KEY, stored_ms bigint NOT NULL)`,
    `CREATE INDEX dedupe_by_time ON dedupe (stored_ms)`,
    `CREATE TABLE occurrences (signature_id text NOT NULL, seq bigint NOT NULL, time_ms bigint NOT NULL, doc jsonb NOT NULL, PRIMARY KEY (signature_id, seq))`,
    `CREATE INDEX occurrences_by_time ON occurrences (time_ms)`,
    `CREATE TABLE counters (signature_id text NOT NULL, kind "char" NOT NULL, bucket bigint NOT NULL, count bigint NOT NULL, PRIMARY KEY (signature_id, kind, bucket))`,
    `CREATE TABLE trace_index (hour bigint NOT NULL, trace_id text NOT NULL, signature_id text NOT NULL, PRIMARY KEY (trace_id, hour, signature_id))`,
    `CREATE INDEX trace_index_by_hour ON trace_index (hour)`,
    `CREATE TABLE attribute_stats (key text PRIMARY KEY, hour bigint, doc jsonb NOT NULL)`,
    `CREATE TABLE investigations (
       signature_id text PRIMARY KEY,
       class smallint NOT NULL,
       enqueued_ms bigint NOT NULL,
       not_before_ms bigint NOT NULL,
       entry jsonb NOT NULL
     )`,
    `CREATE TABLE leases (signature_id text PRIMARY KEY, holder text NOT NULL, until_ms bigint NOT NULL)`,
    `CREATE INDEX investigations_by_order ON investigations (class, enqueued_ms, signature_id)`,
    `CREATE TABLE budget (day text PRIMARY KEY, usd double precision NOT NULL)`,
    `CREATE TABLE meta (key text PRIMARY KEY, value jsonb NOT NULL)`,
  ],
};

/** Thrown inside the migration transaction (so it rolls back); the caller names the database. */
export class SchemaFromTheFutureError extends Error {
  constructor(readonly found: number) {
    super(`schema ${found} is newer than ${PG_SCHEMA_VERSION}`);
  }
}

/** Applies the missing versions, one transaction each, under the advisory lock. Returns the version found. */
export async function migrate(sql: Sql): Promise<number> {
  return sql.begin(async (tx) => {
    // Transaction-scoped: released at COMMIT/ROLLBACK, also when the connection dies.
    await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`;
    await tx`CREATE TABLE IF NOT EXISTS rounds_schema (version integer NOT NULL)`;
    const rows = await tx<{ version: number }[]>`SELECT version FROM rounds_schema`;
    const found = rows[0]?.version ?? 0;
    if (found > PG_SCHEMA_VERSION) {
      throw new SchemaFromTheFutureError(found);
    }
    for (let v = found + 1; v <= PG_SCHEMA_VERSION; v++) {
      for (const statement of MIGRATIONS[v]) await tx.unsafe(statement);
    }
    if (rows.length === 0) await tx`INSERT INTO rounds_schema (version) VALUES (${PG_SCHEMA_VERSION})`;
    else if (found < PG_SCHEMA_VERSION) await tx`UPDATE rounds_schema SET version = ${PG_SCHEMA_VERSION}`;
    return found;
  }) as Promise<number>;
}

/** The schema version of a database, without changing it (read-only commands). */
export async function schemaVersion(sql: Sql): Promise<number> {
  const [{ exists }] = await sql<{ exists: boolean }[]>`SELECT to_regclass('rounds_schema') IS NOT NULL AS exists`;
  if (!exists) return 0;
  const rows = await sql<{ version: number }[]>`SELECT version FROM rounds_schema`;
  return rows[0]?.version ?? 0;
}
