// The receiver's own metrics, exposed on the API port at /metrics. Every request series
// carries `transport`, `signal` and `outcome` (vocabulary in metrics.ts). The children the
// hot path uses (an `ok` request of each transport and signal, items of each signal) are
// bound here, so they read 0 before the first export rather than being absent.
import { Counter, Gauge, Histogram, type Registry } from './metrics.js';

const SIGNALS = ['traces', 'logs', 'metrics'] as const;
const TRANSPORTS = ['grpc', 'http'] as const;

type Child = ReturnType<Counter['child']>;

/** What one accepted export of a signal over a transport counts, bound once (no label lookup per request). */
export interface ExportCounters {
  ok: Child;
  items: Child;
  errors: Child;
}

export class IngestMetrics {
  readonly itemsReceived: Counter<'signal'>;
  readonly errorsSelected: Counter<'signal'>;
  readonly requests: Counter<'transport' | 'signal' | 'outcome'>;
  readonly refusals: Counter<'transport' | 'signal' | 'reason'>;
  readonly duplicates: Counter;
  readonly commitSeconds: Histogram;
  readonly queueDepth: Gauge<'kind'>;
  private readonly exportCounters = new Map<string, ExportCounters>();

  constructor(readonly registry: Registry) {
    this.itemsReceived = new Counter(registry, 'rounds_received_items_total', 'Spans, log records and metric data points received, by signal.', ['signal']);
    this.errorsSelected = new Counter(registry, 'rounds_errors_selected_total', 'Error events picked out of the stream, by signal.', ['signal']);
    this.requests = new Counter(registry, 'rounds_requests_total', 'Export requests by transport, signal and outcome (ok, refused, unauthenticated, bad_data, too_large, store_failed, …).', ['transport', 'signal', 'outcome']);
    this.refusals = new Counter(registry, 'rounds_refusals_total', 'Requests refused because the pipeline was saturated (overloaded) or shutting down, by transport, signal and reason.', ['transport', 'signal', 'reason']);
    this.duplicates = new Counter(registry, 'rounds_duplicate_events_total', 'Error events dropped as retries of events already stored.');
    this.commitSeconds = new Histogram(registry, 'rounds_commit_duration_seconds', 'Time from a batch being taken to its durable commit.', [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]);
    this.queueDepth = new Gauge(registry, 'rounds_pipeline_queue_depth', 'Requests admitted and not yet acknowledged, error events waiting for a commit, and request bytes held.', ['kind']);
    for (const signal of SIGNALS) {
      for (const transport of TRANSPORTS) this.forExport(transport, signal);
    }
    this.duplicates.child();
  }

  /** The counters an accepted export touches; bound on first use and kept. */
  forExport(transport: string, signal: string): ExportCounters {
    const key = `${transport}/${signal}`;
    let counters = this.exportCounters.get(key);
    if (!counters) {
      counters = { ok: this.requests.child({ transport, signal, outcome: 'ok' }), items: this.itemsReceived.child({ signal }), errors: this.errorsSelected.child({ signal }) };
      this.exportCounters.set(key, counters);
    }
    return counters;
  }
}

/** The signal an OTLP/HTTP path names (`/v1/traces` …), `unknown` for any other path. */
export function signalOfPath(path: string): string {
  const m = /^\/v1\/(traces|logs|metrics)(?:[/?#]|$)/.exec(path);
  return m ? m[1] : 'unknown';
}
