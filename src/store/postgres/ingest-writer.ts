// The write half of the event path on PostgreSQL: one transaction per batch of requests
// (group commit) made of a fixed number of multi-row statements, whatever the batch holds, so
// no statement is sent per event. The receiver acknowledges after COMMIT returns.
//
// Several replicas commit into the same rows at once, so every shared row is written in a way
// that merges:
// - dedupe keys are unique: a collector retry that reaches another replica conflicts with the
//   first copy's key (waiting for its transaction if it is still open) and is not stored again;
// - a new signature's id derives from its fingerprint, so two replicas creating it at once
//   insert the same row and the second finds it (ON CONFLICT DO NOTHING);
// - signature rows are locked (in id order, so two batches cannot deadlock on them) before
//   their document (status, history, releases) is recomputed; count is added, first/last seen
//   are merged with LEAST/GREATEST, so the columns are right even for a writer that did not
//   read them;
// - counters add (ON CONFLICT … count + excluded.count); shared attribute rows are created
//   empty first and then locked, so no replica overwrites another's counts;
// - the template miner's state is merged with the stored one under its row lock.
// A deadlock or serialization failure reruns the whole transaction.
import { newSignature } from '../../core/new-signature.js';
import { createHash } from 'node:crypto';
import { addFacts, emptyStats, keySelection, locatingFacts, mergeStats, type AttributeStats, type HealthyTally, type KeySelection } from '../../core/attribute-stats.js';
import { sumHealthyTallies } from '../../core/stats-accumulator.js';
import { compareReleases, onOccurrence } from '../../core/lifecycle.js';
import type { Signature } from '../../core/model.js';
import type { BatchResult, CommitInput, IngestCommit, InvestigationEntry, PreparedEvent, SamplePolicy, StoreLogger } from '../../core/ports.js';
import { hourBucket, MINUTE_MS } from '../../core/time-buckets.js';
import { CommitOutage } from '../commit-outage.js';
import { transaction, type Sql } from './connection.js';
import { bucketCounts, planSamples, toOccurrence, trustedTime, type SamplePlan } from '../event-rows.js';
import { jsonb, text } from './event-rows.js';
import { QUEUE_CLASS } from './investigation-rows.js';
import { saveMinerStateInTx } from './miner-state.js';
import { fromRow, toDoc, type SignatureRow } from './signature-rows.js';

const RELEASES_CAP = 50;
const ENVIRONMENTS_CAP = 20;
/**
 * A dedupe key is remembered this long: longer than the Collector's default retry budget
 * (`max_elapsed_time: 300s`), as long as the LMDB store's two 10-minute buckets at most.
 */
export const DEDUPE_WINDOW_MS = 20 * MINUTE_MS;
interface Change {
  sig: Signature;
  before: Signature | undefined;
  group: PreparedEvent[];
  times: number[];
  seqBefore: number;
}

/** A change recomputed for the batch, with the samples it adds and drops (store/event-rows.ts). */
interface PlannedChange extends Change {
  samples: SamplePlan;
}

export class PgIngestWriter implements IngestCommit {
  private readonly outage: CommitOutage;
  private readonly selection: KeySelection;

  constructor(
    private readonly sql: Sql,
    private readonly samples: SamplePolicy,
    private readonly logger?: StoreLogger,
    attributeKeys: readonly string[] = [],
  ) {
    this.selection = keySelection(attributeKeys);
    this.outage = new CommitOutage(logger);
  }

  get unavailable(): boolean {
    return this.outage.active;
  }

  async commit(batch: PreparedEvent[], nowMs: number, minerState?: unknown, healthy: readonly HealthyTally[] = []): Promise<BatchResult> {
    return this.commitTaken(() => ({ batch, nowMs, minerState, healthy }), nowMs);
  }

  /**
   * Takes the batch once BEGIN has been answered: requests prepared during that round trip join
   * this commit. Taken once; a transaction rerun after a conflict writes the same batch.
   */
  async commitTaken(take: () => CommitInput, nowMs: number): Promise<BatchResult> {
    let input: CommitInput | undefined;
    return this.outage.run(performance.now(), nowMs, () =>
      transaction(this.sql, (tx) => {
        input ??= take();
        return this.apply(tx, input.batch, input.nowMs, input.minerState, input.healthy ?? []);
      }),
    );
  }

