// The store port (core/ports.ts `Store`) over LMDB, the embedded default: one memory-mapped
// file in the data dir. The tables stay private to this folder; everything outside reaches
// them through the port. LMDB reads are synchronous and never block the writer, so the
// queries simply resolve what a read transaction returns; writes are LMDB transactions,
// resolved once committed and flushed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Fingerprinter } from '../../core/fingerprint/index.js';
import type { Occurrence, Signature } from '../../core/model.js';
import type {
  InvestigationEntry,
  IssueNumberCache,
  ListPage,
  ListQuery,
  PruneCutoffs,
  PruneResult,
  PurgeProgress,
  SignatureTxn,
  Store,
  StoreOpenOptions,
  StoreStats,
  UpgradeSummary,
} from '../../core/ports.js';
import type { SignatureAttributeStats } from '../../core/attribute-stats.js';
import { StoreNotFoundError } from '../../core/store-errors.js';
import { AttributeStatsWriter, readStatsForSignature } from './attribute-stats.js';
import { closeTables, openTables, type Tables } from './environment.js';
import { upgradeSignatureFingerprints } from './fingerprint-upgrade.js';
import { IngestWriter } from './ingest-writer.js';
import { putQueueEntryInTxn, queueEntry, removeQueueEntryInTxn } from './investigation-queue.js';
import { asSignature, rowsInIdOrder } from './signature-rows.js';
import { LmdbIssueNumberCache } from './issue-number-cache.js';
import { MUTE_DEADLINE_PREFIX, SORT_PREFIX } from './keys.js';
import { purgeOlderThan } from './purge.js';
import { listSignatures } from './queries.js';
import { lockDataDir, type ServerLock } from './server-lock.js';
import { LmdbSignatureStore } from './signature-store.js';
import { collectStats } from './stats.js';
import { LmdbBudget } from './budget-ledger.js';
import { LmdbLeases } from './leases.js';
import { LmdbPruner } from './prune.js';

/** The name of the data file inside the data dir. */
export const DATA_FILE = 'rounds.mdb';

const MINER_STATE_KEY = 'minerState';

function sameRequest(a: InvestigationEntry, b: InvestigationEntry): boolean {
  return a.reason === b.reason && a.enqueuedMs === b.enqueuedMs;
}

/**
 * Transitional: the tables behind a store, for the callers that still reach into them while
 * they move to the port (store/lmdb is to be their only user).
 */
const tablesOf = new WeakMap<LmdbStore, Tables>();
export function lmdbTables(store: LmdbStore): Tables {
  return tablesOf.get(store)!;
}

export class LmdbStore implements Store {
  readonly backend = 'lmdb';
  readonly ingest: IngestWriter | null;
  readonly issueNumbers: IssueNumberCache;
  private readonly signatures: LmdbSignatureStore;
  private readonly budget: LmdbBudget;
  private readonly leases = new LmdbLeases();
  private readonly pruner: LmdbPruner;

  private constructor(
    readonly location: string,
    private readonly tables: Tables,
    private readonly lock: ServerLock | undefined,
    options: StoreOpenOptions,
  ) {
    tablesOf.set(this, tables);
    this.signatures = new LmdbSignatureStore(tables);
    this.ingest = options.readOnly
      ? null
      : new IngestWriter(tables, options.samples ?? { first: 5, recent: 20 }, options.logger, new AttributeStatsWriter(tables, options.attributeKeys));
    this.issueNumbers = new LmdbIssueNumberCache(tables);
    this.budget = new LmdbBudget(tables);
    this.pruner = new LmdbPruner(tables);
  }

