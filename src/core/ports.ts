// The roles the core needs from the outside world. Adapters implement these; main.ts wires them.
import type { Diagnosis, Evidence, LogLine, MetricSeries, Occurrence, Signature, TraceView } from './model.js';

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

export type ReportKind = 'new' | 'regressed' | 'rediagnosed';

export interface Report {
  kind: ReportKind;
  signature: Signature;
  diagnosis: Diagnosis;
  evidence: Evidence;
}

export interface Notifier {
  /** `stdout`, `markdown`, `github_issue`, `webhook`. */
  readonly name: string;
  /** Where the report went (a file path, an issue URL), when there is such a place. */
  notify(report: Report): Promise<Outcome<{ location?: string }>>;
}

/** The store as the investigator sees it. */
export interface SignatureStore {
  getSignature(id: string): Signature | undefined;
  /** Samples, most recent first. */
  listOccurrences(signatureId: string, limit: number): Occurrence[];
}