  private async apply(tx: Sql, batch: PreparedEvent[], nowMs: number, minerState: unknown, healthy: readonly HealthyTally[]): Promise<BatchResult> {
    const result: BatchResult = { stored: 0, duplicates: 0, newSignatures: [], regressed: [] };
    const fresh = await this.dedupe(tx, batch, nowMs);
    const groups = new Map<string, PreparedEvent[]>();
    for (const prepared of batch) {
      if (!fresh.delete(text(prepared.event.dedupeKey))) {
        result.duplicates++;
        continue;
      }
      let group = groups.get(prepared.fp.fingerprint);
      if (!group) groups.set(prepared.fp.fingerprint, (group = []));
      group.push(prepared);
      result.stored++;
    }
    const writes: Promise<unknown>[] = [];
    const changes: Change[] = [];
    if (groups.size > 0) writes.push(...(await this.applyGroups(tx, groups, nowMs, result, changes)));
    writes.push(...(await this.attributeStats(tx, changes, healthy, nowMs)));
    await Promise.all(writes);
    if (minerState !== undefined) await saveMinerStateInTx(tx, minerState);
    return result;
  }

  /** Inserts the batch's dedupe keys; returns those that were not stored before. */
  private async dedupe(tx: Sql, batch: PreparedEvent[], nowMs: number): Promise<Set<string>> {
    if (batch.length === 0) return new Set();
    // Sorted: two replicas inserting overlapping keys (a retry racing its original) wait for
    // each other in the same order instead of deadlocking.
    const keys = [...new Set(batch.map((p) => text(p.event.dedupeKey)))].sort();
    const rows = await tx<{ key: string }[]>`
      INSERT INTO dedupe (key, stored_ms) SELECT k, ${nowMs}::bigint FROM unnest(${tx.array(keys)}::text[]) AS k
      ON CONFLICT (key) DO UPDATE SET stored_ms = excluded.stored_ms WHERE dedupe.stored_ms < ${nowMs - DEDUPE_WINDOW_MS}::bigint
      RETURNING key`;
    return new Set(rows.map((r) => r.key));
  }

  private async applyGroups(tx: Sql, groups: Map<string, PreparedEvent[]>, nowMs: number, result: BatchResult, out: Change[]): Promise<Promise<unknown>[]> {
    const { ids, aliases } = await this.resolveIds(tx, groups, nowMs, result);
    const locked = await this.lock(tx, [...new Set(ids.values())], aliases);
    const created = new Set(result.newSignatures);
    // Several fingerprints may land on one signature (aliases, merges): one change per signature.
    const changes = new Map<string, Change>();
    for (const [fingerprint, group] of groups) {
      const sig = locked.get(ids.get(fingerprint)!);
      if (!sig) continue;
      const times = group.map((p) => trustedTime(p.event.timeMs, nowMs));
      const change = changes.get(sig.id);
      if (change) {
        change.group.push(...group);
        change.times.push(...times);
      } else changes.set(sig.id, { sig, before: created.has(sig.id) ? undefined : sig, group: [...group], times, seqBefore: sig.occurrenceSeq ?? 0 });
    }
    const queueReplace: [string, InvestigationEntry][] = [];
    const queueIfAbsent: [string, InvestigationEntry][] = [];
    const planned = [...changes.values()].map((change) => this.recompute(change, nowMs, result, queueReplace, queueIfAbsent));
    out.push(...planned);
    return [
      this.writeSignatures(tx, planned),
      ...this.writeSamples(tx, planned),
      this.writeCounters(tx, planned),
      this.writeTraces(tx, planned, nowMs),
      ...this.writeQueue(tx, queueReplace, queueIfAbsent),
    ];
  }

