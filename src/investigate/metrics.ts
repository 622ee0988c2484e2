// The investigator's own metrics, on the API port's /metrics next to the receiver's: what the
// investigations ended in, what diagnoses cost, where reports went, and how much is waiting.
import type { InvestigationOutcome } from '../core/investigator.js';
import { Counter, Gauge, type Registry } from '../observability/metrics.js';

export class InvestigationMetrics {
  readonly outcomes: Counter;
  readonly costUsd: Counter;
  readonly notifications: Counter;
  readonly queue: Gauge;

  constructor(registry: Registry) {
    this.outcomes = registry.register(new Counter('rounds_investigations_total', 'Investigations by outcome (diagnosed, skipped, retryable, failed).'));
    this.costUsd = registry.register(new Counter('rounds_diagnosis_cost_usd_total', 'What diagnoses cost, by model (0 for the offline evidence engine).'));
    this.notifications = registry.register(new Counter('rounds_notifications_total', 'Reports sent, by notifier and outcome.'));
    this.queue = registry.register(new Gauge('rounds_investigation_queue', 'Signatures waiting for investigation, and investigations running.'));
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
    for (const n of outcome.notifications) this.notifications.inc({ notifier: n.notifier, status: n.status });
  }
}
