// The investigator's own metrics, on the API port's /metrics next to the receiver's: what the
// investigations ended in, what diagnoses cost, where reports went (and which failed), and how
// much is waiting.
import type { InvestigationOutcome } from '../core/investigator.js';
import { Counter, Gauge, type Registry } from '../observability/metrics.js';

export class InvestigationMetrics {
  readonly outcomes: Counter<'outcome'>;
  readonly costUsd: Counter<'model'>;
  readonly notifications: Counter<'notifier' | 'outcome'>;
  readonly queue: Gauge<'state'>;

  constructor(registry: Registry) {
    this.outcomes = new Counter(registry, 'rounds_investigations_total', 'Investigations by outcome (diagnosed, skipped, retryable, failed).', ['outcome']);
    this.costUsd = new Counter(registry, 'rounds_diagnosis_cost_usd_total', 'What diagnoses cost, by model (0 for the offline evidence engine).', ['model']);
    this.notifications = new Counter(registry, 'rounds_notifications_total', 'Reports sent, by notifier and outcome (ok, failed).', ['notifier', 'outcome']);
    this.queue = new Gauge(registry, 'rounds_investigation_queue', 'Signatures waiting for investigation, and investigations running.', ['state']);
  }

  /** Reads the queue length and the running count when scraped. */
  track(queued: () => number, running: () => number): void {
    this.queue.track(queued, { state: 'queued' });
    this.queue.track(running, { state: 'running' });
  }

  record(outcome: InvestigationOutcome): void {
    this.outcomes.inc({ outcome: outcome.status });
    if (outcome.status !== 'diagnosed') return;
    this.costUsd.inc({ model: outcome.diagnosis.model }, outcome.diagnosis.costUsd);
    for (const n of outcome.notifications) this.notifications.inc({ notifier: n.notifier, outcome: n.status });
  }
}
