// Jaeger query service (backends.md §1). The legacy UI API `/api/*` is the default because every
// Jaeger version serves it and its search can filter on tags (`{"error":"true"}`); api_v3 is
// available for deployments that expose only it, but its HTTP gateway ignores attribute
// filters, so error traces are picked out here.
import type { SpanView, TraceView } from '../../core/model.js';
import type { ContextPiece, ContextRequest, Outcome, TelemetryBackend } from '../../core/ports.js';
import { ResilientHttpClient } from '../resilience/index.js';
import { type HttpBackendOptions, retriesOf } from './backend-options.js';
import { ContextCollector } from './context-collector.js';
import { isHexTraceId, spanIdHex, traceIdHex } from './ids.js';
import { otlpTraces, resourceSpansOf } from './otlp-json.js';
import { requireSettings } from '../../settings/extension.js';
import { url } from '../../settings/fields.js';
import type { TelemetryExtension } from './registry.js';

export interface JaegerBackendOptions extends HttpBackendOptions {
  /** `legacy` (`/api/traces`, default) or `v3` (`/api/v3/traces`, OTLP JSON). */
  api?: 'legacy' | 'v3';
  /** Most traces fetched by id, and most traces a search returns. Default 5. */
  maxTraces?: number;
}

type Scalar = string | number | boolean;
interface JaegerKeyValue {
  key: string;
  type?: string;
  value: unknown;
}
interface JaegerSpan {
  traceID: string;
  spanID: string;
  operationName?: string;
  references?: { refType?: string; spanID?: string }[];
  startTime?: number;
  duration?: number;
  tags?: JaegerKeyValue[];
  logs?: { timestamp?: number; fields?: JaegerKeyValue[] }[];
  processID?: string;
}
interface JaegerTrace {
  traceID: string;
  spans?: JaegerSpan[];
  processes?: Record<string, { serviceName?: string; tags?: JaegerKeyValue[] }>;
}
interface Envelope {
  data?: JaegerTrace[] | null;
  errors?: { code?: number; msg?: string }[] | null;
}

export class JaegerBackend implements TelemetryBackend {
  readonly name = 'jaeger';
  private readonly http: ResilientHttpClient;
  private readonly api: 'legacy' | 'v3';
  private readonly maxTraces: number;

  constructor(options: JaegerBackendOptions) {
    this.http = new ResilientHttpClient({ ...options, backend: this.name });
    this.api = options.api ?? 'legacy';
    this.maxTraces = options.maxTraces ?? 5;
  }

  get circuitState() {
    return this.http.circuitState;
  }

  async fetchContext(request: ContextRequest): Promise<Outcome<ContextPiece>> {
    const out = new ContextCollector(this.name);
    const ids = [...new Set(request.traceIds.filter(isHexTraceId).map(traceIdHex))].slice(0, this.maxTraces);
    let unreachable = false;
    for (const id of ids) {
      const trace = await out.attempt(() => this.traceById(id), `trace ${id}`);
      if (trace === null) out.note(`jaeger: trace ${id} not found`);
      else if (trace) out.traces.push(trace);
      else unreachable = true;
    }
    // No stored trace id, or none of them is in Jaeger (sampled out, expired): look for recent
    // error traces of the service instead, so the diagnosis still sees a failing request.
    if (out.traces.length === 0 && !unreachable && request.service) {
      const found = await out.attempt(() => this.searchErrors(request), `search of ${request.service}`);
      if (found) {
        out.traces.push(...found);
        out.note(
          found.length > 0
            ? `jaeger: ${found.length} error trace(s) of ${request.service} found by search${ids.length > 0 ? ' (stored trace ids not found)' : ''}`
            : `jaeger: no error traces of ${request.service} between ${iso(request.fromMs)} and ${iso(request.toMs)}`,
        );
      }
    }
    return out.finish();
  }

  /** The trace, null when Jaeger says it does not exist (404 in both APIs). */
  private async traceById(id: string): Promise<Outcome<TraceView | null>> {
    const path = this.api === 'v3' ? `/api/v3/traces/${id}` : `/api/traces/${id}`;
    const res = await this.http.request<unknown>({ path, acceptStatuses: [404] });
    if (res.status !== 'ok') return res;
    if (res.value.status === 404) return { status: 'ok', value: null };
    const traces = this.parse(res.value.body);
    if (traces.status !== 'ok') return traces;
    return { status: 'ok', value: traces.value.find((t) => t.traceId === id) ?? traces.value[0] ?? null };
  }

