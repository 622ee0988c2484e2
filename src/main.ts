// The composition root: the one place that calls the composition steps (src/compose/), in
// order, and owns start-up and shutdown. Each step builds adapters and wires them to the
// core's ports; everything else receives what it needs through constructor arguments.
import { setTimeout as delay } from 'node:timers/promises';
import type { Logger } from 'pino';
import { composeApi } from './compose/api.js';
import { composeRetention } from './compose/background.js';
import { composeMinerRefresh, serverFingerprinter } from './compose/fingerprinter.js';
import { composeIngest } from './compose/ingest.js';
import type { AdmissionAccount } from './ingest/admission.js';
import { composeInvestigation } from './compose/investigation.js';
import { openServerStore } from './compose/store.js';
import type { Config } from './config.js';
import type { Clock, Store } from './core/ports.js';
import { createRedactor, parseRedactPatterns } from './core/redact.js';
import type { GrpcTimeouts } from './ingest/grpc-server.js';
import type { HttpTimeouts } from './ingest/http-server.js';
import { createLogger } from './observability/logger.js';
import { roundsVersion, serverRegistry } from './observability/metrics.js';
import { selfTelemetryDecision, startSelfTelemetry } from './observability/self-telemetry.js';
import { trackSignatures } from './observability/service-metrics.js';

export interface RoundsHandle {
  grpcPort: number;
  httpPort: number;
  apiPort: number;
  store: Store;
  logger: Logger;
  /** Admission's account of what accepted exports waited (ingest/admission.ts). */
  admission(): AdmissionAccount;
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
  /** Where the standard OTEL_* settings of Rounds' own telemetry are read (default process.env). */
  env?: NodeJS.ProcessEnv;
}

const systemClock: Clock = { now: () => Date.now() };

export async function startRounds(config: Config, options: StartOptions = {}): Promise<RoundsHandle> {
  // Rounds' own traces and metrics, opt-in through OTEL_* (observability/self-telemetry.ts); off costs nothing.
  const env = options.env ?? process.env;
  const ownTelemetry = selfTelemetryDecision(env, { host: config.OTLP_HOST, ports: [config.OTLP_GRPC_PORT, config.OTLP_HTTP_PORT].filter((p) => p > 0) });
  const self = startSelfTelemetry(ownTelemetry, env, roundsVersion());
  const logger = options.logger ?? createLogger({ level: config.LOG_LEVEL, format: config.LOG_FORMAT, ...(self?.logFields ? { mixin: self.logFields } : {}) });
  for (const [signal, decision] of Object.entries(ownTelemetry)) {
    if (!decision.enabled && decision.reason) logger.warn(`Rounds' own ${signal} stay off: ${decision.reason}`);
    if (decision.enabled) logger.info({ endpoint: decision.endpoint, protocol: decision.protocol }, `Rounds' own ${signal} are exported`);
  }
  const clock = options.clock ?? systemClock;
  // Readiness: /readyz and /healthz answer 503 outside 'serving', naming why.
  let phase: 'starting' | 'serving' | 'stopping' = 'starting';

  const store = await openServerStore(config, logger);
  const closeStore = () => store.close();
  const registry = serverRegistry();
  self?.exportMetrics(registry);
  trackSignatures(registry, () => store.exportSignatures());
  const fingerprinter = serverFingerprinter(config, await store.loadMinerState(), { ingestOnly: true });

  // Signatures written by an older fingerprint algorithm move to this one before any event is
  // fingerprinted, so a new event of an old failure lands on its existing signature.
  const upgrade = await store.upgradeFingerprints(fingerprinter, clock.now());
  if (upgrade.upgraded + upgrade.unchanged + upgrade.collisions > 0) logger.info({ ...upgrade, algorithm: fingerprinter.algorithm }, 'signatures moved to the current fingerprint algorithm');

  // Everything that is stored or leaves the process (prompts, issues, webhooks, terminal reports) passes this.
  const redactor = createRedactor({ extraPatterns: parseRedactPatterns(config.REDACT_PATTERNS) });
  const { pipeline, pool, grpcServer, httpServer, loopPressure, admission } = composeIngest(config, {
    writer: store.ingest!,
    fingerprinter,
    redactor,
    registry,
    clock,
    logger,
    httpTimeouts: options.httpTimeouts,
    grpcTimeouts: options.grpcTimeouts,
    refuseWhenLoopIsBehind: options.loopPressure !== false,
  });
  const minerRefresh = composeMinerRefresh(config, { store, fingerprinter, registry, logger });
  const { backends, scheduler } = composeInvestigation(config, { store, redactor, registry, clock, logger, tracer: self?.tracer });

  const notReady = (): string[] => {
    if (phase === 'starting') return ['the OTLP servers are not listening yet'];
    if (phase === 'stopping') return ['shutting down: new exports are refused'];
    return [];
  };
  let apiServer: ReturnType<typeof composeApi>;
  try {
    apiServer = composeApi(config, { store, pipeline, backends, registry, clock, logger, notReady });
  } catch (error) {
    loopPressure.stop();
    // Its worker threads would keep the process alive after a failed start.
    await pool?.close();
    await closeStore();
    await self?.shutdown().catch(() => undefined);
    throw error;
  }

  try {
    await grpcServer.start();
    await httpServer.start();
    await apiServer.start();
  } catch (error) {
    await Promise.allSettled([grpcServer.stop(0), httpServer.stop(), apiServer.stop()]);
    loopPressure.stop();
    await pool?.close();
    await closeStore();
    await self?.shutdown().catch(() => undefined);
    throw error;
  }
  phase = 'serving';
  // Background work: retention pruning and the investigator.
  const retention = composeRetention(config, { store, clock, logger });
  retention.start();
  scheduler?.start();
  // Templates other replicas learn are merged into this one's miner from now on.
  minerRefresh?.start();
  logger.info({ grpcPort: grpcServer.port, httpPort: httpServer.port, apiPort: apiServer.port, store: store.location }, 'Rounds is receiving OTLP');

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      phase = 'stopping';
      logger.info('shutting down: refusing new exports, finishing those in flight');
      // The drain below saves what the miner learned last.
      await minerRefresh?.stop();
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
      await pool?.close();
      await retention.stop();
      // Investigations still running after this keep their queue entries and resume after a restart.
      await scheduler?.stop(10_000);
      await apiServer.stop();
      // Before the store closes: the last metrics export reads the store's gauges.
      await self?.shutdown().catch((error: unknown) => logger.warn({ err: error }, "Rounds' own telemetry could not all be exported"));
      await closeStore();
      logger.info('stopped');
    })());

  return { grpcPort: grpcServer.port, httpPort: httpServer.port, apiPort: apiServer.port, store, logger, admission: () => admission.account(), stop };
}
