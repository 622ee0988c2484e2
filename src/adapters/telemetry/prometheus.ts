// Prometheus (backends.md §3): `/api/v1/query_range` for each configured PromQL query, with
// `{service}` replaced by the service name, over the investigation's window. Sample values are
// strings ("1", "NaN", "+Inf"); times are float unix seconds.
import type { MetricSeries } from '../../core/model.js';
import type { ContextPiece, ContextRequest, Outcome, TelemetryBackend } from '../../core/ports.js';
import { ResilientHttpClient } from '../resilience/index.js';
import { type HttpBackendOptions, retriesOf } from './backend-options.js';
import { ContextCollector } from './context-collector.js';
import { platformQueries, type PlatformQuery } from './platform-queries.js';
import { requireSettings } from '../../settings/extension.js';
import { bool, url } from '../../settings/fields.js';
import { grafanaHeaders, grafanaSettings } from './backend-options.js';
import type { TelemetryExtension } from './registry.js';
import { z } from 'zod';

export interface PrometheusBackendOptions extends HttpBackendOptions {
  /** PromQL; `{service}` is replaced with the service name (PROMETHEUS_QUERIES, split on `;`). */
  queries: string[];
  /** Points per series to aim for; the step is derived from the window. Default 120. */
  targetPoints?: number;
  /** Smallest step in seconds: below a scrape interval, points only repeat. Default 15. */
  minStepSeconds?: number;
  /**
   * Also run the built-in platform queries (CPU throttling, restarts and why, of the errors'
   * containers and of the peer they called: platform-queries.ts). PROMETHEUS_PLATFORM, on by default.
   */
  platform?: boolean;
}

interface QueryRangeResponse {
  status?: string;
  data?: { resultType?: string; result?: { metric?: Record<string, string>; values?: [number, string][] }[] };
  warnings?: string[];
}

export class PrometheusBackend implements TelemetryBackend {
  readonly name = 'prometheus';
  private readonly http: ResilientHttpClient;
  private readonly queries: string[];
  private readonly targetPoints: number;
  private readonly minStepSeconds: number;
  private readonly platform: boolean;

  constructor(options: PrometheusBackendOptions) {
    this.http = new ResilientHttpClient({ ...options, backend: this.name });
    this.queries = options.queries.map((q) => q.trim()).filter(Boolean);
    this.targetPoints = options.targetPoints ?? 120;
    this.minStepSeconds = options.minStepSeconds ?? 15;
    this.platform = options.platform ?? false;
  }

  get circuitState() {
    return this.http.circuitState;
  }

  async fetchContext(request: ContextRequest): Promise<Outcome<ContextPiece>> {
    const out = new ContextCollector(this.name);
    const platform = this.platform ? platformQueries(request.service, request.workload) : [];
    if (this.queries.length === 0 && platform.length === 0) out.note('prometheus: no queries configured');
    const start = Math.floor(request.fromMs / 1000);
    const end = Math.max(start + 1, Math.ceil(request.toMs / 1000));
    // Prometheus refuses more than 11,000 points per series; ~120 is plenty to see a trend.
    const step = Math.max(this.minStepSeconds, Math.ceil((end - start) / this.targetPoints));
    const queries: { query: string; signal?: PlatformQuery['signal'] }[] = [...this.queries.map((q) => ({ query: substituteService(q, request.service) })), ...platform];
    for (const { query, signal } of queries) {
      const res = await out.attempt(
        () => this.http.request<QueryRangeResponse>({ path: '/api/v1/query_range', query: { query, start, end, step } }),
        `query ${query}`,
      );
      if (!res) continue;
      const body = res.body;
      if (body?.status !== 'success' || body.data?.resultType !== 'matrix' || !Array.isArray(body.data.result)) {
        out.note(`prometheus: unexpected response to ${query} (expected status "success" with a matrix)`);
        continue;
      }
      for (const warning of body.warnings ?? []) out.note(`prometheus: ${query}: ${warning}`);
      // A platform series missing is ordinary (no limit set, nothing restarted, no kube-state-metrics).
      if (body.data.result.length === 0 && !signal) out.note(`prometheus: no series for ${query}`);
      for (const series of body.data.result) out.metrics.push({ ...toSeries(query, series, this.name), ...(signal ? { signal } : {}) });
    }
    return out.finish();
  }
}

/** `{service}` → the name, escaped for a PromQL double-quoted string (where it is meant to sit). */
export function substituteService(template: string, service: string): string {
  const escaped = service.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return template.replaceAll('{service}', escaped);
}

function toSeries(query: string, series: { metric?: Record<string, string>; values?: [number, string][] }, source: string): MetricSeries {
  const points: [number, number][] = [];
  for (const [t, v] of series.values ?? []) {
    const value = sampleValue(v);
    // NaN and ±Inf have no JSON form (they would be stored as null); they are dropped.
    if (Number.isFinite(value)) points.push([Math.round(Number(t) * 1000), value]);
  }
  return { query, labels: { ...series.metric }, points, source };
}

function sampleValue(v: string): number {
  if (v === '+Inf' || v === 'Inf') return Number.POSITIVE_INFINITY;
  if (v === '-Inf') return Number.NEGATIVE_INFINITY;
  return Number(v);
}

const settings = {
  GRAFANA_PROMETHEUS_URL: url,
  ...grafanaSettings,
  /** PromQL run around an error's time; `{service}` is replaced with the service name. `;`-separated. */
  PROMETHEUS_QUERIES: z.string().optional(),
  /** The built-in platform queries (CPU throttling, restarts and why: docs/diagnosis.md). */
  PROMETHEUS_PLATFORM: bool.default(true),
};

/** TELEMETRY_BACKEND=prometheus (docs/architecture.md, "Extensions"). */
export const prometheusExtension = {
  name: 'prometheus',
  settings,
  check: requireSettings<typeof settings>('TELEMETRY_BACKEND includes prometheus', ['GRAFANA_PROMETHEUS_URL']),
  create: (s, deps) =>
    new PrometheusBackend({
      timeoutMs: s.BACKEND_TIMEOUT,
      clock: deps.clock,
      ...retriesOf(deps),
      baseUrl: s.GRAFANA_PROMETHEUS_URL!,
      headers: grafanaHeaders({ apiKey: s.GRAFANA_API_KEY, orgId: s.GRAFANA_ORG_ID }),
      queries: (s.PROMETHEUS_QUERIES ?? '').split(';'),
      platform: s.PROMETHEUS_PLATFORM,
    }),
} satisfies TelemetryExtension<'prometheus', typeof settings>;