  /** fingerprint → signature id, creating signatures (and alias rows) as needed. */
  private async resolveIds(tx: Sql, groups: Map<string, PreparedEvent[]>, nowMs: number, result: BatchResult): Promise<{ ids: Map<string, string>; aliases: [string, string][] }> {
    const wanted = new Set<string>();
    for (const [fingerprint, group] of groups) {
      wanted.add(fingerprint);
      for (const alias of group[0].fp.aliases) wanted.add(alias);
    }
    const known = new Map<string, string>();
    for (const row of await tx<{ fingerprint: string; signature_id: string }[]>`SELECT fingerprint, signature_id FROM fingerprints WHERE fingerprint = ANY(${tx.array([...wanted])}::text[])`) {
      known.set(row.fingerprint, row.signature_id);
    }
    const ids = new Map<string, string>();
    const aliasRows: [string, string][] = [];
    const toCreate: [string, PreparedEvent[]][] = [];
    for (const [fingerprint, group] of groups) {
      const id = known.get(fingerprint);
      if (id !== undefined) {
        ids.set(fingerprint, id);
        continue;
      }
      // A refined or merged log template stays on the signature the old template created.
      const alias = group[0].fp.aliases.find((a) => known.has(a));
      if (alias !== undefined) {
        ids.set(fingerprint, known.get(alias)!);
        aliasRows.push([fingerprint, known.get(alias)!]);
      } else toCreate.push([fingerprint, group]);
    }
    if (aliasRows.length > 0) {
      aliasRows.sort((a, b) => (a[0] < b[0] ? -1 : 1));
      await tx`INSERT INTO fingerprints (fingerprint, signature_id) SELECT * FROM unnest(${tx.array(aliasRows.map((r) => r[0]))}::text[], ${tx.array(aliasRows.map((r) => r[1]))}::text[]) ON CONFLICT DO NOTHING`;
    }
    if (toCreate.length > 0) await this.create(tx, toCreate, nowMs, ids, result);
    return { ids, aliases: aliasRows };
  }

  private async create(tx: Sql, toCreate: [string, PreparedEvent[]][], nowMs: number, ids: Map<string, string>, result: BatchResult): Promise<void> {
    toCreate.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    let length = 12;
    let pending = toCreate;
    while (pending.length > 0) {
      const docs = pending.map(([fingerprint, group]) => newSignatureOf(createHash('sha256').update(fingerprint).digest('hex').slice(0, length), fingerprint, group, nowMs));
      const inserted = new Set(
        (
          await tx<{ id: string }[]>`
            INSERT INTO signatures (id, fingerprint, doc, count, first_seen_ms, last_seen_ms, occurrence_seq, status, service)
            SELECT id, fp, doc::jsonb, 0, t, t, 0, 'new', service
            FROM unnest(${tx.array(docs.map((d) => d.id))}::text[], ${tx.array(docs.map((d) => d.fingerprint))}::text[], ${tx.array(docs.map((d) => jsonb(toDoc(d))))}::text[],
                        ${tx.array(docs.map((d) => d.firstSeenMs))}::bigint[], ${tx.array(docs.map((d) => text(d.service)))}::text[]) AS v(id, fp, doc, t, service)
            ON CONFLICT (id) DO NOTHING RETURNING id`
        ).map((r) => r.id),
      );
      // Not inserted: another replica created it first (same fingerprint), or, rarely, an id
      // collision with another fingerprint, which is retried with a longer id.
      const existing = docs.filter((d) => !inserted.has(d.id));
      const owners = new Map<string, string>();
      if (existing.length > 0) {
        for (const row of await tx<{ id: string; fingerprint: string }[]>`SELECT id, fingerprint FROM signatures WHERE id = ANY(${tx.array(existing.map((d) => d.id))}::text[])`) owners.set(row.id, row.fingerprint);
      }
      const next: [string, PreparedEvent[]][] = [];
      const rows: [string, string][] = [];
      pending.forEach((entry, i) => {
        const doc = docs[i];
        if (inserted.has(doc.id)) {
          result.newSignatures.push(doc.id);
          rows.push([doc.fingerprint, doc.id]);
          ids.set(doc.fingerprint, doc.id);
        } else if (owners.get(doc.id) === doc.fingerprint) {
          rows.push([doc.fingerprint, doc.id]);
          ids.set(doc.fingerprint, doc.id);
        } else next.push(entry);
      });
      if (rows.length > 0) {
        await tx`INSERT INTO fingerprints (fingerprint, signature_id) SELECT * FROM unnest(${tx.array(rows.map((r) => r[0]))}::text[], ${tx.array(rows.map((r) => r[1]))}::text[]) ON CONFLICT DO NOTHING`;
      }
      pending = next;
      length += 4;
    }
  }

