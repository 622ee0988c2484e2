// The write half of the event path: one LMDB write transaction per batch of requests (group
// commit). Everything a batch changes — dedupe marks, signatures and their indexes,
// occurrence samples, time-bucket counters, lifecycle transitions, the investigation queue and
// the template miner's state — commits atomically, so an acknowledged request is whole on disk.
import { newSignature } from '../../core/new-signature.js';
import type { FingerprintResult } from '../../core/fingerprint/index.js';
import type { Key } from 'lmdb';
import { compareReleases, onOccurrence } from '../../core/lifecycle.js';
import type { Signature } from '../../core/model.js';
import type { BatchResult, CommitInput, IngestCommit, InvestigationEntry, PreparedEvent, SamplePolicy } from '../../core/ports.js';
import { AttributeStatsWriter, type HealthyTally, type StatsBatch } from './attribute-stats.js';
import type { Tables } from './environment.js';
import { indexEntryInTxn } from './investigation-queue.js';
import { createRow, ordinalOf, putRow, type SignatureRow } from './signature-rows.js';
import { encodedOnce, RowsByBytes } from './rows-by-bytes.js';
import { bucketCounts, planSamples, toOccurrence, trustedTime } from '../event-rows.js';
import { fingerprintDigest, fingerprintOwner, ID_LENGTH, lookupFingerprint } from './fingerprint-ids.js';
import { addToRow, counterKey, type HourRow } from './hour-counters.js';
import { OrdinalCounter } from './ordinals.js';
import { dedupeBucket, hourBucket, MINUTE_MS, SORT_PREFIX } from './keys.js';
import { CommitOutage } from '../commit-outage.js';
import { RecentDedupeKeys, tracedEventKey } from './recent-dedupe-keys.js';

// The shapes the store port defines (core/ports.ts), under their old names here too.
export type { BatchResult, InvestigationEntry, PreparedEvent, SamplePolicy } from '../../core/ports.js';

const RELEASES_CAP = 50;
const ENVIRONMENTS_CAP = 20;
/** Batches of this many signatures and more find out whether the `fingerprints` table is empty first. */
const COUNT_FINGERPRINT_ROWS_FROM = 64;

