// The template miner's state on PostgreSQL, shared by the replicas: one row per cluster and
// per merge, written as upserts by cluster id (ids are hashes of a cluster's first template,
// so two replicas that learn the same template write the same row). A replica starting up
// loads the union of what every replica learned (core/fingerprint/miner.ts MinerState).
// Routes hold NUL separators, which a text column cannot: they are stored URI-encoded.
import type { MinerState } from '../../core/fingerprint/miner.js';
import type { Sql } from './connection.js';
import { jsonb } from './event-rows.js';

/** The statements that save what changed since the last save (`sent`: id → JSON as last written). */
export function minerRows(tx: Sql, state: unknown, sent: Map<string, string>): Promise<unknown>[] {
  const s = state as Partial<MinerState> | undefined;
  if (!s || !Array.isArray(s.clusters)) return [];
  const changed = s.clusters.filter((c) => {
    const json = jsonb([c.route, c.template, c.count, c.seq]);
    if (sent.get(c.id) === json) return false;
    sent.set(c.id, json);
    return true;
  });
  changed.sort((a, b) => (a.id < b.id ? -1 : 1));
  const out: Promise<unknown>[] = [];
  if (changed.length > 0) {
    out.push(tx`INSERT INTO miner_clusters (id, seq, route, template, count)
      SELECT * FROM unnest(${tx.array(changed.map((c) => c.id))}::text[], ${tx.array(changed.map((c) => c.seq))}::bigint[], ${tx.array(changed.map((c) => encodeURIComponent(c.route)))}::text[],
                           ${tx.array(changed.map((c) => jsonb(c.template)))}::jsonb[], ${tx.array(changed.map((c) => c.count))}::bigint[])
      ON CONFLICT (id) DO UPDATE SET template = excluded.template, route = excluded.route, count = GREATEST(miner_clusters.count, excluded.count)`);
  }
  const merged = Object.entries(s.merged ?? {}).filter(([from, to]) => {
    const key = `merged\u0000${from}`;
    if (sent.get(key) === to) return false;
    sent.set(key, to);
    return true;
  });
  merged.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  if (merged.length > 0) {
    out.push(tx`INSERT INTO miner_merged (absorbed, survivor) SELECT * FROM unnest(${tx.array(merged.map((m) => m[0]))}::text[], ${tx.array(merged.map((m) => m[1]))}::text[])
      ON CONFLICT (absorbed) DO UPDATE SET survivor = excluded.survivor`);
  }
  return out;
}

/** The union of every replica's clusters, in the miner's state format; undefined when none. */
export async function loadMinerState(sql: Sql): Promise<MinerState | undefined> {
  const clusters = await sql<{ id: string; seq: number; route: string; template: string[]; count: number }[]>`SELECT id, seq, route, template, count FROM miner_clusters ORDER BY seq, id`;
  const merged = await sql<{ absorbed: string; survivor: string }[]>`SELECT absorbed, survivor FROM miner_merged`;
  if (clusters.length === 0 && merged.length === 0) return undefined;
  return {
    version: 2,
    seq: clusters.reduce((max, c) => Math.max(max, c.seq), 0),
    clusters: clusters.map((c) => ({ id: c.id, seq: c.seq, route: decodeURIComponent(c.route), template: c.template, count: c.count })),
    merged: Object.fromEntries(merged.map((m) => [m.absorbed, m.survivor])),
  };
}