  /**
   * Locks the signatures (in id order) and follows merges to their targets. `aliases`:
   * fingerprints that joined a signature in this batch, which its document lists.
   */
  private async lock(tx: Sql, ids: string[], aliases: [string, string][]): Promise<Map<string, Signature>> {
    const out = new Map<string, Signature>();
    const byId = new Map<string, Signature>();
    let wanted = [...ids].sort();
    for (let hops = 0; wanted.length > 0 && hops < 8; hops++) {
      const rows = await tx<SignatureRow[]>`SELECT id, doc, count, first_seen_ms, last_seen_ms, occurrence_seq FROM signatures WHERE id = ANY(${tx.array(wanted)}::text[]) ORDER BY id FOR UPDATE`;
      for (const row of rows) byId.set(row.id, fromRow(row));
      wanted = [...new Set(rows.map((r) => fromRow(r).mergedInto).filter((m): m is string => m !== undefined && !byId.has(m)))].sort();
    }
    for (const id of ids) {
      let sig = byId.get(id);
      for (let hops = 0; sig?.mergedInto && hops < 8; hops++) sig = byId.get(sig.mergedInto);
      if (sig) out.set(id, sig);
    }
    for (const [fingerprint, id] of aliases) {
      const sig = out.get(id);
      if (sig && !sig.aliases.includes(fingerprint) && sig.fingerprint !== fingerprint) {
        const next = { ...sig, aliases: [...sig.aliases, fingerprint] };
        for (const [key, value] of out) if (value === sig) out.set(key, next);
      }
    }
    return out;
  }

  private recompute(change: Change, nowMs: number, result: BatchResult, queueReplace: [string, InvestigationEntry][], queueIfAbsent: [string, InvestigationEntry][]): PlannedChange {
    const { group, times, before } = change;
    let sig = change.sig;
    const releases = [...sig.releases];
    const environments = [...sig.environments];
    let newestRelease: string | undefined;
    for (const { event } of group) {
      if (event.release) {
        if (!releases.includes(event.release) && releases.length < RELEASES_CAP) releases.push(event.release);
        if (!newestRelease || compareReleases(event.release, newestRelease, releases) > 0) newestRelease = event.release;
      }
      if (event.environment && !environments.includes(event.environment) && environments.length < ENVIRONMENTS_CAP) environments.push(event.environment);
    }
    const lastMs = Math.max(...times);
    sig = {
      ...sig,
      count: sig.count + group.length,
      firstSeenMs: Math.min(sig.firstSeenMs, ...times),
      lastSeenMs: Math.max(sig.lastSeenMs, lastMs),
      releases,
      environments,
    };
    const entry = (reason: InvestigationEntry['reason']): InvestigationEntry => ({ reason, enqueuedMs: nowMs, attempts: 0, notBeforeMs: nowMs });
    if (before) {
      sig = onOccurrence(sig, { atMs: lastMs, release: newestRelease, countAfter: sig.count });
      if (sig.regressed && !before.regressed) {
        result.regressed.push(sig.id);
        queueReplace.push([sig.id, entry('regressed')]);
      } else if (before.status === 'muted' && sig.status === 'new') {
        // A mute ended by count: it was never investigated while muted, so it is now.
        queueIfAbsent.push([sig.id, entry('new')]);
      }
    } else queueIfAbsent.push([sig.id, entry('new')]);
    const samples = planSamples(group, change.seqBefore, this.samples, sig.recentSampledMs, nowMs);
    if (samples.recentSampledMs !== undefined) sig = { ...sig, recentSampledMs: samples.recentSampledMs };
    return { ...change, sig, samples };
  }

  private writeSignatures(tx: Sql, changes: PlannedChange[]): Promise<unknown> {
    const rows = [...changes].sort((a, b) => (a.sig.id < b.sig.id ? -1 : 1));
    const seqAfter = rows.map((c) => c.samples.seqAfter);
    return tx`
      UPDATE signatures s SET doc = v.doc::jsonb, status = v.status, count = s.count + v.added,
        first_seen_ms = LEAST(s.first_seen_ms, v.first_ms), last_seen_ms = GREATEST(s.last_seen_ms, v.last_ms),
        occurrence_seq = GREATEST(s.occurrence_seq, v.seq)
      FROM unnest(${tx.array(rows.map((c) => c.sig.id))}::text[], ${tx.array(rows.map((c) => jsonb(toDoc(c.sig))))}::text[], ${tx.array(rows.map((c) => c.sig.status))}::text[],
                  ${tx.array(rows.map((c) => c.group.length))}::bigint[], ${tx.array(rows.map((c) => Math.min(...c.times)))}::bigint[], ${tx.array(rows.map((c) => Math.max(...c.times)))}::bigint[],
                  ${tx.array(seqAfter)}::bigint[]) AS v(id, doc, status, added, first_ms, last_ms, seq)
      WHERE s.id = v.id`;
  }

