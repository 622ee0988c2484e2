// OTLP/HTTP on 4318: POST /v1/traces, /v1/logs, /v1/metrics, protobuf or JSON, optionally
// compressed with gzip, zstd, snappy, lz4 or deflate (spec §OTLP/HTTP; ingest/decompress.ts). Replies use
// exactly the request's Content-Type (the Collector's otlp_http exporter ignores
// partial_success otherwise); failures carry a google.rpc.Status in the request's encoding.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { signalOfPath, type ExportCounters, type IngestMetrics } from '../observability/ingest-metrics.js';
import type { TokenCheck } from './auth.js';
import type { BodyPool, JoinedBytes } from './body-pool.js';
import { readBody } from './body-reader.js';
import type { ByteAccount, ByteBudget } from './byte-budget.js';
import { contentCoding, type ContentCoding } from './decompress.js';
import { handleReceived, type SignalDecoders } from './export-handler.js';
import type { Admission } from './admission.js';
import type { Ticket } from './pipeline.js';
import { CONTENT_TYPES, encodeStatus, type Signal, type WireEncoding } from './status-encoding.js';
import { IngestError } from './status.js';
import { answerClientError } from './client-error-answer.js';

/**
 * How long a connection may take over each part of a request. No request holds anything of
 * the pipeline's while it arrives (admission follows the body), but every open connection
 * costs a socket and buffers, so slow or silent clients are cut off.
 */
export interface HttpTimeouts {
  /** From the connection (or the previous response) to the end of the request headers. */
  headersMs: number;
  /** From the connection to the end of the request body. */
  requestMs: number;
  /** An idle keep-alive connection between two requests. Collectors reuse connections. */
  keepAliveMs: number;
  /**
   * A connection that sends nothing for this long, outside keep-alive (Node checks the header
   * timeout only once a request has begun, so a silent connection is closed by this).
   */
  inactiveMs: number;
  /** How often Node checks the header and request timeouts. */
  checkIntervalMs: number;
}

export const DEFAULT_HTTP_TIMEOUTS: HttpTimeouts = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 65_000, inactiveMs: 30_000, checkIntervalMs: 1000 };

export interface HttpServerOptions {
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
  timeouts?: HttpTimeouts;
  /**
   * Buffers request bodies are joined in, and compressed ones inflated into, used again from one
   * request to the next (ingest/body-pool.ts).
   */
  bodyPool?: BodyPool;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The request's share of the byte budget, given back when the response closes. */
    bytes?: ByteAccount;
  }
}

function encodingOf(request: FastifyRequest): WireEncoding {
  const header = request.headers['content-type'];
  // What every exporter sends, compared before anything is allocated for it.
  if (header === 'application/x-protobuf') return 'protobuf';
  if (header === 'application/json') return 'json';
  const type = (header ?? '').split(';')[0].trim().toLowerCase();
  return type === 'application/json' ? 'json' : 'protobuf';
}

const isRefusal = (error: IngestError) => error.code === 'OVERLOADED' || error.code === 'SHUTTING_DOWN';

export class OtlpHttpServer {
  private app?: FastifyInstance;
  port = 0;
  private readonly counters: Record<Signal, ExportCounters>;
  /** The request each connection is reading, for `clientErrorHandler` (read only when one fails). */
  private readonly reading = new WeakMap<Socket, FastifyRequest>();

  constructor(private readonly options: HttpServerOptions) {
    this.counters = { traces: options.metrics.forExport('http', 'traces'), logs: options.metrics.forExport('http', 'logs'), metrics: options.metrics.forExport('http', 'metrics') };
  }

