// A failed span without an exception (src/core/fingerprint/span-failure.ts). The semantic
// conventions name an HTTP client span by its method alone when there is no URL template, and
// leave its status description empty when the status comes from the HTTP status code; so every
// failed call of a service was one signature. Its `error.type` (or status code) and its callee
// now tell the calls apart. The spans are made by the real OpenTelemetry SDK, serialised to OTLP
// by its own serializer and decoded by Rounds' receiver path, with the attributes the HTTP, gRPC
// and database client conventions give them.
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, type Attributes } from '@opentelemetry/api';
import { ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { TracerProvider, type ReadableSpan } from '@opentelemetry/sdk-trace';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { fingerprintInputOf } from '../../../src/core/fingerprint/input-of.js';
import { decodeTracesProto } from '../../../src/ingest/decode/index.js';

/** Failed spans as the SDK ends them, decoded as Rounds receives them, fingerprinted in one fingerprinter. */
function fingerprints(spans: { name: string; kind: SpanKind; attributes: Attributes; description?: string }[]): string[] {
  const ended: ReadableSpan[] = [];
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': 'checkout', 'telemetry.sdk.language': 'nodejs' }),
    spanProcessors: [{ onStart: () => {}, onEnd: (s: ReadableSpan) => void ended.push(s), forceFlush: async () => {}, shutdown: async () => {} }],
  });
  const tracer = provider.getTracer('test');
  for (const s of spans) {
    const span = tracer.startSpan(s.name, { kind: s.kind, attributes: s.attributes }, ROOT_CONTEXT);
    span.setStatus({ code: SpanStatusCode.ERROR, message: s.description });
    span.end();
  }
  const events = decodeTracesProto(ProtobufTraceSerializer.serializeRequest(ended)!, { severityThreshold: 17, captureHandled: true }).events;
  expect(events.length).toBe(spans.length);
  const fp = createFingerprinter();
  return events.map((e) => fp.fingerprint(fingerprintInputOf(e)).fingerprint);
}

const get = (url: string, status: number): { name: string; kind: SpanKind; attributes: Attributes } => {
  const { hostname, port } = new URL(url);
  return { name: 'GET', kind: SpanKind.CLIENT, attributes: { 'http.request.method': 'GET', 'url.full': url, 'server.address': hostname, 'server.port': Number(port || 443), 'http.response.status_code': status, 'error.type': String(status) } };
};

describe('a failed span without an exception', () => {
  it('failed calls named by their method alone: another callee or another status is another failure', () => {
    const [payments503, inventory404, payments503Again, inventory404Again, payments502] = fingerprints([
      get('https://payments.internal/v1/charges/ch_17', 503),
      get('https://inventory.internal/v1/items/42', 404),
      get('https://payments.internal/v1/charges/ch_93', 503),
      get('https://inventory.internal/v1/items/7', 404),
      get('https://payments.internal/v1/charges/ch_17', 502),
    ]);
    expect(new Set([payments503, inventory404, payments502]).size).toBe(3);
    expect(payments503Again).toBe(payments503);
    expect(inventory404Again).toBe(inventory404);
  });

  it('a callee addressed by IP (a pod, a replica) is one callee; a connection failure is its error.type', () => {
    const conn = (ip: string) => ({ name: 'POST', kind: SpanKind.CLIENT, attributes: { 'http.request.method': 'POST', 'url.full': `http://${ip}:8080/v1/quote`, 'server.address': ip, 'server.port': 8080, 'error.type': 'ECONNREFUSED' } });
    const [a, b, c] = fingerprints([conn('10.0.3.7'), conn('10.0.4.19'), { ...conn('10.0.3.7'), attributes: { ...conn('10.0.3.7').attributes, 'error.type': 'ETIMEDOUT' } }]);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('database and gRPC client spans: the database error code and the gRPC status class the failure', () => {
    const db = (code: string) => ({ name: 'UPDATE wallet.entries', kind: SpanKind.CLIENT, attributes: { 'db.system.name': 'postgresql', 'db.operation.name': 'UPDATE', 'server.address': 'wallet-db.internal', 'db.response.status_code': code, 'error.type': code } });
    const grpc = (status: number) => ({ name: 'inventory.v1.Stock/Reserve', kind: SpanKind.CLIENT, attributes: { 'rpc.system': 'grpc', 'rpc.service': 'inventory.v1.Stock', 'rpc.method': 'Reserve', 'server.address': 'inventory', 'rpc.grpc.status_code': status } });
    const [readOnly, deadlock, readOnlyAgain, unavailable, deadline] = fingerprints([db('25006'), db('40P01'), db('25006'), grpc(14), grpc(4)]);
    expect(readOnly).toBe(readOnlyAgain);
    expect(readOnly).not.toBe(deadlock);
    expect(unavailable).not.toBe(deadline);
  });

  it('a server span keeps its own address out: its route and its status are the failure', () => {
    const server = (host: string, status: number) => ({ name: 'GET /api/orders/:id', kind: SpanKind.SERVER, attributes: { 'http.request.method': 'GET', 'http.route': '/api/orders/:id', 'url.path': '/api/orders/42', 'server.address': host, 'http.response.status_code': status, 'error.type': String(status) } });
    const [a, b, c] = fingerprints([server('shop.example.com', 500), server('10.0.3.7', 500), server('shop.example.com', 503)]);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });
});
