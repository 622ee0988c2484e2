// OTLP/gRPC on 4317: TraceService, LogsService and MetricsService `Export`.
// Requests are taken as raw bytes (identity deserialiser) so the selective reader decodes
// them; grpc-js itself handles gzip/deflate message compression and enforces the receive
// limit after decompression (RESOURCE_EXHAUSTED, as the spec requires).
import type { Http2Server, ServerHttp2Session } from 'node:http2';
import * as grpc from '@grpc/grpc-js';
import type { IngestMetrics } from '../observability/ingest-metrics.js';
import type { TokenCheck } from './auth.js';
import { handleExport, type SignalDecoders } from './export-handler.js';
import type { Pipeline } from './pipeline.js';
import { encodeStatus, type Signal } from './status-encoding.js';
import { IngestError } from './status.js';

const SERVICES: Record<Signal, string> = {
  traces: '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
  logs: '/opentelemetry.proto.collector.logs.v1.LogsService/Export',
  metrics: '/opentelemetry.proto.collector.metrics.v1.MetricsService/Export',
};

/**
 * HTTP/2 flow-control windows. With grpc-js defaults (64 KiB) a collector sending 1 MiB
 * batches stalls on WINDOW_UPDATE round trips; measured here (reference/performance.md)
 * raising them to 1 MiB per stream / 16 MiB per connection halves server CPU per request
 * and p99 latency.
 */
const STREAM_WINDOW = 1024 * 1024;
const CONNECTION_WINDOW = 16 * 1024 * 1024;

export interface GrpcServerOptions {
  host: string;
  port: number;
  maxMessageBytes: number;
  tls?: { cert: Buffer; key: Buffer };
  checkToken: TokenCheck;
  pipeline: Pipeline;
  decoders: SignalDecoders;
  metrics: IngestMetrics;
}

const identity = (b: Buffer): Buffer => b;

function toServiceError(error: unknown): grpc.ServiceError | Partial<grpc.StatusObject> {
  const ingestError = error instanceof IngestError ? error : new IngestError('STORE_FAILED', `internal error: ${(error as Error).message}`);
  const metadata = new grpc.Metadata();
  if (ingestError.retryAfterSeconds !== undefined) {
    // RetryInfo travels in the google.rpc.Status of the grpc-status-details-bin trailer
    // (spec §OTLP/gRPC Throttling); the Collector turns its retry_delay into a throttle.
    metadata.set('grpc-status-details-bin', encodeStatus(ingestError, 'protobuf'));
  }
  return { code: ingestError.row.grpc, details: ingestError.message, metadata };
}

export class OtlpGrpcServer {
  private server?: grpc.Server;
  port = 0;

  constructor(private readonly options: GrpcServerOptions) {}

  async start(): Promise<number> {
    const o = this.options;
    const server = new grpc.Server({
      'grpc.max_receive_message_length': o.maxMessageBytes,
      // Responses SHOULD stay under 4 MiB (spec §OTLP/gRPC Request/Response).
      'grpc.max_send_message_length': 4 * 1024 * 1024,
    });
    raiseStreamWindow(server);
    for (const signal of Object.keys(SERVICES) as Signal[]) {
      server.addService(
        {
          Export: {
            path: SERVICES[signal],
            requestStream: false,
            responseStream: false,
            requestSerialize: identity,
            requestDeserialize: identity,
            responseSerialize: identity,
            responseDeserialize: identity,
          },
        },
        { Export: (call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>) => void this.export(signal, call, callback) },
      );
    }
    const credentials = o.tls ? grpc.ServerCredentials.createSsl(null, [{ cert_chain: o.tls.cert, private_key: o.tls.key }], false) : grpc.ServerCredentials.createInsecure();
    this.port = await new Promise<number>((resolve, reject) =>
      server.bindAsync(`${o.host.includes(':') ? `[${o.host}]` : o.host}:${o.port}`, credentials, (error, port) => (error ? reject(error) : resolve(port))),
    );
    raiseConnectionWindow(server);
    this.server = server;
    return this.port;
  }

  private async export(signal: Signal, call: grpc.ServerUnaryCall<Buffer, Buffer>, callback: grpc.sendUnaryData<Buffer>): Promise<void> {
    const o = this.options;
    const auth = call.metadata.get('authorization')[0];
    if (!o.checkToken(typeof auth === 'string' ? auth : undefined)) {
      o.metrics.requests.inc({ transport: 'grpc', signal, outcome: 'unauthenticated' });
      callback(toServiceError(new IngestError('UNAUTHENTICATED', 'missing or invalid bearer token')) as grpc.ServiceError);
      return;
    }
    const ticket = o.pipeline.admit();
    if (ticket instanceof IngestError) {
      o.metrics.refusals.inc({ transport: 'grpc', reason: ticket.code });
      o.metrics.requests.inc({ transport: 'grpc', signal, outcome: 'refused' });
      callback(toServiceError(ticket) as grpc.ServiceError);
      return;
    }
    try {
      const response = await handleExport(signal, call.request, 'protobuf', ticket, o.decoders, o.metrics);
      o.metrics.requests.inc({ transport: 'grpc', signal, outcome: 'ok' });
      callback(null, response);
    } catch (error) {
      const code = error instanceof IngestError ? error.code : 'STORE_FAILED';
      o.metrics.requests.inc({ transport: 'grpc', signal, outcome: code.toLowerCase() });
      callback(toServiceError(error) as grpc.ServiceError);
    } finally {
      ticket.release();
    }
  }

  /** Lets in-flight calls finish, then closes; forces after `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        server.forceShutdown();
        resolve();
      }, graceMs);
      server.tryShutdown(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

// grpc-js offers no public option for HTTP/2 window sizes; these reach into its server
// options and sessions, and do nothing if a future grpc-js changes that shape.
function raiseStreamWindow(server: grpc.Server): void {
  const common = (server as unknown as { commonServerOptions?: { settings?: Record<string, unknown> } }).commonServerOptions;
  if (common) common.settings = { ...common.settings, initialWindowSize: STREAM_WINDOW };
}

function raiseConnectionWindow(server: grpc.Server): void {
  const servers = (server as unknown as { http2Servers?: Map<Http2Server, unknown> }).http2Servers;
  if (!(servers instanceof Map)) return;
  for (const http2Server of servers.keys()) {
    http2Server.on('session', (session: ServerHttp2Session) => {
      const raise = () => {
        try {
          session.setLocalWindowSize(CONNECTION_WINDOW);
        } catch {
          // The session closed before its settings were exchanged; nothing to tune.
        }
      };
      if (session.connecting) session.once('connect', raise);
      else raise();
    });
  }
}
