// OTLP/HTTP on 4318: POST /v1/traces, /v1/logs, /v1/metrics, protobuf or JSON, optionally
// gzip/deflate compressed (spec §OTLP/HTTP). Replies use exactly the request's Content-Type
// (the Collector's otlp_http exporter ignores partial_success otherwise); failures carry a
// google.rpc.Status in the request's encoding.
import { promisify } from 'node:util';
import { gunzip, inflate, inflateRaw } from 'node:zlib';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { IngestMetrics } from '../observability/ingest-metrics.js';
import type { TokenCheck } from './auth.js';
import { handleExport, type SignalDecoders } from './export-handler.js';
import type { Pipeline, Ticket } from './pipeline.js';
import { encodeStatus, type Signal, type WireEncoding } from './status-encoding.js';
import { IngestError } from './status.js';

const gunzipAsync = promisify(gunzip);
const inflateAsync = promisify(inflate);
const inflateRawAsync = promisify(inflateRaw);

const CONTENT_TYPES: Record<WireEncoding, string> = { protobuf: 'application/x-protobuf', json: 'application/json' };

export interface HttpServerOptions {
  host: string;
  port: number;
  maxMessageBytes: number;
  tls?: { cert: Buffer; key: Buffer };
  checkToken: TokenCheck;
  pipeline: Pipeline;
  decoders: SignalDecoders;
  metrics: IngestMetrics;
}

declare module 'fastify' {
  interface FastifyRequest {
    ticket?: Ticket;
  }
}

function encodingOf(request: FastifyRequest): WireEncoding {
  const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  return type === 'application/json' ? 'json' : 'protobuf';
}

/**
 * Decompresses off the event loop (zlib runs on the libuv pool), stopping at the size limit:
 * `maxOutputLength` makes a gzip bomb fail after `limit` bytes instead of filling memory.
 */
async function decompress(body: Buffer, contentEncoding: string | undefined, limit: number): Promise<Buffer> {
  const encoding = (contentEncoding ?? '').trim().toLowerCase();
  if (encoding === '' || encoding === 'identity') return body;
  const options = { maxOutputLength: limit };
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip') return await gunzipAsync(body, options);
    if (encoding === 'deflate') {
      // HTTP "deflate" is zlib-wrapped (RFC 9110 §8.4.1.2), but some clients send raw deflate.
      return await inflateAsync(body, options).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ERR_BUFFER_TOO_LARGE') throw error;
        return inflateRawAsync(body, options);
      });
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      throw new IngestError('TOO_LARGE', `the request is larger than ${limit} bytes once decompressed`);
    }
    throw new IngestError('BAD_DATA', `the body is not valid ${encoding} data: ${(error as Error).message}`);
  }
  throw new IngestError('UNSUPPORTED_ENCODING', `unsupported Content-Encoding: ${encoding} (supported: gzip, deflate, identity)`);
}

export class OtlpHttpServer {
  private app?: FastifyInstance;
  port = 0;

  constructor(private readonly options: HttpServerOptions) {}

  async start(): Promise<number> {
    const o = this.options;
    const app = Fastify({
      logger: false,
      // The compressed body may not exceed the limit either; the decompressed size is
      // checked in `decompress`.
      bodyLimit: o.maxMessageBytes,
      https: o.tls ? { cert: o.tls.cert, key: o.tls.key } : null,
      // Collectors keep connections open between exports.
      keepAliveTimeout: 65_000,
      return503OnClosing: true,
      // The https variant only changes the server type, not the request/reply API we use.
    } as Parameters<typeof Fastify>[0]) as unknown as FastifyInstance;
    app.removeAllContentTypeParsers();
    app.addContentTypeParser(['application/x-protobuf', 'application/json'], { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
    app.addContentTypeParser('*', (request, _payload, done) => {
      done(new IngestError('UNSUPPORTED_MEDIA_TYPE', `unsupported media type ${request.headers['content-type'] ?? '(none)'}, supported: [application/json, application/x-protobuf]`), undefined);
    });

    app.addHook('onRequest', async (request, reply) => {
      if (!o.checkToken(request.headers.authorization)) {
        return this.fail(reply, encodingOf(request), new IngestError('UNAUTHENTICATED', 'missing or invalid bearer token'), 'unauthenticated');
      }
      if (request.method !== 'POST') return;
      const ticket = o.pipeline.admit();
      if (ticket instanceof IngestError) {
        o.metrics.refusals.inc({ transport: 'http', reason: ticket.code });
        return this.fail(reply, encodingOf(request), ticket, 'refused');
      }
      request.ticket = ticket;
    });
    const release = async (request: FastifyRequest) => request.ticket?.release();
    app.addHook('onResponse', release);
    app.addHook('onRequestAbort', release);

    app.setErrorHandler((error: Error, request, reply) => {
      const ingestError =
        error instanceof IngestError
          ? error
          : (error as { code?: string }).code === 'FST_ERR_CTP_BODY_TOO_LARGE'
            ? new IngestError('TOO_LARGE', `the request body is larger than ${o.maxMessageBytes} bytes`)
            : (error as { statusCode?: number }).statusCode === 400 || (error as { code?: string }).code?.startsWith('FST_ERR_CTP')
              ? new IngestError('BAD_DATA', error.message)
              : new IngestError('STORE_FAILED', `internal error: ${error.message}`);
      return this.fail(reply, encodingOf(request), ingestError, ingestError.code.toLowerCase());
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
    await app.listen({ host: o.host, port: o.port });
    this.app = app;
    const address = app.server.address();
    this.port = typeof address === 'object' && address ? address.port : o.port;
    return this.port;
  }

  private async export(signal: Signal, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const o = this.options;
    const encoding = encodingOf(request);
    const ticket = request.ticket as Ticket;
    const raw = (request.body as Buffer | undefined) ?? Buffer.alloc(0);
    const body = await decompress(raw, request.headers['content-encoding'], o.maxMessageBytes);
    const response = await handleExport(signal, body, encoding, ticket, o.decoders, o.metrics);
    o.metrics.requests.inc({ transport: 'http', signal, outcome: 'ok' });
    return reply.code(200).header('content-type', CONTENT_TYPES[encoding]).send(response);
  }

  private fail(reply: FastifyReply, encoding: WireEncoding, error: IngestError, outcome: string): FastifyReply {
    this.options.metrics.requests.inc({ transport: 'http', outcome });
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
