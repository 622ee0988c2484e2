// The PostgreSQL store: every role of the store port (core/ports.ts `Store`) on one database
// that any number of `rounds serve` replicas, CLI commands and API calls share. What the
// replicas share and what stays per replica is in docs/scaling.md.
import type { SignatureAttributeStats } from '../../core/attribute-stats.js';
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
import { StoreNotFoundError, StoreSchemaTooNewError, StoreUnavailableError } from '../../core/store-errors.js';
import * as budget from './budget.js';
import { connect, pgFailure, safeUrl, transaction, type Sql } from './connection.js';
import { jsonb } from './event-rows.js';
import { PgIngestWriter } from './ingest-writer.js';
import * as queue from './investigation-queue.js';
import { loadMinerState, minerStateVersion, saveMinerStateInTx } from './miner-state.js';
import { migrate, PG_SCHEMA_VERSION, schemaVersion, SchemaFromTheFutureError } from './migrations.js';
import * as retention from './retention.js';
import * as queries from './signature-queries.js';
import { fromRow, SIGNATURE_COLUMNS, type SignatureRow } from './signature-rows.js';
import { transactSignatures, writeSignatures } from './signature-transactions.js';

export interface PgOpenOptions extends StoreOpenOptions {
  /** Connections in the pool. */
  poolSize?: number;
  /** Called with every statement sent (tests count round trips with it). */
  onStatement?: (statement: string) => void;
}

/** PostgreSQL cannot be reached or used at start-up: one line naming the URL (without its password). */
export class PostgresUnreachableError extends StoreUnavailableError {
  constructor(where: string, cause: unknown) {
    const e = cause as { code?: string; message?: string };
    const why = (e?.message ?? String(cause)).split('\n')[0];
    super(`${why}${e?.code && !why.includes(e.code) ? ` (${e.code})` : ''}`);
    this.message = `cannot use the PostgreSQL store at ${where}: ${this.reason}`;
  }
}

const fail = (error: unknown): never => {
  throw pgFailure(error);
};

export class PgStore implements Store {
  readonly backend = 'postgresql';
  readonly ingest: PgIngestWriter | null;
  readonly issueNumbers: IssueNumberCache;

  private constructor(
    readonly sql: Sql,
    readonly location: string,
    options: PgOpenOptions,
  ) {
    this.ingest = options.readOnly ? null : new PgIngestWriter(sql, options.samples ?? { first: 5, recent: 20 }, options.logger, options.attributeKeys);
    const key = (fingerprint: string) => `github-issue:${fingerprint}`;
    this.issueNumbers = {
      get: (fingerprint) => this.getMeta<number>(key(fingerprint)),
      set: (fingerprint, issue) => this.putMeta(key(fingerprint), issue),
      delete: async (fingerprint) => {
        await this.sql`DELETE FROM meta WHERE key = ${key(fingerprint)}`.catch(fail);
      },
    };
  }

  /**
   * Connects and, unless read-only, applies the schema (replicas starting together take turns
   * under an advisory lock). Read-only opens (CLI reads) only check the schema version.
   */
  static async open(url: string, options: PgOpenOptions = {}): Promise<PgStore> {
    const sql = connect(url, { max: options.poolSize ?? (options.readOnly ? 2 : 8), onStatement: options.onStatement });
    const where = safeUrl(url);
    try {
      const version = options.readOnly ? await schemaVersion(sql) : await migrate(sql);
      if (version > PG_SCHEMA_VERSION) throw new StoreSchemaTooNewError(version, PG_SCHEMA_VERSION, `the PostgreSQL database ${where}`);
      if (options.readOnly && version === 0) throw new StoreNotFoundError(`no Rounds data in the PostgreSQL database ${where} (start \`rounds serve\` with STORE_BACKEND=postgresql on it first)`);
    } catch (error) {
      await sql.end({ timeout: 1 }).catch(() => {});
      if (error instanceof SchemaFromTheFutureError) throw new StoreSchemaTooNewError(error.found, PG_SCHEMA_VERSION, `the PostgreSQL database ${where}`);
      if (error instanceof StoreSchemaTooNewError || error instanceof StoreNotFoundError) throw error;
      throw new PostgresUnreachableError(where, error);
    }
    return new PgStore(sql, where, options);
  }

