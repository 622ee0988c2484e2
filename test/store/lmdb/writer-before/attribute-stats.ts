// A copy of src/store/lmdb/attribute-stats.ts as of 8c1e4d4, before the group commit's main-thread cost was cut
// (issue #12): writer-equivalence.test.ts commits the same batches through it and through the
// current writer and requires the same rows. Not used by Rounds.
// Attribute statistics in LMDB (see core/attribute-stats.ts for what is counted). Rows:
//   ['s', ordinal]              → AttributeStats over every occurrence of the signature (keyed
//                                 by its ordinal, signature-rows.ts)
//   ['e', hourBucket, service]  → AttributeStats over the service's errors in that hour
//   ['h', hourBucket, service]  → AttributeStats over the service's healthy spans in that hour
// The writer adds a batch's counts inside the batch's own transaction, one read and one write
// per signature and per (service, hour), so an acknowledged event is counted exactly once.
// Service rows are hourly so a diagnosis compares a signature with the traffic of the hours it
// was active, not with last week's (a release that has since rolled out everywhere is not
// over-represented among today's errors).
import { addValue, addValueRepeated, emptyStats, FactReader, keySelection, mergeInto, mergeStats, type AttributeStats, type HealthyTally, type KeySelection, type SignatureAttributeStats } from '../../../../src/core/attribute-stats.js';

export type { HealthyTally };
import type { ErrorEvent } from '../../../../src/core/model.js';
import { sumHealthyTallies } from '../../../../src/core/stats-accumulator.js';
import type { Tables } from '../../../../src/store/lmdb/environment.js';
import { trustedTime } from '../../../../src/store/event-rows.js';
import { HOUR_MS, hourBucket } from '../../../../src/store/lmdb/keys.js';
import { ordinalOf } from '../../../../src/store/lmdb/signature-rows.js';
import { healthyPerMinute } from '../../../../src/core/traffic.js';


/** The key of a signature's own row, by the signature's ordinal. */
export const signatureStatsKey = (ordinal: number): [string, number] => ['s', ordinal];

/** Hourly service rows older than this are deleted (once an hour, by the writer). */
const SERVICE_ROWS_KEPT_MS = 14 * 24 * HOUR_MS;
/**
 * Rows kept decoded between batches (see `RowsAsWritten`), per kind: a row holds at most 16
 * values per counted key, a few KB, so this keeps a few MB at most.
 */
const ROWS_KEPT = 512;

/**
 * Rows as this writer last wrote them, most recently used last. Under steady traffic every batch
 * adds to the same rows, and reading each back first (a record of up to 16 values per key) was,
 * for signatures' own rows, a third of what counting cost on the all-errors bench (1.9 µs of the
 * main thread per event); a service's hourly rows are added to by every commit. Only the writer
 * writes these rows (a purge deletes a signature's, whose ordinal is never handed out again; the
 * writer prunes the hourly ones), so what it last wrote is what is stored once that transaction
 * commits: a transaction that did not commit must `forget`.
 */
class RowsAsWritten<K> {
  private readonly rows = new Map<K, AttributeStats>();

  /** The row as last written, taken out (`kept` puts it back), or `read` from the store. */
  take(key: K, read: () => AttributeStats | undefined): AttributeStats {
    const row = this.rows.get(key);
    if (row === undefined) return read() ?? emptyStats();
    this.rows.delete(key);
    return row;
  }

  /** `row` as written in the current transaction. */
  kept(key: K, row: AttributeStats): void {
    this.rows.set(key, row);
    if (this.rows.size > ROWS_KEPT) this.rows.delete(this.rows.keys().next().value as K);
  }

  /** Drops every row kept. */
  forget(): void {
    this.rows.clear();
  }
}

export class AttributeStatsWriter {
  private readonly selection: KeySelection;
  private lastPrunedHour = 0;
  /** Signatures' own rows as last written, by ordinal. */
  private readonly ownRows = new RowsAsWritten<number>();
  /** Services' hourly rows as last written, by their key's parts (kind, hour, service) joined with NUL. */
  private readonly serviceRows = new RowsAsWritten<string>();

