// Grafana Tempo (backends.md §2): trace by id on `/api/traces/{id}` and TraceQL search on
// `/api/search`. Tempo's v1 trace body has `batches` (not `resourceSpans`) and base64 ids while
// search returns hex ids; otlp-json.ts reads both.
import type { TraceView } from '../../core/model.js';
import type { ContextPiece, ContextRequest, Outcome, TelemetryBackend } from '../../core/ports.js';
import { ResilientHttpClient } from '../resilience/index.js';
import { type HttpBackendOptions, retriesOf } from './backend-options.js';
import { ContextCollector } from './context-collector.js';
import { isHexTraceId, traceIdHex } from './ids.js';
import { otlpTraces, resourceSpansOf } from './otlp-json.js';
import { requireSettings } from '../../settings/extension.js';
import { url } from '../../settings/fields.js';
import { grafanaHeaders, grafanaSettings } from './backend-options.js';
import type { TelemetryExtension } from './registry.js';

export interface TempoBackendOptions extends HttpBackendOptions {
  /** Most traces fetched by id (also of those a search finds). Default 5. */
  maxTraces?: number;
  /** `limit` of a search. Default 20 (Tempo's own default). */
  searchLimit?: number;
}

interface SearchResponse {
  traces?: { traceID?: string; rootServiceName?: string; rootTraceName?: string }[];
}

export class TempoBackend implements TelemetryBackend {
  readonly name = 'tempo';
  private readonly http: ResilientHttpClient;
  private readonly maxTraces: number;
  private readonly searchLimit: number;

  constructor(options: TempoBackendOptions) {
    this.http = new ResilientHttpClient({ ...options, backend: this.name });
    this.maxTraces = options.maxTraces ?? 5;
    this.searchLimit = options.searchLimit ?? 20;
  }

  get circuitState() {
    return this.http.circuitState;
  }

  async fetchContext(request: ContextRequest): Promise<Outcome<ContextPiece>> {
    const out = new ContextCollector(this.name);
    let ids = [...new Set(request.traceIds.filter(isHexTraceId).map(traceIdHex))].slice(0, this.maxTraces);
    if (ids.length === 0 && request.service) {
      const found = await out.attempt(() => this.searchErrors(request), `search of ${request.service}`);
      if (found) {
        ids = found.slice(0, this.maxTraces);
        out.note(
          found.length > 0
            ? `tempo: ${found.length} error trace(s) of ${request.service} found by TraceQL search`
            : `tempo: no error traces of ${request.service} between ${iso(request.fromMs)} and ${iso(request.toMs)}`,
        );
      }
    }
    for (const id of ids) {
      const trace = await out.attempt(() => this.traceById(id), `trace ${id}`);
      if (trace === null) out.note(`tempo: trace ${id} not found`);
      else if (trace) out.traces.push(trace);
    }
    return out.finish();
  }

  /** The trace, null when Tempo answers 404 (it does, with a plain-text body). */
  private async traceById(id: string): Promise<Outcome<TraceView | null>> {
    const res = await this.http.request<unknown>({ path: `/api/traces/${id}`, acceptStatuses: [404] });
    if (res.status !== 'ok') return res;
    if (res.value.status === 404) return { status: 'ok', value: null };
    const list = resourceSpansOf(res.value.body);
    if (!list) return { status: 'failed', error: `tempo: unexpected trace response for ${id} (no batches)` };
    const traces = otlpTraces(list, this.name);
    return { status: 'ok', value: traces.find((t) => t.traceId === id) ?? traces[0] ?? null };
  }

  /** Hex trace ids of the service's error traces in the window, newest first as Tempo orders them. */
  private async searchErrors(request: ContextRequest): Promise<Outcome<string[]>> {
    const res = await this.http.request<SearchResponse>({
      path: '/api/search',
      query: {
        q: `{ resource.service.name=${traceqlString(request.service)} && status=error }`,
        // Unix seconds; without them Tempo only searches recent data.
        start: Math.floor(request.fromMs / 1000),
        end: Math.ceil(request.toMs / 1000),
        limit: this.searchLimit,
      },
    });
    if (res.status !== 'ok') return res;
    const traces = res.value.body?.traces;
    if (!Array.isArray(traces)) return { status: 'failed', error: 'tempo: unexpected search response (no traces list)' };
    return { status: 'ok', value: traces.flatMap((t) => (t.traceID ? [traceIdHex(t.traceID)] : [])) };
  }
}

/** A TraceQL double-quoted string literal. */
export function traceqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

const settings = { GRAFANA_TEMPO_URL: url, ...grafanaSettings };

/** TELEMETRY_BACKEND=tempo (docs/architecture.md, "Extensions"). */
export const tempoExtension = {
  name: 'tempo',
  settings,
  check: requireSettings<typeof settings>('TELEMETRY_BACKEND includes tempo', ['GRAFANA_TEMPO_URL']),
  create: (s, deps) => new TempoBackend({ timeoutMs: s.BACKEND_TIMEOUT, clock: deps.clock, ...retriesOf(deps), baseUrl: s.GRAFANA_TEMPO_URL!, headers: grafanaHeaders({ apiKey: s.GRAFANA_API_KEY, orgId: s.GRAFANA_ORG_ID }) }),
} satisfies TelemetryExtension<'tempo', typeof settings>;
