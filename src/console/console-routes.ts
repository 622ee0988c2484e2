// The web console on the API port: the app's page for `/` and `/signatures/:id`, its built
// assets, sign-in and sign-out, and the few read-only views the management API does not have
// (console-data.ts). Everything else the console shows or changes goes through /api, with the
// session cookie as the credential (see management-api.ts `sessionActor`).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isLoopback, keyMatches } from '../api/auth.js';
import { API_ERRORS, errorBody, STORE_ERROR_ANSWERS } from '../api/errors.js';
import { InAppClassifier } from '../core/fingerprint/in-app.js';
import type { Clock, SignatureQueries } from '../core/ports.js';
import { isStoreError } from '../core/store-errors.js';
import { loadAssets, pickEncoding, type Asset, type ConsoleAssets } from './assets.js';
import { sampleStacks, sparklines, timeline, type Bucket } from './console-data.js';
import { applySecurityHeaders } from './security-headers.js';
import { ConsoleSessions } from './session.js';

export interface TraceLink {
  name: string;
  /** URL with `{traceId}`, `{spanId}`, `{service}`, `{time}`, `{startMs}`, `{endMs}` placeholders. */
  template: string;
}

export interface ConsoleOptions {
  store: Pick<SignatureQueries, 'getSignature' | 'requireSignature' | 'counts' | 'listOccurrences' | 'refresh'>;
  clock: Clock;
  /** The API key (WEBHOOK_API_KEY), or undefined when the API runs open on loopback. */
  apiKey: string | undefined;
  /**
   * Keyless on loopback: answer only requests whose Host names a loopback address. A page on
   * another site that rebinds its DNS name to 127.0.0.1 sends its own name as Host, so it
   * cannot read through the console (DNS rebinding).
   */
  loopbackHostOnly: boolean;
  sessionTtlMs: number;
  traceLinks: TraceLink[];
  inApp: { inAppInclude: string[]; inAppExclude: string[] };
  /** Built files; defaults to dist/console. */
  assets?: ConsoleAssets;
}

/** Header the console's own requests carry: a cross-site form or image cannot set it. */
export const CONSOLE_HEADER = 'x-rounds-console';
/** Name recorded when the API runs open and nobody signed in with a name. */
const OPEN_NAME = 'local';
const MAX_SPARKLINE_IDS = 500;

const loginBody = z.object({ key: z.string().max(4096).optional(), name: z.string().max(64).optional() });
const idsQuery = z.object({ ids: z.string().max(MAX_SPARKLINE_IDS * 65) });
const timelineQuery = z.object({ bucket: z.enum(['minute', 'hour']).default('hour') });

export interface Console {
  /** For the management API: the actor of a request signed in to the console. */
  sessionActor(request: FastifyRequest): string | undefined;
  routes(app: FastifyInstance): Promise<void>;
}