  // ─── Signature queries ───
  getSignature(id: string): Promise<Signature | undefined> {
    return queries.getSignature(this.sql, id).catch(fail);
  }
  findSignature(idOrPrefix: string): Promise<Signature | undefined> {
    return queries.findSignature(this.sql, idOrPrefix).catch(fail);
  }
  requireSignature(idOrPrefix: string): Promise<Signature> {
    return queries.requireSignature(this.sql, idOrPrefix).catch(fail);
  }
  findByFingerprint(fingerprint: string): Promise<Signature | undefined> {
    return queries.findByFingerprint(this.sql, fingerprint).catch(fail);
  }
  listOccurrences(signatureId: string, limit: number): Promise<Occurrence[]> {
    return queries.listOccurrences(this.sql, signatureId, limit).catch(fail);
  }
  counts(signatureId: string, granularity: 'minute' | 'hour', fromMs: number, toMs: number): Promise<number[]> {
    return queries.counts(this.sql, signatureId, granularity, fromMs, toMs).catch(fail);
  }
  listSignatures(query: ListQuery): Promise<ListPage> {
    return queries.listSignatures(this.sql, query).catch(fail);
  }
  signaturesInTrace(traceId: string, nowMs: number, hours?: number): Promise<string[]> {
    return queries.signaturesInTrace(this.sql, traceId, nowMs, hours).catch(fail);
  }
  attributeStats(sig: Signature): Promise<SignatureAttributeStats | undefined> {
    return queries.attributeStats(this.sql, sig).catch(fail);
  }
  storeStats(nowMs: number): Promise<StoreStats> {
    return queries.storeStats(this.sql, this.location, nowMs).catch(fail);
  }
  /** PostgreSQL reads always see what was committed: nothing to renew. */
  refresh(): void {}

  // ─── Lifecycle writes ───
  update(id: string, change: (sig: Signature) => Signature): Promise<Signature> {
    return transaction(this.sql, async (tx) => {
      const rows = await tx<SignatureRow[]>`SELECT ${tx.unsafe(SIGNATURE_COLUMNS)} FROM signatures WHERE id = ${id} FOR UPDATE`;
      if (rows.length === 0) throw new Error(`no signature ${id}`);
      const next = change(fromRow(rows[0]));
      await writeSignatures(tx, [next]);
      return next;
    });
  }
  transactSignatures<T>(ids: readonly string[], work: (txn: SignatureTxn) => T): Promise<T> {
    return transactSignatures(this.sql, ids, work);
  }
  async dueMutes(nowMs: number): Promise<string[]> {
    const rows = await this.sql<{ id: string }[]>`SELECT id FROM signatures WHERE status = 'muted' AND (doc->'mute'->>'untilMs')::bigint <= ${nowMs} ORDER BY id`.catch(fail);
    return rows.map((r) => r.id);
  }

