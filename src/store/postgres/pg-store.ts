// The PostgreSQL store: every role of the store port (core/ports.ts) on one database that any
// number of `rounds serve` replicas, CLI commands and API calls share. What replicas share and
// what stays per replica is in docs/scaling.md.
import type { Fingerprinter } from '../../core/fingerprint/index.js';
import type { Signature } from '../../core/model.js';
import type { HealthyTally } from '../../core/attribute-stats.js';
import type { InvestigationEntry, PreparedEvent, SamplePolicy, WriterLogger } from '../ingest-writer.js';
import type { ListQuery } from '../queries.js';
import { connect, pgFailure, safeUrl, transaction, type Sql } from './connection.js';
import * as budget from './budget.js';
import { jsonb } from './event-rows.js';
import { PgIngestWriter } from './ingest-writer.js';
import * as queue from './investigation-queue.js';
import { loadMinerState, minerRows } from './miner-state.js';
import { migrate, PG_SCHEMA_VERSION, schemaVersion, SchemaFromTheFutureError } from './migrations.js';
import * as retention from './retention.js';
import * as queries from './signature-queries.js';
import { fromRow, SIGNATURE_COLUMNS, type SignatureRow } from './signature-rows.js';
import { transactSignatures, writeSignatures, type SignatureTxn } from './signature-transactions.js';

export interface PgOpenOptions {
  readOnly?: boolean;
  samples?: SamplePolicy;
  attributeKeys?: readonly string[];
  logger?: WriterLogger;
  /** Connections in the pool. */
  poolSize?: number;
  /** Called with every statement sent (tests count round trips with it). */
  onStatement?: (statement: string) => void;
}

/** PostgreSQL could not be reached or used at start-up: one line, the URL without its password. */
export class PostgresOpenError extends Error {
  readonly code = 'STORE_UNAVAILABLE';
}

export async function openPostgresStore(url: string, options: PgOpenOptions = {}): Promise<PgStore> {
  const sql = connect(url, { max: options.poolSize ?? 8, onStatement: options.onStatement });
  const where = safeUrl(url);
  try {
    if (options.readOnly) {
      const version = await schemaVersion(sql);
      if (version > PG_SCHEMA_VERSION) throw new SchemaFromTheFutureError(`the PostgreSQL database ${where} was written by a newer Rounds (schema ${version}, this one knows ${PG_SCHEMA_VERSION})`);
      if (version === 0) throw new PostgresOpenError(`no Rounds data in the PostgreSQL database ${where} (start \`rounds serve\` with STORE_BACKEND=postgresql first)`);
    } else await migrate(sql);
  } catch (error) {
    await sql.end({ timeout: 1 }).catch(() => {});
    if (error instanceof SchemaFromTheFutureError) throw new SchemaFromTheFutureError(error.message.replace('the PostgreSQL database', `the PostgreSQL database ${where}`));
    if (error instanceof PostgresOpenError) throw error;
    const e = error as { code?: string; message?: string };
    throw new PostgresOpenError(`cannot use the PostgreSQL store at ${where}: ${(e.message ?? String(error)).split('\n')[0]}${e.code && !String(e.message).includes(e.code) ? ` (${e.code})` : ''}`);
  }
  return new PgStore(sql, where, options);
}

export class PgStore {
  readonly backend = 'postgresql';
  readonly ingest: PgIngestWriter | null;
  readonly issueNumbers: {
    get(fingerprint: string): Promise<number | undefined>;
    set(fingerprint: string, issue: number): Promise<void>;
    delete(fingerprint: string): Promise<void>;
  };
  private readonly minerSent = new Map<string, string>();

  constructor(
    readonly sql: Sql,
    readonly location: string,
    options: PgOpenOptions = {},
  ) {
    this.ingest = options.readOnly ? null : new PgIngestWriter(sql, options.samples ?? { first: 5, recent: 20 }, options.logger, options.attributeKeys);
    const key = (fingerprint: string) => `github-issue:${fingerprint}`;
    this.issueNumbers = {
      get: async (fingerprint) => this.getMeta<number>(key(fingerprint)),
      set: (fingerprint, issue) => this.putMeta(key(fingerprint), issue),
      delete: async (fingerprint) => {
        await this.sql`DELETE FROM meta WHERE key = ${key(fingerprint)}`.catch((e) => Promise.reject(pgFailure(e)));
      },
    };
  }

  // ─── Ingest (the pipeline calls `ingest.commit`) ───
  commit(batch: PreparedEvent[], nowMs: number, minerState?: unknown, healthy?: readonly HealthyTally[]) {
    if (!this.ingest) throw new Error('the store was opened read-only');
    return this.ingest.commit(batch, nowMs, minerState, healthy);
  }

