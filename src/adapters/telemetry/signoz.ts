// SigNoz (backends.md §4): `POST /api/v5/query_range` raw queries for spans by trace id, for the
// service's error spans when no trace id is known, and for logs of the trace and of the service;
// `POST /api/v1/listErrors` for the service's exception groups (as notes: counts, first/last seen).
// Auth is the `SIGNOZ-API-KEY` header; times are ms; rows are at data.data.results[0].rows
// (older builders: data.result[].list[]). Errors come as {"status":"error","error":{…}}.
import type { LogLine, SpanView, TraceView } from '../../core/model.js';
import type { ContextPiece, ContextRequest, Outcome, TelemetryBackend } from '../../core/ports.js';
import { ResilientHttpClient } from '../resilience/index.js';
import { type HttpBackendOptions, retriesOf } from './backend-options.js';
import { ContextCollector } from './context-collector.js';
import { isHexTraceId, spanIdHex, traceIdHex } from './ids.js';
import { requireSettings } from '../../settings/extension.js';
import { optionalString, url } from '../../settings/fields.js';
import type { TelemetryExtension } from './registry.js';

export interface SignozBackendOptions extends HttpBackendOptions {
  /** SIGNOZ_API_KEY, sent as `SIGNOZ-API-KEY`. */
  apiKey?: string;
  /** Most traces fetched. Default 5. */
  maxTraces?: number;
  /** Row limit of each query. Default 100 (spans of a trace: 10× this). */
  limit?: number;
  /** Exception groups of the service listed as notes (listErrors). Default 5; 0 turns it off. */
  maxExceptionGroups?: number;
}

interface ErrorGroup {
  exceptionType?: string;
  exceptionMessage?: string;
  exceptionCount?: number;
  firstSeen?: string;
  lastSeen?: string;
  serviceName?: string;
}

type Scalar = string | number | boolean;
interface Row {
  timestamp?: string | number;
  data?: Record<string, unknown>;
}
interface QueryRangeResponse {
  status?: string;
  data?: {
    data?: { results?: { rows?: Row[] | null }[] };
    result?: { list?: Row[] | null }[];
    warning?: { warnings?: { message?: string }[] };
  };
  error?: { message?: string };
}

type Signal = 'traces' | 'logs';

export class SignozBackend implements TelemetryBackend {
  readonly name = 'signoz';
  private readonly http: ResilientHttpClient;
  private readonly maxTraces: number;
  private readonly limit: number;
  private readonly maxExceptionGroups: number;

  constructor(options: SignozBackendOptions) {
    const headers = { ...options.headers, ...(options.apiKey ? { 'SIGNOZ-API-KEY': options.apiKey } : {}) };
    this.http = new ResilientHttpClient({ ...options, headers, backend: this.name });
    this.maxTraces = options.maxTraces ?? 5;
    this.limit = options.limit ?? 100;
    this.maxExceptionGroups = options.maxExceptionGroups ?? 5;
  }

  get circuitState() {
    return this.http.circuitState;
  }