export function createConsole(options: ConsoleOptions): Console {
  const sessions = new ConsoleSessions(options.apiKey, options.sessionTtlMs, options.clock);
  const assets = options.assets ?? loadAssets();
  const classifier = new InAppClassifier(options.inApp);
  const authRequired = options.apiKey !== undefined;

  const hostAllowed = (request: FastifyRequest): boolean => {
    if (!options.loopbackHostOnly) return true;
    try {
      return isLoopback(new URL(`http://${request.headers.host ?? ''}`).hostname);
    } catch {
      return false;
    }
  };

  /** A state change from a page on another origin is refused even with a valid cookie. */
  const sameOrigin = (request: FastifyRequest): boolean => {
    const origin = request.headers.origin;
    if (origin === undefined) return true;
    try {
      return new URL(origin).host === request.headers.host;
    } catch {
      return false;
    }
  };

  const sessionActor = (request: FastifyRequest): string | undefined => {
    if (!hostAllowed(request)) return undefined;
    const session = sessions.fromHeaders(request.headers);
    if (!session) return undefined;
    const safe = request.method === 'GET' || request.method === 'HEAD';
    if (!safe && (request.headers[CONSOLE_HEADER] !== '1' || !sameOrigin(request))) return undefined;
    return `web:${session.name}`;
  };

  /** Console-only reads: a session, or the key itself (scripts), or an open API. */
  const authorized = (request: FastifyRequest): boolean => {
    if (!hostAllowed(request)) return false;
    if (sessions.fromHeaders(request.headers)) return true;
    const x = request.headers['x-api-key'];
    if (typeof x === 'string' && options.apiKey !== undefined) return keyMatches(options.apiKey, x);
    return !authRequired;
  };

  const secure = (request: FastifyRequest) => request.protocol === 'https';

  const send = (request: FastifyRequest, reply: FastifyReply, a: Asset, cache: string) => {
    applySecurityHeaders(reply);
    const { encoding, body } = pickEncoding(request.headers['accept-encoding'], a);
    if (encoding) void reply.header('content-encoding', encoding);
    return reply.header('vary', 'accept-encoding').header('cache-control', cache).type(a.type).send(body);
  };

  const page = async (request: FastifyRequest, reply: FastifyReply) => {
    if (!assets.index) {
      applySecurityHeaders(reply);
      return reply.code(503).type('text/plain; charset=utf-8').send('The console was not built: run `npm run build` (npm ci runs it through prepare).\n');
    }
    // The page itself holds no data; it is served to everyone so the sign-in form can show.
    return send(request, reply, assets.index, 'no-store');
  };

  const fail = (reply: FastifyReply, status: number, code: Parameters<typeof errorBody>[0], message: string) => reply.code(status).send(errorBody(code, message));

  const lookup = async (reply: FastifyReply, id: string) => {
    options.store.refresh();
    try {
      return await options.store.requireSignature(id);
    } catch (error) {
      const code = isStoreError(error) ? STORE_ERROR_ANSWERS[error.code] : undefined;
      if (!code || code === 'INTERNAL') throw error;
      void fail(reply, API_ERRORS[code].status, code, (error as Error).message);
      return undefined;
    }
  };

  const routes = async (app: FastifyInstance) => {
    await app.register(async (web) => {
      web.addHook('onSend', async (_request, reply, payload) => {
        applySecurityHeaders(reply);
        if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
        return payload;
      });

      web.get('/', page);
      web.get('/signatures/:id', page);
      web.get<{ Params: { name: string } }>('/console/assets/:name', async (request, reply) => {
        const a = assets.files.get(request.params.name);
        if (!a) return fail(reply, 404, 'ROUTE_NOT_FOUND', `no console asset ${request.params.name}`);
        // File names carry a content hash (web/build.mjs), so a name never changes meaning.
        return send(request, reply, a, 'public, max-age=31536000, immutable');
      });

      web.get('/console/api/session', async (request, reply) => {
        if (!hostAllowed(request)) return fail(reply, 401, 'UNAUTHORIZED', 'open the console through a loopback address (127.0.0.1, localhost, [::1])');
        let session = sessions.fromHeaders(request.headers);
        if (!session && !authRequired) {
          // Open API: nothing to check; the cookie only names who acts in the history.
          const value = sessions.issue(OPEN_NAME);
          void reply.header('set-cookie', sessions.setCookie(value, secure(request)));
          session = sessions.verify(value);
        }
        return {
          authRequired,
          signedIn: session !== undefined,
          actor: session ? `web:${session.name}` : null,
          traceLinks: session ? options.traceLinks : [],
        };
      });

      web.post('/console/session', async (request, reply) => {
        if (request.headers[CONSOLE_HEADER] !== '1' || !sameOrigin(request) || !hostAllowed(request)) return fail(reply, 401, 'UNAUTHORIZED', 'sign in from the console page');
        const parsed = loginBody.safeParse(request.body ?? {});
        if (!parsed.success) return fail(reply, 400, 'INVALID_REQUEST', 'body: give key and name as strings');
        const name = parsed.data.name?.trim() || (authRequired ? 'console' : OPEN_NAME);
        if (!ConsoleSessions.validName(name)) return fail(reply, 400, 'INVALID_REQUEST', 'name: letters, digits, space, . _ @ - (at most 64)');
        if (authRequired && !keyMatches(options.apiKey!, parsed.data.key ?? '')) {
          return fail(reply, 401, 'UNAUTHORIZED', parsed.data.key ? 'wrong API key' : 'an API key is required');
        }
        void reply.header('set-cookie', sessions.setCookie(sessions.issue(name), secure(request)));
        return { signedIn: true, actor: `web:${name}`, traceLinks: options.traceLinks };
      });

      web.post('/console/session/end', async (request, reply) => {
        if (request.headers[CONSOLE_HEADER] !== '1' || !sameOrigin(request)) return fail(reply, 401, 'UNAUTHORIZED', 'sign out from the console page');
        void reply.header('set-cookie', sessions.clearCookie(secure(request)));
        return { signedIn: false };
      });

      await web.register(async (data) => {
        data.addHook('onRequest', async (request, reply) => {
          if (!authorized(request)) return fail(reply, 401, 'UNAUTHORIZED', 'sign in to the console (or send X-API-Key)');
        });
        data.get('/console/api/sparklines', async (request, reply) => {
          const parsed = idsQuery.safeParse(request.query);
          const ids = parsed.success ? parsed.data.ids.split(',').filter(Boolean) : [];
          if (!parsed.success || ids.length > MAX_SPARKLINE_IDS) return fail(reply, 400, 'INVALID_REQUEST', `query.ids: at most ${MAX_SPARKLINE_IDS} comma-separated signature ids`);
          options.store.refresh();
          return { hours: 24, sparklines: await sparklines(options.store, ids, options.clock.now()) };
        });
        data.get<{ Params: { id: string } }>('/console/api/signatures/:id/timeline', async (request, reply) => {
          const parsed = timelineQuery.safeParse(request.query);
          if (!parsed.success) return fail(reply, 400, 'INVALID_REQUEST', 'query.bucket: minute or hour');
          const sig = await lookup(reply, request.params.id);
          return sig && (await timeline(options.store, sig.id, parsed.data.bucket as Bucket, options.clock.now()));
        });
        data.get<{ Params: { id: string } }>('/console/api/signatures/:id/stacks', async (request, reply) => {
          const sig = await lookup(reply, request.params.id);
          return sig && { samples: await sampleStacks(options.store, sig.id, classifier) };
        });
      });
    });
  };

  return { sessionActor, routes };
}
