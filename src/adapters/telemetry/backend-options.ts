// What every HTTP telemetry adapter's constructor takes. Plain values only: main.ts reads the
// configuration and passes them in, adapters never import config.
import type { ResilienceOptions } from '../resilience/index.js';

export interface HttpBackendOptions extends ResilienceOptions {
  /** The API root, e.g. `http://jaeger:16686` (a Grafana datasource proxy URL works too). */
  baseUrl: string;
  /** Extra headers on every request: `Authorization`, `X-Scope-OrgID`… */
  headers?: Record<string, string>;
}

/**
 * Headers for a Grafana stack: GRAFANA_API_KEY as a bearer token (Grafana Cloud and the
 * datasource proxy), GRAFANA_ORG_ID as `X-Scope-OrgID` (multi-tenant Loki/Tempo/Mimir).
 */
export function grafanaHeaders(options: { apiKey?: string; orgId?: string }): Record<string, string> {
  const headers: Record<string, string> = {};
  if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
  if (options.orgId) headers['x-scope-orgid'] = options.orgId;
  return headers;
}
