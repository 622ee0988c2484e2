// The fakes are only useful if they refuse what the real backends refuse; these tests hold them
// to the documented behaviour (backends.md §1–4) that the adapter tests rely on.
import { afterEach, describe, expect, it } from 'vitest';
import {
  FIXTURE_TRACE_ID,
  jaegerFixtureTrace,
  lokiFixtureStreams,
  signozFixtureSpanRow,
  startFakeJaeger,
  startFakeLoki,
  startFakePrometheus,
  startFakeSignoz,
  startFakeTempo,
  tempoFixtureTrace,
  type FakeServer,
} from '../../helpers/fake-backends/index.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function get(path: string, init?: RequestInit): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${server!.url}${path}`, init);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // plain-text answers (Loki, Tempo errors) stay text
  }
  return { status: res.status, body };
}

describe('fake Jaeger', () => {
  it('answers the envelope, 404 "trace not found", and 400 for a search without service', async () => {
    server = await startFakeJaeger({ traces: [jaegerFixtureTrace] });
    expect(await get(`/api/traces/${FIXTURE_TRACE_ID}`)).toEqual({ status: 200, body: { data: [jaegerFixtureTrace], total: 0, limit: 0, offset: 0, errors: null } });
    expect(await get('/api/traces/00000000000000000000000000000abc')).toEqual({
      status: 404,
      body: { data: null, total: 0, limit: 0, offset: 0, errors: [{ code: 404, msg: 'trace not found' }] },
    });
    expect((await get('/api/traces?tags=%7B%7D')).body).toMatchObject({ errors: [{ code: 400, msg: "parameter 'service' is required" }] });
    expect((await get('/api/traces/not-hex')).status).toBe(400);
    expect((await get('/api/services')).body).toMatchObject({ data: ['checkout', 'postgres'] });
    expect((await get('/api/v3/traces?query.service_name=checkout')).status).toBe(400);
  });
});

describe('fake Tempo', () => {
  it('serves the v1 body as stored, 404 otherwise, and rejects TraceQL it does not understand', async () => {
    server = await startFakeTempo({ traces: [tempoFixtureTrace] });
    expect(await get(`/api/traces/${FIXTURE_TRACE_ID}`)).toEqual({ status: 200, body: tempoFixtureTrace });
    expect((await get('/api/traces/0123')).status).toBe(404);
    expect((await get(`/api/search?q=${encodeURIComponent('{ span.http.status_code >= 500 }')}`)).status).toBe(400);
    const ok = await get(`/api/search?q=${encodeURIComponent('{ resource.service.name="checkout" && status=error }')}`);
    expect(ok.body).toMatchObject({ traces: [{ traceID: FIXTURE_TRACE_ID, rootServiceName: 'checkout', rootTraceName: 'POST /checkout', durationMs: 250 }] });
    const other = await get(`/api/search?q=${encodeURIComponent('{ resource.service.name="checkout" && status=ok }')}`);
    expect(other.body).toMatchObject({ traces: [] });
  });
});