  constructor(
    private readonly tables: Pick<Tables, 'attributeStats'>,
    extraKeys: readonly string[] = [],
  ) {
    this.selection = keySelection(extraKeys);
  }

  /** A batch's counting state: its service rows and its reader of facts. */
  batch(): StatsBatch {
    return new StatsBatch(this.selection);
  }

  /**
   * Counts a signature's events of one batch; call inside the write transaction. Facts are
   * read with the batch's FactReader (each resource once), and each event's service row is the
   * batch's last one while events stay in one service and hour.
   */
  addSignature(ordinal: number, events: readonly ErrorEvent[], batch: StatsBatch, nowMs: number, fresh = false): void {
    const { attributeStats } = this.tables;
    // A signature created in this batch has no row yet: no read.
    const own = fresh ? emptyStats() : this.ownRows.take(ordinal, () => attributeStats.get(signatureStatsKey(ordinal)) as AttributeStats | undefined);
    const { reader } = batch;
    // Events in runs that share their resource's facts and their service row (the events of one
    // process): each resource fact is added once per run, weighted by its length, exactly as
    // adding it for each event in turn would (addValueRepeated), since neither the record's facts
    // nor the event's own host and release touch a key the resource's facts hold. The firehose's
    // error events carry 7 resource facts and 1–3 of their own. bench/commit.ts, six alternating
    // runs (medians): firehose-shaped commits 1.20 ms of the main thread against 1.50, all-errors
    // ones 14.4 ms against 16.0.
    for (let start = 0; start < events.length; ) {
      const first = events[start];
      const resource = reader.resource(first.resource);
      const row = batch.row(hourBucket(trustedTime(first.timeMs, nowMs)), first.service);
      let end = start + 1;
      while (end < events.length && reader.resource(events[end].resource).id === resource.id && batch.row(hourBucket(trustedTime(events[end].timeMs, nowMs)), events[end].service) === row) end++;
      const n = end - start;
      own.total += n;
      row.total += n;
      for (const [key, value] of resource.facts) {
        addValueRepeated(own, key, value, n);
        addValueRepeated(row, key, value, n);
      }
      for (let i = start; i < end; i++) {
        const e = events[i];
        const facts = reader.record(e.resource, e.attributes);
        // The event's own host and release when the resource did not carry them under these names.
        if (e.host !== undefined && e.resource['host.name'] === undefined) facts.push(['host.name', e.host]);
        if (e.release !== undefined && e.resource['service.version'] === undefined) facts.push(['service.version', e.release]);
        for (const [key, value] of facts) {
          addValue(own, key, value, 1);
          addValue(row, key, value, 1);
        }
      }
      start = end;
    }
    attributeStats.putSync(signatureStatsKey(ordinal), own);
    this.ownRows.kept(ordinal, own);
  }

  /**
   * Drops the rows kept between batches: the transaction they were counted in did not commit,
   * so they may hold counts that are not stored.
   */
  forget(): void {
    this.ownRows.forget();
    this.serviceRows.forget();
  }

  /** Adds the batch's service rows (errors, and healthy tallies when the Collector sent them). */
  flush(batch: StatsBatch, healthy: readonly HealthyTally[], nowMs: number): void {
    for (const [rowKey, add] of batch.serviceRows) {
      const [hour, service] = splitRowKey(rowKey);
      const row = this.storedRow(['e', hour, service]);
      mergeInto(row.stats, add);
      row.save();
    }
    // The tallies of a commit's requests, summed exactly per service hour before they reach the
    // stored row once (core/stats-accumulator.ts).
    for (const { hour, service, sum } of sumHealthyTallies(healthy, (timeMs) => trustedTime(timeMs, nowMs))) {
      const row = this.storedRow(['h', hour, service]);
      sum.foldInto(row.stats);
      row.save();
    }
    this.prune(nowMs);
  }

