// The roles the core needs from the outside world. Adapters implement these; main.ts wires them.
import type { HealthyTally, SignatureAttributeStats } from './attribute-stats.js';
import type { Fingerprinter, FingerprintResult } from './fingerprint/index.js';
import { SIGNATURE_STATUSES, type Diagnosis, type ErrorEvent, type Evidence, type LogLine, type MetricSeries, type Occurrence, type Signature, type SignatureStatus, type TraceView, type Workload } from './model.js';
import type { TextSearch } from './text-search.js';
import type { QueueEntry } from './triage.js';

/**
 * Expected outcomes are values; bugs throw. The same shape opentelemetry-js uses for export
 * results, so retries and circuit breakers can wrap any adapter the same way.
 */
export type Outcome<T> =
  | { status: 'ok'; value: T }
  | { status: 'retryable'; retryInMs: number; error: string }
  | { status: 'failed'; error: string };

export const ok = <T>(value: T): Outcome<T> => ({ status: 'ok', value });
export const retryable = <T = never>(error: string, retryInMs: number): Outcome<T> => ({ status: 'retryable', error, retryInMs });
export const failed = <T = never>(error: string): Outcome<T> => ({ status: 'failed', error });

export interface Clock {
  now(): number;
}

/** What an investigation asks a telemetry backend for. Times are epoch ms. */
export interface ContextRequest {
  signature: Signature;
  service: string;
  /** Trace ids of stored occurrences, most recent first. */
  traceIds: string[];
  fromMs: number;
  toMs: number;
  /** Where the errors ran on Kubernetes and the peer they called (core/workload.ts), for the platform queries. */
  workload?: Workload;
}

/** What one backend contributed. Any part may be empty. */
export interface ContextPiece {
  traces: TraceView[];
  logs: LogLine[];
  metrics: MetricSeries[];
  /** Anything worth telling the diagnoser that is not a trace, log or series. */
  notes: string[];
  /** What Rounds' own store knows; only the `local` backend fills it. */
  store?: StoreContext;
}

/** One error sample of a trace, as Rounds stored it (it keeps no healthy spans). */
export interface TraceErrorSample {
  traceId: string;
  spanId?: string;
  parentSpanId?: string;
  signatureId: string;
  service: string;
  /** Span name, else the error type. */
  name: string;
  /** Exception event time or span end (epoch ms). */
  timeMs: number;
  statusMessage?: string;
  /** The span's service.version. */
  release?: string;
}

/** Rounds' own knowledge of a signature and of its neighbours, for evidence.ts. */
export interface StoreContext {
  /** When the counts end (epoch ms). */
  nowMs: number;
  /** Samples of the service's other signatures around the same time: the baseline of "the rest". */
  baseline: Occurrence[];
  /** Per-minute counts of the last hour and per-hour counts of the last day, oldest first, ending at `nowMs`. */
  minuteCounts: number[];
  hourCounts: number[];
  /**
   * Longer runs of the same counters, for a schedule (core/recurrence.ts): per minute over the
   * last six hours and per hour over the last week, oldest first, ending at `nowMs`.
   */
  scheduleMinuteCounts?: number[];
  scheduleHourCounts?: number[];
  /** Other signatures seen in the signature's traces, with how many traces they share. */
  coOccurring: { signatureId: string; service: string; type: string; message: string; sharedTraces: number }[];
  /** Error samples of every signature in the signature's most recent traces. */
  traceErrors: TraceErrorSample[];
  /** Attribute statistics over every occurrence (absent for a store older than them). */
  attributeStats?: SignatureAttributeStats;
  /** The same for the co-occurring signatures, with their signature, by id. */
  related?: Record<string, { signature: Signature; stats?: SignatureAttributeStats; samples: Occurrence[]; baseline: Occurrence[] }>;
}

export interface TelemetryBackend {
  /** `local`, `jaeger`, `tempo`, `loki`, `prometheus`, `signoz`. */
  readonly name: string;
  fetchContext(request: ContextRequest): Promise<Outcome<ContextPiece>>;
}

export interface DiagnosisRequest {
  signature: Signature;
  evidence: Evidence;
  /** The most a single diagnosis may cost, in USD. */
  budgetUsd: number;
}