export interface WriterLogger {
  error(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

export class IngestWriter implements IngestCommit {
  private readonly outage: CommitOutage;
  /**
   * Whether the `fingerprints` table may hold rows, checked once per batch of many signatures:
   * it holds only aliases and lengthened ids (fingerprint-ids.ts), so in most stores it is empty
   * and a new fingerprint's row read cannot hit.
   */
  private fingerprintRows = true;
  /** Ordinals of the signatures a batch creates (ordinals.ts), taken in its transaction. */
  private readonly ordinals: OrdinalCounter;
  /** Which dedupe keys a bucket may hold, so that most checks need no read. */
  private readonly recentKeys: RecentDedupeKeys;
  /** Signature rows as this writer wrote them, by ordinal: read back without decoding while unchanged (rows-by-bytes.ts). */
  private readonly signatureRows: RowsByBytes<number, SignatureRow>;
  /** Hour counter rows likewise, by their key (hour-counters.ts). */
  private readonly counterRows: RowsByBytes<Key, HourRow>;

  constructor(
    private readonly tables: Tables,
    private readonly samples: SamplePolicy,
    private readonly logger?: WriterLogger,
    /** Attribute statistics counted in the same transaction (store/attribute-stats.ts). */
    private readonly stats: AttributeStatsWriter = new AttributeStatsWriter(tables),
    /** Signature and hour counter rows kept as written, each (rows-by-bytes.ts); 0 reads every row back (the tests' reference). */
    keptRows = 512,
  ) {
    this.outage = new CommitOutage(logger);
    this.ordinals = new OrdinalCounter(tables);
    this.recentKeys = new RecentDedupeKeys(tables);
    this.signatureRows = new RowsByBytes(tables.signatures, (ordinal) => ordinal, keptRows);
    this.counterRows = new RowsByBytes(tables.counters, (key) => (key as number[]).join(':'), keptRows);
  }

  /** Signature `id`'s row, as `readRow` (signature-rows.ts) reads it. */
  private readRow(id: string): SignatureRow | undefined {
    const ordinal = ordinalOf(this.tables, id);
    return ordinal === undefined ? undefined : this.signatureRows.get(ordinal);
  }

  /** True while commits fail (the last attempt failed). */
  get unavailable(): boolean {
    return this.outage.active;
  }

  /**
   * Commits a batch and resolves once it is durable (committed and flushed). Events already
   * stored — a collector resending an export after a timeout — are counted as duplicates.
   * A commit that cannot be written rejects with StoreUnavailableError (retryable); the
   * start and the end of such an outage are logged once each.
   */
  commit(batch: PreparedEvent[], nowMs: number, minerState?: unknown, healthy: readonly HealthyTally[] = []): Promise<BatchResult> {
    return this.commitTaken(() => ({ batch, nowMs, minerState, healthy }), nowMs);
  }

  /**
   * Takes the batch only once lmdb-js hands this thread the write transaction: on a busy event
   * loop that takes milliseconds, and the requests prepared meanwhile join this commit instead of
   * waiting a whole commit for the next one (firehose bench, 1 % errors, three alternating pairs:
   * 52 rather than 37 events per commit, 10–13 % more spans/s; see docs/architecture.md).
   */
  async commitTaken(take: () => CommitInput, nowMs: number): Promise<BatchResult> {
    return this.outage.run(performance.now(), nowMs, async () => {
      const result: BatchResult = { stored: 0, duplicates: 0, newSignatures: [], regressed: [] };
      const { root } = this.tables;
      const committed = root.transaction(() => {
        const { batch, nowMs: takenMs, minerState, healthy = [] } = take();
        // In a child transaction, which lmdb-js aborts when its callback throws: the writes of
        // `transaction()`'s own callback are not undone by a throw and would commit with the
        // next batch, although this batch is refused (test/store/lmdb/atomic-batch.test.ts).
        root.childTransaction(() => this.apply(batch, takenMs, minerState, result, healthy));
      });
      // This transaction's own flush, taken now: `flushed` read later also waits for whatever
      // was queued after it (a management write from the API or the CLI), which would tie this
      // batch's ack to that one's flush.
      const flushed = new Promise<unknown>((resolve, reject) => root.flushed.then(resolve, reject));
      try {
        await Promise.all([committed, flushed]);
      } catch (error) {
        // What this batch counted is not (surely) stored: read the rows back next time.
        this.stats.forget();
        throw error;
      }
      return result;
    });
  }

  private apply(batch: PreparedEvent[], nowMs: number, minerState: unknown, result: BatchResult, healthy: readonly HealthyTally[]): void {
    const { dedupe, meta } = this.tables;
    const bucket = dedupeBucket(nowMs);
    const groups = new Map<string, PreparedEvent[]>();
    const recent = this.recentKeys;
    // A traced event's row is written with its signature's rows (indexTraces): the batch's own
    // repeats are caught here until then.
    const inBatch = new Set<string>();
    for (const prepared of batch) {
      const key = prepared.event.dedupeKey;
      const traceId = prepared.event.traceId || undefined;
      // Read only where the key may be (store/lmdb/recent-dedupe-keys.ts): a new event, nearly
      // every one, costs no read once the writer has seen the buckets from their start.
      if (inBatch.has(key) || recent.holds(bucket, key, traceId, nowMs) || recent.holds(bucket - 1, key, traceId, nowMs)) {
        result.duplicates++;
        continue;
      }
      inBatch.add(key);
      if (traceId === undefined) dedupe.putSync([bucket, key], 1);
      recent.stored(bucket, key, nowMs);
      let group = groups.get(prepared.fp.fingerprint);
      if (!group) groups.set(prepared.fp.fingerprint, (group = []));
      group.push(prepared);
      result.stored++;
    }
    // Counting the table's rows opens a cursor: 63 µs of each commit in the firehose bench (five
    // signatures per commit), where reading each signature's fingerprint row costs 0.3 µs.
    this.fingerprintRows = groups.size < COUNT_FINGERPRINT_ROWS_FROM || this.tables.fingerprints.getKeysCount({ limit: 1 }) > 0;
    const stats = this.stats.batch();
    for (const [fingerprint, group] of groups) this.applyGroup(fingerprint, group, nowMs, result, stats);
    this.ordinals.saveInTxn();
    if (!stats.empty || healthy.length > 0) this.stats.flush(stats, healthy, nowMs);
    if (minerState !== undefined) meta.putSync('minerState', minerState);
  }

  private applyGroup(fingerprint: string, group: PreparedEvent[], nowMs: number, result: BatchResult, stats: StatsBatch): void {
    const { sigIndex } = this.tables;
    const times = group.map((p) => trustedTime(p.event.timeMs, nowMs));
    const firstMs = Math.min(...times);
    const lastMs = Math.max(...times);
    const found = this.resolveSignature(fingerprint, group[0].fp);
    // The queue entry lives in the signature's row (signature-rows.ts): written with it below.
    let queued = found.signature?.queued;
    const isNew = found.signature === undefined;
    const stored: SignatureRow = found.signature ?? this.createSignature(fingerprint, group[0], firstMs, nowMs, found.digestFree);
    if (isNew) result.newSignatures.push(stored.id);
    else sigIndex.removeSync([SORT_PREFIX.count, stored.count, stored.id]);
    // The row and the rows keyed by the ordinal: a new signature's append to their tables.
    const ordinal = stored.ordinal;
    let sig: Signature = stored;
    const before = stored;
    const releases = [...sig.releases];
    const environments = [...sig.environments];
    let newestRelease: string | undefined;
    for (const { event } of group) {
      if (event.release) {
        if (!releases.includes(event.release) && releases.length < RELEASES_CAP) releases.push(event.release);
        // A release compares equal to itself: the group's events mostly repeat one, unparsed again.
        if (!newestRelease || (event.release !== newestRelease && compareReleases(event.release, newestRelease, releases) > 0)) newestRelease = event.release;
      }
      if (event.environment && !environments.includes(event.environment) && environments.length < ENVIRONMENTS_CAP) {
        environments.push(event.environment);
      }
    }
    sig = {
      ...sig,
      count: sig.count + group.length,
      firstSeenMs: Math.min(sig.firstSeenMs, firstMs),
      lastSeenMs: Math.max(sig.lastSeenMs, lastMs),
      releases,
      environments,
    };
    if (!isNew) {
      sig = onOccurrence(sig, { atMs: lastMs, release: newestRelease, countAfter: sig.count });
      if (sig.regressed && !before.regressed) {
        result.regressed.push(sig.id);
        queued = this.enqueue(sig.id, queued, 'regressed', nowMs);
      } else if (before.status === 'muted' && sig.status === 'new' && queued === undefined) {
        // A mute ended by count: it was never investigated while muted, so it is now.
        queued = this.enqueue(sig.id, queued, 'new', nowMs);
      }
      if (sig.firstSeenMs !== before.firstSeenMs) {
        // A late event moved first-seen earlier: keep the first-seen sort order true.
        sigIndex.removeSync([SORT_PREFIX.first, before.firstSeenMs, sig.id]);
        sigIndex.putSync([SORT_PREFIX.first, sig.firstSeenMs, sig.id], null);
      }
    } else queued = this.enqueue(sig.id, undefined, 'new', nowMs);
    const row: SignatureRow = { ...this.writeSamples(sig, ordinal, group, nowMs), ordinal };
    if (queued !== undefined) row.queued = queued;
    this.countBuckets(ordinal, times, isNew);
    this.indexTraces(row.id, group, nowMs);
    this.stats.addSignature(ordinal, group.map((p) => p.event), stats, nowMs, isNew);
    if (isNew) createRow(this.tables, row, this.signatureRows);
    else putRow(this.tables, row, this.signatureRows);
    sigIndex.putSync([SORT_PREFIX.count, row.count, row.id], null);
    // Late events leave last-seen where it was: its row stays.
    if (isNew || row.lastSeenMs !== before.lastSeenMs) {
      if (!isNew) sigIndex.removeSync([SORT_PREFIX.last, before.lastSeenMs, row.id]);
      sigIndex.putSync([SORT_PREFIX.last, row.lastSeenMs, row.id], null);
    }
  }

  /** A queue entry for `id` from now on, indexed; the caller writes it into the signature's row. */
  private enqueue(id: string, previous: InvestigationEntry | undefined, reason: InvestigationEntry['reason'], nowMs: number): InvestigationEntry {
    const entry: InvestigationEntry = { reason, enqueuedMs: nowMs, attempts: 0, notBeforeMs: nowMs };
    indexEntryInTxn(this.tables, id, previous, entry);
    return entry;
  }

  /**
   * Follows the fingerprint index, aliases of a merged template and merges between signatures.
   * `digestFree`: no signature holds the fingerprint's digest id (createSignature need not look).
   */
  private resolveSignature(fingerprint: string, fp: FingerprintResult): { signature?: SignatureRow; digestFree: boolean } {
    const { fingerprints } = this.tables;
    const found = lookupFingerprint(this.tables, fingerprint, this.fingerprintRows, (id) => this.readRow(id));
    let id = found.owner;
    // Read on the way when the digest gave the id: not read again.
    let sig: SignatureRow | undefined = found.signature;
    if (id === undefined) {
      // A refined or merged log template: stay on the signature the old template created,
      // so it is never re-keyed, and remember the new fingerprint as its alias.
      for (const alias of fp.aliases) {
        const aliased = fingerprintOwner(this.tables, alias);
        if (aliased !== undefined) {
          id = aliased;
          fingerprints.putSync(fingerprint, id);
          this.fingerprintRows = true;
          const owner = this.readRow(id)!;
          putRow(this.tables, (sig = { ...owner, aliases: [...owner.aliases, fingerprint] }), this.signatureRows);
          break;
        }
      }
    } else if (!sig) sig = this.readRow(id);
    for (let hops = 0; sig?.mergedInto && hops < 8; hops++) sig = this.readRow(sig.mergedInto);
    return { signature: sig, digestFree: found.digestFree && id === undefined };
  }

  /** A new signature, with the id its fingerprint's digest gives (store/lmdb/fingerprint-ids.ts). */
  private createSignature(fingerprint: string, first: PreparedEvent, firstMs: number, nowMs: number, digestFree: boolean): SignatureRow {
    const { fingerprints, sigIndex } = this.tables;
    const digest = fingerprintDigest(fingerprint);
    // 12 hex digits (48 bits) keep ids short to type; lengthen only on a collision.
    let length = ID_LENGTH;
    if (!digestFree) while (ordinalOf(this.tables, digest.slice(0, length)) !== undefined) length += 4;
    const id = digest.slice(0, length);
    const sig: SignatureRow = { ...newSignature(id, fingerprint, first, firstMs, nowMs), ordinal: this.ordinals.take() };
    // A lengthened id is not what the digest says: only then does the fingerprint need a row.
    if (length !== ID_LENGTH) {
      fingerprints.putSync(fingerprint, id);
      this.fingerprintRows = true;
    }
    sigIndex.putSync([SORT_PREFIX.first, firstMs, id], null);
    return sig;
  }

  /** The samples the batch adds (store/event-rows.ts `planSamples`), and those that slid out. */
  private writeSamples(sig: Signature, ordinal: number, group: PreparedEvent[], nowMs: number): Signature {
    const { occurrences } = this.tables;
    const seqBefore = sig.occurrenceSeq ?? 0;
    const plan = planSamples(group, seqBefore, this.samples, sig.recentSampledMs, nowMs);
    let seq = seqBefore;
    for (const { event } of plan.picks) occurrences.putSync([ordinal, seq++], toOccurrence(sig.id, event));
    for (let old = plan.dropFrom; old < plan.dropTo; old++) occurrences.removeSync([ordinal, old]);
    return { ...sig, occurrenceSeq: plan.seqAfter, ...(plan.recentSampledMs !== undefined ? { recentSampledMs: plan.recentSampledMs } : {}) };
  }

  /**
   * A row per traced event: its dedupe key under its trace, valued with its signature
   * (store/lmdb/recent-dedupe-keys.ts reads it for retries, signature-store.ts for traces).
   */
  private indexTraces(id: string, group: PreparedEvent[], nowMs: number): void {
    const hour = hourBucket(nowMs);
    // Every row holds the same id: encoded once (bench/commit.ts, CPU profile: msgpackr's
    // set-up per put was most of what a row's value cost).
    let value: ReturnType<typeof encodedOnce> | undefined;
    for (const { event } of group) {
      if (!event.traceId) continue;
      value ??= encodedOnce(this.tables.traceIndex, id);
      this.tables.traceIndex.putSync(tracedEventKey(hour, event.traceId, event.dedupeKey), value as unknown as string);
    }
  }

  /**
   * One write per hour the group touched (store/lmdb/hour-counters.ts). `fresh`: a signature
   * created in this batch has no rows to add to (no reads).
   */
  private countBuckets(ordinal: number, times: number[], fresh: boolean): void {
    const byHour = new Map<number, Map<number, number>>();
    for (const [minute, n] of bucketCounts(times).minutes) {
      const hour = hourBucket(minute * MINUTE_MS);
      let added = byHour.get(hour);
      if (!added) byHour.set(hour, (added = new Map()));
      added.set(minute, n);
    }
    for (const [hour, added] of byHour) {
      const key = counterKey(ordinal, hour);
      this.counterRows.putSync(key, addToRow(fresh ? undefined : this.counterRows.get(key), hour, added));
    }
  }
}
