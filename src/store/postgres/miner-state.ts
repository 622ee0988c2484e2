// The template miner's state on PostgreSQL, shared by the replicas: one document in `meta`,
// changed only under its row lock. Each replica saves what its own miner knows; saving merges
// with what is stored (core/fingerprint/miner-merge.ts, the merge every replica's miner applies
// too), so no replica's templates are lost to another's save, and a replica loading it —
// at start-up and then every MINER_REFRESH_INTERVAL — gets what every replica learned.
import { mergeSavedMinerStates } from '../../core/fingerprint/index.js';
import type { Sql } from './connection.js';
import { jsonb } from './event-rows.js';

const KEY = 'minerState';

type Merge = (stored: unknown, ours: unknown) => unknown;


/**
 * Routes join their parts with NUL, which jsonb cannot hold: stored with NUL as U+FFFE (a
 * noncharacter no text carries) and turned back on load.
 */
function mapRoutes(state: unknown, from: string, to: string): unknown {
  // Any version of the miner's state: version 1 kept routes the same way.
  const clusters = (state as { clusters?: unknown } | null)?.clusters;
  if (!Array.isArray(clusters)) return state;
  return {
    ...(state as object),
    clusters: clusters.map((c: { route?: unknown }) => (typeof c?.route === 'string' ? { ...c, route: c.route.split(from).join(to) } : c)),
  };
}

/**
 * Changes whenever the state is saved: the row version's transaction id (`xmin`; an UPDATE
 * writes a new row version), so a replica polling for other replicas' templates reads the
 * whole document only when it changed. Undefined while nothing is stored.
 */
export async function minerStateVersion(sql: Sql): Promise<string | undefined> {
  const rows = await sql<{ version: string }[]>`SELECT xmin::text AS version FROM meta WHERE key = ${KEY}`;
  return rows[0]?.version;
}

export async function loadMinerState(sql: Sql): Promise<unknown> {
  const rows = await sql<{ value: unknown }[]>`SELECT value FROM meta WHERE key = ${KEY}`;
  return rows.length > 0 ? mapRoutes(rows[0].value, '\ufffe', '\u0000') : undefined;
}

/** Inside a transaction: stores `merge(stored, state)` (the miner's merge by default) and returns it. */
export async function saveMinerStateInTx(tx: Sql, state: unknown, merge: Merge = mergeSavedMinerStates): Promise<unknown> {
  const rows = await tx<{ value: unknown }[]>`SELECT value FROM meta WHERE key = ${KEY} FOR UPDATE`;
  const value = rows.length > 0 ? merge(mapRoutes(rows[0].value, '\ufffe', '\u0000'), state) : state;
  await tx`INSERT INTO meta (key, value) VALUES (${KEY}, ${jsonb(mapRoutes(value, '\u0000', '\ufffe'))}::text::jsonb) ON CONFLICT (key) DO UPDATE SET value = excluded.value`;
  return value;
}