  private writeSamples(tx: Sql, changes: PlannedChange[]): Promise<unknown>[] {
    const ids: string[] = [];
    const seqs: number[] = [];
    const times: number[] = [];
    const docs: string[] = [];
    const drop: { id: string; from: number; to: number }[] = [];
    for (const change of changes) {
      const plan = change.samples;
      let seq = change.seqBefore;
      for (const { event } of plan.picks) {
        ids.push(change.sig.id);
        seqs.push(seq++);
        times.push(event.timeMs);
        docs.push(jsonb(toOccurrence(change.sig.id, event)));
      }
      if (plan.dropTo > plan.dropFrom) drop.push({ id: change.sig.id, from: plan.dropFrom, to: plan.dropTo });
    }
    const out: Promise<unknown>[] = [];
    if (ids.length > 0) {
      out.push(tx`INSERT INTO occurrences (signature_id, seq, time_ms, doc)
        SELECT id, seq, t, doc::jsonb FROM unnest(${tx.array(ids)}::text[], ${tx.array(seqs)}::bigint[], ${tx.array(times.map((t) => (Number.isFinite(t) ? Math.trunc(t) : 0)))}::bigint[], ${tx.array(docs)}::text[]) AS v(id, seq, t, doc)
        ON CONFLICT (signature_id, seq) DO UPDATE SET doc = excluded.doc, time_ms = excluded.time_ms`);
    }
    if (drop.length > 0) {
      out.push(tx`DELETE FROM occurrences o USING unnest(${tx.array(drop.map((d) => d.id))}::text[], ${tx.array(drop.map((d) => d.from))}::bigint[], ${tx.array(drop.map((d) => d.to))}::bigint[]) AS d(id, lo, hi)
        WHERE o.signature_id = d.id AND o.seq >= d.lo AND o.seq < d.hi`);
    }
    return out;
  }

  private writeCounters(tx: Sql, changes: Change[]): Promise<unknown> {
    const counts = new Map<string, number>();
    for (const change of changes) {
      const { minutes, hours } = bucketCounts(change.times);
      for (const [m, n] of minutes) counts.set(`${change.sig.id}\u0000m\u0000${m}`, n);
      for (const [h, n] of hours) counts.set(`${change.sig.id}\u0000h\u0000${h}`, n);
    }
    const keys = [...counts.keys()].sort();
    const parts = keys.map((k) => k.split('\u0000'));
    return tx`INSERT INTO counters (signature_id, kind, bucket, count)
      SELECT * FROM unnest(${tx.array(parts.map((p) => p[0]))}::text[], ${tx.array(parts.map((p) => p[1]))}::text[], ${tx.array(parts.map((p) => Number(p[2])))}::bigint[], ${tx.array(keys.map((k) => counts.get(k)!))}::bigint[])
      ON CONFLICT (signature_id, kind, bucket) DO UPDATE SET count = counters.count + excluded.count`;
  }

  private writeTraces(tx: Sql, changes: Change[], nowMs: number): Promise<unknown> {
    const hour = hourBucket(nowMs);
    const rows = new Set<string>();
    for (const change of changes) for (const { event } of change.group) if (event.traceId) rows.add(`${text(event.traceId)}\u0000${change.sig.id}`);
    if (rows.size === 0) return Promise.resolve();
    const parts = [...rows].sort().map((r) => r.split('\u0000'));
    return tx`INSERT INTO trace_index (hour, trace_id, signature_id)
      SELECT ${hour}::bigint, t, s FROM unnest(${tx.array(parts.map((p) => p[0]))}::text[], ${tx.array(parts.map((p) => p[1]))}::text[]) AS v(t, s)
      ON CONFLICT DO NOTHING`;
  }

