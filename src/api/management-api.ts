// The management API as one fastify plugin for ApiServer: the signature routes, stats, the
// /diagnose webhook and /openapi.json, behind API-key auth, with errors in one JSON shape.
// /healthz and /metrics are registered outside this plugin and stay open.
import { createRequire } from 'node:module';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { LifecycleError } from '../core/lifecycle.js';
import type { Clock } from '../core/ports.js';
import { SignatureActions, type ActionsStore } from '../core/signature-actions.js';
import { isStoreError } from '../core/store-errors.js';
import { keyMatches, presentedKey, requiredApiKey } from './auth.js';
import type { ApiContext, ApiStore } from './context.js';
import { diagnoseWebhookRoutes } from './diagnose-webhook.js';
import { API_ERRORS, ApiError, errorBody, STORE_ERROR_ANSWERS, type ApiErrorCode } from './errors.js';
import { buildOpenApi } from './openapi.js';
import { setRequestActor } from './request-actor.js';
import { trustPolicy, untrustedRequest } from './request-trust.js';
import { registerRoute } from './route-spec.js';
import { signatureRoutes } from './signature-routes.js';
import { statsRoutes } from './stats-routes.js';

export interface ManagementApiOptions {
  store: ApiStore & ActionsStore;
  clock: Clock;
  settings: { API_HOST: string; WEBHOOK_API_KEY?: string; API_AUTH_DISABLED?: boolean; API_ALLOWED_HOSTS?: readonly string[] };
  logger?: Logger;
  /** See ApiContext.resolveUnknownTrace: lets POST /diagnose fetch traces the store has not seen. */
  resolveUnknownTrace?: (traceId: string) => Promise<string | undefined>;
  /**
   * A second credential besides the key: the web console's session. Returns the actor the
   * request is recorded as (`web:<name>`), or undefined when it carries no valid session.
   * Consulted only when the request presents no key.
   */
  sessionActor?: (request: FastifyRequest) => string | undefined;
}

/** Largest JSON body the management routes accept; their bodies are a few fields. */
const BODY_LIMIT = 64 * 1024;

function classify(error: unknown): { code: ApiErrorCode; message: string } {
  if (error instanceof ApiError) return { code: error.code, message: error.message };
  if (isStoreError(error)) {
    const code = STORE_ERROR_ANSWERS[error.code];
    return { code, message: code === 'INTERNAL' ? 'internal error' : error.message };
  }
  if (error instanceof LifecycleError) return { code: 'INVALID_TRANSITION', message: error.message };
  const e = error as FastifyError;
  if (e.statusCode === 413) return { code: 'PAYLOAD_TOO_LARGE', message: `body larger than ${BODY_LIMIT} bytes` };
  if (e.statusCode === 415) return { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'send the body as application/json' };
  if (e.statusCode === 400) return { code: 'INVALID_JSON', message: `body: ${e.message}` };
  return { code: 'INTERNAL', message: 'internal error' };
}

/**
 * Builds the route plugin. Throws ConfigError (before anything listens) when the API would
 * listen beyond loopback without a key.
 */
export function managementApi(options: ManagementApiOptions): (app: FastifyInstance) => Promise<void> {
  const key = requiredApiKey(options.settings);
  // Without a key, anything that reaches the port is trusted: browsers must not be the way in.
  const trust = key === undefined ? trustPolicy(options.settings) : undefined;
  const ctx: ApiContext = {
    store: options.store,
    actions: new SignatureActions(options.store, options.clock),
    clock: options.clock,
    resolveUnknownTrace: options.resolveUnknownTrace,
  };
  const routes = [...signatureRoutes(ctx), ...statsRoutes(ctx), ...diagnoseWebhookRoutes(ctx)];
  // The trust checks can refuse any route of a keyless API; the document says so.
  const documented = trust
    ? routes.map((r) => ({ ...r, errors: [...r.errors, 'HOST_NOT_ALLOWED' as const, ...(r.method === 'POST' ? ['CROSS_ORIGIN_REFUSED' as const] : [])] }))
    : routes;
  const openapi = buildOpenApi(documented, { version: packageVersion(), authRequired: key !== undefined });

  return async (app) => {
    await app.register(
      async (api) => {
        api.addHook('onRequest', async (request) => {
          const refused = trust && untrustedRequest(request, trust);
          if (refused) throw new ApiError(refused.kind === 'host' ? 'HOST_NOT_ALLOWED' : 'CROSS_ORIGIN_REFUSED', refused.message);
          const given = presentedKey(request.headers);
          const sessionActor = given === undefined ? options.sessionActor?.(request) : undefined;
          if (sessionActor !== undefined) setRequestActor(request, sessionActor);
          else if (key !== undefined && !keyMatches(key, given)) {
            throw new ApiError('UNAUTHORIZED', given === undefined ? 'an API key is required (X-API-Key or Authorization: Bearer)' : 'wrong API key');
          }
          // Another process (the CLI) may have written since this process's read snapshot.
          options.store.refresh();
        });
        api.setErrorHandler((error, request, reply) => {
          const { code, message } = classify(error);
          if (code === 'INTERNAL') options.logger?.error({ err: error, url: request.url }, 'API request failed');
          void reply.code(API_ERRORS[code].status).send(errorBody(code, message));
        });
        api.setNotFoundHandler((request, reply) => {
          void reply.code(404).send(errorBody('ROUTE_NOT_FOUND', `no route ${request.method} ${request.url.split('?')[0]}`));
        });
        for (const route of routes) registerRoute(api, route, BODY_LIMIT);
        api.get('/openapi.json', async () => openapi);
      },
    );
  };
}

/** package.json sits two levels up from src/api and three from dist/src/api. */
function packageVersion(): string {
  const require = createRequire(import.meta.url);
  for (const path of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = require(path) as { name?: string; version?: string };
      if (pkg.name === 'rounds' && pkg.version) return pkg.version;
    } catch {
      // Not at this level.
    }
  }
  return '0.0.0';
}