  /** A service row as last written or stored (or empty), to add to in place and save in the same transaction. */
  private storedRow(key: [kind: string, hour: number, service: string]): { stats: AttributeStats; save: () => void } {
    const { attributeStats } = this.tables;
    const kept = key.join('\u0000');
    const stats = this.serviceRows.take(kept, () => attributeStats.get(key) as AttributeStats | undefined);
    return {
      stats,
      save: () => {
        attributeStats.putSync(key, stats);
        this.serviceRows.kept(kept, stats);
      },
    };
  }

  private prune(nowMs: number): void {
    const hour = hourBucket(nowMs);
    if (hour === this.lastPrunedHour) return;
    this.lastPrunedHour = hour;
    const oldest = hourBucket(nowMs - SERVICE_ROWS_KEPT_MS);
    // All kept service rows go, not only those of the hours removed below: once an hour, the
    // next commit reads back the few it adds to.
    this.serviceRows.forget();
    for (const kind of ['e', 'h']) {
      for (const key of this.tables.attributeStats.getKeys({ start: [kind, 0], end: [kind, oldest] })) this.tables.attributeStats.removeSync(key);
    }
  }
}

/** What one batch counts before its rows are written: the service rows, by hour and service. */
export class StatsBatch {
  readonly serviceRows = new Map<string, AttributeStats>();
  readonly reader: FactReader;
  private lastHour = -1;
  private lastService = '';
  private lastRow: AttributeStats | undefined;

  constructor(selection: KeySelection) {
    this.reader = new FactReader(selection);
  }

  /** The batch's row for a service's hour (the last one is kept: events come in runs). */
  row(hour: number, service: string): AttributeStats {
    if (this.lastRow && hour === this.lastHour && service === this.lastService) return this.lastRow;
    const rowKey = `${hour}\u0000${service}`;
    let row = this.serviceRows.get(rowKey);
    if (!row) this.serviceRows.set(rowKey, (row = emptyStats()));
    this.lastHour = hour;
    this.lastService = service;
    this.lastRow = row;
    return row;
  }

  get empty(): boolean {
    return this.serviceRows.size === 0;
  }
}

function splitRowKey(rowKey: string): [number, string] {
  const at = rowKey.indexOf('\u0000');
  return [Number(rowKey.slice(0, at)), rowKey.slice(at + 1)];
}

/** Longest stretch of service hours read for one comparison. */
const MAX_HOURS = 24;

export function readStatsForSignature(tables: Pick<Tables, 'attributeStats' | 'signatureIds'>, signatureId: string, service: string, firstSeenMs: number, lastSeenMs: number): SignatureAttributeStats | undefined {
  const ordinal = ordinalOf(tables, signatureId);
  if (ordinal === undefined) return undefined;
  const signature = tables.attributeStats.get(signatureStatsKey(ordinal)) as AttributeStats | undefined;
  if (!signature) return undefined;
  const to = hourBucket(lastSeenMs);
  const from = Math.max(hourBucket(firstSeenMs), to - MAX_HOURS + 1);
  const errors: AttributeStats[] = [];
  const healthy: AttributeStats[] = [];
  // Each healthy row is read once: the traffic per minute (core/traffic.ts) reads these hours too.
  const healthyRows = new Map<number, AttributeStats | undefined>();
  const healthyRow = (h: number) => {
    if (!healthyRows.has(h)) healthyRows.set(h, tables.attributeStats.get(['h', h, service]) as AttributeStats | undefined);
    return healthyRows.get(h);
  };
  for (let h = from; h <= to; h++) {
    const e = tables.attributeStats.get(['e', h, service]) as AttributeStats | undefined;
    if (e) errors.push(e);
    const ok = healthyRow(h);
    if (ok) healthy.push(ok);
  }
  const serviceHealthy = healthy.length ? mergeStats(healthy) : undefined;
  const perMinute = healthyPerMinute(healthyRow, firstSeenMs, lastSeenMs);
  return {
    signature,
    serviceErrors: mergeStats(errors),
    ...(serviceHealthy && serviceHealthy.total > 0 ? { serviceHealthy } : {}),
    ...(perMinute ? { healthyPerMinute: perMinute } : {}),
    fromMs: from * HOUR_MS,
    toMs: (to + 1) * HOUR_MS,
  };
}
