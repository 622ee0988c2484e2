// OTLP export bodies produced by the real OpenTelemetry JS SDK: spans from
// @opentelemetry/sdk-trace and log records from @opentelemetry/sdk-logs, serialized by
// @opentelemetry/otlp-transformer's ProtobufTraceSerializer / JsonTraceSerializer /
// ProtobufLogsSerializer / JsonLogsSerializer — byte for byte what the SDK's OTLP exporters
// send. Synchronous: spans and records are collected by processors as they end / are emitted.
//
// Each payload mixes what the decoders must tell apart: several resources (services), scopes,
// healthy spans, ERROR spans with and without `exception` events, handled exceptions on
// healthy spans, non-exception events, links, attributes of every kind; log records at every
// severity, with string and structured bodies, with and without `exception.*` attributes and
// trace context. The counts of what was planted come back with the bytes.
import { type Attributes as OtelAttributes, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { TracerProvider } from '@opentelemetry/sdk-trace';
import { LoggerProvider, type LogRecordProcessor, type ReadableLogRecord, type ReadWriteLogRecord } from '@opentelemetry/sdk-logs';
import { JsonLogsSerializer, JsonTraceSerializer, ProtobufLogsSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { CollectingSpanProcessor, prng, seededIds, stackTrace } from '../../bench/payloads.js';

export interface SdkPayload {
  /** The export request, protobuf (application/x-protobuf). */
  proto: Uint8Array;
  /** The same request, OTLP/JSON (application/json). */
  json: Uint8Array;
  /** Spans or log records in the request. */
  items: number;
  /** Error events the decoders should produce with default options. */
  expectedEvents: number;
  /** Of those, events that are handled exceptions (dropped when captureHandled is false). */
  handledEvents: number;
}

export interface SdkTraceOptions {
  spans?: number;
  /** Share of spans with status ERROR. Default 0.1. */
  errorRatio?: number;
  /** Share of healthy spans carrying a (handled) `exception` event. Default 0.05. */
  handledRatio?: number;
  stackLines?: number;
  /** Distinct services (resources) in the export. Default 2. */
  services?: number;
  seed?: number;
}

export function sdkTracePayload(options: SdkTraceOptions = {}): SdkPayload {
  const n = options.spans ?? 100;
  const rand = prng(options.seed ?? 7);
  const services = options.services ?? 2;
  const collector = new CollectingSpanProcessor();
  const providers = Array.from(
    { length: services },
    (_, s) =>
      new TracerProvider({
        resource: resourceFromAttributes({
          'service.name': `svc-${s}`,
          'service.version': `1.${s}.0`,
          ...(s % 2 === 0 ? { 'deployment.environment.name': 'prod' } : { 'deployment.environment': 'staging' }),
          ...(s % 2 === 0 ? { 'host.name': `host-${s}` } : { 'k8s.pod.name': `pod-${s}` }),
          'process.pid': 100 + s,
        }),
        idGenerator: seededIds(rand),
        spanProcessors: [collector],
      }),
  );
  let expected = 0;
  let handled = 0;
  let root: ReturnType<ReturnType<TracerProvider['getTracer']>['startSpan']> | undefined;
  for (let i = 0; i < n; i++) {
    const provider = providers[i % services];
    const tracer = provider.getTracer(i % 3 === 0 ? 'http' : 'app', i % 3 === 0 ? '0.1.0' : undefined);
    const start = 1_790_000_000_000 + i * 7 + rand();
    const ctx = root !== undefined && i % 4 !== 0 ? trace.setSpan(ROOT_CONTEXT, root) : ROOT_CONTEXT;
    const span = tracer.startSpan(
      `op-${i % 9}`,
      { kind: (i % 5) as SpanKind, startTime: start, attributes: randomAttributes(rand), links: i % 6 === 0 && root ? [{ context: root.spanContext(), attributes: { 'link.kind': 'follows' } }] : [] },
      ctx,
    );
    if (i % 4 === 0) root = span;
    if (rand() < 0.3) span.addEvent('cache.miss', { 'cache.key': `k${i}` }, start + 0.5);
    const isError = rand() < (options.errorRatio ?? 0.1);
    const exceptions = isError ? Math.floor(rand() * 3) : rand() < (options.handledRatio ?? 0.05) ? 1 + Math.floor(rand() * 2) : 0;
    for (let e = 0; e < exceptions; e++) {
      const err = new Error(`failure ${i}/${e}: id=${Math.floor(rand() * 1e6)}`);
      err.name = ['TypeError', 'DbError', 'TimeoutError'][e % 3];
      err.stack = stackTrace(err.name, err.message, options.stackLines ?? 5, rand);
      span.recordException(err, start + 1 + e);
    }
    if (isError) span.setStatus({ code: SpanStatusCode.ERROR, message: rand() < 0.5 ? 'boom' : '' });
    else if (rand() < 0.3) span.setStatus({ code: SpanStatusCode.OK });
    span.end(start + 2 + rand() * 5);
    if (isError) expected += Math.max(1, exceptions);
    else {
      expected += exceptions;
      handled += exceptions;
    }
  }
  const proto = ProtobufTraceSerializer.serializeRequest(collector.spans);
  const json = JsonTraceSerializer.serializeRequest(collector.spans);
  if (!proto || !json) throw new Error('the SDK serializer produced no payload');
  return { proto, json, items: n, expectedEvents: expected, handledEvents: handled };
}

/** Attributes of every kind the API allows: strings (incl. non-ASCII), ints, doubles, booleans, homogeneous arrays. */
function randomAttributes(rand: () => number): OtelAttributes {
  const out: OtelAttributes = {};
  const count = Math.floor(rand() * 8);
  for (let k = 0; k < count; k++) {
    const key = `attr.${Math.floor(rand() * 12)}`;
    switch (Math.floor(rand() * 7)) {
      case 0:
        out[key] = `v${Math.floor(rand() * 1000)}`;
        break;
      case 1:
        out[key] = `ünïcødé ✓ ${Math.floor(rand() * 10)} 🚀`;
        break;
      case 2:
        out[key] = Math.floor((rand() - 0.5) * 2 ** 40);
        break;
      case 3:
        out[key] = rand() * 1000 - 500;
        break;
      case 4:
        out[key] = rand() < 0.5;
        break;
      case 5:
        out[key] = ['a', 'b', `c${Math.floor(rand() * 9)}`];
        break;
      default:
        out[key] = [1, 2.5, -3];
    }
  }
  return out;
}

class CollectingLogProcessor implements LogRecordProcessor {
  readonly records: ReadableLogRecord[] = [];
  onEmit(record: ReadWriteLogRecord): void {
    this.records.push(record);
  }
  forceFlush(): Promise<void> {
    return Promise.resolve();
  }
  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

export interface SdkLogsOptions {
  records?: number;
  /** Share of records at ERROR or FATAL severity. Default 0.2. */
  errorRatio?: number;
  /** Share of lower-severity records carrying `exception.*` attributes. Default 0.1. */
  handledRatio?: number;
  services?: number;
  seed?: number;
}

export function sdkLogsPayload(options: SdkLogsOptions = {}): SdkPayload {
  const n = options.records ?? 100;
  const rand = prng(options.seed ?? 11);
  const services = options.services ?? 2;
  const collector = new CollectingLogProcessor();
  const providers = Array.from(
    { length: services },
    (_, s) =>
      new LoggerProvider({
        resource: resourceFromAttributes({ 'service.name': `logsvc-${s}`, 'service.version': `3.${s}`, 'host.name': `h${s}` }),
        processors: [collector],
      }),
  );
  const ids = seededIds(rand);
  let expected = 0;
  let handled = 0;
  for (let i = 0; i < n; i++) {
    const logger = providers[i % services].getLogger(i % 2 === 0 ? 'app-logger' : 'lib', i % 2 === 0 ? '2.0.0' : undefined);
    const isError = rand() < (options.errorRatio ?? 0.2);
    const severityNumber = isError ? 17 + Math.floor(rand() * 8) : Math.floor(rand() * 17);
    const withException = isError ? rand() < 0.5 : rand() < (options.handledRatio ?? 0.1);
    const attributes: OtelAttributes = randomAttributes(rand);
    if (withException) {
      attributes['exception.type'] = 'ValidationError';
      attributes['exception.message'] = `bad input ${i}`;
      if (rand() < 0.5) attributes['exception.stacktrace'] = stackTrace('ValidationError', `bad input ${i}`, 4, rand);
    }
    const bodyKind = Math.floor(rand() * 4);
    const body =
      bodyKind === 0
        ? `request ${i} failed after ${Math.floor(rand() * 900)} ms`
        : bodyKind === 1
          ? { msg: `structured ${i}`, nested: { n: i, list: [1, 'two', true] } }
          : bodyKind === 2
            ? ['a', i]
            : undefined;
    const withTrace = rand() < 0.6;
    const context = withTrace
      ? trace.setSpanContext(ROOT_CONTEXT, { traceId: ids.generateTraceId(), spanId: ids.generateSpanId(), traceFlags: 1 })
      : ROOT_CONTEXT;
    const time = 1_790_000_000_000 + i * 13 + rand();
    logger.emit({
      severityNumber,
      severityText: severityNumber === 0 ? undefined : severityNumber >= 17 ? 'ERROR' : 'INFO',
      body,
      attributes,
      context,
      timestamp: rand() < 0.9 ? time : undefined,
      observedTimestamp: time + 1,
      eventName: i % 10 === 0 ? 'app.exception' : undefined,
    });
    if (isError) expected++;
    else if (withException) {
      expected++;
      handled++;
    }
  }
  const proto = ProtobufLogsSerializer.serializeRequest(collector.records);
  const json = JsonLogsSerializer.serializeRequest(collector.records);
  if (!proto || !json) throw new Error('the SDK serializer produced no payload');
  return { proto, json, items: n, expectedEvents: expected, handledEvents: handled };
}
