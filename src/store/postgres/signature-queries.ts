// Reads of signatures on PostgreSQL for the investigator, the API, the CLI and the console.
// A list page is one keyset query on the index of its sort column (count, last or first
// seen, then id), so its cost is the page, not the number of signatures.
import { hourBucket, minuteBucket } from '../../core/time-buckets.js';
import { mergeStats, type AttributeStats, type SignatureAttributeStats } from '../../core/attribute-stats.js';
import { SIGNATURE_STATUSES, type Occurrence, type Signature, type SignatureStatus } from '../../core/model.js';
import { matchesTextSearch } from '../../core/text-search.js';
import type { ListPage, ListQuery, SortOrder, StoreStats } from '../../core/ports.js';
import { AmbiguousIdError, SignatureNotFoundError } from '../../core/store-errors.js';
import { decodeCursor, encodeCursor, sortValue } from '../list-cursor.js';
import type { Sql } from './connection.js';
import { text } from './event-rows.js';
import { fromRow, SIGNATURE_COLUMNS, type SignatureRow } from './signature-rows.js';
import { healthyPerMinute, trafficHours } from '../../core/traffic.js';

/** How many signatures an ambiguous id prefix names. */
const CANDIDATES_SHOWN = 5;
/** Longest stretch of service hours read for one attribute comparison (as the LMDB store). */
const MAX_HOURS = 24;
/** Rows fetched per query while a free-text filter (applied here) skips rows. */
const CHUNK = 500;

const SORT_COLUMN: Record<SortOrder, string> = { count: 'count', last: 'last_seen_ms', first: 'first_seen_ms' };

export async function getSignature(sql: Sql, id: string): Promise<Signature | undefined> {
  const rows = await sql<SignatureRow[]>`SELECT ${sql.unsafe(SIGNATURE_COLUMNS)} FROM signatures WHERE id = ${id}`;
  return rows[0] && fromRow(rows[0]);
}

export async function findSignature(sql: Sql, idOrPrefix: string): Promise<Signature | undefined> {
  const exact = await getSignature(sql, idOrPrefix);
  if (exact) return exact;
  if (!/^[0-9a-f]{1,32}$/.test(idOrPrefix)) return undefined;
  // Ids are lowercase hex, which every collation orders alike: the primary key serves the range.
  const rows = await sql<SignatureRow[]>`SELECT ${sql.unsafe(SIGNATURE_COLUMNS)} FROM signatures WHERE id >= ${idOrPrefix} ORDER BY id LIMIT ${CANDIDATES_SHOWN + 1}`;
  const matches = rows.filter((r) => r.id.startsWith(idOrPrefix)).map(fromRow);
  if (matches.length > 1) {
    const shown = matches.slice(0, CANDIDATES_SHOWN).map((m) => `${m.id} (${m.service}: ${m.type})`);
    const more = matches.length > CANDIDATES_SHOWN ? ', …' : '';
    throw new AmbiguousIdError(`id prefix "${idOrPrefix}" matches more than one signature: ${shown.join(', ')}${more}`);
  }
  return matches[0];
}

export async function requireSignature(sql: Sql, idOrPrefix: string): Promise<Signature> {
  const sig = await findSignature(sql, idOrPrefix);
  if (!sig) throw new SignatureNotFoundError(`no signature ${idOrPrefix}`);
  return sig;
}

export async function findByFingerprint(sql: Sql, fingerprint: string): Promise<Signature | undefined> {
  const rows = await sql<SignatureRow[]>`SELECT ${sql.unsafe(SIGNATURE_COLUMNS.replace(/(\w+)/g, 's.$1'))} FROM fingerprints f JOIN signatures s ON s.id = f.signature_id WHERE f.fingerprint = ${fingerprint}`;
  return rows[0] && fromRow(rows[0]);
}

export async function listOccurrences(sql: Sql, signatureId: string, limit: number): Promise<Occurrence[]> {
  const rows = await sql<{ doc: Occurrence }[]>`SELECT doc FROM occurrences WHERE signature_id = ${signatureId} ORDER BY seq DESC LIMIT ${Math.max(0, Math.min(limit, 1_000_000))}`;
  return rows.map((r) => r.doc);
}

