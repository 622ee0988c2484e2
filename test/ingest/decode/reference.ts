// The reference the selective readers are checked against: a FULL protobufjs decode of the
// request (src/ingest/proto/schema.ts, reflection over proto/), then the error selection and
// the ErrorEvent mapping written again, plainly, over the decoded objects. Only the log
// dedupe hash function is shared with the code under test (its inputs are built here).
import { joinRequestAttributes } from '../../../src/core/request-attributes.js';
import type { AttributeValue, Attributes, ErrorEvent } from '../../../src/core/model.js';
import { FLAG_EVENT_NAMES, keepEvaluatedFlags } from '../../../src/core/flag-evaluation.js';
import { logDedupeKey, spanDedupeKey } from '../../../src/ingest/decode/event.js';
import { TYPES, otlpType } from '../../../src/ingest/proto/schema.js';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Expected {
  events: ErrorEvent[];
  items: number;
  rejected: number;
}

export interface RefOptions {
  severityThreshold: number;
  captureHandled: boolean;
}

function decodeFull(typeName: string, body: Uint8Array): Obj {
  const type = otlpType(typeName);
  return type.toObject(type.decode(body), { longs: String, enums: Number, bytes: String, defaults: false, arrays: true, oneofs: true });
}

function value(v: Obj | undefined, depth = 0): AttributeValue {
  if (depth > 200) throw new Error('reference: too deep');
  if (v === undefined || v === null || v.value === undefined) return null;
  switch (v.value) {
    case 'stringValue':
      return v.stringValue;
    case 'boolValue':
      return v.boolValue;
    case 'intValue': {
      const n = BigInt(v.intValue);
      return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n.toString();
    }
    case 'doubleValue':
      return v.doubleValue;
    case 'bytesValue':
      return Buffer.from(v.bytesValue, 'base64').toString('base64');
    case 'arrayValue':
      return (v.arrayValue.values ?? []).map((x: Obj) => value(x, depth + 1));
    case 'kvlistValue':
      return attributes(v.kvlistValue.values, depth + 1);
    default:
      throw new Error(`reference: unknown AnyValue member ${v.value}`);
  }
}

function attributes(list: Obj[] | undefined, depth = 0): Attributes {
  const out: Attributes = {};
  for (const kv of list ?? []) {
    const key: string = kv.key ?? '';
    const v = value(kv.value, depth + 1);
    if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[key] = v;
  }
  return out;
}

const hex = (b64: string | undefined): string => (b64 ? Buffer.from(b64, 'base64').toString('hex') : '');
const nsString = (s: string | undefined): string => BigInt(s ?? '0').toString();
const ms = (s: string | undefined): number => Number(BigInt(s ?? '0') / 1_000_000n);
const nonEmpty = (v: AttributeValue | undefined): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function context(resource: Attributes, scope: Obj | undefined): Partial<ErrorEvent> {
  const out: Partial<ErrorEvent> = {};
  const release = nonEmpty(resource['service.version']);
  const environment = nonEmpty(resource['deployment.environment.name']) ?? nonEmpty(resource['deployment.environment']);
  const host = nonEmpty(resource['host.name']) ?? nonEmpty(resource['k8s.pod.name']);
  if (release) out.release = release;
  if (environment) out.environment = environment;
  if (host) out.host = host;
  const name = scope?.name ?? '';
  const version = scope?.version ?? '';
  if (name !== '' || version !== '') out.scope = version === '' ? { name } : { name, version };
  return out;
}

function exceptionOf(a: Attributes): ErrorEvent['exception'] {
  const text = (v: AttributeValue | undefined) => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined);
  const e: NonNullable<ErrorEvent['exception']> = {};
  if (text(a['exception.type']) !== undefined) e.type = text(a['exception.type']);
  if (text(a['exception.message']) !== undefined) e.message = text(a['exception.message']);
  if (text(a['exception.stacktrace']) !== undefined) e.stacktrace = text(a['exception.stacktrace']);
  return Object.keys(e).length ? e : undefined;
}

const idSizeBad = (b64: string | undefined, want: number) => {
  const n = b64 ? Buffer.from(b64, 'base64').length : 0;
  return n !== 0 && n !== want;
};

