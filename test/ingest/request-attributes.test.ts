// A child error span's request keys, joined at ingest (src/core/request-attributes.ts), through
// the real receivers: the OpenTelemetry SDK's own exporters (gRPC, HTTP protobuf, HTTP JSON) send
// one export of a service's spans to the real OtlpGrpcServer / OtlpHttpServer with the real
// decoders, and the events handed to the pipeline are read. The batch processor exports only
// when flushed, so each export holds every span below, as a Collector's batch holds a request's.
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span, type Tracer } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorEvent } from '../../src/core/model.js';
import { requestKeys } from '../../src/core/request-attributes.js';
import { OtlpGrpcServer } from '../../src/ingest/grpc-server.js';
import { OtlpHttpServer } from '../../src/ingest/http-server.js';
import type { Ticket } from '../../src/ingest/pipeline.js';
import { signalDecoders } from '../../src/ingest/signals.js';
import { traceExporter, TRANSPORTS, type Transport } from '../helpers/otel-clients.js';
import { receiverOptions } from '../helpers/receiver-options.js';

const REQUEST = { 'http.request.method': 'GET', 'http.route': '/api/companies/:companyId/issues', 'tenant.id': 'co-3a7e', 'enduser.id': 'u-1042', 'user_agent.original': 'IssueDesk/3.2.0 (Android 14)', 'app.shop.id': 'shop-9' };
const QUERY = { 'db.system.name': 'postgresql', 'db.collection.name': 'issues', 'server.address': 'pg-main' };

/** Ends `span` failed with `message` recorded as an exception, as an instrumentation records a thrown error. */
function fail(span: Span, message: string): void {
  span.recordException({ name: 'PostgresError', message });
  span.setStatus({ code: SpanStatusCode.ERROR, message });
  span.end();
}

/** One request of each shape, all in one export (the processor's delay is never reached: only the flush exports). */
function play(tracer: Tracer): void {
  // 1. A request answered 500: its server span, an internal span that succeeded (never decoded)
  //    and the failing query under it; and a second query directly under the server span that
  //    names its own tenant (a query on another tenant's behalf).
  const server = tracer.startSpan('GET /api/companies/:companyId/issues', { kind: SpanKind.SERVER, attributes: { ...REQUEST, 'http.response.status_code': 500 } });
  const inRequest = trace.setSpan(ROOT_CONTEXT, server);
  const handler = tracer.startSpan('listIssues', { kind: SpanKind.INTERNAL }, inRequest);
  fail(tracer.startSpan('select issues', { kind: SpanKind.CLIENT, attributes: QUERY }, trace.setSpan(ROOT_CONTEXT, handler)), 'invalid byte sequence for encoding "UTF8": 0xe2');
  handler.end();
  fail(tracer.startSpan('select shared_issues', { kind: SpanKind.CLIENT, attributes: { ...QUERY, 'tenant.id': 'co-8c1f' } }, inRequest), 'canceling statement due to statement timeout');
  server.setStatus({ code: SpanStatusCode.ERROR });
  server.end();
  // 2. A query failing under a request that succeeded: its server span is healthy, never decoded.
  const healthy = tracer.startSpan('GET /api/issues/:issueId', { kind: SpanKind.SERVER, attributes: { ...REQUEST, 'http.route': '/api/issues/:issueId', 'http.response.status_code': 200 } });
  fail(tracer.startSpan('select issue', { kind: SpanKind.CLIENT, attributes: QUERY }, trace.setSpan(ROOT_CONTEXT, healthy)), 'deadlock detected');
  healthy.end();
  // 3. A query whose parent has the failed server span's id, in another trace.
  const elsewhere = trace.setSpanContext(ROOT_CONTEXT, { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spanId: server.spanContext().spanId, traceFlags: 1 });
  fail(tracer.startSpan('select comments', { kind: SpanKind.CLIENT, attributes: QUERY }, elsewhere), 'relation "comments" does not exist');
}

describe.each(TRANSPORTS)('a child error span takes its request\'s keys at ingest (%s, the real SDK exporter)', (transport: Transport) => {
  const exports: ErrorEvent[][] = [];
  const admission = {
    refusal: () => undefined,
    admit: (): Ticket => ({
      commit: (events) => {
        exports.push(events);
        return Promise.resolve();
      },
      release: () => {},
    }),
  };
  const decoders = signalDecoders({ severityThreshold: 17, captureHandled: true, requestKeys: requestKeys(['app.shop.id']) });
  const grpc = new OtlpGrpcServer(receiverOptions({ admission, decoders }));
  const http = new OtlpHttpServer(receiverOptions({ admission, decoders }));
  let bySpan: Map<string, ErrorEvent>;

  beforeAll(async () => {
    const ports = { grpcPort: await grpc.start(), httpPort: await http.start() };
    const provider = new TracerProvider({
      resource: resourceFromAttributes({ 'service.name': 'issuedesk', 'host.name': 'issuedesk-1' }),
      spanProcessors: [new BatchSpanProcessor({ exporter: traceExporter(transport, ports), scheduledDelayMillis: 3_600_000, maxExportBatchSize: 512 })],
    });
    play(provider.getTracer('request-attributes'));
    await provider.forceFlush();
    await provider.shutdown();
    expect(exports).toHaveLength(1);
    bySpan = new Map(exports[0].map((e) => [e.spanName!, e]));
  });
  afterAll(async () => {
    await grpc.stop();
    await http.stop();
  });

  it('gives the failing query under an undecoded healthy span the failed request\'s route, method, client, user, tenant and extra key', () => {
    const query = bySpan.get('select issues')!;
    expect(query.attributes).toMatchObject({ ...QUERY, ...REQUEST });
    // The server span's own answer is not the query's.
    expect(query.attributes['http.response.status_code']).toBeUndefined();
    expect(query.exception?.message).toBe('invalid byte sequence for encoding "UTF8": 0xe2');
  });

  it('keeps a key the query has itself, and takes the rest', () => {
    const query = bySpan.get('select shared_issues')!;
    expect(query.attributes['tenant.id']).toBe('co-8c1f');
    expect(query.attributes['http.route']).toBe('/api/companies/:companyId/issues');
  });

  it('gives nothing to a query under a request that succeeded (its server span is not decoded), nor to one whose parent id is in another trace', () => {
    expect(bySpan.get('select issue')!.attributes).toEqual(QUERY);
    expect(bySpan.get('select comments')!.attributes).toEqual(QUERY);
  });

  it('leaves the server span as it came', () => {
    const server = bySpan.get('GET /api/companies/:companyId/issues')!;
    expect(server.attributes).toEqual({ ...REQUEST, 'http.response.status_code': 500 });
    expect(exports[0]).toHaveLength(5);
  });
});