export interface Diagnoser {
  /** `evidence`, `anthropic`, `openai`, `command`. */
  readonly name: string;
  /** Upper bound of what `diagnose` will cost for this request, before it is made. */
  estimateCostUsd(request: DiagnosisRequest): number;
  diagnose(request: DiagnosisRequest): Promise<Outcome<Diagnosis>>;
}

/** What a signature report is about. A backlog summary (BacklogReport) is the kind `shed`. */
export type ReportKind = 'new' | 'regressed' | 'rediagnosed';

export interface Report {
  kind: ReportKind;
  signature: Signature;
  diagnosis: Diagnosis;
  evidence: Evidence;
}

/** One of the signatures a backlog summary names, to ask for its diagnosis. */
export interface ShedSignature {
  id: string;
  service: string;
  type: string;
  message: string;
}

/**
 * A summary of the new signatures taken out of the investigation queue without a diagnosis of
 * their own, because an incident queued more than the scheduler keeps. One report covers every
 * signature shed since the previous one (at most one per interval), not one per signature.
 */
export interface BacklogReport {
  kind: 'shed';
  /** When the summary was made (epoch ms), and the first shedding it covers. */
  atMs: number;
  sinceMs: number;
  /** Signatures shed since the previous summary. */
  shed: number;
  /** Investigations queued when shedding last happened, and how many the queue keeps. */
  queued: number;
  kept: number;
  /** Shed signatures per service and per error type, the largest first (at most 10 each). */
  byService: [name: string, count: number][];
  byType: [name: string, count: number][];
  /** The most recently shed signatures (at most 10): `rounds diagnose <id>` asks for one. */
  examples: ShedSignature[];
}

export interface Notifier {
  /** `stdout`, `markdown`, `github_issue`, `webhook`. */
  readonly name: string;
  /** Where the report went (a file path, an issue URL), when there is such a place. */
  notify(report: Report): Promise<Outcome<{ location?: string }>>;
  /** The backlog summary of an incident (see BacklogReport). */
  notifyBacklog(report: BacklogReport): Promise<Outcome<{ location?: string }>>;
}

/**
 * The receive path as seen from outside the OTLP servers: error events found elsewhere (a
 * trace fetched from a backend for POST /diagnose) are fingerprinted, deduplicated, stored and
 * queued exactly as an export's would be. Resolves once they are committed; rejects when the
 * receiver refuses (overloaded, shutting down) or the commit fails.
 */
export interface TraceIngest {
  ingest(events: ErrorEvent[]): Promise<void>;
}

// ─── The store ──────────────────────────────────────────────────────────────────────────────
// The store's roles as small interfaces (docs/architecture.md "The store port"). LMDB
// (store/lmdb, the embedded default) and PostgreSQL (store/postgres, shared by replicas)
// implement all of them; a caller asks only for the roles it uses. Everything that reads or
// writes is asynchronous (PostgreSQL answers over the network); only pure parts are not.
// Expected failures are the classes of core/store-errors.ts, with stable codes.

/** An error event with its fingerprint, as the pipeline hands it to the store. */
export interface PreparedEvent {
  event: ErrorEvent;
  fp: FingerprintResult;
}

/** Which occurrences of a signature are kept as samples. */
export interface SamplePolicy {
  /** The first N occurrences of a signature are kept for good. */
  first: number;
  /** And the most recent M. */
  recent: number;
}

/** What one committed batch did. */
export interface BatchResult {
  stored: number;
  /** Events whose dedupe key was already stored (a collector retry, possibly via another replica). */
  duplicates: number;
  newSignatures: string[];
  regressed: string[];
}

/** An entry of the investigation queue (the same shape triage ranks). */
export type InvestigationEntry = QueueEntry;

/** What one commit writes (IngestCommit.commitTaken). */
export interface CommitInput {
  batch: PreparedEvent[];
  nowMs: number;
  minerState?: unknown;
  healthy?: readonly HealthyTally[];
}

/**
 * Ingest commit (group commit): the pipeline's one write per batch. The object is handed to
 * the pipeline as it is, so a batch costs one call and one await, never one per event.
 */