  async start(): Promise<number> {
    const o = this.options;
    const t = o.timeouts ?? DEFAULT_HTTP_TIMEOUTS;
    // Node's own limits (node:http createServer): the header timeout is checked from the
    // connection's first byte, so a connection that never sends a request is closed too.
    const nodeServerOptions = { headersTimeout: t.headersMs, requestTimeout: t.requestMs, connectionsCheckingInterval: t.checkIntervalMs };
    const app = Fastify({
      logger: false,
      // Bodies are read by `readBody`, which enforces the limit before and while reading.
      bodyLimit: o.maxMessageBytes,
      http: nodeServerOptions,
      https: o.tls ? { cert: o.tls.cert, key: o.tls.key, ...nodeServerOptions } : null,
      keepAliveTimeout: t.keepAliveMs,
      requestTimeout: t.requestMs,
      connectionTimeout: t.inactiveMs,
      return503OnClosing: true,
      // A request Node timed out (or could not parse) is answered by OTLP's rules: a timeout as a
      // retryable 503, not Fastify's 408, which OTLP clients drop (ingest/client-error-answer.ts).
      clientErrorHandler: (error: Error & { code?: string }, socket: Socket) => {
        const request = this.reading.get(socket);
        const outcome = answerClientError(error, socket, request && { encoding: encodingOf(request) }, o.retryAfterSeconds);
        if (outcome) o.metrics.requests.inc({ transport: 'http', signal: request ? signalOfPath(request.url) : 'unknown', outcome });
      },
      // The https variant only changes the server type, not the request/reply API we use.
    } as Parameters<typeof Fastify>[0]) as unknown as FastifyInstance;
    app.removeAllContentTypeParsers();
    app.addContentTypeParser(['application/x-protobuf', 'application/json'], (request: FastifyRequest, payload: IncomingMessage) =>
      readBody(payload, request.headers['content-length'], { maxBytes: o.maxMessageBytes, account: request.bytes ?? o.budget.account(), retryAfterSeconds: o.retryAfterSeconds, pool: o.bodyPool }),
    );
    app.addContentTypeParser('*', (request, _payload, done) => {
      done(new IngestError('UNSUPPORTED_MEDIA_TYPE', `unsupported media type ${request.headers['content-type'] ?? '(none)'}, supported: [application/json, application/x-protobuf]`), undefined);
    });

    // Callback style (no promise per request); a hook that answers does not call `done`.
    app.addHook('onRequest', (request, reply, done) => {
      if (!o.checkToken(request.headers.authorization)) {
        this.fail(reply, encodingOf(request), new IngestError('UNAUTHENTICATED', 'missing or invalid bearer token'), 'unauthenticated');
        return;
      }
      if (request.method !== 'POST') return done();
      // The request a client error on this socket answers, until the next one replaces it; its encoding and signal are read only then.
      this.reading.set(request.raw.socket, request);
      // Refused before the body is read when the pipeline is already full: the cheapest answer.
      const refusal = o.admission.refusal();
      if (refusal) {
        this.fail(reply, encodingOf(request), refusal, 'refused');
        return;
      }
      const account = o.budget.account();
      request.bytes = account;
      // The response's `close` comes on every path: sent, aborted, or the socket gone.
      (reply.raw as ServerResponse).once('close', () => account.close());
      done();
    });

    app.setErrorHandler((error: Error, request, reply) => {
      const ingestError =
        error instanceof IngestError
          ? error
          : (error as { code?: string }).code === 'FST_ERR_CTP_BODY_TOO_LARGE'
            ? new IngestError('TOO_LARGE', `the request body is larger than ${o.maxMessageBytes} bytes`)
            : (error as { statusCode?: number }).statusCode === 400 || (error as { code?: string }).code?.startsWith('FST_ERR_CTP')
              ? new IngestError('BAD_DATA', error.message)
              : new IngestError('STORE_FAILED', `internal error: ${error.message}`);
      return this.fail(reply, encodingOf(request), ingestError, isRefusal(ingestError) ? 'refused' : ingestError.code.toLowerCase());
    });
    app.setNotFoundHandler((request, reply) => this.fail(reply, encodingOf(request), new IngestError('NOT_FOUND', `no OTLP endpoint at ${request.method} ${request.url}; use POST /v1/traces, /v1/logs or /v1/metrics`), 'not_found'));

    for (const signal of ['traces', 'logs', 'metrics'] as Signal[]) {
      app.post(`/v1/${signal}`, (request, reply) => this.export(signal, request, reply));
      app.route({
        method: ['GET', 'PUT', 'DELETE', 'PATCH'],
        url: `/v1/${signal}`,
        handler: (request, reply) => this.fail(reply.header('allow', 'POST'), encodingOf(request), new IngestError('METHOD_NOT_ALLOWED', `${request.method} is not allowed; OTLP exports are POSTed`), 'method_not_allowed'),
      });
    }
    // A client may half-close (FIN) once its request is sent; Node's default then aborts the
    // request unanswered. Allowing half-open connections (http.Server's own switch, read by
    // its end-of-socket handler) answers it and closes afterwards.
    (app.server as unknown as { httpAllowHalfOpen: boolean }).httpAllowHalfOpen = true;
    await app.listen({ host: o.host, port: o.port });
    this.app = app;
    const address = app.server.address();
    this.port = typeof address === 'object' && address ? address.port : o.port;
    return this.port;
  }

