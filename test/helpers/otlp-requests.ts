// Hand-built OTLP export requests (encoded with protobufjs from proto/), for tests that need
// exact control of the bytes: retries, malformed bodies, crash tests.
import { randomBytes } from 'node:crypto';
import { otlpType, TYPES } from '../../src/ingest/proto/schema.js';

export interface ErrorSpec {
  type: string;
  message: string;
  stacktrace?: string;
  traceId?: Buffer;
}

/** The gRPC method a Collector's OTLP trace exporter calls (collector/trace/v1/trace_service.proto). */
export const TRACE_PATH = '/opentelemetry.proto.collector.trace.v1.TraceService/Export';

const str = (key: string, value: string) => ({ key, value: { stringValue: value } });

export function traceRequestObject(service: string, errors: ErrorSpec[], healthy = 0) {
  const now = BigInt(Date.now()) * 1_000_000n;
  const spans = [];
  for (const e of errors) {
    spans.push({
      traceId: e.traceId ?? randomBytes(16),
      spanId: randomBytes(8),
      name: 'GET /checkout',
      kind: 2,
      startTimeUnixNano: (now - 5_000_000n).toString(),
      endTimeUnixNano: now.toString(),
      attributes: [str('http.route', '/checkout')],
      events: [{ timeUnixNano: now.toString(), name: 'exception', attributes: [str('exception.type', e.type), str('exception.message', e.message), ...(e.stacktrace ? [str('exception.stacktrace', e.stacktrace)] : [])] }],
      status: { code: 2, message: e.message },
    });
  }
  for (let i = 0; i < healthy; i++) {
    spans.push({ traceId: randomBytes(16), spanId: randomBytes(8), name: 'GET /ok', kind: 2, startTimeUnixNano: now.toString(), endTimeUnixNano: now.toString(), status: { code: 1 } });
  }
  return { resourceSpans: [{ resource: { attributes: [str('service.name', service), str('service.version', '2.0.0')] }, scopeSpans: [{ scope: { name: 'test' }, spans }] }] };
}

export function encodeTraceRequest(obj: object): Buffer {
  const T = otlpType(TYPES.traceRequest);
  return Buffer.from(T.encode(T.fromObject(obj)).finish());
}

export function traceRequest(service: string, errors: ErrorSpec[], healthy = 0): Buffer {
  return encodeTraceRequest(traceRequestObject(service, errors, healthy));
}

export async function postOtlp(port: number, path: string, body: Buffer, headers: Record<string, string> = {}): Promise<{ status: number; body: Buffer; headers: Headers }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/x-protobuf', ...headers } });
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()), headers: res.headers };
}

export function decodeStatus(body: Buffer): { code: number; message: string; details: { type_url: string; value: Uint8Array }[] } {
  const Status = otlpType(TYPES.status);
  return Status.toObject(Status.decode(body), { defaults: true }) as never;
}