  private writeQueue(tx: Sql, replace: [string, InvestigationEntry][], ifAbsent: [string, InvestigationEntry][]): Promise<unknown>[] {
    const insert = (rows: [string, InvestigationEntry][], onConflict: 'replace' | 'keep') => {
      rows.sort((a, b) => (a[0] < b[0] ? -1 : 1));
      const values = tx`SELECT * FROM unnest(${tx.array(rows.map((r) => r[0]))}::text[], ${tx.array(rows.map((r) => QUEUE_CLASS[r[1].reason]))}::smallint[],
          ${tx.array(rows.map((r) => r[1].enqueuedMs))}::bigint[], ${tx.array(rows.map((r) => r[1].notBeforeMs))}::bigint[], ${tx.array(rows.map((r) => jsonb(r[1])))}::text[]::jsonb[])`;
      return onConflict === 'replace'
        ? tx`INSERT INTO investigations (signature_id, class, enqueued_ms, not_before_ms, entry) ${values}
            ON CONFLICT (signature_id) DO UPDATE SET class = excluded.class, enqueued_ms = excluded.enqueued_ms, not_before_ms = excluded.not_before_ms, entry = excluded.entry`
        : tx`INSERT INTO investigations (signature_id, class, enqueued_ms, not_before_ms, entry) ${values} ON CONFLICT (signature_id) DO NOTHING`;
    };
    const out: Promise<unknown>[] = [];
    if (replace.length > 0) out.push(insert(replace, 'replace'));
    if (ifAbsent.length > 0) out.push(insert(ifAbsent, 'keep'));
    return out;
  }

  /**
   * Adds the batch's attribute facts to the signature rows and the service-hour rows. Rows
   * other replicas write too are created empty first and then locked, so concurrent batches
   * add to each other's counts instead of overwriting them.
   */
  private async attributeStats(tx: Sql, changes: Change[], healthy: readonly HealthyTally[], nowMs: number): Promise<Promise<unknown>[]> {
    const add = new Map<string, { hour: number | null; stats: AttributeStats }>();
    const row = (key: string, hour: number | null) => {
      let r = add.get(key);
      if (!r) add.set(key, (r = { hour, stats: emptyStats() }));
      return r.stats;
    };
    const hourOf = (t: number) => hourBucket(trustedTime(t, nowMs));
    for (const { sig, group } of changes) {
      for (const { event: e } of group) {
        const facts = locatingFacts(e.resource, e.attributes, this.selection);
        if (e.host !== undefined && e.resource['host.name'] === undefined) facts.push(['host.name', e.host]);
        if (e.release !== undefined && e.resource['service.version'] === undefined) facts.push(['service.version', e.release]);
        addFacts(row(`s:${sig.id}`, null), facts);
        const hour = hourOf(e.timeMs);
        addFacts(row(`e:${hour}:${text(e.service)}`, hour), facts);
      }
    }
    // Healthy tallies summed exactly per service hour first, as the LMDB writer does (core/stats-accumulator.ts).
    for (const { hour, service, sum } of sumHealthyTallies(healthy, (t) => trustedTime(t, nowMs))) sum.foldInto(row(`h:${hour}:${text(service)}`, hour));
    if (add.size === 0) return [];
    const keys = [...add.keys()].sort();
    await tx`INSERT INTO attribute_stats (key, hour, doc) SELECT k, h, '{"total":0,"keys":{}}'::jsonb FROM unnest(${tx.array(keys)}::text[], ${tx.array(keys.map((k) => add.get(k)!.hour ?? -1))}::bigint[]) AS v(k, h) ON CONFLICT DO NOTHING`;
    const current = new Map<string, AttributeStats>();
    for (const r of await tx<{ key: string; doc: AttributeStats }[]>`SELECT key, doc FROM attribute_stats WHERE key = ANY(${tx.array(keys)}::text[]) ORDER BY key FOR UPDATE`) current.set(r.key, r.doc);
    const docs = keys.map((k) => jsonb(mergeStats([current.get(k) ?? emptyStats(), add.get(k)!.stats])));
    return [tx`UPDATE attribute_stats a SET doc = v.doc::jsonb FROM unnest(${tx.array(keys)}::text[], ${tx.array(docs)}::text[]) AS v(k, doc) WHERE a.key = v.k`];
  }
}

function newSignatureOf(id: string, fingerprint: string, group: PreparedEvent[], nowMs: number): Signature {
  const firstMs = Math.min(...group.map((p) => trustedTime(p.event.timeMs, nowMs)));
  return newSignature(id, fingerprint, group[0], firstMs, nowMs);
}
