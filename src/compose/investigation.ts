// Composition step: the investigation side — telemetry backends, the diagnoser (inside its
// budget and redaction wrapper), notifiers, the investigator and its background scheduler
// (docs/architecture.md, "The event path", below the queue).
import type { Logger } from 'pino';
import { AnthropicDiagnoser } from '../adapters/diagnosis/anthropic.js';
import { BudgetedDiagnoser } from '../adapters/diagnosis/budgeted.js';
import { CommandDiagnoser } from '../adapters/diagnosis/command.js';
import { EvidenceDiagnoser } from '../adapters/diagnosis/evidence.js';
import { OpenAIDiagnoser } from '../adapters/diagnosis/openai.js';
import { GitHubIssueNotifier } from '../adapters/notify/github.js';
import { MarkdownNotifier } from '../adapters/notify/markdown.js';
import { StdoutNotifier } from '../adapters/notify/stdout.js';
import { WebhookNotifier } from '../adapters/notify/webhook.js';
import { grafanaHeaders, JaegerBackend, LokiBackend, PrometheusBackend, SignozBackend, TempoBackend } from '../adapters/telemetry/index.js';
import { LocalBackend } from '../adapters/telemetry/local.js';
import type { Config } from '../config.js';
import { FREE, isLocalBaseUrl, parsePriceOverrides, PriceTable } from '../core/budget.js';
import { Investigator } from '../core/investigator.js';
import type { Clock, Diagnoser, Notifier, TelemetryBackend } from '../core/ports.js';
import type { Redactor } from '../core/redact.js';
import { InvestigationMetrics } from '../investigate/metrics.js';
import { InvestigationScheduler } from '../investigate/scheduler.js';
import type { Registry } from '../observability/metrics.js';
import { BackendCallMetrics, trackCircuits } from '../observability/service-metrics.js';
import { LmdbBudgetLedger } from '../store/budget-ledger.js';
import type { Tables } from '../store/environment.js';
import { LmdbIssueNumberCache } from '../store/issue-number-cache.js';
import type { LmdbSignatureStore } from '../store/signature-store.js';

export interface InvestigationParts {
  backends: TelemetryBackend[];
  investigator: Investigator;
  /** Absent when INVESTIGATOR_ENABLED is off. */
  scheduler?: InvestigationScheduler;
}

export interface InvestigationOptions {
  tables: Tables;
  store: LmdbSignatureStore;
  redactor: Redactor;
  registry: Registry;
  clock: Clock;
  logger: Logger;
}

export type TelemetryBackendName = Config['TELEMETRY_BACKEND'][number];

/**
 * How each configured telemetry backend is built; `rounds check` builds them the same way to
 * reach each one once (with fewer retries, so a dead backend is reported quickly).
 */
export function telemetryBackendFactories(config: Config, options: { store?: LmdbSignatureStore; clock: Clock; retries?: number }): Record<TelemetryBackendName, () => TelemetryBackend> {
  const { store, clock } = options;
  const backendOptions = { timeoutMs: config.BACKEND_TIMEOUT, clock, ...(options.retries !== undefined ? { retries: options.retries } : {}) };
  const grafana = grafanaHeaders({ apiKey: config.GRAFANA_API_KEY, orgId: config.GRAFANA_ORG_ID });
  return {
    local: () => {
      if (!store) throw new Error('the local telemetry backend reads the store: open it first');
      return new LocalBackend({ store, clock });
    },
    jaeger: () => new JaegerBackend({ ...backendOptions, baseUrl: config.JAEGER_API_URL! }),
    tempo: () => new TempoBackend({ ...backendOptions, baseUrl: config.GRAFANA_TEMPO_URL!, headers: grafana }),
    loki: () => new LokiBackend({ ...backendOptions, baseUrl: config.GRAFANA_LOKI_URL!, headers: grafana }),
    prometheus: () => new PrometheusBackend({ ...backendOptions, baseUrl: config.GRAFANA_PROMETHEUS_URL!, headers: grafana, queries: (config.PROMETHEUS_QUERIES ?? '').split(';') }),
    signoz: () => new SignozBackend({ ...backendOptions, baseUrl: config.SIGNOZ_API_URL!, apiKey: config.SIGNOZ_API_KEY }),
  };
}