  async fetchContext(request: ContextRequest): Promise<Outcome<ContextPiece>> {
    const out = new ContextCollector(this.name);
    // data.warning.warnings[].message of every answer, told once each.
    const warnings = new Set<string>();
    const query = (signal: Signal, expression: string, req: ContextRequest, limit: number) => this.query(signal, expression, req, limit, warnings);
    const service = filterString(request.service);
    let ids = [...new Set(request.traceIds.filter(isHexTraceId).map(traceIdHex))].slice(0, this.maxTraces);
    if (ids.length === 0 && request.service) {
      const rows = await out.attempt(() => query('traces', `service.name = ${service} AND has_error = true`, request, this.limit), `error spans of ${request.service}`);
      if (rows) {
        ids = [...new Set(rows.map((r) => traceIdHex(String(r.data?.trace_id ?? ''))).filter(Boolean))].slice(0, this.maxTraces);
        out.note(ids.length > 0 ? `signoz: ${ids.length} error trace(s) of ${request.service} found by search` : `signoz: no error spans of ${request.service} in the window`);
      }
    }
    for (const id of ids) {
      // Spans of a trace may lie outside the error's window: search a wider one around it.
      const around = { ...request, fromMs: request.fromMs - 3_600_000, toMs: request.toMs + 3_600_000 };
      const rows = await out.attempt(() => query('traces', `trace_id = ${filterString(id)}`, around, this.limit * 10), `trace ${id}`);
      if (!rows) continue;
      if (rows.length === 0) out.note(`signoz: trace ${id} not found`);
      else out.traces.push(toTrace(id, rows, this.name));
    }
    for (const id of ids.slice(0, 3)) {
      const rows = await out.attempt(() => query('logs', `trace_id = ${filterString(id)}`, request, this.limit), `logs of trace ${id}`);
      if (rows) out.logs.push(...rows.map((r) => toLog(r, this.name)));
    }
    const errors = await out.attempt(() => query('logs', `service.name = ${service} AND severity_text = 'ERROR'`, request, this.limit), `error logs of ${request.service}`);
    if (errors) {
      if (errors.length === 0) out.note(`signoz: no ERROR logs of ${request.service} in the window`);
      const seen = new Set(out.logs.map((l) => `${l.timeMs}\u0000${l.body}`));
      out.logs.push(...errors.map((r) => toLog(r, this.name)).filter((l) => !seen.has(`${l.timeMs}\u0000${l.body}`)));
    }
    out.logs.sort((a, b) => b.timeMs - a.timeMs);
    if (this.maxExceptionGroups > 0) {
      const groups = await out.attempt(() => this.exceptionGroups(request), `exceptions of ${request.service}`);
      for (const g of groups ?? []) {
        out.note(
          `signoz: exception group ${g.exceptionType ?? '?'} in ${g.serviceName ?? request.service}: ${g.exceptionCount ?? '?'}× ` +
            `(first ${g.firstSeen ?? '?'}, last ${g.lastSeen ?? '?'}): ${(g.exceptionMessage ?? '').slice(0, 200)}`,
        );
      }
    }
    for (const w of warnings) out.note(w);
    return out.finish();
  }

  private async query(signal: Signal, expression: string, request: ContextRequest, limit: number, warnings: Set<string>): Promise<Outcome<Row[]>> {
    const res = await this.http.request<QueryRangeResponse>({
      method: 'POST',
      path: '/api/v5/query_range',
      body: {
        schemaVersion: 'v1',
        start: Math.floor(request.fromMs),
        end: Math.ceil(request.toMs),
        requestType: 'raw',
        compositeQuery: {
          queries: [
            {
              type: 'builder_query',
              spec: {
                name: 'A',
                signal,
                filter: { expression },
                order: [{ key: { name: 'timestamp' }, direction: signal === 'traces' ? 'asc' : 'desc' }],
                limit,
              },
            },
          ],
        },
      },
    });
    if (res.status !== 'ok') return res;
    const body = res.value.body;
    // Some handlers answer 200 with the error envelope.
    if (body?.status === 'error') return { status: 'failed', error: `signoz: ${body.error?.message ?? 'error without a message'}` };
    if (body?.status !== 'success' || typeof body.data !== 'object' || body.data === null) {
      return { status: 'failed', error: 'signoz: unexpected response (expected status "success" with data)' };
    }
    for (const w of body.data.warning?.warnings ?? []) if (w.message) warnings.add(`signoz: ${w.message}`);
    const rows = body.data.data?.results?.[0]?.rows ?? body.data.result?.flatMap((r) => r.list ?? []) ?? [];
    return { status: 'ok', value: Array.isArray(rows) ? rows : [] };
  }

  /** The service's exception groups seen in the window, most recently seen first. */
  private async exceptionGroups(request: ContextRequest): Promise<Outcome<ErrorGroup[]>> {
    const res = await this.http.request<ErrorGroup[]>({
      method: 'POST',
      path: '/api/v1/listErrors',
      body: {
        // ns epoch as strings; `limit` is required, orderParam one of the documented columns.
        start: `${Math.floor(request.fromMs)}000000`,
        end: `${Math.ceil(request.toMs)}000000`,
        limit: this.maxExceptionGroups,
        offset: 0,
        orderParam: 'lastSeen',
        order: 'descending',
        serviceName: request.service,
        exceptionType: '',
      },
    });
    if (res.status !== 'ok') return res;
    // A raw array; some versions wrap it in {"status":"success","data":[…]}.
    const body = res.value.body as unknown;
    const list = Array.isArray(body) ? body : (body as { data?: unknown })?.data;
    if (!Array.isArray(list)) return { status: 'failed', error: 'signoz: unexpected listErrors response (no array)' };
    return { status: 'ok', value: list as ErrorGroup[] };
  }
}

