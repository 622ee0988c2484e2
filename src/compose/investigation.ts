// Composition step: the investigation side — telemetry backends, the diagnoser (inside its
// budget and redaction wrapper), notifiers, the investigator and its background scheduler
// (docs/architecture.md, "The event path", below the queue).
import type { Tracer } from '@opentelemetry/api';
import type { Logger } from 'pino';
import { BudgetedDiagnoser } from '../adapters/diagnosis/budgeted.js';
import { EvidenceDiagnoser } from '../adapters/diagnosis/evidence.js';
import { diagnosers } from '../adapters/diagnosis/registry.js';
import { notifiers } from '../adapters/notify/registry.js';
import { telemetryBackends } from '../adapters/telemetry/registry.js';
import type { Config } from '../config.js';
import { parsePriceOverrides } from '../core/budget.js';
import { Investigator } from '../core/investigator.js';
import type { Clock, Diagnoser, Store, TelemetryBackend } from '../core/ports.js';
import type { Redactor } from '../core/redact.js';
import { InvestigationMetrics } from '../investigate/metrics.js';
import { InvestigationScheduler } from '../investigate/scheduler.js';
import type { Registry } from '../observability/metrics.js';
import { inSpan, tracedBackend, tracedDiagnoser, tracedNotifier } from '../observability/self-telemetry-spans.js';
import { BackendCallMetrics, trackCircuits } from '../observability/service-metrics.js';

export interface InvestigationParts {
  backends: TelemetryBackend[];
  investigator: Investigator;
  /** Absent when INVESTIGATOR_ENABLED is off. */
  scheduler?: InvestigationScheduler;
}

export interface InvestigationOptions {
  store: Store;
  redactor: Redactor;
  registry: Registry;
  clock: Clock;
  logger: Logger;
  /** Rounds' own tracer when self-telemetry is on (observability/self-telemetry.ts); else nothing is wrapped. */
  tracer?: Tracer;
}

export type TelemetryBackendName = Config['TELEMETRY_BACKEND'][number];

/**
 * How each configured telemetry backend is built, by its registry entry (docs/architecture.md,
 * "Extensions"); `rounds check` builds them the same way to reach each one once (with fewer
 * retries, so a dead backend is reported quickly).
 */
export function telemetryBackendFactories(
  config: Config,
  options: { store?: Store; clock: Clock; retries?: number },
): Record<TelemetryBackendName, () => TelemetryBackend> {
  const { store, clock } = options;
  const build = (name: TelemetryBackendName) => (): TelemetryBackend => {
    if (name === 'local' && !store) throw new Error('the local telemetry backend reads the store: open it first');
    return telemetryBackends.get(name).create(config, { clock, store: store!, ...(options.retries !== undefined ? { retries: options.retries } : {}) });
  };
  return { local: build('local'), jaeger: build('jaeger'), tempo: build('tempo'), loki: build('loki'), prometheus: build('prometheus'), signoz: build('signoz') };
}

export function composeInvestigation(config: Config, options: InvestigationOptions): InvestigationParts {
  const { store, redactor, clock, logger, tracer } = options;
  const factories = telemetryBackendFactories(config, { store, clock });
  const backendCalls = new BackendCallMetrics(options.registry);
  const backends = [...new Set(config.TELEMETRY_BACKEND)]
    .map((name) => backendCalls.meter(factories[name]()))
    .map((backend) => (tracer ? tracedBackend(tracer, backend) : backend));

  const evidenceDiagnoser = new EvidenceDiagnoser({ clock });
  const selected = diagnosers.get(config.DIAGNOSIS_BACKEND);
  // The offline engine sends nothing anywhere; every other diagnoser runs inside the budget and redaction wrapper.
  const configured: Diagnoser | undefined =
    'offline' in selected && selected.offline ? undefined : selected.create(config, { clock, redactor, priceOverrides: parsePriceOverrides(config.LLM_PRICES) });
  const chosen: Diagnoser =
    configured === undefined
      ? evidenceDiagnoser
      : new BudgetedDiagnoser({
          inner: configured,
          fallback: evidenceDiagnoser,
          ledger: store,
          perDiagnosisUsd: config.DIAGNOSIS_BUDGET_USD,
          dailyLimitUsd: config.DAILY_BUDGET_LIMIT,
          redactor,
          clock,
        });

  const notifierDeps = { clock, redactor, issueNumberCache: () => store.issueNumbers, warn: (message: string) => logger.warn(message) };
  const diagnoser = tracer ? tracedDiagnoser(tracer, chosen) : chosen;
  const notifierList = [...new Set(config.NOTIFICATION_BACKEND)]
    .map((name) => notifiers.get(name).create(config, notifierDeps))
    .map((notifier) => (tracer ? tracedNotifier(tracer, notifier) : notifier));
  trackCircuits(options.registry, [
    ...backends.map((adapter) => ({ kind: 'telemetry', adapter })),
    ...(configured ? [{ kind: 'diagnosis', adapter: configured }] : []),
    ...notifierList.map((adapter) => ({ kind: 'notifier', adapter })),
  ]);

  const investigator = new Investigator({
    store,
    backends,
    diagnoser,
    fallback: tracer ? tracedDiagnoser(tracer, evidenceDiagnoser) : evidenceDiagnoser,
    notifiers: notifierList,
    clock,
    budgetUsd: config.DIAGNOSIS_BUDGET_USD,
    contextWindowMs: config.INVESTIGATION_CONTEXT_WINDOW,
    // Adapters time out each request and retry (Retry-After waits up to 30 s); this bounds the whole call.
    backendDeadlineMs: 3 * config.BACKEND_TIMEOUT + 30_000,
  });
  const investigationMetrics = new InvestigationMetrics(options.registry);
  const scheduler = config.INVESTIGATOR_ENABLED
    ? new InvestigationScheduler({
        store,
        investigator: tracer ? tracedInvestigations(tracer, investigator, logger) : investigator,
        clock,
        policy: { settleMs: config.INVESTIGATION_SETTLE, minCount: config.INVESTIGATION_MIN_COUNT },
        concurrency: config.INVESTIGATION_CONCURRENCY,
        leaseTtlMs: config.INVESTIGATION_LEASE_TTL,
        shedAbove: config.INVESTIGATION_SHED_ABOVE,
        // An incident's shed investigations are summarised to the same notifiers.
        notifiers: notifierList,
        logger,
        onOutcome: (_id, outcome) => investigationMetrics.record(outcome),
      })
    : undefined;
  if (scheduler) {
    investigationMetrics.track(() => scheduler.queueSize, () => scheduler.active);
  }
  return { backends, investigator, scheduler };
}

/**
 * One span per investigation, around backends, diagnosis and notifications; the line that
 * reports its end is written inside it, so it carries the trace id.
 */
function tracedInvestigations(tracer: Tracer, investigator: Investigator, logger: Logger): Pick<Investigator, 'investigate'> {
  return {
    investigate: (id, options) =>
      inSpan(
        tracer,
        'rounds.investigate',
        { 'rounds.signature.id': id, 'rounds.investigation.reason': options?.reason ?? 'new' },
        async (span) => {
          const outcome = await investigator.investigate(id, options);
          span.setAttribute('rounds.investigation.status', outcome.status);
          logger.info({ signature: id, status: outcome.status }, 'investigation finished');
          return outcome;
        },
        (outcome) => (outcome.status === 'failed' || outcome.status === 'retryable' ? outcome.error : undefined),
      ),
  };
}