  // ─── Signature queries ───
  getSignature = (id: string) => queries.getSignature(this.sql, id);
  findSignature = (idOrPrefix: string) => queries.findSignature(this.sql, idOrPrefix);
  requireSignature = (idOrPrefix: string) => queries.requireSignature(this.sql, idOrPrefix);
  findByFingerprint = (fingerprint: string) => queries.findByFingerprint(this.sql, fingerprint);
  listOccurrences = (signatureId: string, limit: number) => queries.listOccurrences(this.sql, signatureId, limit);
  counts = (signatureId: string, granularity: 'minute' | 'hour', fromMs: number, toMs: number) => queries.counts(this.sql, signatureId, granularity, fromMs, toMs);
  listSignatures = (query: ListQuery) => queries.listSignatures(this.sql, query);
  signaturesInTrace = (traceId: string, nowMs: number, hours?: number) => queries.signaturesInTrace(this.sql, traceId, nowMs, hours);
  attributeStats = (sig: Signature) => queries.attributeStats(this.sql, sig);
  storeStats = (nowMs: number) => queries.storeStats(this.sql, this.location, nowMs);
  /** PostgreSQL reads always see what was committed: nothing to renew. */
  refresh(): void {}

  // ─── Lifecycle writes ───
  async update(id: string, change: (sig: Signature) => Signature): Promise<Signature> {
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
    const rows = await this.sql<{ id: string }[]>`SELECT id FROM signatures WHERE status = 'muted' AND (doc->'mute'->>'untilMs')::bigint <= ${nowMs} ORDER BY id`;
    return rows.map((r) => r.id);
  }

  // ─── Investigation queue and leases ───
  getInvestigation = (id: string) => queue.getInvestigation(this.sql, id);
  enqueueInvestigation = (id: string, entry: InvestigationEntry) => queue.enqueueInvestigation(this.sql, id, entry);
  rescheduleInvestigation = (id: string, expected: InvestigationEntry, next: InvestigationEntry) => queue.rescheduleInvestigation(this.sql, id, expected, next);
  dequeueInvestigation = (id: string, expected?: InvestigationEntry) => queue.dequeueInvestigation(this.sql, id, expected);
  queueHead = (limit: number) => queue.queueHead(this.sql, limit);
  queueSize = () => queue.queueSize(this.sql);
  shedNewInvestigations = (keep: number, limit: number, atMs: number, reason: string) => queue.shedNewInvestigations(this.sql, keep, limit, atMs, reason);
  takeLease = (id: string, holder: string, nowMs: number, ttlMs: number) => queue.takeLease(this.sql, id, holder, nowMs, ttlMs);
  renewLease = (id: string, holder: string, nowMs: number, ttlMs: number) => queue.renewLease(this.sql, id, holder, nowMs, ttlMs);
  releaseLease = (id: string, holder: string) => queue.releaseLease(this.sql, id, holder);

  // ─── Budget ledger ───
  spentOn = (day: string) => budget.spentOn(this.sql, day);
  reserveBudget = (day: string, usd: number, limitUsd: number) => budget.reserveBudget(this.sql, day, usd, limitUsd);
  recordSpend = (day: string, usd: number) => budget.recordSpend(this.sql, day, usd);
  budgetDays = () => budget.budgetDays(this.sql);

  // ─── Template miner ───
  loadMinerState = () => loadMinerState(this.sql);
  /**
   * Adds `state`'s clusters to the shared rows (union by cluster id; see miner-state.ts) and
   * returns the union. `merge` is not needed: rows merge by id without reading.
   */
  async saveMinerState(state: unknown, _merge?: (stored: unknown, ours: unknown) => unknown): Promise<unknown> {
    await transaction(this.sql, (tx) => Promise.all(minerRows(tx, state, this.minerSent)));
    return loadMinerState(this.sql);
  }

  // ─── Retention, purge, maintenance ───
  pruneExpired = (cutoffs: retention.PruneCutoffs, stopped?: () => boolean) => retention.pruneExpired(this.sql, cutoffs, stopped);
  countPurgeable = (cutoffMs: number) => retention.countPurgeable(this.sql, cutoffMs);
  purgeOlderThan = (cutoffMs: number, onProgress?: (p: { done: number; total: number }) => void) => retention.purgeOlderThan(this.sql, cutoffMs, onProgress);
  exportSignatures = () => retention.exportSignatures(this.sql);
  upgradeFingerprints = (fingerprinter: Fingerprinter, nowMs: number) => retention.upgradeFingerprints(this.sql, fingerprinter, nowMs);
  async getMeta<T>(key: string): Promise<T | undefined> {
    const rows = await this.sql<{ value: T }[]>`SELECT value FROM meta WHERE key = ${key}`;
    return rows[0]?.value;
  }
  async putMeta(key: string, value: unknown): Promise<void> {
    await this.sql`INSERT INTO meta (key, value) VALUES (${key}, ${jsonb(value)}::jsonb) ON CONFLICT (key) DO UPDATE SET value = excluded.value`.catch((e) => Promise.reject(pgFailure(e)));
  }

  async close(): Promise<void> {
    await this.sql.end({ timeout: 5 });
  }
}