/** A single-quoted string of SigNoz's filter language. */
function filterString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function toTrace(traceId: string, rows: Row[], source: string): TraceView {
  const spans = rows.map((row): SpanView => {
    const d = row.data ?? {};
    const durationMs = Number(d.duration_nano ?? 0) / 1e6;
    const statusMessage = str(d.status_message);
    const parent = str(d.parent_span_id);
    const known = new Set(['trace_id', 'span_id', 'parent_span_id', 'name', 'service.name', 'duration_nano', 'has_error', 'status_message', 'timestamp']);
    return {
      traceId: traceIdHex(str(d.trace_id) ?? traceId),
      spanId: spanIdHex(str(d.span_id) ?? ''),
      ...(parent ? { parentSpanId: spanIdHex(parent) } : {}),
      service: str(d['service.name']) ?? 'unknown',
      name: str(d.name) ?? '',
      startMs: timeMs(row.timestamp ?? (d.timestamp as string | number | undefined)),
      durationMs,
      error: d.has_error === true || d.has_error === 'true' || d.status_code_string === 'Error' || d.status_code === 2,
      ...(statusMessage ? { statusMessage } : {}),
      attributes: scalars(Object.fromEntries(Object.entries(d).filter(([k]) => !known.has(k)))),
      events: [],
    };
  });
  return { traceId, spans, source };
}

function toLog(row: Row, source: string): LogLine {
  const d = row.data ?? {};
  const resources = (d.resources_string ?? {}) as Record<string, unknown>;
  const attributes = { ...((d.attributes_string ?? {}) as Record<string, unknown>), ...((d.attributes_number ?? {}) as Record<string, unknown>) };
  const labels: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...resources, ...attributes })) if (v !== null && v !== undefined) labels[k] = String(v);
  const service = str(resources['service.name']) ?? str(d['service.name']);
  const traceId = str(d.trace_id);
  const severity = str(d.severity_text);
  return {
    timeMs: timeMs(row.timestamp ?? (d.timestamp as string | number | undefined)),
    body: str(d.body) ?? '',
    ...(service ? { service } : {}),
    ...(severity ? { severity } : {}),
    ...(traceId ? { traceId: traceIdHex(traceId) } : {}),
    labels,
    source,
  };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;
}

function scalars(record: Record<string, unknown>): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [k, v] of Object.entries(record)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
    else if (v !== null && v !== undefined) out[k] = JSON.stringify(v);
  }
  return out;
}

/** Row timestamps are RFC3339 strings in v5; numbers are read by magnitude (ns, µs or ms). */
function timeMs(v: string | number | undefined): number {
  if (v === undefined) return 0;
  if (typeof v === 'string' && !/^\d+$/.test(v)) {
    const t = Date.parse(v);
    return Number.isNaN(t) ? 0 : t;
  }
  const n = Number(v);
  if (n > 1e17) return n / 1e6;
  if (n > 1e14) return n / 1e3;
  return n;
}

const settings = { SIGNOZ_API_URL: url, SIGNOZ_API_KEY: optionalString };

/** TELEMETRY_BACKEND=signoz (docs/architecture.md, "Extensions"). */
export const signozExtension = {
  name: 'signoz',
  settings,
  check: requireSettings<typeof settings>('TELEMETRY_BACKEND includes signoz', ['SIGNOZ_API_URL']),
  create: (s, deps) => new SignozBackend({ timeoutMs: s.BACKEND_TIMEOUT, clock: deps.clock, ...retriesOf(deps), baseUrl: s.SIGNOZ_API_URL!, apiKey: s.SIGNOZ_API_KEY }),
} satisfies TelemetryExtension<'signoz', typeof settings>;
