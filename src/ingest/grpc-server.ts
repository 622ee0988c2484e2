// OTLP/gRPC on 4317: TraceService, LogsService and MetricsService `Export`.
// Requests are taken as raw bytes (identity deserialiser) so the selective reader decodes
// them. The bearer token and the pipeline's room are checked from the call's headers as soon
// as its HTTP/2 stream opens, before grpc-js builds a call or reads the message (`gate`; a
// server interceptor does the same checks for any call the gate did not let through).
// Message decompression is done here rather than by grpc-js, so inflated
// bytes count against the receive limit (RESOURCE_EXHAUSTED past it, as the spec requires)
// and the receiver's shared byte budget while they are produced.
import { constants as h2, type Http2Server, type IncomingHttpHeaders, type ServerHttp2Session, type ServerHttp2Stream } from 'node:http2';
import { randomUUID } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import type { ExportCounters, IngestMetrics } from '../observability/ingest-metrics.js';
import type { TokenCheck } from './auth.js';
import { overBudget, type ByteAccount, type ByteBudget } from './byte-budget.js';
import { contentCoding, hasGzipHeader, hasZlibHeader } from './decompress.js';
import { hasLz4Magic } from './lz4.js';
import { hasSnappyStreamIdentifier } from './snappy.js';
import { hasZstdMagic } from './zstd-frames.js';
import type { BodyPool } from './body-pool.js';
import { handleReceived, type SignalDecoders } from './export-handler.js';
import type { Admission } from './admission.js';
import { ExportMessage, releaseReceivedFrames } from './grpc-message-release.js';
import { encodeStatus, type Signal } from './status-encoding.js';
import { IngestError } from './status.js';

const SERVICES: Record<Signal, string> = {
  traces: '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
  logs: '/opentelemetry.proto.collector.logs.v1.LogsService/Export',
  metrics: '/opentelemetry.proto.collector.metrics.v1.MetricsService/Export',
};

/**
 * HTTP/2 flow-control windows. With grpc-js defaults (64 KiB) a collector sending 1 MiB
 * batches stalls on WINDOW_UPDATE round trips; measured on this project's 2-core machine,
 * raising them to 1 MiB per stream / 16 MiB per connection halves server CPU per request
 * and p99 latency. Under overload the connection window is also how far a client may send
 * ahead of the admission checks (only DATA is flow-controlled, RFC 9113 §6.9: a call's
 * HEADERS still reach the gate). Smaller ones (256 KiB, 512 KiB, 1 MiB) were tried at three
 * times capacity in bench/overload.ts: more exports were accepted, but the backlog moved into
 * the client, behind windows the busy event loop gave back late (accepted p99 up to 6 s,
 * answering again up to 4 s after the load stopped), so they stay as they are.
 */
const STREAM_WINDOW = 1024 * 1024;
const CONNECTION_WINDOW = 16 * 1024 * 1024;

/** Where the call's grpc-encoding is kept once taken from grpc-js (see `interposeStreamHandler`). */
const ENCODING_KEY = 'rounds-grpc-encoding';
/**
 * The header the gate puts on a call it let through, with a value no client can know: the
 * interceptor skips its own checks only for those (see `gate`).
 */
const GATE_KEY = 'rounds-gate';
const GATE_PASSED = randomUUID();

/** Connection upkeep (grpc-js server options of the same names). */
export interface GrpcTimeouts {
  /** A connection with no call for this long is closed with GOAWAY (grpc.max_connection_idle_ms). */
  idleMs: number;
  /** Ping a connection after this long without activity, to find peers that vanished (grpc.keepalive_time_ms)… */
  keepaliveMs: number;
  /** …and close it if the ping is not answered within this (grpc.keepalive_timeout_ms). */
  keepaliveTimeoutMs: number;
}

export const DEFAULT_GRPC_TIMEOUTS: GrpcTimeouts = { idleMs: 120_000, keepaliveMs: 60_000, keepaliveTimeoutMs: 20_000 };


export interface GrpcServerOptions {
  host: string;
  port: number;
  maxMessageBytes: number;
  tls?: { cert: Buffer; key: Buffer };
  checkToken: TokenCheck;
  admission: Admission;
  budget: ByteBudget;
  retryAfterSeconds: number;
  decoders: SignalDecoders;
  metrics: IngestMetrics;
  timeouts?: GrpcTimeouts;
  /** Buffers compressed messages are inflated into, used again from one message to the next (ingest/body-pool.ts). */
  bodyPool?: BodyPool;
  /**
   * Benchmark only (bench/firehose-server.ts `shell-no-…`, `rounds-no-…`): parts of this server
   * left out, to measure what each costs. Never set by the receiver: without them it loses its
   * auth, admission, decompression bounds or timeouts.
   */
  omit?: ReadonlyArray<GrpcPart>;
}