export function referenceTraces(body: Uint8Array, opts: RefOptions = { severityThreshold: 17, captureHandled: true }): Expected {
  const req = decodeFull(TYPES.traceRequest, body);
  const events: ErrorEvent[] = [];
  let items = 0;
  let rejected = 0;
  for (const rs of req.resourceSpans ?? []) {
    const resource = attributes(rs.resource?.attributes);
    const service = nonEmpty(resource['service.name']) ?? 'unknown_service';
    for (const ss of rs.scopeSpans ?? []) {
      for (const span of ss.spans ?? []) {
        items++;
        const isError = (span.status?.code ?? 0) === 2;
        const exceptions = (span.events ?? []).map((e: Obj, i: number) => ({ e, i })).filter((x: { e: Obj }) => x.e.name === 'exception');
        if (!isError && !(opts.captureHandled && exceptions.length > 0)) continue;
        if (idSizeBad(span.traceId, 16) || idSizeBad(span.spanId, 8) || idSizeBad(span.parentSpanId, 8)) {
          rejected++;
          continue;
        }
        const spanAttrs = attributes(span.attributes);
        // The flags its evaluation events name are kept on the span (core/flag-evaluation.ts).
        keepEvaluatedFlags(spanAttrs, (span.events ?? []).filter((e: Obj) => (FLAG_EVENT_NAMES as readonly unknown[]).includes(e.name)).map((e: Obj) => attributes(e.attributes)));
        const base = (index: number, timeMs: number, handled: boolean, exception: ErrorEvent['exception']): ErrorEvent => {
          const ev: ErrorEvent = {
            source: 'span',
            // Id-less spans (against the spec) are keyed by content; that rule is shared.
            dedupeKey:
              hex(span.traceId) && hex(span.spanId)
                ? `s:${hex(span.traceId)}:${hex(span.spanId)}:${index}`
                : spanDedupeKey(
                    { name: span.name ?? '', startMs: ms(span.startTimeUnixNano), endMs: ms(span.endTimeUnixNano), statusMessage: span.status?.message ?? '' },
                    index,
                    service,
                    exception,
                  ),
            service,
            timeMs,
            handled,
            attributes: spanAttrs,
            resource,
            spanName: span.name ?? '',
          };
          if (hex(span.traceId)) ev.traceId = hex(span.traceId);
          if (hex(span.spanId)) ev.spanId = hex(span.spanId);
          if (hex(span.parentSpanId)) ev.parentSpanId = hex(span.parentSpanId);
          if (span.kind) ev.spanKind = span.kind;
          if (span.status?.message) ev.statusMessage = span.status.message;
          if (exception) ev.exception = exception;
          return Object.assign(ev, context(resource, ss.scope));
        };
        const spanTime = ms(span.endTimeUnixNano) || ms(span.startTimeUnixNano);
        if (exceptions.length === 0) events.push(base(-1, spanTime, false, undefined));
        for (const { e, i } of exceptions) {
          events.push(base(i, ms(e.timeUnixNano) || spanTime, !isError, exceptionOf(attributes(e.attributes))));
        }
      }
    }
  }
  // The request's keys on child error spans: the core's join (tested on its own in
  // test/core/request-attributes.test.ts), applied to the fully decoded events as the decoders do.
  joinRequestAttributes(events);
  return { events, items, rejected };
}

export function referenceLogs(body: Uint8Array, opts: RefOptions = { severityThreshold: 17, captureHandled: true }): Expected {
  const req = decodeFull(TYPES.logsRequest, body);
  const events: ErrorEvent[] = [];
  let items = 0;
  let rejected = 0;
  for (const rl of req.resourceLogs ?? []) {
    const resource = attributes(rl.resource?.attributes);
    const service = nonEmpty(resource['service.name']) ?? 'unknown_service';
    for (const sl of rl.scopeLogs ?? []) {
      for (const rec of sl.logRecords ?? []) {
        items++;
        const severity: number = rec.severityNumber ?? 0;
        const isError = severity >= opts.severityThreshold;
        const hasException = (rec.attributes ?? []).some((kv: Obj) => (kv.key ?? '').startsWith('exception.'));
        if (!isError && !(opts.captureHandled && hasException)) continue;
        if (idSizeBad(rec.traceId, 16) || idSizeBad(rec.spanId, 8)) {
          rejected++;
          continue;
        }
        const attrs = attributes(rec.attributes);
        const body = rec.body === undefined ? undefined : value(rec.body);
        const timeNs = nsString(rec.timeUnixNano);
        const observedNs = nsString(rec.observedTimeUnixNano);
        const ev: ErrorEvent = {
          source: 'log',
          dedupeKey: logDedupeKey(service, {
            timeNs,
            observedNs,
            severityNumber: severity,
            severityText: rec.severityText ?? '',
            body: body === null ? undefined : body,
            attributes: attrs,
            ...(hex(rec.traceId) ? { traceId: hex(rec.traceId) } : {}),
            ...(hex(rec.spanId) ? { spanId: hex(rec.spanId) } : {}),
          }),
          service,
          timeMs: timeNs !== '0' ? ms(timeNs) : ms(observedNs),
          handled: !isError,
          attributes: attrs,
          resource,
          severityNumber: severity,
        };
        if (hex(rec.traceId)) ev.traceId = hex(rec.traceId);
        if (hex(rec.spanId)) ev.spanId = hex(rec.spanId);
        if (rec.severityText) ev.severityText = rec.severityText;
        if (body !== undefined && body !== null) ev.body = typeof body === 'string' ? body : JSON.stringify(body);
        const exception = exceptionOf(attrs);
        if (exception) ev.exception = exception;
        events.push(Object.assign(ev, context(resource, sl.scope)));
      }
    }
  }
  return { events, items, rejected };
}