export function composeInvestigation(config: Config, options: InvestigationOptions): InvestigationParts {
  const { tables, store, redactor, clock, logger } = options;
  const telemetryBackends = telemetryBackendFactories(config, { store, clock });
  const backendCalls = new BackendCallMetrics(options.registry);
  const backends = [...new Set(config.TELEMETRY_BACKEND)].map((name) => backendCalls.meter(telemetryBackends[name]()));

  const evidenceDiagnoser = new EvidenceDiagnoser({ clock });
  const priceOverrides = parsePriceOverrides(config.LLM_PRICES);
  const configured: Diagnoser | undefined =
    config.DIAGNOSIS_BACKEND === 'anthropic'
      ? new AnthropicDiagnoser({ apiKey: config.ANTHROPIC_API_KEY!, baseURL: config.ANTHROPIC_BASE_URL, model: config.CLAUDE_MODEL, prices: new PriceTable(priceOverrides), redactor, clock })
      : config.DIAGNOSIS_BACKEND === 'openai'
        ? new OpenAIDiagnoser({
            apiKey: config.OPENAI_API_KEY,
            baseURL: config.OPENAI_BASE_URL,
            model: config.OPENAI_MODEL,
            // A model served on this machine or the private network costs no money.
            prices: new PriceTable(isLocalBaseUrl(config.OPENAI_BASE_URL) ? { [config.OPENAI_MODEL]: FREE, ...priceOverrides } : priceOverrides),
            redactor,
            clock,
          })
        : config.DIAGNOSIS_BACKEND === 'command'
          ? new CommandDiagnoser({ command: config.DIAGNOSIS_COMMAND!, cwd: config.DIAGNOSIS_COMMAND_CWD, timeoutMs: config.DIAGNOSIS_COMMAND_TIMEOUT, passEnv: config.DIAGNOSIS_COMMAND_ENV, redactor, clock })
          : undefined;
  // The offline engine sends nothing anywhere; every other diagnoser runs inside the budget and redaction wrapper.
  const diagnoser: Diagnoser = configured
    ? new BudgetedDiagnoser({ inner: configured, fallback: evidenceDiagnoser, ledger: new LmdbBudgetLedger(tables), perDiagnosisUsd: config.DIAGNOSIS_BUDGET_USD, dailyLimitUsd: config.DAILY_BUDGET_LIMIT, redactor, clock })
    : evidenceDiagnoser;

  const notifierFactories: Record<Config['NOTIFICATION_BACKEND'][number], () => Notifier> = {
    stdout: () => new StdoutNotifier({ redactor }),
    markdown: () => new MarkdownNotifier({ dir: config.NOTIFICATION_OUTPUT_DIR, clock, redactor }),
    github_issue: () => new GitHubIssueNotifier({ token: config.GITHUB_TOKEN!, repo: config.GITHUB_REPO!, apiUrl: config.GITHUB_API_URL, cache: new LmdbIssueNumberCache(tables), clock, redactor }),
    webhook: () => new WebhookNotifier({ url: config.NOTIFICATION_WEBHOOK_URL!, secret: config.NOTIFICATION_WEBHOOK_SECRET, timeoutMs: config.BACKEND_TIMEOUT, clock, redactor }),
  };
  const notifiers = [...new Set(config.NOTIFICATION_BACKEND)].map((name) => notifierFactories[name]());
  trackCircuits(options.registry, [
    ...backends.map((adapter) => ({ kind: 'telemetry', adapter })),
    ...(configured ? [{ kind: 'diagnosis', adapter: configured }] : []),
    ...notifiers.map((adapter) => ({ kind: 'notifier', adapter })),
  ]);

  const investigator = new Investigator({
    store,
    backends,
    diagnoser,
    fallback: evidenceDiagnoser,
    notifiers,
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
        investigator,
        clock,
        policy: { settleMs: config.INVESTIGATION_SETTLE, minCount: config.INVESTIGATION_MIN_COUNT },
        concurrency: config.INVESTIGATION_CONCURRENCY,
        logger,
        onOutcome: (_id, outcome) => investigationMetrics.record(outcome),
      })
    : undefined;
  if (scheduler) {
    investigationMetrics.track(() => store.queueSize(), () => scheduler.active);
  }
  return { backends, investigator, scheduler };
}