describe('fake Loki', () => {
  const q = (logql: string, extra = '') =>
    get(`/loki/api/v1/query_range?query=${encodeURIComponent(logql)}&start=1718000000000000000&end=1718000001000000000${extra}`);

  it('honours the selector, line filters, label filters, limit and direction', async () => {
    server = await startFakeLoki({ streams: lokiFixtureStreams });
    const lines = async (logql: string, extra = '') => {
      const { body } = await q(logql, extra);
      return (body as { data: { result: { values: [string, string][] }[] } }).data.result.flatMap((r) => r.values.map((v) => v[1].slice(0, 5)));
    };
    expect(await lines('{service_name="checkout"}')).toEqual(['ERROR', 'WARN ']);
    expect(await lines('{service_name="checkout"}', '&direction=forward')).toEqual(['WARN ', 'ERROR']);
    expect(await lines('{service_name="checkout"}', '&limit=1')).toEqual(['ERROR']);
    expect(await lines(`{service_name="checkout"} |= "${FIXTURE_TRACE_ID}"`)).toEqual(['ERROR']);
    expect(await lines('{service_name="checkout"} != "ERROR"')).toEqual(['WARN ']);
    expect(await lines('{service_name="checkout"} |~ "(?i)retrying"')).toEqual(['WARN ']);
    expect(await lines('{service_name=~"check.*", level!="debug"} !~ "WARN"')).toEqual(['ERROR']);
    expect(await lines('{service_name="checkout"} | level="warn"')).toEqual([]);
    expect(await lines('{service_name="payments"}')).toEqual([]);
  });

  it('answers 400 in plain text for LogQL it cannot parse', async () => {
    server = await startFakeLoki({ streams: lokiFixtureStreams });
    expect((await q('service_name="checkout"')).status).toBe(400);
    expect((await q('{service_name="checkout"} |= unquoted')).status).toBe(400);
    expect((await q('{}')).status).toBe(400);
  });
});

describe('fake Prometheus', () => {
  it('answers the error envelope for missing parameters and too many points', async () => {
    server = await startFakePrometheus();
    expect(await get('/api/v1/query_range?query=up&start=0&end=100')).toMatchObject({ status: 400, body: { status: 'error', errorType: 'bad_data' } });
    expect(await get('/api/v1/query_range?query=up&start=0&end=86400&step=1')).toMatchObject({
      status: 400,
      body: { error: expect.stringContaining('11,000 points') },
    });
    expect(await get('/api/v1/query_range?query=up&start=0&end=100&step=15')).toEqual({
      status: 200,
      body: { status: 'success', data: { resultType: 'matrix', result: [] } },
    });
  });
});

describe('fake SigNoz', () => {
  const post = (body: unknown, key?: string) =>
    get('/api/v5/query_range', { method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { 'SIGNOZ-API-KEY': key } : {}) }, body: JSON.stringify(body) });
  const query = (expression: string) => ({
    schemaVersion: 'v1',
    start: 1717990000000,
    end: 1718010000000,
    requestType: 'raw',
    compositeQuery: { queries: [{ type: 'builder_query', spec: { name: 'A', signal: 'traces', filter: { expression }, limit: 10 } }] },
  });

  it('checks the API key, validates the body and evaluates the filter', async () => {
    server = await startFakeSignoz({ apiKey: 'k', spans: [signozFixtureSpanRow] });
    expect((await post(query(''))).status).toBe(401);
    expect((await post(query(''), 'bad')).status).toBe(403);
    expect((await post({ ...query(''), start: 'yesterday' }, 'k')).body).toMatchObject({ status: 'error', error: { type: 'invalid_input' } });
    expect((await post(query('name LIKE x'), 'k')).status).toBe(400);
    const rows = async (expression: string) =>
      ((await post(query(expression), 'k')).body as { data: { data: { results: { rows: unknown[] }[] } } }).data.data.results[0].rows.length;
    expect(await rows(`trace_id = '${FIXTURE_TRACE_ID}'`)).toBe(1);
    expect(await rows("service.name = 'checkout' AND has_error = true")).toBe(1);
    expect(await rows("service.name = 'checkout' AND has_error = false")).toBe(0);
  });

  it('requires limit and a documented orderParam on listErrors', async () => {
    server = await startFakeSignoz();
    const list = (body: unknown) => get('/api/v1/listErrors', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const body = { start: '1717990000000000000', end: '1718010000000000000', limit: 10, offset: 0, orderParam: 'lastSeen', order: 'descending', serviceName: 'checkout', exceptionType: '' };
    expect(await list(body)).toEqual({ status: 200, body: [] });
    expect((await list({ ...body, limit: undefined })).status).toBe(400);
    expect((await list({ ...body, orderParam: 'count' })).status).toBe(400);
  });
});