  /**
   * Opens (and, unless `mustExist` or read-only, creates) the store of a data dir. A server
   * takes the data dir's lock first (DataDirLockedError when another server holds it).
   */
  static async open(dataDir: string, options: StoreOpenOptions & { mustExist?: boolean } = {}): Promise<LmdbStore> {
    if ((options.mustExist || options.readOnly) && !existsSync(join(dataDir, DATA_FILE))) {
      throw new StoreNotFoundError(`no Rounds data in ${dataDir} (start \`rounds serve --data-dir ${dataDir}\` first, or pass --data-dir)`);
    }
    const lock = options.server ? await lockDataDir(dataDir) : undefined;
    try {
      const tables = openTables(dataDir, { readOnly: options.readOnly, noSync: options.noSync });
      return new LmdbStore(dataDir, tables, lock, options);
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }

  // ─── Signature queries ───

  async getSignature(id: string): Promise<Signature | undefined> {
    return this.signatures.getSignature(id);
  }

  async findSignature(idOrPrefix: string): Promise<Signature | undefined> {
    return this.signatures.findSignature(idOrPrefix);
  }

  async requireSignature(idOrPrefix: string): Promise<Signature> {
    return this.signatures.requireSignature(idOrPrefix);
  }

  async findByFingerprint(fingerprint: string): Promise<Signature | undefined> {
    return this.signatures.findByFingerprint(fingerprint);
  }

  async listOccurrences(signatureId: string, limit: number): Promise<Occurrence[]> {
    return this.signatures.listOccurrences(signatureId, limit);
  }

  async counts(signatureId: string, granularity: 'minute' | 'hour', fromMs: number, toMs: number): Promise<number[]> {
    return this.signatures.counts(signatureId, granularity, fromMs, toMs);
  }

  async listSignatures(query: ListQuery): Promise<ListPage> {
    return listSignatures(this.signatures, query);
  }

  async signaturesInTrace(traceId: string, nowMs: number, hours?: number): Promise<string[]> {
    return this.signatures.signaturesInTrace(traceId, nowMs, hours);
  }

  async attributeStats(sig: Signature): Promise<SignatureAttributeStats | undefined> {
    return readStatsForSignature(this.tables, sig.id, sig.service, sig.firstSeenMs, sig.lastSeenMs);
  }

  async storeStats(nowMs: number): Promise<StoreStats> {
    return collectStats(this.signatures, this.location, nowMs);
  }

  refresh(): void {
    this.signatures.refresh();
  }

  update(id: string, change: (sig: Signature) => Signature): Promise<Signature> {
    return this.signatures.update(id, (current) => {
      const next = change(current);
      this.syncMuteDeadline(next);
      return next;
    });
  }

  // ─── Lifecycle transactions ───

  async transactSignatures<T>(_ids: readonly string[], work: (txn: SignatureTxn) => T): Promise<T> {
    // LMDB serialises write transactions (across processes too), and any row may be read
    // inside one, so the ids need not be loaded ahead.
    const txn: SignatureTxn = {
      get: (id) => this.signatures.getSignature(id),
      put: (current, next) => {
        this.signatures.putInTxn(current, next);
        this.syncMuteDeadline(next);
      },
      investigation: (id) => queueEntry(this.tables, id),
      enqueue: (id, entry) => putQueueEntryInTxn(this.tables, id, entry),
      dequeue: (id) => removeQueueEntryInTxn(this.tables, id),
    };
    const result = await this.tables.root.transaction(() => work(txn));
    await this.tables.root.flushed;
    return result;
  }

  /** Meta rows `muteDeadline:<id>` → untilMs, so expiry visits only time-muted signatures. */
  private syncMuteDeadline(sig: Signature): void {
    const key = MUTE_DEADLINE_PREFIX + sig.id;
    const untilMs = sig.status === 'muted' && !sig.mergedInto ? sig.mute?.untilMs : undefined;
    if (untilMs !== undefined) {
      if (this.tables.meta.get(key) !== untilMs) this.tables.meta.putSync(key, untilMs);
    } else if (this.tables.meta.get(key) !== undefined) this.tables.meta.removeSync(key);
  }

  async dueMutes(nowMs: number): Promise<string[]> {
    const due: string[] = [];
    for (const { key, value } of this.tables.meta.getRange({ start: MUTE_DEADLINE_PREFIX, end: MUTE_DEADLINE_PREFIX + '\uffff' })) {
      if ((value as number) <= nowMs) due.push(String(key).slice(MUTE_DEADLINE_PREFIX.length));
    }
    return due;
  }

  // ─── Investigation queue ───

  async getInvestigation(id: string): Promise<InvestigationEntry | undefined> {
    return this.signatures.getInvestigation(id);
  }

  enqueueInvestigation(id: string, entry: InvestigationEntry): Promise<void> {
    return this.signatures.putInvestigation(id, entry);
  }

  async rescheduleInvestigation(id: string, expected: InvestigationEntry, next: InvestigationEntry): Promise<boolean> {
    const done = await this.tables.root.transaction(() => {
      const current = queueEntry(this.tables, id);
      if (!current || !sameRequest(current, expected)) return false;
      putQueueEntryInTxn(this.tables, id, next);
      return true;
    });
    await this.tables.root.flushed;
    return done;
  }

  async dequeueInvestigation(id: string, expected?: InvestigationEntry): Promise<boolean> {
    const done = await this.tables.root.transaction(() => {
      const current = queueEntry(this.tables, id);
      if (!current || (expected && !sameRequest(current, expected))) return false;
      removeQueueEntryInTxn(this.tables, id);
      return true;
    });
    await this.tables.root.flushed;
    return done;
  }

  async queueHead(limit: number): Promise<[string, InvestigationEntry][]> {
    return this.signatures.queueHead(limit);
  }

  async queueSize(): Promise<number> {
    return this.signatures.queueSize();
  }

  shedNewInvestigations(keep: number, limit: number, atMs: number, reason: string): Promise<Signature[]> {
    return this.signatures.shedNewInvestigations(keep, limit, atMs, reason);
  }

  async takeLease(id: string, holder: string, nowMs: number, ttlMs: number): Promise<boolean> {
    return this.leases.take(id, holder, nowMs, ttlMs);
  }

  async renewLease(id: string, holder: string, nowMs: number, ttlMs: number): Promise<boolean> {
    return this.leases.renew(id, holder, nowMs, ttlMs);
  }

  async releaseLease(id: string, holder: string): Promise<void> {
    this.leases.release(id, holder);
  }

  // ─── Budget ledger ───

  spentOn(day: string): Promise<number> {
    return this.budget.spentOn(day);
  }

  reserveBudget(day: string, usd: number, limitUsd: number): Promise<boolean> {
    return this.budget.reserve(day, usd, limitUsd);
  }

  recordSpend(day: string, usd: number): Promise<void> {
    return this.budget.record(day, usd);
  }

  budgetDays(): Promise<{ day: string; usd: number }[]> {
    return this.budget.days();
  }

  // ─── Miner state ───

  async loadMinerState(): Promise<unknown> {
    return this.tables.meta.get(MINER_STATE_KEY);
  }

  /** One process owns an LMDB data dir (server-lock.ts): nobody else changes the state, so no version is kept. */
  async minerStateVersion(): Promise<string | undefined> {
    return undefined;
  }

  async saveMinerState(state: unknown, merge?: (stored: unknown, ours: unknown) => unknown): Promise<unknown> {
    const saved = await this.tables.root.transaction(() => {
      const stored = this.tables.meta.get(MINER_STATE_KEY);
      const next = merge && stored !== undefined ? merge(stored, state) : state;
      this.tables.meta.putSync(MINER_STATE_KEY, next);
      return next;
    });
    await this.tables.root.flushed;
    return saved;
  }

  // ─── Retention and purge ───

  pruneExpired(cutoffs: PruneCutoffs, stopped?: () => boolean): Promise<PruneResult> {
    return this.pruner.pruneExpired(cutoffs, stopped);
  }

  async countPurgeable(cutoffMs: number): Promise<number> {
    return this.tables.sigIndex.getKeysCount({ start: [SORT_PREFIX.last, -Infinity], end: [SORT_PREFIX.last, cutoffMs] });
  }

  purgeOlderThan(cutoffMs: number, onProgress?: (p: PurgeProgress) => void): Promise<{ purged: number; tombstones: number }> {
    return purgeOlderThan(this.tables, cutoffMs, onProgress);
  }

  // ─── Maintenance ───

  async *exportSignatures(): AsyncIterable<Signature> {
    for (const row of rowsInIdOrder(this.tables)) yield asSignature(row);
  }

  async upgradeFingerprints(fingerprinter: Fingerprinter, nowMs: number): Promise<UpgradeSummary> {
    return upgradeSignatureFingerprints(this.tables, fingerprinter, nowMs);
  }

  async getMeta<T>(key: string): Promise<T | undefined> {
    return this.signatures.getMeta<T>(key);
  }

  putMeta(key: string, value: unknown): Promise<void> {
    return this.signatures.putMeta(key, value);
  }

  async close(): Promise<void> {
    try {
      await closeTables(this.tables);
    } finally {
      await this.lock?.release();
    }
  }
}
