// Composition step: the management API on the API port and the web console beside it.
// Throws ConfigError for an API beyond loopback without WEBHOOK_API_KEY.
import type { Logger } from 'pino';
import { isLoopback, requiredApiKey } from '../api/auth.js';
import { managementApi } from '../api/management-api.js';
import { ApiServer } from '../api/server.js';
import type { Config } from '../config.js';
import { createConsole, type TraceLink } from '../console/console-routes.js';
import type { Clock, TelemetryBackend, Store } from '../core/ports.js';
import type { Pipeline } from '../ingest/pipeline.js';
import { pipelineTraceIngest } from '../ingest/trace-ingest.js';
import { traceResolver } from '../investigate/trace-resolver.js';
import type { Registry } from '../observability/metrics.js';

export interface ApiOptions {
  store: Store;
  pipeline: Pipeline;
  backends: TelemetryBackend[];
  registry: Registry;
  clock: Clock;
  logger: Logger;
  /** Why the server is not ready (empty when it is); /readyz and /healthz answer 503 with it. */
  notReady: () => string[];
}

export function composeApi(config: Config, options: ApiOptions): ApiServer {
  const { store, clock } = options;
  const routes: ((app: import('fastify').FastifyInstance) => void | Promise<void>)[] = [];
  const traceLinks: TraceLink[] = [
    { name: 'Jaeger', template: config.CONSOLE_JAEGER_TRACE_URL },
    { name: 'Grafana', template: config.CONSOLE_GRAFANA_TRACE_URL },
    { name: 'SigNoz', template: config.CONSOLE_SIGNOZ_TRACE_URL },
  ].filter((l): l is TraceLink => l.template !== undefined);
  const webConsole = config.CONSOLE_ENABLED
    ? createConsole({
        store,
        clock,
        apiKey: requiredApiKey(config),
        loopbackHostOnly: requiredApiKey(config) === undefined && isLoopback(config.API_HOST),
        sessionTtlMs: config.CONSOLE_SESSION_TTL,
        traceLinks,
        inApp: { inAppInclude: config.IN_APP_INCLUDE, inAppExclude: config.IN_APP_EXCLUDE },
      })
    : undefined;
  routes.push(
    managementApi({
      store,
      clock,
      settings: config,
      logger: options.logger,
      sessionActor: webConsole?.sessionActor,
      // POST /diagnose for a trace Rounds never received: fetch it from a trace backend.
      resolveUnknownTrace: traceResolver({ backends: options.backends.filter((b) => b.name !== 'local'), ingest: pipelineTraceIngest(options.pipeline), store, clock }),
    }),
  );
  if (webConsole) routes.push(webConsole.routes);
  return new ApiServer({ host: config.API_HOST, port: config.ROUNDS_API_PORT, registry: options.registry, notReady: options.notReady, routes });
}