  private async searchErrors(request: ContextRequest): Promise<Outcome<TraceView[]>> {
    if (this.api === 'v3') {
      const res = await this.http.request<unknown>({
        path: '/api/v3/traces',
        query: {
          'query.service_name': request.service,
          // Both bounds are required by the gateway (400 otherwise), RFC3339Nano.
          'query.start_time_min': iso(request.fromMs),
          'query.start_time_max': iso(request.toMs),
          'query.num_traces': this.maxTraces * 4,
        },
        // Newer Jaeger answers an empty search with 404 "No traces found".
        acceptStatuses: [404],
      });
      if (res.status !== 'ok') return res;
      if (res.value.status === 404) return { status: 'ok', value: [] };
      const traces = this.parse(res.value.body);
      if (traces.status !== 'ok') return traces;
      return { status: 'ok', value: traces.value.filter((t) => t.spans.some((s) => s.error)).slice(0, this.maxTraces) };
    }
    const res = await this.http.request<unknown>({
      path: '/api/traces',
      query: {
        service: request.service,
        tags: JSON.stringify({ error: 'true' }),
        // µs; `lookback` is not read by the server, only start/end are.
        start: Math.floor(request.fromMs * 1000),
        end: Math.ceil(request.toMs * 1000),
        limit: this.maxTraces,
      },
    });
    if (res.status !== 'ok') return res;
    return this.parse(res.value.body);
  }

  private parse(body: unknown): Outcome<TraceView[]> {
    if (this.api === 'v3') {
      const list = resourceSpansOf(body);
      if (!list) return { status: 'failed', error: 'jaeger: unexpected api_v3 response (no result.resourceSpans)' };
      return { status: 'ok', value: otlpTraces(list, this.name) };
    }
    const env = body as Envelope;
    if (typeof env !== 'object' || env === null || !('data' in env)) {
      return { status: 'failed', error: 'jaeger: unexpected response (no data envelope)' };
    }
    if (env.errors && env.errors.length > 0 && !Array.isArray(env.data)) {
      return { status: 'failed', error: `jaeger: ${env.errors.map((e) => e.msg).join('; ')}` };
    }
    return { status: 'ok', value: (env.data ?? []).map((t) => jaegerTrace(t, this.name)) };
  }
}

function jaegerTrace(trace: JaegerTrace, source: string): TraceView {
  const spans = (trace.spans ?? []).map((span): SpanView => {
    const process = trace.processes?.[span.processID ?? ''];
    const tags = keyValues(span.tags);
    const events = (span.logs ?? []).map((log) => {
      const fields = keyValues(log.fields);
      // OpenTracing log convention: the `event` field names the event (e.g. `exception`).
      const name = typeof fields.event === 'string' ? fields.event : 'log';
      delete fields.event;
      return { name, timeMs: (log.timestamp ?? 0) / 1000, attributes: fields };
    });
    // Jaeger marks failures with the `error` tag; OTLP-ingested spans also carry otel.status_code.
    const error = tags.error === true || tags.error === 'true' || tags['otel.status_code'] === 'ERROR';
    const exceptionMessage = events.find((e) => e.name === 'exception')?.attributes['exception.message'];
    const statusMessage = tags['otel.status_description'] ?? (error ? exceptionMessage : undefined);
    const parent = span.references?.find((r) => r.refType === 'CHILD_OF') ?? span.references?.[0];
    return {
      traceId: traceIdHex(span.traceID ?? trace.traceID),
      spanId: spanIdHex(span.spanID),
      ...(parent?.spanID ? { parentSpanId: spanIdHex(parent.spanID) } : {}),
      service: process?.serviceName ?? 'unknown',
      name: span.operationName ?? '',
      startMs: (span.startTime ?? 0) / 1000,
      durationMs: (span.duration ?? 0) / 1000,
      error,
      ...(statusMessage !== undefined ? { statusMessage: String(statusMessage) } : {}),
      // Process tags are the resource (hostname, version); span tags win on a clash.
      attributes: { ...keyValues(process?.tags), ...tags },
      events,
    };
  });
  return { traceId: traceIdHex(trace.traceID), spans, source };
}

function keyValues(list: JaegerKeyValue[] | undefined): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const kv of list ?? []) {
    const v = kv.value;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[kv.key] = v;
    else if (v !== null && v !== undefined) out[kv.key] = JSON.stringify(v);
  }
  return out;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

const settings = { JAEGER_API_URL: url };

/** TELEMETRY_BACKEND=jaeger (docs/architecture.md, "Extensions"). */
export const jaegerExtension = {
  name: 'jaeger',
  settings,
  check: requireSettings<typeof settings>('TELEMETRY_BACKEND includes jaeger', ['JAEGER_API_URL']),
  create: (s, deps) => new JaegerBackend({ timeoutMs: s.BACKEND_TIMEOUT, clock: deps.clock, ...retriesOf(deps), baseUrl: s.JAEGER_API_URL! }),
} satisfies TelemetryExtension<'jaeger', typeof settings>;