export async function counts(sql: Sql, signatureId: string, granularity: 'minute' | 'hour', fromMs: number, toMs: number): Promise<number[]> {
  const bucketOf = granularity === 'minute' ? minuteBucket : hourBucket;
  const from = bucketOf(fromMs);
  const to = bucketOf(toMs);
  const out = new Array<number>(Math.max(0, to - from + 1)).fill(0);
  const rows = await sql<{ bucket: number; count: number }[]>`SELECT bucket, count FROM counters WHERE signature_id = ${signatureId} AND kind = ${granularity === 'minute' ? 'm' : 'h'} AND bucket BETWEEN ${from} AND ${to}`;
  for (const r of rows) out[r.bucket - from] = r.count;
  return out;
}

export async function listSignatures(sql: Sql, query: ListQuery): Promise<ListPage> {
  const sort = query.sort ?? 'last';
  const ascending = query.ascending ?? false;
  let after = query.cursor ? decodeCursor(query.cursor, sort, ascending) : undefined;
  const maxScan = query.maxScan ?? Infinity;
  const column = sql.unsafe(SORT_COLUMN[sort]);
  const dir = sql.unsafe(ascending ? 'ASC' : 'DESC');
  const items: Signature[] = [];
  let scanned = 0;
  let last: Signature | undefined;
  let exhausted = false;
  // Only "seen since" narrows the query itself (its rows are a prefix of the last-seen order
  // and an index range otherwise); the other filters are applied to the rows read, which
  // count against maxScan as in every store (core/ports.ts ListQuery).
  const filtered = query.search !== undefined || (query.status?.length ?? 0) > 0 || query.service !== undefined || query.release !== undefined || query.tag !== undefined;
  for (;;) {
    const budget = maxScan - scanned;
    if (budget <= 0 || items.length >= query.limit) break;
    // One row more than wanted says whether more follow.
    const want = Math.max(1, filtered ? Math.min(CHUNK, budget) : Math.min(query.limit - items.length, budget));
    const keyset = after ? (ascending ? sql`AND (${column}, id) > (${after[0]}, ${after[1]})` : sql`AND (${column}, id) < (${after[0]}, ${after[1]})`) : sql``;
    const rows = await sql<SignatureRow[]>`
      SELECT ${sql.unsafe(SIGNATURE_COLUMNS)} FROM signatures
      WHERE merged_into IS NULL ${keyset}
        ${query.sinceMs !== undefined ? sql`AND last_seen_ms >= ${query.sinceMs}` : sql``}
      ORDER BY ${column} ${dir}, id ${dir}
      LIMIT ${want + 1}`;
    let consumed = 0;
    for (const row of rows.slice(0, want)) {
      const sig = fromRow(row);
      scanned++;
      consumed++;
      last = sig;
      if (matches(sig, query)) items.push(sig);
      if (items.length >= query.limit) break;
    }
    if (consumed === rows.length) {
      exhausted = true;
      break;
    }
    after = [sortValue(last!, sort), last!.id];
  }
  return { items, scanned, nextCursor: !exhausted && last ? encodeCursor(sort, ascending, last) : undefined };
}

function matches(sig: Signature, q: ListQuery): boolean {
  if (q.status && q.status.length > 0 && !q.status.includes(sig.status)) return false;
  if (q.service !== undefined && sig.service !== q.service) return false;
  if (q.release !== undefined && !sig.releases.includes(q.release)) return false;
  if (q.tag !== undefined && !sig.tags.includes(q.tag)) return false;
  if (q.search !== undefined && !matchesTextSearch(sig, q.search)) return false;
  return true;
}

export async function signaturesInTrace(sql: Sql, traceId: string, nowMs: number, hours = 48): Promise<string[]> {
  const newest = hourBucket(nowMs);
  const rows = await sql<{ signature_id: string }[]>`SELECT DISTINCT signature_id FROM trace_index WHERE trace_id = ${text(traceId)} AND hour > ${newest - hours} AND hour <= ${newest}`;
  return rows.map((r) => r.signature_id);
}

