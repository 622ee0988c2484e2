// Grafana Loki (backends.md §3): `/loki/api/v1/query_range` with LogQL, once per trace id for the
// logs of the trace and once for the service's error lines around the time. OTLP-ingested logs
// have `service.name` as the `service_name` label; the trace id is matched in the line text
// (`|=`), which also finds it in plain-text logs where it is not structured metadata.
import type { LogLine } from '../../core/model.js';
import type { ContextPiece, ContextRequest, Outcome, TelemetryBackend } from '../../core/ports.js';
import { ResilientHttpClient } from '../resilience/index.js';
import { type HttpBackendOptions, retriesOf } from './backend-options.js';
import { ContextCollector } from './context-collector.js';
import { isHexTraceId, traceIdHex } from './ids.js';
import { requireSettings } from '../../settings/extension.js';
import { url } from '../../settings/fields.js';
import { grafanaHeaders, grafanaSettings } from './backend-options.js';
import type { TelemetryExtension } from './registry.js';

export interface LokiBackendOptions extends HttpBackendOptions {
  /** `limit` of each query. Default 100 (Loki's own default). */
  limit?: number;
  /** Trace ids whose logs are fetched, one query each. Default 3. */
  maxTraces?: number;
  /** The line filter of the service query. Default: error, exception, panic or fatal, any case. */
  errorFilter?: string;
}

interface StreamsResponse {
  status?: string;
  data?: { resultType?: string; result?: { stream?: Record<string, string>; values?: [string, string][] }[] };
}

const DEFAULT_ERROR_FILTER = '(?i)(error|exception|panic|fatal)';
const TRACE_ID_IN_TEXT = /\btrace[_-]?id["']?\s*[=:]\s*["']?([0-9a-f]{32})\b/i;

export class LokiBackend implements TelemetryBackend {
  readonly name = 'loki';
  private readonly http: ResilientHttpClient;
  private readonly limit: number;
  private readonly maxTraces: number;
  private readonly errorFilter: string;

  constructor(options: LokiBackendOptions) {
    this.http = new ResilientHttpClient({ ...options, backend: this.name });
    this.limit = options.limit ?? 100;
    this.maxTraces = options.maxTraces ?? 3;
    this.errorFilter = options.errorFilter ?? DEFAULT_ERROR_FILTER;
  }

  get circuitState() {
    return this.http.circuitState;
  }

  async fetchContext(request: ContextRequest): Promise<Outcome<ContextPiece>> {
    const out = new ContextCollector(this.name);
    const selector = `{service_name=${logqlString(request.service)}}`;
    const seen = new Set<string>();
    const add = (lines: LogLine[]) => {
      for (const line of lines) {
        const key = `${line.timeMs}\u0000${line.body}`;
        if (!seen.has(key)) {
          seen.add(key);
          out.logs.push(line);
        }
      }
    };
    const ids = [...new Set(request.traceIds.filter(isHexTraceId).map(traceIdHex))].slice(0, this.maxTraces);
    for (const id of ids) {
      const lines = await out.attempt(() => this.query(`${selector} |= ${logqlString(id)}`, request), `logs of trace ${id}`);
      if (!lines) continue;
      if (lines.length === 0) out.note(`loki: no log lines of ${request.service} mention trace ${id}`);
      add(lines.map((l) => ({ ...l, traceId: l.traceId ?? id })));
    }
    const errors = await out.attempt(() => this.query(`${selector} |~ ${logqlString(this.errorFilter)}`, request), `error logs of ${request.service}`);
    if (errors) {
      if (errors.length === 0) out.note(`loki: no error lines of ${request.service} between ${iso(request.fromMs)} and ${iso(request.toMs)}`);
      if (errors.length >= this.limit) out.note(`loki: error lines of ${request.service} capped at ${this.limit} (newest kept)`);
      add(errors);
    }
    out.logs.sort((a, b) => b.timeMs - a.timeMs);
    return out.finish();
  }

  private async query(logql: string, request: ContextRequest): Promise<Outcome<LogLine[]>> {
    const res = await this.http.request<StreamsResponse>({
      path: '/loki/api/v1/query_range',
      query: {
        query: logql,
        // Integers are read as ns; start is inclusive, end exclusive, hence +1 ms.
        start: `${Math.floor(request.fromMs)}000000`,
        end: `${Math.floor(request.toMs) + 1}000000`,
        limit: this.limit,
        // Newest first, so a capped answer keeps the lines nearest the failure's end.
        direction: 'backward',
      },
    });
    if (res.status !== 'ok') return res;
    const body = res.value.body;
    if (body?.status !== 'success' || body.data?.resultType !== 'streams' || !Array.isArray(body.data.result)) {
      return { status: 'failed', error: `loki: unexpected response (expected status "success" with streams)` };
    }
    const lines: LogLine[] = [];
    for (const stream of body.data.result) {
      const labels = stream.stream ?? {};
      for (const [ns, text] of stream.values ?? []) {
        const traceId = labels.trace_id ?? TRACE_ID_IN_TEXT.exec(text)?.[1];
        const severity = labels.level ?? labels.detected_level ?? labels.severity_text;
        lines.push({
          timeMs: nsToMs(ns),
          body: text,
          ...(labels.service_name ? { service: labels.service_name } : {}),
          ...(severity ? { severity } : {}),
          ...(traceId ? { traceId: traceIdHex(traceId) } : {}),
          labels,
          source: this.name,
        });
      }
    }
    return { status: 'ok', value: lines };
  }
}

/** A LogQL double-quoted string (Go string syntax): backslashes and quotes escaped. */
export function logqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function nsToMs(ns: string): number {
  try {
    return Number(BigInt(ns) / 1000n) / 1000;
  } catch {
    return Number(ns) / 1e6;
  }
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

const settings = { GRAFANA_LOKI_URL: url, ...grafanaSettings };

/** TELEMETRY_BACKEND=loki (docs/architecture.md, "Extensions"). */
export const lokiExtension = {
  name: 'loki',
  settings,
  check: requireSettings<typeof settings>('TELEMETRY_BACKEND includes loki', ['GRAFANA_LOKI_URL']),
  create: (s, deps) => new LokiBackend({ timeoutMs: s.BACKEND_TIMEOUT, clock: deps.clock, ...retriesOf(deps), baseUrl: s.GRAFANA_LOKI_URL!, headers: grafanaHeaders({ apiKey: s.GRAFANA_API_KEY, orgId: s.GRAFANA_ORG_ID }) }),
} satisfies TelemetryExtension<'loki', typeof settings>;