  // ─── Investigation queue and leases ───
  getInvestigation(id: string): Promise<InvestigationEntry | undefined> {
    return queue.getInvestigation(this.sql, id).catch(fail);
  }
  enqueueInvestigation(id: string, entry: InvestigationEntry): Promise<void> {
    return queue.enqueueInvestigation(this.sql, id, entry);
  }
  rescheduleInvestigation(id: string, expected: InvestigationEntry, next: InvestigationEntry): Promise<boolean> {
    return queue.rescheduleInvestigation(this.sql, id, expected, next);
  }
  dequeueInvestigation(id: string, expected?: InvestigationEntry): Promise<boolean> {
    return queue.dequeueInvestigation(this.sql, id, expected);
  }
  queueHead(limit: number): Promise<[string, InvestigationEntry][]> {
    return queue.queueHead(this.sql, limit).catch(fail);
  }
  queueSize(): Promise<number> {
    return queue.queueSize(this.sql).catch(fail);
  }
  shedNewInvestigations(keep: number, limit: number, atMs: number, reason: string): Promise<Signature[]> {
    return queue.shedNewInvestigations(this.sql, keep, limit, atMs, reason);
  }
  takeLease(id: string, holder: string, nowMs: number, ttlMs: number): Promise<boolean> {
    return queue.takeLease(this.sql, id, holder, nowMs, ttlMs);
  }
  renewLease(id: string, holder: string, nowMs: number, ttlMs: number): Promise<boolean> {
    return queue.renewLease(this.sql, id, holder, nowMs, ttlMs);
  }
  releaseLease(id: string, holder: string): Promise<void> {
    return queue.releaseLease(this.sql, id, holder);
  }

  // ─── Budget ledger ───
  spentOn(day: string): Promise<number> {
    return budget.spentOn(this.sql, day).catch(fail);
  }
  reserveBudget(day: string, usd: number, limitUsd: number): Promise<boolean> {
    return budget.reserveBudget(this.sql, day, usd, limitUsd);
  }
  recordSpend(day: string, usd: number): Promise<void> {
    return budget.recordSpend(this.sql, day, usd);
  }
  budgetDays(): Promise<{ day: string; usd: number }[]> {
    return budget.budgetDays(this.sql).catch(fail);
  }

  // ─── Template miner ───
  loadMinerState(): Promise<unknown> {
    return loadMinerState(this.sql).catch(fail);
  }

  minerStateVersion(): Promise<string | undefined> {
    return minerStateVersion(this.sql).catch(fail);
  }

  saveMinerState(state: unknown, merge?: (stored: unknown, ours: unknown) => unknown): Promise<unknown> {
    return transaction(this.sql, (tx) => saveMinerStateInTx(tx, state, merge ?? ((_stored, ours) => ours)));
  }

  // ─── Retention, purge, maintenance ───
  pruneExpired(cutoffs: PruneCutoffs, stopped?: () => boolean): Promise<PruneResult> {
    return retention.pruneExpired(this.sql, cutoffs, stopped).catch(fail);
  }
  countPurgeable(cutoffMs: number): Promise<number> {
    return retention.countPurgeable(this.sql, cutoffMs).catch(fail);
  }
  purgeOlderThan(cutoffMs: number, onProgress?: (p: PurgeProgress) => void): Promise<{ purged: number; tombstones: number }> {
    return retention.purgeOlderThan(this.sql, cutoffMs, onProgress);
  }
  exportSignatures(): AsyncIterable<Signature> {
    return retention.exportSignatures(this.sql);
  }
  upgradeFingerprints(fingerprinter: Fingerprinter, nowMs: number): Promise<UpgradeSummary> {
    return retention.upgradeFingerprints(this.sql, fingerprinter, nowMs);
  }
  async getMeta<T>(key: string): Promise<T | undefined> {
    const rows = await this.sql<{ value: T }[]>`SELECT value FROM meta WHERE key = ${key}`.catch(fail);
    return rows[0]?.value ?? undefined;
  }
  async putMeta(key: string, value: unknown): Promise<void> {
    await this.sql`INSERT INTO meta (key, value) VALUES (${key}, ${jsonb(value)}::text::jsonb) ON CONFLICT (key) DO UPDATE SET value = excluded.value`.catch(fail);
  }

  async close(): Promise<void> {
    await this.sql.end({ timeout: 5 });
  }
}

/** The same as `PgStore.open`, for callers that take a function. */
export const openPostgresStore = (url: string, options?: PgOpenOptions): Promise<PgStore> => PgStore.open(url, options);
