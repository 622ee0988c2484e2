// Options for one of the OTLP receivers (OtlpGrpcServer, OtlpHttpServer) on 127.0.0.1, port 0,
// as the tests and benches that start a receiver without the rest of Rounds use them: the
// admission is theirs, the rest defaults to what the receiver ships with unless given.
import type { Admission } from '../../src/ingest/admission.js';
import type { TokenCheck } from '../../src/ingest/auth.js';
import { ByteBudget } from '../../src/ingest/byte-budget.js';
import type { SignalDecoders } from '../../src/ingest/export-handler.js';
import type { GrpcServerOptions } from '../../src/ingest/grpc-server.js';
import type { HttpServerOptions } from '../../src/ingest/http-server.js';
import { signalDecoders } from '../../src/ingest/signals.js';
import { IngestMetrics } from '../../src/observability/ingest-metrics.js';
import { Registry } from '../../src/observability/metrics.js';

export interface ReceiverParts {
  /** Anything with the admission's `refusal` and `admit` (a fake, mostly). */
  admission: unknown;
  decoders?: SignalDecoders;
  checkToken?: TokenCheck;
  maxMessageBytes?: number;
  retryAfterSeconds?: number;
  /** Where the receiver's metrics go, for a test that reads them. */
  registry?: Registry;
}

export function receiverOptions(parts: ReceiverParts): GrpcServerOptions & HttpServerOptions {
  return {
    host: '127.0.0.1',
    port: 0,
    maxMessageBytes: parts.maxMessageBytes ?? 16 * 1024 * 1024,
    checkToken: parts.checkToken ?? (() => true),
    admission: parts.admission as Admission,
    budget: new ByteBudget(256 * 1024 * 1024),
    retryAfterSeconds: parts.retryAfterSeconds ?? 1,
    decoders: parts.decoders ?? signalDecoders({ severityThreshold: 17, captureHandled: true }),
    metrics: new IngestMetrics(parts.registry ?? new Registry()),
  };
}
