// A named prepared statement that the server connection already holds, or does not hold: the
// client's session is not its own. PostgreSQL keeps prepared statements per session (its PREPARE
// documentation: 'Prepared statements only last for the duration of the current database
// session'), and a driver that prepares them under names of its own (pgJDBC's `S_1`, `S_2`… once a
// statement has run prepareThreshold times; asyncpg's `__asyncpg_stmt_N__`; Prisma's and
// rust-postgres' `s0`, `s1`…; Rails' `a1`…) expects to find on its connection exactly what it
// prepared there. A pooler in transaction (or statement) mode breaks that: each transaction gets
// whichever server connection is free, so a client's `S_3` meets another client's `S_3` there
// (SQLSTATE 42P05, `prepared statement "S_3" already exists`) or a connection that never saw it
// (26000, `prepared statement "S_3" does not exist`). PgBouncer's documentation says transaction
// pooling breaks protocol-level prepared statements unless max_prepared_statements (1.21 and later)
// is set; its FAQ has JDBC clients set prepareThreshold=0. The threads: PostgREST/postgrest#1011
// ('only changing the pool mode in pgBouncer to Transaction'), pgjdbc/pgjdbc#596 ('you have some
// sort of pool in between'), pgbouncer/pgbouncer#456, airbytehq/airbyte#26873, MagicStack/asyncpg#57
// and #121, rust-postgres/rust-postgres#1054. Every client of the pooler meets it on every query it
// prepares, from the moment the mode changed: a setting of the pooler its clients cannot work with
// (docs/diagnosis.md, missing-config), not the database down, a duplicate row or the code.
//
// Only a statement's name quoted in the server's words is read (its quotes escaped too, as Rust's
// Debug prints rust-postgres' DbError: `message: "prepared statement \"s37\" does not exist"`,
// rust-postgres/rust-postgres#646): PostgreSQL's unnamed statement
// cannot be duplicated, and `relation "…" already exists` or a key that `already exists` are other
// failures (a migration run twice, a unique violation).

/** PostgreSQL refusing a named prepared statement as already there or not there, in each driver's words. */
export const POOLED_PREPARED_STATEMENT =
  /\bprepared statement \\?"[^"\s\\]{1,64}\\?" (?:already exists|does not exist)\b|\b(?:DuplicatePreparedStatementError|InvalidSQLStatementNameError|PG::DuplicatePstatement|PG::InvalidSqlStatementName)\b/;

/** Poolers by the name their clients dial them at (a Service, a host), as the cause names them. */
const POOLERS: [RegExp, string][] = [
  [/pgbouncer/i, 'PgBouncer'],
  [/pgcat/i, 'pgcat'],
  [/supavisor|pooler\.supabase/i, 'Supavisor'],
  [/odyssey/i, 'Odyssey'],
];

/** The pooler a callee's name says it is, if it says. */
function poolerNamed(callee: string | undefined): string | undefined {
  return callee === undefined ? undefined : POOLERS.find(([re]) => re.test(callee))?.[1];
}

/** The cause and fix for `service`'s named prepared statements refused through `callee` (the peer its failing calls go to). */
export function pooledPreparedStatement(service: string, callee: string | undefined): { cause: string; fix: string } {
  const named = poolerNamed(callee);
  const pooler = named ? `${named}${callee ? ` (${callee})` : ''}` : `a connection pooler in transaction pooling mode between ${service} and PostgreSQL (PgBouncer, Supavisor, pgcat)${callee ? `, at ${callee}` : ''}`;
  return {
    cause: `${named ? `${pooler} runs in transaction pooling mode` : `${pooler[0].toUpperCase()}${pooler.slice(1)} hands each transaction whichever server connection is free`}, while ${service}'s PostgreSQL driver prepares named statements on what it takes to be its own session: a statement it prepared is found on another client's server connection under the same name (already exists) or missing from the one it is handed (does not exist). Every client of the pooler that prepares statements meets it on any query, from the moment the pooling mode changed — a setting of the pooler its clients cannot work with, not the database failing or the code`,
    fix: `Make the pooler and its clients agree: put ${named ?? 'the pooler'} back in session pooling for these clients (pool_mode = session for their database or user), or, on PgBouncer 1.21 or later, set max_prepared_statements (for example 200) so it tracks protocol-level prepared statements across server connections; or have the clients prepare no named statements (pgJDBC prepareThreshold=0, Prisma's pgbouncer=true, asyncpg's statement_cache_size=0, Rails' prepared_statements: false). Change the pooling mode only together with its clients' settings.`,
  };
}