export interface IngestCommit {
  /**
   * Commits a batch as one transaction and resolves once it is durable: dedupe keys (an event
   * whose `dedupeKey` was stored in the last 10 minutes or more counts as a duplicate and
   * changes nothing), signatures created or updated (count, first/last seen, releases,
   * environments, lifecycle on occurrence), samples, minute/hour counters, the trace index,
   * attribute statistics, NEW/REGRESSED queue entries, and `minerState` when given.
   * Rejects with StoreUnavailableError (retryable) when it cannot commit; nothing is stored then.
   */
  commit(batch: PreparedEvent[], nowMs: number, minerState?: unknown, healthy?: readonly HealthyTally[]): Promise<BatchResult>;
  /**
   * As `commit`, but what to commit is asked for (`take`, called at most once) only when the
   * store's write transaction is ready: work that became ready while the store was getting there
   * joins this commit instead of waiting a whole commit for the next one. A store that refuses
   * at once (an outage) may not call it. `nowMs`: the clock when the commit was started. The
   * pipeline commits only through this; `commit` is the same with a batch fixed in advance.
   */
  commitTaken(take: () => CommitInput, nowMs: number): Promise<BatchResult>;
  /** True while commits fail (the last attempt failed). */
  readonly unavailable: boolean;
}

/** Sort orders of the signature list. */
export type SortOrder = 'count' | 'last' | 'first';

/**
 * What a status filter may name: a status, or `regressed` (open signatures that came back after
 * being resolved; a flag beside the status, cleared when resolved again).
 */
