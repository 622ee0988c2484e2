// The composition root: the one place that builds adapters and wires them to the core's
// ports. Everything else receives what it needs through constructor arguments.
import { readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import pino, { type Logger } from 'pino';
import { ApiServer } from './api/server.js';
import type { Config } from './config.js';
import { createFingerprinter } from './core/fingerprint/index.js';
import type { Clock } from './core/ports.js';
import { bearerTokenCheck } from './ingest/auth.js';
import { OtlpGrpcServer } from './ingest/grpc-server.js';
import { OtlpHttpServer } from './ingest/http-server.js';
import { Pipeline } from './ingest/pipeline.js';
import { signalDecoders } from './ingest/signals.js';
import { IngestMetrics } from './observability/ingest-metrics.js';
import { Registry } from './observability/metrics.js';
import { closeTables, openTables, type Tables } from './store/environment.js';
import { IngestWriter } from './store/ingest-writer.js';
import { LmdbSignatureStore } from './store/signature-store.js';

export interface RoundsHandle {
  grpcPort: number;
  httpPort: number;
  apiPort: number;
  store: LmdbSignatureStore;
  logger: Logger;
  /** Stops accepting, answers everything in flight, commits, closes the store. */
  stop(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  clock?: Clock;
}

const systemClock: Clock = { now: () => Date.now() };

export async function startRounds(config: Config, options: StartOptions = {}): Promise<RoundsHandle> {
  const logger = options.logger ?? pino({ level: config.LOG_LEVEL, base: { service: 'rounds' } });
  const clock = options.clock ?? systemClock;
  let ready = false;

  const tables: Tables = openTables(config.ROUNDS_DATA_DIR);
  const store = new LmdbSignatureStore(tables);
  const registry = new Registry();
  const metrics = new IngestMetrics(registry);

  const fingerprinter = createFingerprinter({
    minerState: store.getMeta('minerState'),
    ...(config.FINGERPRINT_RULES_FILE ? { rules: JSON.parse(readFileSync(config.FINGERPRINT_RULES_FILE, 'utf8')) } : {}),
    inAppInclude: config.IN_APP_INCLUDE,
    inAppExclude: config.IN_APP_EXCLUDE,
  } as Parameters<typeof createFingerprinter>[0]);

  const writer = new IngestWriter(tables, { first: config.OCCURRENCE_SAMPLES_FIRST, recent: config.OCCURRENCE_SAMPLES_RECENT });
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
  );

  const tls = config.OTLP_TLS_CERT && config.OTLP_TLS_KEY ? { cert: readFileSync(config.OTLP_TLS_CERT), key: readFileSync(config.OTLP_TLS_KEY) } : undefined;
  const transport = {
    host: config.OTLP_HOST,
    maxMessageBytes: config.OTLP_MAX_MESSAGE_BYTES,
    tls,
    checkToken: bearerTokenCheck(config.OTLP_AUTH_TOKEN),
    pipeline,
    decoders: signalDecoders({ severityThreshold: config.ERROR_SEVERITY_THRESHOLD, captureHandled: config.CAPTURE_HANDLED_EXCEPTIONS }),
    metrics,
  };
  const grpcServer = new OtlpGrpcServer({ ...transport, port: config.OTLP_GRPC_PORT });
  const httpServer = new OtlpHttpServer({ ...transport, port: config.OTLP_HTTP_PORT });
  // [investigator] — telemetry backends, diagnoser, notifiers and the background investigator are wired here.

  // [api routes] — management routes registered into the API server.
  const apiRoutes: ((app: import('fastify').FastifyInstance) => void | Promise<void>)[] = [];
  const apiServer = new ApiServer({ host: config.API_HOST, port: config.ROUNDS_API_PORT, registry, isReady: () => ready, routes: apiRoutes });

  try {
    await grpcServer.start();
    await httpServer.start();
    await apiServer.start();
  } catch (error) {
    await Promise.allSettled([grpcServer.stop(0), httpServer.stop(), apiServer.stop()]);
    await closeTables(tables);
    throw error;
  }
  ready = true;
  // [start background work] — investigator loop, retention pruning.
  logger.info({ grpcPort: grpcServer.port, httpPort: httpServer.port, apiPort: apiServer.port, dataDir: config.ROUNDS_DATA_DIR }, 'Rounds is receiving OTLP');

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      ready = false;
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
      // [stop background work]
      await apiServer.stop();
      await closeTables(tables);
      logger.info('stopped');
    })());

  return { grpcPort: grpcServer.port, httpPort: httpServer.port, apiPort: apiServer.port, store, logger, stop };
}
