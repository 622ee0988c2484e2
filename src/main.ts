// The composition root: the one place that builds adapters and wires them to the core's
// ports. Everything else receives what it needs through constructor arguments.
import { readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import pino, { type Logger } from 'pino';
import { ApiServer } from './api/server.js';
import type { Config } from './config.js';
import { createFingerprinter } from './core/fingerprint/index.js';
import type { Clock, Store } from './core/ports.js';
import { bearerTokenCheck } from './ingest/auth.js';
import { Admission } from './ingest/admission.js';
import { ByteBudget } from './ingest/byte-budget.js';
import { LoopPressure } from './ingest/loop-pressure.js';
import { OtlpGrpcServer, type GrpcTimeouts } from './ingest/grpc-server.js';
import { OtlpHttpServer, type HttpTimeouts } from './ingest/http-server.js';
import { Pipeline } from './ingest/pipeline.js';
import { signalDecoders } from './ingest/signals.js';
import { keySelection } from './core/attribute-stats.js';
import { IngestMetrics } from './observability/ingest-metrics.js';
import { Registry } from './observability/metrics.js';
import { openStore, storeLocation } from './store/open-store.js';
import { managementApi } from './api/management-api.js';
import { isLoopback, requiredApiKey } from './api/auth.js';
import { createConsole, type TraceLink } from './console/console-routes.js';
import { Retention } from './store/retention.js';
import { SignatureActions } from './core/signature-actions.js';
import { AnthropicDiagnoser } from './adapters/diagnosis/anthropic.js';
import { BudgetedDiagnoser } from './adapters/diagnosis/budgeted.js';
import { CommandDiagnoser } from './adapters/diagnosis/command.js';
import { EvidenceDiagnoser } from './adapters/diagnosis/evidence.js';
import { OpenAIDiagnoser } from './adapters/diagnosis/openai.js';
import { GitHubIssueNotifier } from './adapters/notify/github.js';
import { MarkdownNotifier } from './adapters/notify/markdown.js';
import { StdoutNotifier } from './adapters/notify/stdout.js';
import { WebhookNotifier } from './adapters/notify/webhook.js';
import { grafanaHeaders, JaegerBackend, LokiBackend, PrometheusBackend, SignozBackend, TempoBackend } from './adapters/telemetry/index.js';
import { LocalBackend } from './adapters/telemetry/local.js';
import { FREE, isLocalBaseUrl, parsePriceOverrides, PriceTable } from './core/budget.js';
import { Investigator } from './core/investigator.js';
import type { Diagnoser, Notifier, TelemetryBackend } from './core/ports.js';
import { createRedactor, parseRedactPatterns } from './core/redact.js';
import { eventRedactor } from './core/redact-event.js';
import { InvestigationMetrics } from './investigate/metrics.js';
import { InvestigationScheduler } from './investigate/scheduler.js';
import { traceResolver } from './investigate/trace-resolver.js';

export interface RoundsHandle {
  grpcPort: number;
  httpPort: number;
  apiPort: number;
  store: Store;
  logger: Logger;
  /** Stops accepting, answers everything in flight, commits, closes the store. */
  stop(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  clock?: Clock;
  /** Connection timeouts of the OTLP servers (their defaults otherwise; tests shorten them). */
  httpTimeouts?: HttpTimeouts;
  grpcTimeouts?: GrpcTimeouts;
  /**
   * Refuse exports while the event loop is behind (default true). `rounds demo` and
   * in-process tests turn it off: their exporters share this process's event loop, so a late
   * loop there measures the clients' own work, not Rounds' backlog.
   */
  loopPressure?: boolean;
}

const systemClock: Clock = { now: () => Date.now() };

export async function startRounds(config: Config, options: StartOptions = {}): Promise<RoundsHandle> {
  const logger = options.logger ?? pino({ level: config.LOG_LEVEL, base: { service: 'rounds' } });
  const clock = options.clock ?? systemClock;
  // Readiness: /readyz and /healthz answer 503 outside 'serving', naming why.
  let phase: 'starting' | 'serving' | 'stopping' = 'starting';

  // One server per data dir (DataDirLockedError); released when the store is closed.
  const store = await openStore(storeLocation(config), {
    server: true,
    samples: { first: config.OCCURRENCE_SAMPLES_FIRST, recent: config.OCCURRENCE_SAMPLES_RECENT },
    attributeKeys: config.DIAGNOSIS_ATTRIBUTE_KEYS,
    logger,
  });
  const closeStore = () => store.close();
  const registry = new Registry();
  const metrics = new IngestMetrics(registry);

  const fingerprinter = createFingerprinter({
    minerState: await store.loadMinerState(),
    ...(config.FINGERPRINT_RULES_FILE ? { rules: JSON.parse(readFileSync(config.FINGERPRINT_RULES_FILE, 'utf8')) } : {}),
    inAppInclude: config.IN_APP_INCLUDE,
    inAppExclude: config.IN_APP_EXCLUDE,
  } as Parameters<typeof createFingerprinter>[0]);

  // Signatures written by an older fingerprint algorithm move to this one before any event is
  // fingerprinted, so a new event of an old failure lands on its existing signature.
  const upgrade = await store.upgradeFingerprints(fingerprinter, clock.now());
  if (upgrade.upgraded + upgrade.unchanged + upgrade.collisions > 0) logger.info({ ...upgrade, algorithm: fingerprinter.algorithm }, 'signatures moved to the current fingerprint algorithm');

  // Everything that is stored or leaves the process (prompts, issues, webhooks, terminal reports) passes this.
  const redactor = createRedactor({ extraPatterns: parseRedactPatterns(config.REDACT_PATTERNS) });
  const writer = store.ingest!;
  const pipeline = new Pipeline(
    writer,
    fingerprinter,
    clock,
    {
      maxInflightRequests: config.OTLP_MAX_INFLIGHT_REQUESTS,
      maxPendingEvents: config.OTLP_MAX_PENDING_EVENTS,
      maxBatchEvents: 5000,
      retryAfterSeconds: config.OTLP_RETRY_AFTER_SECONDS,
      minerSaveIntervalMs: 1000,
    },
    metrics,
    logger,
    (result) => {
      for (const id of result.newSignatures) logger.info({ signature: id }, 'new signature');
      for (const id of result.regressed) logger.warn({ signature: id }, 'signature regressed');
    },
    // Secrets are removed from each event before it is fingerprinted or stored.
    eventRedactor(redactor),
  );

  const budget = new ByteBudget(config.OTLP_MAX_BUFFERED_BYTES);
  const loopPressure = new LoopPressure();
  const refuseWhenLoopIsBehind = options.loopPressure !== false;
  metrics.queueDepth.track(() => budget.inUse, { kind: 'bytes' });
  const tls = config.OTLP_TLS_CERT && config.OTLP_TLS_KEY ? { cert: readFileSync(config.OTLP_TLS_CERT), key: readFileSync(config.OTLP_TLS_KEY) } : undefined;
  const transport = {
    host: config.OTLP_HOST,
    maxMessageBytes: config.OTLP_MAX_MESSAGE_BYTES,
    tls,
    checkToken: bearerTokenCheck(config.OTLP_AUTH_TOKEN),
    admission: new Admission(pipeline, refuseWhenLoopIsBehind ? loopPressure : undefined, config.OTLP_RETRY_AFTER_SECONDS),
    budget,
    retryAfterSeconds: config.OTLP_RETRY_AFTER_SECONDS,
    decoders: signalDecoders({
      severityThreshold: config.ERROR_SEVERITY_THRESHOLD,
      captureHandled: config.CAPTURE_HANDLED_EXCEPTIONS,
      ...(config.HEALTHY_BASELINE ? { healthyKeys: keySelection(config.DIAGNOSIS_ATTRIBUTE_KEYS) } : {}),
    }),
    metrics,
  };
  const grpcServer = new OtlpGrpcServer({ ...transport, port: config.OTLP_GRPC_PORT, timeouts: options.grpcTimeouts });
  const httpServer = new OtlpHttpServer({ ...transport, port: config.OTLP_HTTP_PORT, timeouts: options.httpTimeouts });
  // Investigation: telemetry backends, the diagnoser, notifiers and the background scheduler.
  const backendOptions = { timeoutMs: config.BACKEND_TIMEOUT, clock };
  const grafana = grafanaHeaders({ apiKey: config.GRAFANA_API_KEY, orgId: config.GRAFANA_ORG_ID });
  const telemetryBackends: Record<Config['TELEMETRY_BACKEND'][number], () => TelemetryBackend> = {
    local: () => new LocalBackend({ store, clock }),
    jaeger: () => new JaegerBackend({ ...backendOptions, baseUrl: config.JAEGER_API_URL! }),
    tempo: () => new TempoBackend({ ...backendOptions, baseUrl: config.GRAFANA_TEMPO_URL!, headers: grafana }),
    loki: () => new LokiBackend({ ...backendOptions, baseUrl: config.GRAFANA_LOKI_URL!, headers: grafana }),
    prometheus: () => new PrometheusBackend({ ...backendOptions, baseUrl: config.GRAFANA_PROMETHEUS_URL!, headers: grafana, queries: (config.PROMETHEUS_QUERIES ?? '').split(';') }),
    signoz: () => new SignozBackend({ ...backendOptions, baseUrl: config.SIGNOZ_API_URL!, apiKey: config.SIGNOZ_API_KEY }),
  };
  const backends = [...new Set(config.TELEMETRY_BACKEND)].map((name) => telemetryBackends[name]());

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
    ? new BudgetedDiagnoser({ inner: configured, fallback: evidenceDiagnoser, ledger: store, perDiagnosisUsd: config.DIAGNOSIS_BUDGET_USD, dailyLimitUsd: config.DAILY_BUDGET_LIMIT, redactor, clock })
    : evidenceDiagnoser;

  const notifierFactories: Record<Config['NOTIFICATION_BACKEND'][number], () => Notifier> = {
    stdout: () => new StdoutNotifier({ redactor }),
    markdown: () => new MarkdownNotifier({ dir: config.NOTIFICATION_OUTPUT_DIR, clock, redactor }),
    github_issue: () => new GitHubIssueNotifier({ token: config.GITHUB_TOKEN!, repo: config.GITHUB_REPO!, apiUrl: config.GITHUB_API_URL, cache: store.issueNumbers, clock, redactor }),
    webhook: () => new WebhookNotifier({ url: config.NOTIFICATION_WEBHOOK_URL!, secret: config.NOTIFICATION_WEBHOOK_SECRET, timeoutMs: config.BACKEND_TIMEOUT, clock, redactor }),
  };
  const notifiers = [...new Set(config.NOTIFICATION_BACKEND)].map((name) => notifierFactories[name]());

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
  const investigationMetrics = new InvestigationMetrics(registry);
  const scheduler = config.INVESTIGATOR_ENABLED
    ? new InvestigationScheduler({
        store,
        investigator,
        clock,
        policy: { settleMs: config.INVESTIGATION_SETTLE, minCount: config.INVESTIGATION_MIN_COUNT },
        concurrency: config.INVESTIGATION_CONCURRENCY,
        leaseTtlMs: config.INVESTIGATION_LEASE_TTL,
        logger,
        onOutcome: (_id, outcome) => investigationMetrics.record(outcome),
      })
    : undefined;
  if (scheduler) {
    investigationMetrics.track(() => scheduler.queueSize, () => scheduler.active);
  }

  // The management API on the API port, and the web console beside it.
  const apiRoutes: ((app: import('fastify').FastifyInstance) => void | Promise<void>)[] = [];
  // Refuses (ConfigError) an API beyond loopback without WEBHOOK_API_KEY.
  try {
    const traceLinks: TraceLink[] = [
      { name: 'Jaeger', template: config.CONSOLE_JAEGER_TRACE_URL },
      { name: 'Grafana', template: config.CONSOLE_GRAFANA_TRACE_URL },
      { name: 'SigNoz', template: config.CONSOLE_SIGNOZ_TRACE_URL },
    ].filter((l): l is TraceLink => l.template !== undefined);
    const webConsole = config.CONSOLE_ENABLED
      ? createConsole({
          store,
          clock,
          apiKey: requiredApiKey(config),
          loopbackHostOnly: requiredApiKey(config) === undefined && isLoopback(config.API_HOST),
          sessionTtlMs: config.CONSOLE_SESSION_TTL,
          traceLinks,
          inApp: { inAppInclude: config.IN_APP_INCLUDE, inAppExclude: config.IN_APP_EXCLUDE },
        })
      : undefined;
    apiRoutes.push(
      managementApi({
        store,
        clock,
        settings: config,
        logger,
        sessionActor: webConsole?.sessionActor,
        // POST /diagnose for a trace Rounds never received: fetch it from a trace backend.
        resolveUnknownTrace: traceResolver({ backends: backends.filter((b) => b.name !== 'local'), pipeline, store, clock }),
      }),
    );
    if (webConsole) apiRoutes.push(webConsole.routes);
  } catch (error) {
    loopPressure.stop();
    await closeStore();
    throw error;
  }
  const notReady = (): string[] => {
    if (phase === 'starting') return ['the OTLP servers are not listening yet'];
    if (phase === 'stopping') return ['shutting down: new exports are refused'];
    return [];
  };
  const apiServer = new ApiServer({ host: config.API_HOST, port: config.ROUNDS_API_PORT, registry, notReady, routes: apiRoutes });

  try {
    await grpcServer.start();
    await httpServer.start();
    await apiServer.start();
  } catch (error) {
    await Promise.allSettled([grpcServer.stop(0), httpServer.stop(), apiServer.stop()]);
    loopPressure.stop();
    await closeStore();
    throw error;
  }
  phase = 'serving';
  // Background work: retention pruning and the investigator.
  const retention = new Retention(
    store,
    { occurrencesMs: config.RETENTION_OCCURRENCES, minuteCountersMs: config.RETENTION_MINUTE_COUNTERS, hourlyCountersMs: config.RETENTION_HOURLY_COUNTERS },
    clock,
    new SignatureActions(store, clock),
    logger,
  );
  retention.start();
  scheduler?.start();
  logger.info({ grpcPort: grpcServer.port, httpPort: httpServer.port, apiPort: apiServer.port, store: store.location }, 'Rounds is receiving OTLP');

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      phase = 'stopping';
      logger.info('shutting down: refusing new exports, finishing those in flight');
      // Closing the listeners and draining the pipeline go together: listeners wait for
      // in-flight requests, which wait for their commits. A client that never finishes its
      // request does not hold shutdown past the grace period.
      const graceful = Promise.all([grpcServer.stop(config.SHUTDOWN_GRACE), httpServer.stop(), pipeline.drain()]);
      const timedOut = await Promise.race([graceful.then(() => false), delay(config.SHUTDOWN_GRACE, true, { ref: false })]);
      if (timedOut) {
        logger.warn({ inflight: pipeline.inflightRequests }, 'grace period over: closing the remaining connections');
        httpServer.forceClose();
        await Promise.race([graceful, delay(2000, undefined, { ref: false })]);
      }
      loopPressure.stop();
      await retention.stop();
      // Investigations still running after this keep their queue entries and resume after a restart.
      await scheduler?.stop(10_000);
      await apiServer.stop();
      await closeStore();
      logger.info('stopped');
    })());

  return { grpcPort: grpcServer.port, httpPort: httpServer.port, apiPort: apiServer.port, store, logger, stop };
}