/** The admission checks (the stream gate and the interceptor), the decompression takeover, the window raises, the keepalive/idle options, the message size limits. */
export type GrpcPart = 'interceptor' | 'decompression' | 'windows' | 'timeouts' | 'limit';

const SIGNAL_OF_PATH = new Map(Object.entries(SERVICES).map(([signal, path]) => [path, signal as Signal]));

const identity = (b: Buffer): Buffer => b;
const holdMessage = (bytes: Buffer): ExportMessage => new ExportMessage(bytes);
const sendMessage = (message: ExportMessage): Buffer => message.take();

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
  private readonly counters: Record<Signal, ExportCounters>;

  constructor(private readonly options: GrpcServerOptions) {
    this.counters = { traces: options.metrics.forExport('grpc', 'traces'), logs: options.metrics.forExport('grpc', 'logs'), metrics: options.metrics.forExport('grpc', 'metrics') };
  }

  async start(): Promise<number> {
    const o = this.options;
    const t = o.timeouts ?? DEFAULT_GRPC_TIMEOUTS;
    const without = new Set(o.omit ?? []);
    const server = new grpc.Server({
      ...(without.has('limit')
        ? {}
        : {
            // grpc-js sees messages still compressed (see `interposeStreamHandler`): this bounds
            // the bytes on the wire; `inflateWithin` bounds them decompressed.
            'grpc.max_receive_message_length': o.maxMessageBytes,
            // Responses SHOULD stay under 4 MiB (spec §OTLP/gRPC Request/Response).
            'grpc.max_send_message_length': 4 * 1024 * 1024,
          }),
      ...(without.has('timeouts') ? {} : { 'grpc.max_connection_idle_ms': t.idleMs, 'grpc.keepalive_time_ms': t.keepaliveMs, 'grpc.keepalive_timeout_ms': t.keepaliveTimeoutMs }),
      // No cap on concurrent streams: a client that opens more than a cap gets them refused,
      // and past 100 refusals Node answers ENHANCE_YOUR_CALM, which clients see as
      // RESOURCE_EXHAUSTED — not retried by a Collector. A client that honours the cap (grpc-go)
      // holds the excess calls back unanswered until a stream frees or their deadline passes: a
      // deep queue where admission wants a fast, retryable refusal. Admission and the byte
      // budget bound the work instead, and refuse retryably.
      ...(without.has('interceptor')
        ? {}
        : { interceptors: [(methodDescriptor: grpc.ServerMethodDefinition<unknown, unknown>, call: grpc.ServerInterceptingCallInterface) => this.admissionInterceptor(methodDescriptor.path, call)] }),
    });
    if (!without.has('windows')) raiseStreamWindow(server);
    for (const signal of Object.keys(SERVICES) as Signal[]) {
      server.addService(
        {
          Export: {
            path: SERVICES[signal],
            requestStream: false,
            responseStream: false,
            // The handler takes the bytes out of the holder (ingest/grpc-message-release.ts).
            requestSerialize: sendMessage,
            requestDeserialize: holdMessage,
            responseSerialize: identity,
            responseDeserialize: identity,
          },
        },
        { Export: (call: grpc.ServerUnaryCall<ExportMessage, Buffer>, callback: grpc.sendUnaryData<Buffer>) => void this.export(signal, call, callback) },
      );
    }
    const credentials = o.tls ? grpc.ServerCredentials.createSsl(null, [{ cert_chain: o.tls.cert, private_key: o.tls.key }], false) : grpc.ServerCredentials.createInsecure();
    this.port = await new Promise<number>((resolve, reject) =>
      server.bindAsync(`${o.host.includes(':') ? `[${o.host}]` : o.host}:${o.port}`, credentials, (error, port) => (error ? reject(error) : resolve(port))),
    );
    if (!without.has('windows')) raiseConnectionWindow(server);
    interposeStreamHandler(server, {
      takeOverDecompression: !without.has('decompression'),
      gate: without.has('interceptor') ? undefined : (stream, headers) => this.gate(stream, headers),
    });
    this.server = server;
    return this.port;
  }

  /**
   * Runs when the call's headers are in, before grpc-js reads (or would decompress) its message:
   * a call without the token, or arriving while the pipeline is full, is answered from here and
   * its message is never read.
   */
  private admissionInterceptor(path: string, call: grpc.ServerInterceptingCallInterface): grpc.ServerInterceptingCall {
    const o = this.options;
    const signal = SIGNAL_OF_PATH.get(path);
    // Plain objects rather than grpc-js's builders: this runs for every call, and the
    // responder and listener only need the one hook each.
    return new grpc.ServerInterceptingCall(call, {
      start: (next) =>
        next({
          onReceiveMetadata: (metadata, pass) => {
            // Already checked by the gate when its stream opened.
            if (metadata.get(GATE_KEY)[0] === GATE_PASSED) return pass(metadata);
            const auth = metadata.get('authorization')[0];
            if (!o.checkToken(typeof auth === 'string' ? auth : undefined)) return this.refuse(call, signal, new IngestError('UNAUTHENTICATED', 'missing or invalid bearer token'), 'unauthenticated');
            const refusal = signal ? o.admission.refusal() : undefined;
            if (refusal) return this.refuse(call, signal, refusal, 'refused');
            pass(metadata);
          },
        }),
    });
  }

  /**
   * Runs for every HTTP/2 stream before grpc-js sees it: an Export call without the token, or
   * arriving while the pipeline is full, is answered here with a trailers-only response and the
   * stream is then closed with RST_STREAM(NO_ERROR), which asks the client to stop sending the
   * request it has not finished sending (RFC 9113 §8.1). Under overload most calls end here; in
   * grpc-js each would also build a call, its metadata and listeners, and read and discard its
   * whole message. A call let through is marked (GATE_KEY) so the interceptor does not check it
   * again. Returns whether the stream was answered.
   */
  private gate(stream: ServerHttp2Stream, headers: IncomingHttpHeaders): boolean {
    const signal = SIGNAL_OF_PATH.get(headers[':path'] ?? '');
    const type = headers['content-type'];
    // Anything else (unknown paths, not gRPC) is grpc-js's to answer, as before.
    if (!signal || typeof type !== 'string' || !type.startsWith('application/grpc')) return false;
    const o = this.options;
    const refusal = !o.checkToken(headers.authorization) ? new IngestError('UNAUTHENTICATED', 'missing or invalid bearer token') : o.admission.refusal();
    if (!refusal) {
      headers[GATE_KEY] = GATE_PASSED;
      return false;
    }
    const outcome = refusal.code === 'UNAUTHENTICATED' ? 'unauthenticated' : 'refused';
    this.count(signal, refusal, outcome);
    // A client that reset the stream meanwhile needs no answer.
    stream.on('error', () => {});
    if (stream.destroyed || stream.closed) return true;
    stream.respond(trailersOnly(refusal), { endStream: true });
    stream.close(h2.NGHTTP2_NO_ERROR);
    return true;
  }

  private count(signal: Signal | undefined, error: IngestError, outcome: string): void {
    const metrics = this.options.metrics;
    metrics.requests.inc({ transport: 'grpc', signal: signal ?? 'unknown', outcome });
    if (error.code === 'OVERLOADED' || error.code === 'SHUTTING_DOWN') metrics.refusals.inc({ transport: 'grpc', signal: signal ?? 'unknown', reason: error.code.toLowerCase() });
  }

  private refuse(call: grpc.ServerInterceptingCallInterface, signal: Signal | undefined, error: IngestError, outcome: string): void {
    this.count(signal, error, outcome);
    call.sendStatus(toServiceError(error) as grpc.StatusObject);
  }

  /**
   * The ticket is taken once the message is in and held only until its commit settles, so it is
   * given back whatever the client does meanwhile (cancel, reset, vanish).
   */
  private async export(signal: Signal, call: grpc.ServerUnaryCall<ExportMessage, Buffer>, callback: grpc.sendUnaryData<Buffer>): Promise<void> {
    const o = this.options;
    const counters = this.counters[signal];
    const account = o.budget.account();
    try {
      const response = await this.admitAndCommit(signal, call, account, counters);
      counters.ok.inc();
      callback(null, response);
    } catch (error) {
      const code = error instanceof IngestError ? error.code : 'STORE_FAILED';
      const outcome = code === 'OVERLOADED' || code === 'SHUTTING_DOWN' ? 'refused' : code.toLowerCase();
      if (outcome === 'refused') o.metrics.refusals.inc({ transport: 'grpc', signal, reason: code.toLowerCase() });
      o.metrics.requests.inc({ transport: 'grpc', signal, outcome });
      callback(toServiceError(error) as grpc.ServiceError);
    } finally {
      account.close();
    }
  }

  /**
   * Takes the message out of its holder, its share of the byte budget and a ticket, and hands
   * the message on; returns the commit's promise without awaiting it, so that the message is
   * never a local of a function suspended while the commit waits (see handleReceived).
   */
  private async admitAndCommit(signal: Signal, call: grpc.ServerUnaryCall<ExportMessage, Buffer>, account: ByteAccount, counters: ExportCounters): Promise<Buffer> {
    const o = this.options;
    const message = call.request.take();
    releaseReceivedFrames(call);
    // grpc-js has already buffered the message; counting it now keeps the inflated copy and
    // the decode inside the budget with it.
    if (!account.tryTake(message.length)) throw overBudget(o.retryAfterSeconds);
    const coding = contentCoding(String(call.metadata.get(ENCODING_KEY)[0] ?? ''));
    const ticket = o.admission.admit();
    if (ticket instanceof IngestError) throw ticket;
    // A message on a compressed call may itself be sent uncompressed (its compressed flag,
    // which grpc-js does not pass on, is 0); a gzip or zlib header, zstd's or lz4's magic number
    // or snappy's stream identifier (gRPC's snappy is the framing format) tells them apart, as
    // none can start a protobuf message of these services (field 1, length-delimited, begins 0x0a).
    const compressed =
      coding === 'gzip'
        ? hasGzipHeader(message)
        : coding === 'deflate'
          ? hasZlibHeader(message)
          : coding === 'zstd'
            ? hasZstdMagic(message)
            : coding === 'snappy'
              ? hasSnappyStreamIdentifier(message)
              : coding === 'lz4'
                ? hasLz4Magic(message)
                : false;
    const received = { bytes: message, coding: compressed ? coding : undefined, account, maxBytes: o.maxMessageBytes, retryAfterSeconds: o.retryAfterSeconds, inflatePool: o.bodyPool };
    return handleReceived(signal, received, 'protobuf', ticket, o.decoders, counters);
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

/**
 * The gRPC status of a refusal as a trailers-only response (gRPC over HTTP/2: HEADERS with
 * END_STREAM carrying :status, content-type and the status), the grpc-message percent-encoded
 * as grpc-js does, and binary metadata in base64.
 */
function trailersOnly(error: IngestError): Record<string, string | number> {
  const headers: Record<string, string | number> = {
    ':status': 200,
    'content-type': 'application/grpc+proto',
    'grpc-status': error.row.grpc,
    'grpc-message': encodeURI(error.message),
  };
  if (error.retryAfterSeconds !== undefined) headers['grpc-status-details-bin'] = encodeStatus(error, 'protobuf').toString('base64');
  return headers;
}

/**
 * Puts this server's own handling in front of grpc-js's on every HTTP/2 stream:
 *  - decompression: grpc-js decompresses a message as soon as it is read, up to the receive
 *    limit, outside any budget (16 concurrent bombs cost over a gigabyte). Moving the call's
 *    grpc-encoding header out of its sight makes it hand over the message as sent; `export`
 *    inflates it within the budget;
 *  - the gate: a stream it answers never reaches grpc-js.
 * Like the window settings this reaches into grpc-js's servers; if that shape changes, grpc-js
 * decompresses again as before and the interceptor does the gate's checks (it trusts only calls
 * the gate marked).
 */
function interposeStreamHandler(server: grpc.Server, parts: { takeOverDecompression: boolean; gate?: (stream: ServerHttp2Stream, headers: IncomingHttpHeaders) => boolean }): void {
  const servers = (server as unknown as { http2Servers?: Map<Http2Server, unknown> }).http2Servers;
  if (!(servers instanceof Map)) return;
  // grpc-js counts a connection's open streams for its idle timeout (grpc.max_connection_idle_ms);
  // a stream the gate answers counts too, as it did when grpc-js answered it.
  const opened = (server as unknown as { onStreamOpened?: (stream: ServerHttp2Stream) => void }).onStreamOpened;
  for (const http2Server of servers.keys()) {
    const grpcHandlers = http2Server.listeners('stream') as ((...args: unknown[]) => void)[];
    // grpc-js no longer answering here: nothing to stand in front of.
    if (grpcHandlers.length === 0) continue;
    http2Server.removeAllListeners('stream');
    http2Server.on('stream', (stream: ServerHttp2Stream, headers: IncomingHttpHeaders, ...rest: unknown[]) => {
      if (parts.takeOverDecompression) {
        // Always set, so a client cannot pass its own value under this name.
        headers[ENCODING_KEY] = headers['grpc-encoding'] ?? 'identity';
        delete headers['grpc-encoding'];
      }
      // Only the gate sets it.
      delete headers[GATE_KEY];
      if (parts.gate?.(stream, headers)) {
        if (!stream.destroyed) opened?.call(server, stream);
        return;
      }
      for (const handler of grpcHandlers) handler.call(http2Server, stream, headers, ...rest);
    });
  }
}
