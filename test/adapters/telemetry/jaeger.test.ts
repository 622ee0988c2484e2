import { afterEach, describe, expect, it } from 'vitest';
import { JaegerBackend } from '../../../src/adapters/telemetry/index.js';
import { FIXTURE_TIME_MS, FIXTURE_TRACE_ID, jaegerFixtureTrace, startFakeJaeger, type FakeServer } from '../../helpers/fake-backends/index.js';
import { contextRequest, fastResilience } from './harness.js';

let jaeger: FakeServer;
afterEach(() => jaeger?.close());

const start = async () => (jaeger = await startFakeJaeger({ traces: [jaegerFixtureTrace] }));

describe('JaegerBackend (legacy /api)', () => {
  it('fetches a trace by id and normalises it (µs → ms, tags, process, exception log, parent)', async () => {
    await start();
    const backend = new JaegerBackend({ baseUrl: jaeger.url, ...fastResilience() });
    const res = await backend.fetchContext(contextRequest({ traceIds: [FIXTURE_TRACE_ID.toUpperCase()] }));
    expect(res.status).toBe('ok');
    if (res.status !== 'ok') return;
    expect(jaeger.requests.map((r) => r.path)).toEqual([`/api/traces/${FIXTURE_TRACE_ID}`]);
    expect(res.value.notes).toEqual([]);
    expect(res.value.traces).toEqual([
      {
        traceId: FIXTURE_TRACE_ID,
        source: 'jaeger',
        spans: [
          {
            traceId: FIXTURE_TRACE_ID,
            spanId: '00f067aa0ba902b7',
            service: 'checkout',
            name: 'POST /checkout',
            startMs: FIXTURE_TIME_MS,
            durationMs: 250,
            error: true,
            statusMessage: 'dial tcp 10.0.0.5:5432: connection refused',
            attributes: { hostname: 'checkout-7d9', 'http.status_code': 500, error: true, 'otel.status_code': 'ERROR' },
            events: [{ name: 'exception', timeMs: FIXTURE_TIME_MS + 200, attributes: { 'exception.message': 'dial tcp 10.0.0.5:5432: connection refused' } }],
          },
          {
            traceId: FIXTURE_TRACE_ID,
            spanId: 'b7ad6b7169203331',
            parentSpanId: '00f067aa0ba902b7',
            service: 'postgres',
            name: 'SELECT orders',
            startMs: FIXTURE_TIME_MS + 10,
            durationMs: 180,
            error: false,
            attributes: { 'db.system': 'postgresql' },
            events: [],
          },
        ],
      },
    ]);
  });

  it('notes a trace Jaeger does not have (404 "trace not found") and falls back to an error search', async () => {
    await start();
    const backend = new JaegerBackend({ baseUrl: jaeger.url, ...fastResilience() });
    const missing = 'ffffffffffffffffffffffffffffffff';
    const res = await backend.fetchContext(contextRequest({ traceIds: [missing] }));
    expect(res.status).toBe('ok');
    if (res.status !== 'ok') return;
    expect(res.value.notes).toEqual([
      `jaeger: trace ${missing} not found`,
      'jaeger: 1 error trace(s) of checkout found by search (stored trace ids not found)',
    ]);
    expect(res.value.traces.map((t) => t.traceId)).toEqual([FIXTURE_TRACE_ID]);
  });

  it('searches error traces of the service with µs bounds and tags={"error":"true"} when there is no trace id', async () => {
    await start();
    const backend = new JaegerBackend({ baseUrl: jaeger.url, maxTraces: 4, ...fastResilience() });
    const request = contextRequest();
    const res = await backend.fetchContext(request);
    expect(res.status === 'ok' && res.value.traces.map((t) => t.traceId)).toEqual([FIXTURE_TRACE_ID]);
    const search = jaeger.requests[0];
    expect(search.path).toBe('/api/traces');
    expect(search.query).toEqual({
      service: 'checkout',
      tags: '{"error":"true"}',
      start: String(request.fromMs * 1000),
      end: String(request.toMs * 1000),
      limit: '4',
    });
  });

  it('says so when the search finds nothing in the window', async () => {
    await start();
    const backend = new JaegerBackend({ baseUrl: jaeger.url, ...fastResilience() });
    const res = await backend.fetchContext(contextRequest({ fromMs: FIXTURE_TIME_MS + 3_600_000, toMs: FIXTURE_TIME_MS + 7_200_000 }));
    expect(res).toEqual({
      status: 'ok',
      value: { traces: [], logs: [], metrics: [], notes: ['jaeger: no error traces of checkout between 2024-06-10T07:13:20.000Z and 2024-06-10T08:13:20.000Z'] },
    });
  });

  it('does not search when the backend failed rather than answered "not found"', async () => {
    await start();
    jaeger.setFault({ kind: 'status', status: 503 });
    const backend = new JaegerBackend({ baseUrl: jaeger.url, ...fastResilience({ retries: 0 }) });
    const res = await backend.fetchContext(contextRequest({ traceIds: [FIXTURE_TRACE_ID] }));
    expect(res.status).toBe('retryable');
    expect(jaeger.requests.map((r) => r.path)).toEqual([`/api/traces/${FIXTURE_TRACE_ID}`]);
  });
});

describe('JaegerBackend (api_v3)', () => {
  it('reads {"result":{"resourceSpans"}} with hex ids, int64 strings and int status codes', async () => {
    await start();
    const backend = new JaegerBackend({ baseUrl: jaeger.url, api: 'v3', ...fastResilience() });
    const res = await backend.fetchContext(contextRequest({ traceIds: [FIXTURE_TRACE_ID] }));
    expect(res.status).toBe('ok');
    if (res.status !== 'ok') return;
    expect(jaeger.requests[0].path).toBe(`/api/v3/traces/${FIXTURE_TRACE_ID}`);
    const [trace] = res.value.traces;
    const root = trace.spans.find((s) => s.spanId === '00f067aa0ba902b7')!;
    expect(root).toMatchObject({ service: 'checkout', name: 'POST /checkout', startMs: FIXTURE_TIME_MS, durationMs: 250, error: true });
    expect(root.statusMessage).toBe('dial tcp 10.0.0.5:5432: connection refused');
    expect(root.attributes).toMatchObject({ 'http.status_code': 500, hostname: 'checkout-7d9', 'service.name': 'checkout' });
    const child = trace.spans.find((s) => s.spanId === 'b7ad6b7169203331')!;
    expect(child).toMatchObject({ parentSpanId: '00f067aa0ba902b7', service: 'postgres', error: false });
  });

  it('searches with RFC3339 bounds, keeps only traces with an error span, and reads 404 "No traces found" as none', async () => {
    await start();
    const backend = new JaegerBackend({ baseUrl: jaeger.url, api: 'v3', ...fastResilience() });
    const found = await backend.fetchContext(contextRequest());
    expect(found.status === 'ok' && found.value.traces.map((t) => t.traceId)).toEqual([FIXTURE_TRACE_ID]);
    expect(jaeger.requests[0].query).toMatchObject({
      'query.service_name': 'checkout',
      'query.start_time_min': '2024-06-10T05:58:20.000Z',
      'query.start_time_max': '2024-06-10T06:28:20.000Z',
    });
    const none = await backend.fetchContext(contextRequest({ service: 'nobody' }));
    expect(none).toEqual({ status: 'ok', value: { traces: [], logs: [], metrics: [], notes: ['jaeger: no error traces of nobody between 2024-06-10T05:58:20.000Z and 2024-06-10T06:28:20.000Z'] } });
  });
});
