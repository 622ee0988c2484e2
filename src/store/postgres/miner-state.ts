// The template miner's state on PostgreSQL, shared by the replicas: one document in `meta`,
// changed only under its row lock. Each replica saves what its own miner knows; saving merges
// with what is stored — for the miner's own state format (core/fingerprint/miner.ts
// MinerState) the union of the clusters by id (ids are hashes of a cluster's first template,
// so two replicas that learn the same template name it alike) — so no replica's templates
// are lost to another's save, and a replica starting up loads what every replica learned.
import type { MinerState } from '../../core/fingerprint/miner.js';
import type { Sql } from './connection.js';
import { jsonb } from './event-rows.js';

const KEY = 'minerState';

type Merge = (stored: unknown, ours: unknown) => unknown;

function isMinerState(state: unknown): state is MinerState {
  return typeof state === 'object' && state !== null && (state as MinerState).version === 2 && Array.isArray((state as MinerState).clusters);
}

/** Ours wins for a cluster both know (it is the newer save); merges are unioned. */
export function unionMinerStates(stored: unknown, ours: unknown): unknown {
  if (!isMinerState(stored) || !isMinerState(ours)) return ours;
  const clusters = new Map(stored.clusters.map((c) => [c.id, c]));
  for (const c of ours.clusters) clusters.set(c.id, c);
  const merged = { ...stored.merged, ...ours.merged };
  // A cluster another replica absorbed is not brought back.
  for (const absorbed of Object.keys(merged)) clusters.delete(absorbed);
  return { version: 2, seq: Math.max(stored.seq, ours.seq), clusters: [...clusters.values()], merged } satisfies MinerState;
}

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

export async function loadMinerState(sql: Sql): Promise<unknown> {
  const rows = await sql<{ value: unknown }[]>`SELECT value FROM meta WHERE key = ${KEY}`;
  return rows.length > 0 ? mapRoutes(rows[0].value, '\ufffe', '\u0000') : undefined;
}

/** Inside a transaction: stores `merge(stored, state)` (union by default) and returns it. */
export async function saveMinerStateInTx(tx: Sql, state: unknown, merge: Merge = unionMinerStates): Promise<unknown> {
  const rows = await tx<{ value: unknown }[]>`SELECT value FROM meta WHERE key = ${KEY} FOR UPDATE`;
  const value = rows.length > 0 ? merge(mapRoutes(rows[0].value, '\ufffe', '\u0000'), state) : state;
  await tx`INSERT INTO meta (key, value) VALUES (${KEY}, ${jsonb(mapRoutes(value, '\u0000', '\ufffe'))}::text::jsonb) ON CONFLICT (key) DO UPDATE SET value = excluded.value`;
  return value;
}
