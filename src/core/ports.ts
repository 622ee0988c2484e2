// The roles the core needs from the outside world. Adapters implement these; main.ts wires them.
import type { SignatureAttributeStats } from './attribute-stats.js';
import type { Diagnosis, ErrorEvent, Evidence, LogLine, MetricSeries, Occurrence, Signature, TraceView } from './model.js';

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

/** The store as the investigator sees it. */
export interface SignatureStore {
  getSignature(id: string): Signature | undefined;
  /** Samples, most recent first. */
  listOccurrences(signatureId: string, limit: number): Occurrence[];
}

/** Writes to one signature as one transaction; `change` may throw (e.g. LifecycleError). */
export interface SignatureUpdater {
  update(id: string, change: (sig: Signature) => Signature): Promise<Signature>;
}