  /**
   * The ticket is taken once the body is in, and held only until its commit settles: decoding
   * and the commit always finish, whatever the client does meanwhile, so it is always given
   * back. The body's bytes go back to the budget as soon as it is decoded.
   */
  private async export(signal: Signal, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const o = this.options;
    const counters = this.counters[signal];
    const encoding = encodingOf(request);
    const account = request.bytes ?? o.budget.account();
    try {
      const coding = contentCoding(request.headers['content-encoding']);
      const ticket = o.admission.admit();
      if (ticket instanceof IngestError) throw ticket;
      const response = await this.decodeAndCommit(signal, request, encoding, coding, ticket, account, counters);
      counters.ok.inc();
      return reply.code(200).header('content-type', CONTENT_TYPES[encoding]).send(response);
    } finally {
      account.close();
      // Refused before it was handed on (an unknown coding, a full pipeline): its pooled buffer
      // goes back now. A body handed on is off the request, given back once decoded.
      (request.body as JoinedBytes | undefined)?.recycle?.();
    }
  }

  /**
   * Takes the body off the request (which would keep it until the reply) and hands it on;
   * returns the commit's promise without awaiting it, so that the body is never a local of a
   * function suspended while the commit waits (see handleReceived).
   */
  private decodeAndCommit(signal: Signal, request: FastifyRequest, encoding: WireEncoding, coding: ContentCoding | undefined, ticket: Ticket, account: ByteAccount, counters: ExportCounters): Promise<Buffer> {
    const o = this.options;
    const { bytes, recycle } = (request.body as JoinedBytes | undefined) ?? { bytes: Buffer.alloc(0) };
    request.body = undefined;
    return handleReceived(signal, { bytes, recycle, coding, account, maxBytes: o.maxMessageBytes, retryAfterSeconds: o.retryAfterSeconds, inflatePool: o.bodyPool }, encoding, ticket, o.decoders, counters);
  }

  private fail(reply: FastifyReply, encoding: WireEncoding, error: IngestError, outcome: string): FastifyReply {
    const signal = signalOfPath(reply.request.url);
    this.options.metrics.requests.inc({ transport: 'http', signal, outcome });
    if (isRefusal(error)) this.options.metrics.refusals.inc({ transport: 'http', signal, reason: error.code.toLowerCase() });
    if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
    return reply.code(error.row.http).header('content-type', CONTENT_TYPES[encoding]).send(encodeStatus(error, encoding));
  }

  /** Stops accepting connections and waits for in-flight requests to be answered. */
  async stop(): Promise<void> {
    await this.app?.close();
  }

  /** Drops connections still open after the grace period (their requests are not acked). */
  forceClose(): void {
    this.app?.server.closeAllConnections();
  }
}
