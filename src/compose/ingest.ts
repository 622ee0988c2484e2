// Composition step: the receiver. Redaction → fingerprinting → the group-committing pipeline
// behind admission and the byte budget, and the two OTLP servers in front of it
// (docs/architecture.md, "The event path").
import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { keySelection } from '../core/attribute-stats.js';
import { requestKeys } from '../core/request-attributes.js';
import type { Fingerprinter } from '../core/fingerprint/index.js';
import type { Clock, IngestCommit } from '../core/ports.js';
import type { Redactor } from '../core/redact.js';
import { eventRedactor } from '../core/redact-event.js';
import { Admission } from '../ingest/admission.js';
import { bearerTokenCheck } from '../ingest/auth.js';
import { BodyPool } from '../ingest/body-pool.js';
import { ByteBudget, collectGarbage } from '../ingest/byte-budget.js';
import { OtlpGrpcServer, type GrpcTimeouts } from '../ingest/grpc-server.js';
import { OtlpHttpServer, type HttpTimeouts } from '../ingest/http-server.js';
import { LoopPressure } from '../ingest/loop-pressure.js';
import { preparationOf } from '../ingest/event-preparation.js';
import { FingerprintPool } from '../ingest/fingerprint-pool.js';
import { Pipeline } from '../ingest/pipeline.js';
import { offloadedDecoders } from '../ingest/offloaded-decoding.js';
import { signalDecoders } from '../ingest/signals.js';
import { IngestMetrics } from '../observability/ingest-metrics.js';
import type { Registry } from '../observability/metrics.js';

/** Idle body buffers kept for the next requests (ingest/body-pool.ts): sixteen exports of up to 1 MiB. */
const BODY_POOL_IDLE_BYTES = 16 * 1024 * 1024;

export interface IngestParts {
  pipeline: Pipeline;
  /** Worker threads that redact and fingerprint (FINGERPRINT_WORKERS); closed after the pipeline drains. */
  pool?: FingerprintPool;
  grpcServer: OtlpGrpcServer;
  httpServer: OtlpHttpServer;
  loopPressure: LoopPressure;
  admission: Admission;
}

export interface IngestOptions {
  /** The store's ingest commit (Store.ingest). */
  writer: IngestCommit;
  fingerprinter: Fingerprinter;
  redactor: Redactor;
  registry: Registry;
  clock: Clock;
  logger: Logger;
  httpTimeouts?: HttpTimeouts;
  grpcTimeouts?: GrpcTimeouts;
  /** Refuse exports while the event loop is behind (see StartOptions.loopPressure). */
  refuseWhenLoopIsBehind: boolean;
}

export function composeIngest(config: Config, options: IngestOptions): IngestParts {
  const { writer, fingerprinter, redactor, clock, logger } = options;
  const metrics = new IngestMetrics(options.registry);
  // Secrets are removed from each event before it is fingerprinted or stored.
  const redactEvent = eventRedactor(redactor);
  const decodeOptions = {
    severityThreshold: config.ERROR_SEVERITY_THRESHOLD,
    captureHandled: config.CAPTURE_HANDLED_EXCEPTIONS,
    requestKeys: requestKeys(config.DIAGNOSIS_ATTRIBUTE_KEYS),
    ...(config.HEALTHY_BASELINE ? { healthyKeys: keySelection(config.DIAGNOSIS_ATTRIBUTE_KEYS) } : {}),
  };
  // Worker threads redact and analyse, and decode large JSON bodies; the template miner and
  // custom rules stay with `fingerprinter` on this thread (ingest/fingerprint-pool.ts says why).
  // Without custom rules the workers leave out the frames and explanations only rules read.
  const pool =
    config.FINGERPRINT_WORKERS > 0
      ? new FingerprintPool(
          config.FINGERPRINT_WORKERS,
          { redactPatterns: config.REDACT_PATTERNS, inAppInclude: config.IN_APP_INCLUDE, inAppExclude: config.IN_APP_EXCLUDE, detail: Boolean(config.FINGERPRINT_RULES_FILE) },
          preparationOf(redactEvent, fingerprinter),
          logger,
          decodeOptions,
        )
      : undefined;
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
    redactEvent,
    pool,
  );

  // After a spike of held bytes (bombs, a burst of big bodies), the memory it used is collected.
  const budget = new ByteBudget(config.OTLP_MAX_BUFFERED_BYTES, {
    spikeBytes: Math.min(64 * 1024 * 1024, config.OTLP_MAX_BUFFERED_BYTES / 2),
    settleMs: 1000,
    release: (peakBytes) => {
      collectGarbage();
      logger.info({ peakBytes }, 'a spike of request bytes is over; its memory was collected');
    },
  });
  const loopPressure = new LoopPressure();
  metrics.queueDepth.track(() => budget.inUse, { kind: 'bytes' });
  const tls = config.OTLP_TLS_CERT && config.OTLP_TLS_KEY ? { cert: readFileSync(config.OTLP_TLS_CERT), key: readFileSync(config.OTLP_TLS_KEY) } : undefined;
  const admission = new Admission(pipeline, options.refuseWhenLoopIsBehind ? loopPressure : undefined, config.OTLP_RETRY_AFTER_SECONDS);
  const transport = {
    host: config.OTLP_HOST,
    maxMessageBytes: config.OTLP_MAX_MESSAGE_BYTES,
    tls,
    checkToken: bearerTokenCheck(config.OTLP_AUTH_TOKEN),
    admission,
    budget,
    retryAfterSeconds: config.OTLP_RETRY_AFTER_SECONDS,
    // Large JSON bodies are decoded on the pool's workers (ingest/offloaded-decoding.ts).
    decoders: pool ? offloadedDecoders(signalDecoders(decodeOptions), pool) : signalDecoders(decodeOptions),
    metrics,
  };
  // One pool for both transports: HTTP joins bodies in it, and both inflate compressed ones into it.
  const bodyPool = new BodyPool(BODY_POOL_IDLE_BYTES);
  const grpcServer = new OtlpGrpcServer({ ...transport, port: config.OTLP_GRPC_PORT, timeouts: options.grpcTimeouts, bodyPool });
  const httpServer = new OtlpHttpServer({ ...transport, port: config.OTLP_HTTP_PORT, timeouts: options.httpTimeouts, bodyPool });
  return { pipeline, pool, grpcServer, httpServer, loopPressure, admission };
}