export const STATUS_FILTERS = [...SIGNATURE_STATUSES, 'regressed'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export interface ListFilter {
  /** Any of these (a signature matches one status, or `regressed`). */
  status?: readonly StatusFilter[];
  service?: string;
  /** Signatures that have seen this release (service.version). */
  release?: string;
  /** Signatures seen at or after this time (epoch ms). */
  sinceMs?: number;
  tag?: string;
  /** Free text that must occur in the type, message, service or culprit (core/text-search.ts). */
  search?: TextSearch;
}

export interface ListQuery extends ListFilter {
  /** Default `last`. */
  sort?: SortOrder;
  ascending?: boolean;
  limit: number;
  /** From a previous page's `nextCursor` (InvalidCursorError when foreign or of another sort). */
  cursor?: string;
  /**
   * Most rows one page may look at. A selective filter on a large store then returns a short
   * (even empty) page with a cursor to continue, instead of scanning everything.
   */
  maxScan?: number;
}

export interface ListPage {
  /** Never merged signatures. */
  items: Signature[];
  /** Present when more rows may follow. */
  nextCursor?: string;
  /** Rows looked at for this page. */
  scanned: number;
}

/** Store-wide figures for `rounds stats` and GET /api/stats. */
export interface StoreStats {
  signatures: {
    total: number;
    byStatus: Record<SignatureStatus, number>;
    regressed: number;
    /** Merged into another signature (kept so a split can undo the merge). */
    merged: number;
  };
  events: { total: number; lastHour: number; lastDay: number };
  investigationsQueued: number;
  dataDir: {
    /** The LMDB data dir, or the PostgreSQL database (its URL without credentials). */
    path: string;
    /** Bytes the store occupies on disk. */
    bytesOnDisk: number;
    /** Bytes of pages in use (LMDB reuses freed pages inside the file before it grows). */
    bytesUsed: number;
  };
}

/** Signature queries: the reads of the investigator, the API, the CLI and the console. */
export interface SignatureQueries {
  /** By exact id; merged signatures too. */
  getSignature(id: string): Promise<Signature | undefined>;
  /** By full id or unique id prefix (like git); undefined when none; AmbiguousIdError names up to five candidates. */
  findSignature(idOrPrefix: string): Promise<Signature | undefined>;
  /** Like `findSignature`; SignatureNotFoundError when none. */
  requireSignature(idOrPrefix: string): Promise<Signature>;
  /** Follows the fingerprint index (aliases of merged signatures included). */
  findByFingerprint(fingerprint: string): Promise<Signature | undefined>;
  /** Stored samples, most recent first. */
  listOccurrences(signatureId: string, limit: number): Promise<Occurrence[]>;
  /** Counts per minute or hour bucket for [fromMs, toMs], oldest first, zero-filled. */
  counts(signatureId: string, granularity: 'minute' | 'hour', fromMs: number, toMs: number): Promise<number[]>;
  /** A filtered, sorted page; its cost is the page (plus the rows a filter skips), not the store. */
  listSignatures(query: ListQuery): Promise<ListPage>;
  /** Ids of signatures that occurred in a trace within the last `hours` (default 48) hours of arrival. */
  signaturesInTrace(traceId: string, nowMs: number, hours?: number): Promise<string[]>;
  /** Attribute statistics of a signature against its service (undefined when never counted). */
  attributeStats(sig: Signature): Promise<SignatureAttributeStats | undefined>;
  storeStats(nowMs: number): Promise<StoreStats>;
  /**
   * Lets the next reads see what other processes committed (LMDB renews its read snapshot;
   * PostgreSQL reads are always fresh, so a no-op there). Cheap and local: synchronous.
   */
  refresh(): void;
}

/** Writes to one signature as one transaction; `change` may throw (e.g. LifecycleError). */
export interface SignatureUpdater {
  /** Error (not SignatureNotFoundError) when `id` does not exist: callers pass ids they read. */
  update(id: string, change: (sig: Signature) => Signature): Promise<Signature>;
}

/** The store as the investigator sees it. */
export type SignatureStore = Pick<SignatureQueries, 'getSignature' | 'listOccurrences'>;

/**
 * What one lifecycle transaction may read and write. Synchronous on purpose: the lifecycle
 * rules (core/lifecycle.ts) are pure, so the implementation loads the signatures and queue
 * entries named to `transactSignatures` first (PostgreSQL: `SELECT … FOR UPDATE`), runs
 * `work`, and writes what it put.
 */
export interface SignatureTxn {
  /** Only ids named to `transactSignatures` are guaranteed readable. */
  get(id: string): Signature | undefined;
  /**
   * Replaces `current` (as read from `get`, or undefined for a new one) with `next`, keeping
   * the sort order, the fingerprint index (a merged signature's fingerprints point at its
   * target) and the mute deadline (`next.mute.untilMs` while muted) in step.
   */
  put(current: Signature | undefined, next: Signature): void;
  investigation(id: string): InvestigationEntry | undefined;
  /** Adds or replaces the queue entry of `id`. */
  enqueue(id: string, entry: InvestigationEntry): void;
  /** Removes the queue entry of `id`, if any. */
  dequeue(id: string): void;
}

/** Lifecycle writes, the primitive under core/signature-actions.ts (resolve, mute, merge, …). */
export interface SignatureTransactions {
  /**
   * Runs `work` in one write transaction over the signatures `ids` (exact ids) and resolves
   * with its result once durable. When `work` throws nothing is written and the promise
   * rejects with what it threw. Serialised with ingest commits (and, on PostgreSQL, with other
   * replicas' writes to the same signatures).
   */
  transactSignatures<T>(ids: readonly string[], work: (txn: SignatureTxn) => T): Promise<T>;
  /** Ids of signatures whose time-based mute ends at or before `nowMs`. */
  dueMutes(nowMs: number): Promise<string[]>;
}

/** Who did a lifecycle action. */
export interface ActionBy {
  /** `cli:<user>`, `api`, `web:<name>`, `webhook`. */
  actor: string;
  reason?: string;
}

export interface MuteRequest {
  forMs?: number;
  untilMs?: number;
  /** The mute ends once this many more occurrences have been counted. */
  countGrowth?: number;
}

/**
 * The management operations people run on signatures (CLI, API and console share them). Each
 * takes an id or unique prefix, records who did it in the signature's history, and resolves
 * once durable. Implemented once over the port, in core/signature-actions.ts.
 */
export interface LifecycleActions {
  resolve(idOrPrefix: string, by: ActionBy, inRelease?: string): Promise<Signature>;
  mute(idOrPrefix: string, by: ActionBy, request?: MuteRequest): Promise<Signature>;
  unmute(idOrPrefix: string, by: ActionBy): Promise<Signature>;
  reset(idOrPrefix: string, by: ActionBy): Promise<Signature>;
  tag(idOrPrefix: string, by: ActionBy, add: readonly string[], remove?: readonly string[]): Promise<Signature>;
  /** A `manual` queue entry ahead of everything (a merged signature's target is queued instead). */
  requestDiagnosis(idOrPrefix: string, by: ActionBy): Promise<Signature>;
  merge(targetIdOrPrefix: string, sourceIdOrPrefix: string, by: ActionBy): Promise<{ target: Signature; source: Signature }>;
  split(targetIdOrPrefix: string, sourceIdOrPrefix: string, by: ActionBy): Promise<{ target: Signature; source: Signature }>;
  /** Ends due time-based mutes; returns the ids that were unmuted. */
  expireMutes(): Promise<string[]>;
}

/**
 * The investigation queue: NEW and REGRESSED entries are added by ingest commits, manual ones
 * by `requestDiagnosis`. Order: manual, then regressed, then new; oldest first within each.
 * Two entries are "the same request" when their reason and enqueuedMs are equal: a newer
 * request replacing an entry wins over the outcome of the older one.
 */
export interface InvestigationQueue {
  getInvestigation(id: string): Promise<InvestigationEntry | undefined>;
  /** Adds or replaces the entry of `id`. */
  enqueueInvestigation(id: string, entry: InvestigationEntry): Promise<void>;
  /** Replaces the entry of `id` with `next` only while it is still the same request as `expected`; false otherwise. */
  rescheduleInvestigation(id: string, expected: InvestigationEntry, next: InvestigationEntry): Promise<boolean>;
  /** Removes the entry of `id` (only while it is the same request as `expected`, when given); true when removed. */
  dequeueInvestigation(id: string, expected?: InvestigationEntry): Promise<boolean>;
  /** The first `limit` entries in the order the investigator takes them; reads a bounded number of rows. */
  queueHead(limit: number): Promise<[string, InvestigationEntry][]>;
  /** Entries queued; cheap (no scan). */
  queueSize(): Promise<number>;
  /**
   * Removes the newest `new` entries beyond the first `keep` of that class (at most `limit`),
   * recording in each signature's history that it was shed and why. Returns those signatures.
   */
  shedNewInvestigations(keep: number, limit: number, atMs: number, reason: string): Promise<Signature[]>;
  /**
   * Leases: exactly one replica investigates a signature. `takeLease` succeeds when nobody
   * holds a live lease on `id` (or `holder` already does) and holds it until `nowMs + ttlMs`;
   * a lease whose holder died lapses at its expiry and can then be taken by another.
   */
  takeLease(id: string, holder: string, nowMs: number, ttlMs: number): Promise<boolean>;
  /** Extends a lease `holder` still holds; false when it lapsed and someone else took it (stop working then). */
  renewLease(id: string, holder: string, nowMs: number, ttlMs: number): Promise<boolean>;
  /** Gives the lease back (no-op when `holder` does not hold it). */
  releaseLease(id: string, holder: string): Promise<void>;
}

/** The daily LLM budget, shared by every process on the store. Days are UTC `YYYY-MM-DD`. */
export interface BudgetLedgerStore {
  /** The day's total, reservations not yet settled included. */
  spentOn(day: string): Promise<number>;
  /**
   * Atomically adds `usd` to the day's total when the total stays at or under `limitUsd`;
   * false (nothing added) otherwise. Two processes can never both take the last dollar.
   */
  reserveBudget(day: string, usd: number, limitUsd: number): Promise<boolean>;
  /** Adds `usd` to the day's total; negative gives back the unused part of a reservation (the total never drops below 0). */
  recordSpend(day: string, usd: number): Promise<void>;
  /** Every day on record, oldest first. */
  budgetDays(): Promise<{ day: string; usd: number }[]>;
}

/** The template miner's learned templates, shared by every process on the store. */
export interface MinerStateStore {
  loadMinerState(): Promise<unknown>;
  /**
   * Saves `state` in one transaction. With `merge`, what is stored is `merge(stored, state)`
   * (what another replica learned meanwhile is kept); resolves with what was stored.
   */
  saveMinerState(state: unknown, merge?: (stored: unknown, ours: unknown) => unknown): Promise<unknown>;
  /**
   * A token that changes whenever the stored state does, for a replica that polls for what the
   * others learned; undefined when the store has none (then `loadMinerState` to know).
   */
  minerStateVersion(): Promise<string | undefined>;
}

/** Which GitHub issue belongs to which fingerprint (adapters/notify/github.ts). */
export interface IssueNumberCache {
  get(fingerprint: string): Promise<number | undefined>;
  set(fingerprint: string, issue: number): Promise<void>;
  delete(fingerprint: string): Promise<void>;
}

export interface PruneCutoffs {
  nowMs: number;
  /** Samples whose time is before this go. */
  occurrencesBeforeMs: number;
  /** Minute counters (and trace-index hours) before this go. */
  minuteCountersBeforeMs: number;
  hourlyCountersBeforeMs: number;
}

export interface PruneResult {
  occurrences: number;
  minuteCounters: number;
  hourlyCounters: number;
  dedupe: number;
  traceIndex: number;
}

export interface PurgeProgress {
  done: number;
  total: number;
}

/** Retention and purge. Both work in small transactions, so ingest commits interleave. */
export interface RetentionStore {
  /** Removes rows past their retention, and dedupe keys no retry can match any more. `stopped` ends it early. */
  pruneExpired(cutoffs: PruneCutoffs, stopped?: () => boolean): Promise<PruneResult>;
  /** Signatures (not merged) whose last occurrence is before `cutoffMs`. */
  countPurgeable(cutoffMs: number): Promise<number>;
  /** Deletes them with everything they own, then merged tombstones as old. */
  purgeOlderThan(cutoffMs: number, onProgress?: (p: PurgeProgress) => void): Promise<{ purged: number; tombstones: number }>;
}

/** What a start-up fingerprint upgrade did (docs/fingerprinting.md "Versions and upgrades"). */
export interface UpgradeSummary {
  upgraded: number;
  unchanged: number;
  collisions: number;
}

/** Store-wide maintenance, export and small settings. */
export interface StoreMaintenance {
  /** Every signature, merged ones included, in id order; memory stays flat on any store size. */
  exportSignatures(): AsyncIterable<Signature>;
  /** Moves signatures of an older fingerprint algorithm to `fingerprinter`'s, in one transaction. */
  upgradeFingerprints(fingerprinter: Fingerprinter, nowMs: number): Promise<UpgradeSummary>;
  getMeta<T>(key: string): Promise<T | undefined>;
  putMeta(key: string, value: unknown): Promise<void>;
}

/** Every role together: what `openStore` returns. */
export interface Store
  extends SignatureQueries,
    SignatureUpdater,
    SignatureTransactions,
    InvestigationQueue,
    BudgetLedgerStore,
    MinerStateStore,
    RetentionStore,
    StoreMaintenance {
  /** `lmdb` or `postgresql`. */
  readonly backend: string;
  /** Where the data is, for messages: the data dir, or the database URL without credentials. */
  readonly location: string;
  /** The ingest pipeline's writer (null when the store was opened read-only). */
  readonly ingest: IngestCommit | null;
  /** The GitHub notifier's issue numbers. */
  readonly issueNumbers: IssueNumberCache;
  /** Waits for what was written, then closes. */
  close(): Promise<void>;
}

export interface StoreLogger {
  error(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
}

export interface StoreOpenOptions {
  /** Reads only (CLI reads): no writer, no migration; LMDB then never blocks a running server. */
  readOnly?: boolean;
  /**
   * Opened by `rounds serve`. LMDB takes the data dir's server lock (one server per data dir,
   * DataDirLockedError otherwise); PostgreSQL allows any number of replicas.
   */
  server?: boolean;
  samples?: SamplePolicy;
  /** DIAGNOSIS_ATTRIBUTE_KEYS counted besides the built-in ones. */
  attributeKeys?: readonly string[];
  logger?: StoreLogger;
  /** Skip fsync (CPU benchmarks only; never in production). */
  noSync?: boolean;
}

/** Opens one store (the location is bound in): a data dir, a PostgreSQL URL. */
export type StoreFactory = (options?: StoreOpenOptions) => Promise<Store>;
