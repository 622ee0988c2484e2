// The receiver's own metrics, exposed on the API port at /metrics.
import { Counter, Gauge, Histogram, Registry } from './metrics.js';

export class IngestMetrics {
  readonly itemsReceived: Counter;
  readonly errorsSelected: Counter;
  readonly requests: Counter;
  readonly refusals: Counter;
  readonly duplicates: Counter;
  readonly commitSeconds: Histogram;
  readonly queueDepth: Gauge;

  constructor(readonly registry: Registry) {
    this.itemsReceived = registry.register(new Counter('rounds_received_items_total', 'Spans, log records and metric batches received, by signal.'));
    this.errorsSelected = registry.register(new Counter('rounds_errors_selected_total', 'Error events picked out of the stream, by signal.'));
    this.requests = registry.register(new Counter('rounds_requests_total', 'Export requests by transport, signal and outcome.'));
    this.refusals = registry.register(new Counter('rounds_refusals_total', 'Requests refused because the pipeline was saturated or shutting down.'));
    this.duplicates = registry.register(new Counter('rounds_duplicate_events_total', 'Error events dropped as retries of events already stored.'));
    this.commitSeconds = registry.register(
      new Histogram('rounds_commit_duration_seconds', 'Time from a batch being taken to its durable LMDB commit.', [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]),
    );
    this.queueDepth = registry.register(new Gauge('rounds_pipeline_queue_depth', 'Requests admitted and not yet acknowledged, error events waiting for a commit, and request bytes held.'));
  }
}
