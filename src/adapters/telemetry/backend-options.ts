// What every HTTP telemetry adapter's constructor takes. Plain values only: the adapter's
// extension (its settings fragment and factory, see registry.ts) reads the settings and
// passes them in; adapters never import config.
import { optionalString } from '../../settings/fields.js';
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

/** Settings shared by the Grafana-stack backends (tempo, loki, prometheus). */
export const grafanaSettings = {
  GRAFANA_API_KEY: optionalString,
  /** Sent as X-Scope-OrgID to Tempo, Loki and Prometheus (multi-tenant Grafana stacks). */
  GRAFANA_ORG_ID: optionalString,
};

/** The retries a factory was asked for, as an options fragment (none given: the adapter's default). */
export function retriesOf(deps: { retries?: number }): { retries?: number } {
  return deps.retries === undefined ? {} : { retries: deps.retries };
}
