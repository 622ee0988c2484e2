import { rmSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiServer } from '../../src/api/server.js';
import { managementApi } from '../../src/api/management-api.js';
import { ConfigError } from '../../src/config.js';
import { Registry } from '../../src/observability/metrics.js';
import type { Store } from '../../src/core/ports.js';
import { LmdbStore } from '../../src/store/lmdb/lmdb-store.js';
import { SEED_SAMPLES, seedStore } from '../helpers/seed-store.js';
import { tempDataDir } from '../helpers/temp-dir.js';
import { allSignatures } from '../helpers/temp-store.js';

const KEY = 'test-key-0123456789';
const TRACE = 'abcdef0123456789abcdef0123456789';

describe('management API', () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  const now = Date.now();
  const settings = { API_HOST: '127.0.0.1', WEBHOOK_API_KEY: KEY };
  const auth = { 'x-api-key': KEY };
  let ids: Record<string, string>;

  beforeAll(async () => {
    dir = tempDataDir();
    store = await LmdbStore.open(dir, { samples: SEED_SAMPLES });
    await seedStore(
      store,
      [
        { service: 'checkout', type: 'TypeError', message: 'x is undefined', events: 30 },
        { service: 'cart', type: 'requests.exceptions.TimeoutError', message: 'timed out', events: 5, traceId: TRACE },
        { service: 'cart', type: 'ValueError', message: 'bad value', events: 1 },
        ...Array.from({ length: 9 }, (_, i) => ({ service: `svc${i}`, type: 'Error', message: `failure number ${i}`, events: 2 + i })),
      ],
      now,
    );
    ids = Object.fromEntries((await allSignatures(store, 'count')).map((s) => [`${s.service}/${s.type}`, s.id]));
    app = Fastify();
    await managementApi({ store, clock: { now: () => Date.now() }, settings })(app);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = auth) => app.inject({ method: 'GET', url, headers });
  const post = (url: string, payload?: unknown, headers: Record<string, string> = auth) =>
    app.inject({ method: 'POST', url, headers: payload === undefined ? headers : { ...headers, 'content-type': 'application/json' }, payload: payload === undefined ? undefined : JSON.stringify(payload) });

  describe('auth', () => {
    it('refuses a missing or wrong key with 401 and accepts X-API-Key and Bearer', async () => {
      const missing = await get('/api/signatures', {});
      expect(missing.statusCode).toBe(401);
      expect(missing.json()).toEqual({ error: { code: 'UNAUTHORIZED', message: 'an API key is required (X-API-Key or Authorization: Bearer)' } });
      expect((await get('/api/signatures', { 'x-api-key': 'nope' })).json().error.message).toBe('wrong API key');
      expect((await get('/api/signatures', { authorization: `Bearer ${KEY}x` })).statusCode).toBe(401);
      expect((await post('/diagnose', { trace_id: TRACE }, {})).statusCode).toBe(401);
      expect((await get('/api/signatures', { authorization: `Bearer ${KEY}` })).statusCode).toBe(200);
      expect((await get('/api/stats')).statusCode).toBe(200);
    });

    it('requires a key by default beyond loopback and refuses to start without one', () => {
      expect(() => managementApi({ store, clock: { now: Date.now }, settings: { API_HOST: '0.0.0.0' } })).toThrow(ConfigError);
      expect(() => managementApi({ store, clock: { now: Date.now }, settings: { API_HOST: '0.0.0.0' } })).toThrow(/WEBHOOK_API_KEY: is required when API_HOST \(0\.0\.0\.0\) is not loopback/);
      expect(() => managementApi({ store, clock: { now: Date.now }, settings: { API_HOST: '0.0.0.0', API_AUTH_DISABLED: true } })).not.toThrow();
      expect(() => managementApi({ store, clock: { now: Date.now }, settings: { API_HOST: '::1' } })).not.toThrow();
    });
  });

  describe('listing', () => {
    it('pages through every signature with an opaque cursor, in order', async () => {
      const seen: { id: string; count: number }[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await get(`/api/signatures?sort=count&limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        expect(res.statusCode).toBe(200);
        const body = res.json() as { items: { id: string; count: number; status: string; regressed: boolean; firstSeen: string }[]; nextCursor: string | null };
        for (const item of body.items) {
          expect(item).toMatchObject({ status: 'new', regressed: false });
          expect(new Date(item.firstSeen).toISOString()).toBe(item.firstSeen);
        }
        seen.push(...body.items);
        cursor = body.nextCursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toHaveLength(12);
      expect(new Set(seen.map((s) => s.id)).size).toBe(12);
      expect(seen.map((s) => s.count)).toEqual([...seen.map((s) => s.count)].sort((a, b) => b - a));
      expect(seen[0].count).toBe(30);
    });

    it('filters by service and status', async () => {
      const res = await get('/api/signatures?service=cart&status=new,muted');
      expect(res.json().items.map((i: { type: string }) => i.type).sort()).toEqual(['ValueError', 'requests.exceptions.TimeoutError']);
    });

    it('answers 400 naming the parameter for bad queries and foreign cursors', async () => {
      const bad = await get('/api/signatures?limit=0');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error).toMatchObject({ code: 'INVALID_REQUEST' });
      expect(bad.json().error.message).toMatch(/^query\.limit: /);
      expect((await get('/api/signatures?status=open')).json().error.message).toMatch(/^query\.status: must be a comma-separated list/);
      expect((await get('/api/signatures?sort=size')).json().error.message).toMatch(/^query\.sort: /);
      expect((await get('/api/signatures?since=yesterday')).json().error.message).toMatch(/^query\.since: /);
      const page = (await get('/api/signatures?limit=1')).json();
      const foreign = await get(`/api/signatures?sort=count&cursor=${encodeURIComponent(page.nextCursor)}`);
      expect(foreign.statusCode).toBe(400);
      expect(foreign.json().error.code).toBe('INVALID_CURSOR');
      expect((await get('/api/signatures?cursor=garbage')).json().error.code).toBe('INVALID_CURSOR');
    });

    it('refuses query parameters a route does not know, naming them', async () => {
      const res = await get('/api/signatures?status=new&serach=timeout&verbose=1');
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toEqual({ code: 'INVALID_REQUEST', message: expect.stringMatching(/^query: unknown parameters "serach", "verbose" \(known: status, q, service, /) });
      expect((await get('/api/stats?pretty=1')).json().error).toEqual({ code: 'INVALID_REQUEST', message: 'query: unknown parameter "pretty"' });
      expect((await get(`/api/signatures/${ids['cart/ValueError']}?full=true`)).statusCode).toBe(400);
    });

    it('q searches type, message, service and culprit: every word, any case, "phrases" whole', async () => {
      const types = async (q: string) => ((await get(`/api/signatures?limit=100&q=${encodeURIComponent(q)}`)).json().items as { service: string; type: string }[]).map((i) => `${i.service}/${i.type}`).sort();
      expect(await types('timed')).toEqual(['cart/requests.exceptions.TimeoutError']);
      expect(await types('CART value')).toEqual(['cart/ValueError']);
      expect(await types('TimeoutError')).toEqual(['cart/requests.exceptions.TimeoutError']);
      // Stored messages are parameterised (`failure number <int>`): the service tells them apart.
      expect((await types('"failure number"')).length).toBe(9);
      expect(await types('"failure number" SVC3')).toEqual(['svc3/Error']);
      expect(await types('"number failure"')).toEqual([]);
      expect(await types('checkout undefined')).toEqual(['checkout/TypeError']);
      expect((await types('')).length).toBe(12);
    });
  });

  describe('one signature', () => {
    it('serves the detail with samples, timeline, diagnosis slot and history; prefixes work', async () => {
      const id = ids['checkout/TypeError'];
      const res = await get(`/api/signatures/${id.slice(0, 7)}`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ id, count: 30, diagnosis: null, service: 'checkout' });
      expect(body.occurrences.length).toBeGreaterThan(0);
      expect(body.timeline.hourly.counts.reduce((a: number, b: number) => a + b, 0)).toBe(30);
      expect(body.history[0]).toMatchObject({ actor: 'pipeline', action: 'created' });
    });

    it('answers 404 for unknown ids and 409 for ambiguous prefixes', async () => {
      const missing = await get('/api/signatures/ffffffffffff9');
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toEqual({ error: { code: 'SIGNATURE_NOT_FOUND', message: 'no signature ffffffffffff9' } });
      // Among 12 hex ids, some one-character prefix is shared by two.
      const firstChars = Object.values(ids).map((i) => i[0]);
      const shared = firstChars.find((c, i) => firstChars.indexOf(c) !== i);
      if (shared !== undefined) {
        const ambiguous = await get(`/api/signatures/${shared}`);
        expect(ambiguous.statusCode).toBe(409);
        expect(ambiguous.json().error.code).toBe('AMBIGUOUS_ID');
      }
      expect((await post('/api/signatures/ffffffffffff9/resolve', {})).statusCode).toBe(404);
    });
  });

  describe('lifecycle actions', () => {
    it('resolve, mute, unmute, reset, tags, each recorded as api in the history', async () => {
      const id = ids['svc0/Error'];
      const resolved = await post(`/api/signatures/${id}/resolve`, { inRelease: '2.0.0', reason: 'fixed' });
      expect(resolved.statusCode).toBe(200);
      expect(resolved.json()).toMatchObject({ status: 'resolved', resolution: { inRelease: '2.0.0' } });
      expect(resolved.json().history.at(-1)).toMatchObject({ actor: 'api', action: 'resolve in 2.0.0', reason: 'fixed' });
      const muted = await post(`/api/signatures/${id}/mute`, { for: '2h', untilCount: 10 });
      expect(muted.json()).toMatchObject({ status: 'muted', mute: { untilCount: 12 } });
      expect(Date.parse(muted.json().mute.until)).toBeGreaterThan(Date.now() + 7_000_000);
      expect((await post(`/api/signatures/${id}/unmute`)).json().status).toBe('new');
      const conflict = await post(`/api/signatures/${id}/unmute`);
      expect(conflict.statusCode).toBe(409);
      expect(conflict.json().error).toMatchObject({ code: 'INVALID_TRANSITION' });
      expect((await post(`/api/signatures/${id}/tags`, { add: ['db', 'p1'] })).json().tags).toEqual(['db', 'p1']);
      expect((await post(`/api/signatures/${id}/reset`, { reason: 'start over' })).json()).toMatchObject({ status: 'new', tags: ['db', 'p1'] });
      expect((await get(`/api/signatures?tag=p1`)).json().items.map((i: { id: string }) => i.id)).toEqual([id]);
    });

    it('answers 400 naming the field for bad bodies', async () => {
      const id = ids['svc1/Error'];
      const cases: [string, unknown, RegExp][] = [
        ['mute', { for: 'soon' }, /^body\.for: must be a duration/],
        ['mute', { until: 'tomorrow' }, /^body\.until: must be an ISO 8601 time/],
        ['mute', { untilCount: 'ten' }, /^body\.untilCount: /],
        ['mute', { for: '1h', until: '2030-01-01T00:00:00Z' }, /^body\.until: give for or until, not both/],
        ['resolve', { inRelease: 5 }, /^body\.inRelease: /],
        ['merge', {}, /^body\.source: /],
        ['tags', { add: [] }, /^body\.add: give at least one tag/],
        // A misspelt field was ignored and muted for good; an overflowing duration answered 500.
        ['mute', { duration: '2h' }, /^body: unknown field "duration" \(known: for, until, untilCount, reason\)$/],
        ['mute', { for: '99999999999999999999d' }, /^body\.for: must be a duration/],
        ['resolve', { in_release: '1.2.3' }, /^body: unknown field "in_release"/],
      ];
      for (const [action, body, message] of cases) {
        const res = await post(`/api/signatures/${id}/${action}`, body);
        expect((await store.getSignature(id))!.status, `${action} ${JSON.stringify(body)}`).toBe('new');
        expect(res.statusCode, `${action} ${JSON.stringify(body)}`).toBe(400);
        expect(res.json().error.code).toBe('INVALID_REQUEST');
        expect(res.json().error.message).toMatch(message);
      }
      const notJson = await app.inject({ method: 'POST', url: `/api/signatures/${id}/mute`, headers: { ...auth, 'content-type': 'application/json' }, payload: '{"for":' });
      expect(notJson.statusCode).toBe(400);
      expect(notJson.json().error.code).toBe('INVALID_JSON');
      const tooBig = await post(`/api/signatures/${id}/resolve`, { reason: 'x'.repeat(70_000) });
      expect(tooBig.statusCode).toBe(413);
      expect(tooBig.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('merge and split through the API keep the fingerprint table in step', async () => {
      const target = ids['svc2/Error'];
      const source = ids['svc3/Error'];
      const merged = await post(`/api/signatures/${target}/merge`, { source, reason: 'same outage' });
      expect(merged.statusCode).toBe(200);
      expect(merged.json().source.mergedInto).toBe(target);
      expect((await store.findByFingerprint((await store.getSignature(source))!.fingerprint))!.id).toBe(target);
      expect((await post(`/api/signatures/${target}/merge`, { source })).json().error.code).toBe('INVALID_TRANSITION');
      const split = await post(`/api/signatures/${target}/split`, { source });
      expect(split.json().source.mergedInto).toBeUndefined();
      expect((await store.findByFingerprint((await store.getSignature(source))!.fingerprint))!.id).toBe(source);
    });

    it('diagnose queues a manual investigation due at once', async () => {
      const id = ids['svc4/Error'];
      const res = await post(`/api/signatures/${id}/diagnose`);
      expect(res.statusCode).toBe(202);
      expect(res.json()).toEqual({ signatureId: id, signatureIds: [id], queued: true });
      expect(await store.getInvestigation(id)).toMatchObject({ reason: 'manual', notBeforeMs: 0, attempts: 0 });
    });
  });

  describe('POST /diagnose', () => {
    it('finds the signature of a trace and queues it', async () => {
      const res = await post('/diagnose', { trace_id: TRACE.toUpperCase(), timestamp: new Date().toISOString() });
      expect(res.statusCode).toBe(202);
      const id = ids['cart/requests.exceptions.TimeoutError'];
      expect(res.json()).toEqual({ signatureId: id, signatureIds: [id], queued: true });
      expect(await store.getInvestigation(id)).toMatchObject({ reason: 'manual', notBeforeMs: 0 });
      expect((await store.getSignature(id))!.history.at(-1)).toMatchObject({ actor: 'webhook', reason: `alert for trace ${TRACE}` });
    });

    it('finds a signature by service and error type (a short type matches a qualified one)', async () => {
      const res = await post('/diagnose', { service: 'cart', error_type: 'TimeoutError', timestamp: Math.floor(Date.now() / 1000) });
      expect(res.statusCode).toBe(202);
      expect(res.json().signatureId).toBe(ids['cart/requests.exceptions.TimeoutError']);
      expect((await post('/diagnose', { service: 'cart', error_type: 'ValueError' })).json().signatureId).toBe(ids['cart/ValueError']);
    });

    it('answers 404 with a clear message when nothing matches', async () => {
      const res = await post('/diagnose', { trace_id: '0'.repeat(32), service: 'nowhere', error_type: 'Gone' });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({
        error: { code: 'NO_MATCHING_SIGNATURE', message: `no signature matches trace ${'0'.repeat(32)} (last 48 hours) or service "nowhere" with error type "Gone"` },
      });
      // With a timestamp, a signature last seen more than an hour before the alert is not its cause.
      const later = await post('/diagnose', { service: 'cart', error_type: 'ValueError', timestamp: new Date(Date.now() + 3 * 3_600_000).toISOString() });
      expect(later.statusCode).toBe(404);
    });

    it('an alert about a muted signature is answered with the reason, not queued', async () => {
      const id = ids['svc6/Error'];
      expect((await post(`/api/signatures/${id}/mute`, {})).statusCode).toBe(200);
      const res = await post('/diagnose', { service: 'svc6', error_type: 'Error' });
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toEqual({ code: 'INVALID_TRANSITION', message: `signature ${id} matches but is muted and is not investigated` });
      expect((await store.getInvestigation(id))?.reason).not.toBe('manual');
      expect((await post(`/api/signatures/${id}/diagnose`)).statusCode).toBe(409);
    });

    it('validates the body, naming the field', async () => {
      const cases: [unknown, string][] = [
        [{}, 'body.trace_id: give trace_id, or service and error_type'],
        [{ service: 'cart' }, 'body.error_type: give trace_id, or service and error_type'],
        [{ trace_id: 'xyz' }, 'body.trace_id: must be 32 hex digits'],
        [{ trace_id: TRACE, timestamp: 'noon' }, 'body.timestamp: '],
      ];
      for (const [body, message] of cases) {
        const res = await post('/diagnose', body);
        expect(res.statusCode).toBe(400);
        expect(res.json().error.message.startsWith(message), res.json().error.message).toBe(true);
      }
      expect((await app.inject({ method: 'POST', url: '/diagnose', headers: { ...auth, 'content-type': 'text/plain' }, payload: 'hi' })).statusCode).toBe(415);
    });

    it('asks resolveUnknownTrace about traces the store has not seen', async () => {
      const other = Fastify();
      const asked: string[] = [];
      await managementApi({
        store,
        clock: { now: Date.now },
        settings,
        resolveUnknownTrace: async (traceId) => {
          asked.push(traceId);
          return ids['svc5/Error'];
        },
      })(other);
      const res = await other.inject({ method: 'POST', url: '/diagnose', headers: { ...auth, 'content-type': 'application/json' }, payload: JSON.stringify({ trace_id: '1'.repeat(32) }) });
      expect(res.statusCode).toBe(202);
      expect(res.json().signatureId).toBe(ids['svc5/Error']);
      expect(asked).toEqual(['1'.repeat(32)]);
      await other.close();
    });
  });

  describe('stats and OpenAPI', () => {
    it('serves stats', async () => {
      const body = (await get('/api/stats')).json();
      expect(body.signatures.total).toBe(12);
      expect(body.events.total).toBe(30 + 5 + 1 + [2, 3, 4, 5, 6, 7, 8, 9, 10].reduce((a, b) => a + b, 0));
      expect(body.dataDir.bytesOnDisk).toBeGreaterThan(0);
    });

    it('serves an OpenAPI 3.1 document listing every route, generated from the schemas', async () => {
      const res = await get('/openapi.json');
      expect(res.statusCode).toBe(200);
      const doc = JSON.parse(res.body);
      expect(doc.openapi).toBe('3.1.0');
      expect(Object.keys(doc.paths).sort()).toEqual(
        [
          '/api/signatures',
          '/api/signatures/{id}',
          '/api/signatures/{id}/diagnose',
          '/api/signatures/{id}/merge',
          '/api/signatures/{id}/mute',
          '/api/signatures/{id}/reset',
          '/api/signatures/{id}/resolve',
          '/api/signatures/{id}/split',
          '/api/signatures/{id}/tags',
          '/api/signatures/{id}/unmute',
          '/api/stats',
          '/diagnose',
          '/healthz',
          '/livez',
          '/readyz',
          '/metrics',
        ].sort(),
      );
      const list = doc.paths['/api/signatures'].get;
      expect(list.parameters.find((p: { name: string }) => p.name === 'limit')).toMatchObject({ in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 500 } });
      expect(list.responses['400'].description).toContain('INVALID_CURSOR');
      const webhook = doc.paths['/diagnose'].post;
      expect(Object.keys(webhook.requestBody.content['application/json'].schema.properties)).toEqual(['trace_id', 'service', 'error_type', 'timestamp']);
      expect(webhook.responses['202']).toBeDefined();
      expect(doc.paths['/api/signatures/{id}/mute'].post.parameters[0]).toMatchObject({ name: 'id', in: 'path', required: true });
      expect(doc.components.schemas.Error.properties.error.properties.code.enum).toContain('NO_MATCHING_SIGNATURE');
      expect(doc.security).toEqual([{ apiKey: [] }, { bearer: [] }]);
      // Structurally sound: unique operation ids, declared path parameters, described answers.
      const ids = new Set<string>();
      for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
        for (const op of Object.values(item)) {
          expect(ids.has(op.operationId)).toBe(false);
          ids.add(op.operationId);
          const declared = (op.parameters ?? []).filter((p: { in: string }) => p.in === 'path').map((p: { name: string }) => p.name);
          expect(declared.sort()).toEqual([...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort());
          for (const answer of Object.values(op.responses as Record<string, { description: string }>)) expect(answer.description.length).toBeGreaterThan(0);
        }
      }
    });

    it('unknown routes get the JSON error shape', async () => {
      const res = await get('/api/nothing');
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('ROUTE_NOT_FOUND');
    });
  });

  it('works over a real socket inside ApiServer, with /healthz and /metrics open', async () => {
    const server = new ApiServer({ host: '127.0.0.1', port: 0, registry: new Registry(), notReady: () => [], routes: [managementApi({ store, clock: { now: Date.now }, settings })] });
    const port = await server.start();
    try {
      const base = `http://127.0.0.1:${port}`;
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/metrics`)).status).toBe(200);
      expect((await fetch(`${base}/api/signatures`)).status).toBe(401);
      const res = await fetch(`${base}/api/signatures?limit=2&sort=count`, { headers: { authorization: `Bearer ${KEY}` } });
      expect(res.status).toBe(200);
      const page = (await res.json()) as { items: { count: number }[]; nextCursor: string };
      expect(page.items).toHaveLength(2);
      const next = await fetch(`${base}/api/signatures?limit=2&sort=count&cursor=${page.nextCursor}`, { headers: { 'x-api-key': KEY } });
      const second = (await next.json()) as { items: { count: number }[] };
      expect(second.items[0].count).toBeLessThanOrEqual(page.items[1].count);
      const webhook = await fetch(`${base}/diagnose`, { method: 'POST', headers: { 'x-api-key': KEY, 'content-type': 'application/json' }, body: JSON.stringify({ service: 'checkout', error_type: 'TypeError' }) });
      expect(webhook.status).toBe(202);
    } finally {
      await server.stop();
    }
  });
});
