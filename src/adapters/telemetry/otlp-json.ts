// OTLP JSON traces → TraceView, for Tempo (`/api/traces/{id}`: `batches`, base64 ids, gogo
// jsonpb enum names) and Jaeger api_v3 (`result.resourceSpans`: hex ids, int64 as strings).
// Accepted variants, all seen in the wild (backends.md §1b, §2):
//   top level `batches` | `resourceSpans` | `trace.resourceSpans` (Tempo v2)
//   `scopeSpans` | `instrumentationLibrarySpans` (very old Tempo)
//   ids in hex or base64; status code as `STATUS_CODE_ERROR` or 2; int64 as string or number
import type { SpanView, TraceView } from '../../core/model.js';
import { spanIdHex, traceIdHex } from './ids.js';

type Scalar = string | number | boolean;

interface AnyValue {
  stringValue?: string;
  intValue?: string | number;
  doubleValue?: number | string;
  boolValue?: boolean;
  bytesValue?: string;
  arrayValue?: { values?: AnyValue[] };
  kvlistValue?: { values?: KeyValue[] };
}
interface KeyValue {
  key: string;
  value?: AnyValue;
}
interface OtlpSpan {
  traceId?: string;
  spanId?: string;
  parentSpanId?: string;
  name?: string;
  startTimeUnixNano?: string | number;
  endTimeUnixNano?: string | number;
  attributes?: KeyValue[];
  events?: { timeUnixNano?: string | number; name?: string; attributes?: KeyValue[] }[];
  status?: { code?: string | number; message?: string };
}
interface ScopeSpans {
  spans?: OtlpSpan[];
}
interface ResourceSpans {
  resource?: { attributes?: KeyValue[] };
  scopeSpans?: ScopeSpans[];
  instrumentationLibrarySpans?: ScopeSpans[];
}

/** The resource-spans list of any accepted body shape, or undefined when there is none. */
export function resourceSpansOf(body: unknown): unknown[] | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const b = body as { batches?: unknown; resourceSpans?: unknown; trace?: { resourceSpans?: unknown }; result?: { resourceSpans?: unknown } };
  const list = b.batches ?? b.resourceSpans ?? b.trace?.resourceSpans ?? b.result?.resourceSpans;
  return Array.isArray(list) ? list : undefined;
}

/** Groups the spans by trace, in order of first appearance. */
export function otlpTraces(resourceSpans: unknown[], source: string): TraceView[] {
  const byTrace = new Map<string, SpanView[]>();
  for (const rs of resourceSpans as ResourceSpans[]) {
    const resource = attributesOf(rs?.resource?.attributes);
    const service = typeof resource['service.name'] === 'string' ? resource['service.name'] : 'unknown';
    for (const scope of rs?.scopeSpans ?? rs?.instrumentationLibrarySpans ?? []) {
      for (const span of scope?.spans ?? []) {
        const view = spanView(span, service, resource);
        const list = byTrace.get(view.traceId) ?? [];
        list.push(view);
        byTrace.set(view.traceId, list);
      }
    }
  }
  return [...byTrace].map(([traceId, spans]) => ({ traceId, spans, source }));
}

function spanView(span: OtlpSpan, service: string, resource: Record<string, Scalar>): SpanView {
  const startMs = nanosToMs(span.startTimeUnixNano);
  const endMs = nanosToMs(span.endTimeUnixNano);
  const events = (span.events ?? []).map((e) => ({ name: e.name ?? '', timeMs: nanosToMs(e.timeUnixNano), attributes: attributesOf(e.attributes) }));
  const error = span.status?.code === 'STATUS_CODE_ERROR' || span.status?.code === 2 || span.status?.code === '2';
  const exceptionMessage = events.find((e) => e.name === 'exception')?.attributes['exception.message'];
  const statusMessage = span.status?.message || (error && typeof exceptionMessage === 'string' ? exceptionMessage : undefined);
  const parent = span.parentSpanId ? spanIdHex(span.parentSpanId) : '';
  return {
    traceId: traceIdHex(span.traceId ?? ''),
    spanId: spanIdHex(span.spanId ?? ''),
    ...(parent && !/^0+$/.test(parent) ? { parentSpanId: parent } : {}),
    service,
    name: span.name ?? '',
    startMs,
    durationMs: Math.max(0, endMs - startMs),
    error,
    ...(statusMessage ? { statusMessage } : {}),
    // Resource attributes (host, release, pod) matter for a diagnosis; span attributes win.
    attributes: { ...resource, ...attributesOf(span.attributes) },
    events,
  };
}

export function attributesOf(list: KeyValue[] | undefined): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const kv of list ?? []) {
    if (kv && typeof kv.key === 'string') {
      const v = scalar(kv.value);
      if (v !== undefined) out[kv.key] = v;
    }
  }
  return out;
}

/** AnyValue → a scalar; arrays and maps become their JSON text (SpanView holds scalars only). */
function scalar(value: AnyValue | undefined): Scalar | undefined {
  if (!value) return undefined;
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.intValue !== undefined) {
    const n = Number(value.intValue);
    return Number.isSafeInteger(n) ? n : String(value.intValue);
  }
  if (value.doubleValue !== undefined) return Number(value.doubleValue);
  if (value.bytesValue !== undefined) return value.bytesValue;
  if (value.arrayValue) return JSON.stringify((value.arrayValue.values ?? []).map(scalar));
  if (value.kvlistValue) return JSON.stringify(attributesOf(value.kvlistValue.values));
  return undefined;
}

/** OTLP times are uint64 ns, as decimal strings in JSON; BigInt keeps µs precision. */
export function nanosToMs(value: string | number | undefined): number {
  if (value === undefined || value === '') return 0;
  try {
    return Number(BigInt(value) / 1000n) / 1000;
  } catch {
    return Number(value) / 1e6 || 0;
  }
}