export async function attributeStats(sql: Sql, sig: Signature): Promise<SignatureAttributeStats | undefined> {
  const to = hourBucket(sig.lastSeenMs);
  const from = Math.max(hourBucket(sig.firstSeenMs), to - MAX_HOURS + 1);
  const keys = [`s:${sig.id}`];
  const service = text(sig.service);
  for (let h = from; h <= to; h++) keys.push(`e:${h}:${service}`, `h:${h}:${service}`);
  // The healthy rows before those too, for the service's traffic per minute (core/traffic.ts).
  const traffic = trafficHours(sig.firstSeenMs, sig.lastSeenMs);
  if (traffic) for (let h = traffic.from; h < from; h++) keys.push(`h:${h}:${service}`);
  const rows = await sql<{ key: string; doc: AttributeStats }[]>`SELECT key, doc FROM attribute_stats WHERE key = ANY(${sql.array(keys)}::text[])`;
  const byKey = new Map(rows.map((r) => [r.key, r.doc]));
  const signature = byKey.get(`s:${sig.id}`);
  if (!signature) return undefined;
  const errors: AttributeStats[] = [];
  const healthy: AttributeStats[] = [];
  for (let h = from; h <= to; h++) {
    const e = byKey.get(`e:${h}:${service}`);
    if (e) errors.push(e);
    const ok = byKey.get(`h:${h}:${service}`);
    if (ok) healthy.push(ok);
  }
  const serviceHealthy = healthy.length ? mergeStats(healthy) : undefined;
  const perMinute = healthyPerMinute((h) => byKey.get(`h:${h}:${service}`), sig.firstSeenMs, sig.lastSeenMs);
  return {
    signature,
    serviceErrors: mergeStats(errors),
    ...(serviceHealthy && serviceHealthy.total > 0 ? { serviceHealthy } : {}),
    ...(perMinute ? { healthyPerMinute: perMinute } : {}),
    fromMs: from * 3_600_000,
    toMs: (to + 1) * 3_600_000,
  };
}

export async function storeStats(sql: Sql, location: string, nowMs: number): Promise<StoreStats> {
  const byStatus = Object.fromEntries(SIGNATURE_STATUSES.map((s) => [s, 0])) as Record<SignatureStatus, number>;
  const [statusRows, totals, hour, day, queued, size] = await Promise.all([
    sql<{ status: SignatureStatus; n: number }[]>`SELECT status, count(*) AS n FROM signatures WHERE merged_into IS NULL GROUP BY status`,
    sql<{ merged: number; regressed: number; events: number }[]>`SELECT count(*) FILTER (WHERE merged_into IS NOT NULL) AS merged,
        count(*) FILTER (WHERE merged_into IS NULL AND (doc->>'regressed')::boolean) AS regressed,
        coalesce(sum(count) FILTER (WHERE merged_into IS NULL), 0)::bigint AS events FROM signatures`,
    sql<{ n: number }[]>`SELECT coalesce(sum(count), 0)::bigint AS n FROM counters WHERE kind = 'm' AND bucket > ${minuteBucket(nowMs - 3_600_000)}`,
    sql<{ n: number }[]>`SELECT coalesce(sum(count), 0)::bigint AS n FROM counters WHERE kind = 'h' AND bucket > ${hourBucket(nowMs - 24 * 3_600_000)}`,
    sql<{ n: number }[]>`SELECT count(*) AS n FROM investigations`,
    sql<{ n: number }[]>`SELECT pg_database_size(current_database()) AS n`,
  ]);
  let total = 0;
  for (const r of statusRows) {
    byStatus[r.status] = r.n;
    total += r.n;
  }
  return {
    signatures: { total, byStatus, regressed: totals[0].regressed, merged: totals[0].merged },
    events: { total: totals[0].events, lastHour: hour[0].n, lastDay: day[0].n },
    investigationsQueued: queued[0].n,
    dataDir: { path: location, bytesOnDisk: size[0].n, bytesUsed: size[0].n },
  };
}
