import { afterEach, describe, expect, it } from 'vitest';
import { HttpJsonClient, parseRetryAfter, retryAfterMs } from '../../../src/adapters/resilience/index.js';
import { startFakeServer, type FakeServer } from '../../helpers/fake-backends/index.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const NOW = 1_800_000_000_000;
const client = (url: string, timeoutMs = 2_000, headers?: Record<string, string>) =>
  new HttpJsonClient({ backend: 'demo', baseUrl: url, timeoutMs, headers, clock: { now: () => NOW } });

describe('HttpJsonClient', () => {
  it('returns the parsed body of a 2xx answer and sends query, headers and JSON body', async () => {
    server = await startFakeServer((req) => ({ status: 200, json: { echo: req.body, q: req.query } }));
    const c = client(`${server.url}/prefix/`, 2_000, { 'X-Scope-OrgID': 'tenant1' });
    const res = await c.request({ path: '/api/x', query: { a: 'b c', skip: undefined, n: 3 }, body: { k: 1 }, headers: { authorization: 'Bearer t' } });
    expect(res).toEqual({ status: 'ok', value: { status: 200, body: { echo: { k: 1 }, q: { a: 'b c', n: '3' } } } });
    const req = server.requests[0];
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/prefix/api/x');
    expect(req.headers['x-scope-orgid']).toBe('tenant1');
    expect(req.headers.authorization).toBe('Bearer t');
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.query).not.toHaveProperty('skip');
  });

  it('fails a 4xx with the backend name, the status and the backend\'s own message', async () => {
    server = await startFakeServer(() => ({ status: 400, json: { status: 'error', errorType: 'bad_data', error: 'parse error at char 5' } }));
    const res = await client(server.url).request({ path: '/q' });
    expect(res).toEqual({ status: 'failed', error: 'demo: HTTP 400 Bad Request: parse error at char 5' });
  });

  it.each([
    [{ data: null, errors: [{ code: 404, msg: 'trace not found' }] }, 'trace not found'],
    [{ status: 'error', error: { type: 'forbidden', message: 'invalid API key' } }, 'invalid API key'],
  ])('reads the error message of each backend envelope (%#)', async (json, message) => {
    server = await startFakeServer(() => ({ status: 403, json }));
    const res = await client(server.url).request({ path: '/q' });
    expect(res.status).toBe('failed');
    expect(res.status === 'failed' && res.error).toBe(`demo: HTTP 403 Forbidden: ${message}`);
  });

  it('hands back an accepted non-2xx status with its body (JSON or text)', async () => {
    server = await startFakeServer((req) => (req.path === '/json' ? { status: 404, json: { errors: [{ msg: 'trace not found' }] } } : { status: 404, text: 'trace not found' }));
    expect(await client(server.url).request({ path: '/json', acceptStatuses: [404] })).toEqual({
      status: 'ok',
      value: { status: 404, body: { errors: [{ msg: 'trace not found' }] } },
    });
    expect(await client(server.url).request({ path: '/text', acceptStatuses: [404] })).toEqual({ status: 'ok', value: { status: 404, body: 'trace not found' } });
  });

  it.each([408, 500, 502, 503, 504])('makes HTTP %i retryable', async (status) => {
    server = await startFakeServer(() => ({ status, text: 'busy' }));
    const res = await client(server.url).request({ path: '/q' });
    expect(res.status).toBe('retryable');
    expect(res.status === 'retryable' && res.error).toMatch(new RegExp(`^demo: HTTP ${status}.*: busy$`));
    expect(res.status === 'retryable' && res.retryInMs).toBe(0);
  });

  it('carries Retry-After seconds and HTTP-dates of a 429 as retryInMs', async () => {
    server = await startFakeServer(() => ({ status: 200, json: {} }));
    server.setFault({ kind: 'rate-limit', retryAfter: '7' }, 1);
    const seconds = await client(server.url).request({ path: '/q' });
    expect(seconds).toMatchObject({ status: 'retryable', retryInMs: 7_000 });
    server.setFault({ kind: 'rate-limit', retryAfter: new Date(NOW + 12_000).toUTCString() }, 1);
    const date = await client(server.url).request({ path: '/q' });
    expect(date).toMatchObject({ status: 'retryable', retryInMs: 12_000 });
  });

  it('fails a 2xx with a malformed or empty body, saying so', async () => {
    server = await startFakeServer(() => ({ status: 200, text: '' }));
    expect(await client(server.url).request({ path: '/q' })).toEqual({ status: 'failed', error: 'demo: malformed JSON in HTTP 200 response (empty body)' });
    server.setFault({ kind: 'malformed' });
    const res = await client(server.url).request({ path: '/q' });
    expect(res.status === 'failed' && res.error).toMatch(/^demo: malformed JSON in HTTP 200 response \(.+\)$/);
  });

  it('gives up after the timeout, also when the server is merely slow', async () => {
    server = await startFakeServer(() => ({ status: 200, json: {} }));
    // The server answers only after ten minutes: only the client's timeout can end the request in time for the test.
    server.setFault({ kind: 'delay', ms: 600_000 });
    const res = await client(server.url, 100).request({ path: '/q' });
    expect(res).toEqual({ status: 'retryable', error: 'demo: no answer within 100 ms', retryInMs: 0 });
  });

  it('makes a reset connection and a refused connection retryable network errors', async () => {
    server = await startFakeServer(() => ({ status: 200, json: {} }));
    server.setFault({ kind: 'reset' });
    const reset = await client(server.url).request({ path: '/q' });
    expect(reset.status).toBe('retryable');
    expect(reset.status === 'retryable' && reset.error).toMatch(/^demo: network error: /);
    const url = server.url;
    await server.close();
    server = undefined;
    const refused = await client(url).request({ path: '/q' });
    expect(refused.status === 'retryable' && refused.error).toBe('demo: network error: ECONNREFUSED');
  });
});

describe('parseRetryAfter', () => {
  it('reads delay-seconds and HTTP-dates, never negative, undefined otherwise', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
    expect(parseRetryAfter(new Date(NOW + 3_000).toUTCString(), NOW)).toBe(3_000);
    expect(parseRetryAfter(new Date(NOW - 3_000).toUTCString(), NOW)).toBe(0);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
    expect(parseRetryAfter('-5', NOW)).toBeUndefined();
    expect(parseRetryAfter('1.5', NOW)).toBe(1_500);
  });

  it('prefers the more precise retry-after-ms of the OpenAI and Anthropic APIs', () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '250.2', 'retry-after': '1' }), NOW)).toBe(251);
    expect(retryAfterMs(new Headers({ 'retry-after-ms': 'soon', 'retry-after': '2' }), NOW)).toBe(2_000);
    expect(retryAfterMs(new Headers({ 'retry-after': new Date(NOW + 4_000).toUTCString() }), NOW)).toBe(4_000);
    expect(retryAfterMs(new Headers({ 'retry-after': '-5' }), NOW)).toBeUndefined();
    expect(retryAfterMs(undefined, NOW)).toBeUndefined();
  });
});
