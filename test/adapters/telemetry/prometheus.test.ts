import { afterEach, describe, expect, it } from 'vitest';
import { PrometheusBackend } from '../../../src/adapters/telemetry/index.js';
import { prometheusFixtureMatrix, startFakePrometheus, type FakeServer } from '../../helpers/fake-backends/index.js';
import { contextRequest, fastResilience } from './harness.js';

let prom: FakeServer;
afterEach(() => prom?.close());

// The fixture's samples are at 1435781430.781 and 1435781445.781 (2015-07-01).
const window = { fromMs: 1435781400_000, toMs: 1435781500_000 };
const ERRORS = 'sum(rate(http_server_requests_total{service_name="{service}",status=~"5.."}[5m]))';
const ERRORS_CHECKOUT = 'sum(rate(http_server_requests_total{service_name="checkout",status=~"5.."}[5m]))';

describe('PrometheusBackend', () => {
  it('runs each configured query with {service} substituted, in seconds with a sensible step, and reads string values', async () => {
    prom = await startFakePrometheus({ results: { [ERRORS_CHECKOUT]: prometheusFixtureMatrix } });
    const backend = new PrometheusBackend({ baseUrl: prom.url, queries: [ERRORS, ' up{job="{service}"} '], ...fastResilience() });
    const res = await backend.fetchContext(contextRequest(window));
    expect(prom.requests.map((r) => r.query)).toEqual([
      { query: ERRORS_CHECKOUT, start: '1435781400', end: '1435781500', step: '15' },
      { query: 'up{job="checkout"}', start: '1435781400', end: '1435781500', step: '15' },
    ]);
    expect(res).toEqual({
      status: 'ok',
      value: {
        traces: [],
        logs: [],
        metrics: [{ query: ERRORS_CHECKOUT, labels: { __name__: 'up', job: 'node' }, points: [[1435781430781, 1], [1435781445781, 0]], source: 'prometheus' }],
        notes: ['prometheus: no series for up{job="checkout"}'],
      },
    });
  });

  it('keeps the number of points per series small over a long window (Prometheus refuses > 11,000)', async () => {
    prom = await startFakePrometheus();
    const backend = new PrometheusBackend({ baseUrl: prom.url, queries: ['up'], ...fastResilience() });
    const res = await backend.fetchContext(contextRequest({ fromMs: 0, toMs: 30 * 86_400_000 }));
    expect(res.status).toBe('ok');
    expect(prom.requests[0].query.step).toBe(String(Math.ceil((30 * 86_400) / 120)));
  });

  it('escapes the service name inside the PromQL string', async () => {
    prom = await startFakePrometheus();
    const backend = new PrometheusBackend({ baseUrl: prom.url, queries: ['up{job="{service}"}'], ...fastResilience() });
    await backend.fetchContext(contextRequest({ ...window, service: 'a"b\\c' }));
    expect(prom.requests[0].query.query).toBe('up{job="a\\"b\\\\c"}');
  });

  it('turns a failing query (422 error envelope) into a note and keeps the others', async () => {
    prom = await startFakePrometheus({
      results: { up: prometheusFixtureMatrix },
      errors: { 'rate(x[5m]) / on() y': { status: 422, errorType: 'execution', error: 'many-to-many matching not allowed' } },
    });
    const backend = new PrometheusBackend({ baseUrl: prom.url, queries: ['rate(x[5m]) / on() y', 'up'], ...fastResilience() });
    const res = await backend.fetchContext(contextRequest(window));
    expect(res.status === 'ok' && res.value.metrics.map((m) => m.query)).toEqual(['up']);
    expect(res.status === 'ok' && res.value.notes).toEqual([
      'prometheus: HTTP 422 Unprocessable Entity: many-to-many matching not allowed (query rate(x[5m]) / on() y)',
    ]);
  });

  it('fails when every query fails, with the backend\'s message (400 bad_data)', async () => {
    prom = await startFakePrometheus({ errors: { 'sum(': { status: 400, errorType: 'bad_data', error: '1:5: parse error: unclosed left parenthesis' } } });
    const backend = new PrometheusBackend({ baseUrl: prom.url, queries: ['sum('], ...fastResilience() });
    const res = await backend.fetchContext(contextRequest(window));
    expect(res).toEqual({ status: 'failed', error: 'prometheus: HTTP 400 Bad Request: 1:5: parse error: unclosed left parenthesis (query sum()' });
    expect(prom.requests).toHaveLength(1);
  });

  it('retries a 503 error envelope (timeout or abort) and then succeeds', async () => {
    prom = await startFakePrometheus({ results: { up: prometheusFixtureMatrix } });
    prom.setFault({ kind: 'status', status: 503, body: '{"status":"error","errorType":"timeout","error":"query timed out"}' }, 1);
    const res_ = fastResilience();
    const backend = new PrometheusBackend({ baseUrl: prom.url, queries: ['up'], ...res_ });
    const res = await backend.fetchContext(contextRequest(window));
    expect(res.status === 'ok' && res.value.metrics).toHaveLength(1);
    expect(prom.requests).toHaveLength(2);
    expect(res_.sleeps).toEqual([100]);
  });

  it('skips the remaining queries once the backend is down, so a dead backend costs one request', async () => {
    prom = await startFakePrometheus({ results: { up: prometheusFixtureMatrix } });
    prom.setFault({ kind: 'status', status: 503, body: '{"status":"error","errorType":"unavailable","error":"shutting down"}' });
    const backend = new PrometheusBackend({ baseUrl: prom.url, queries: ['up', 'rate(x[5m])', 'rate(y[5m])'], ...fastResilience({ retries: 0 }) });
    const res = await backend.fetchContext(contextRequest(window));
    expect(prom.requests).toHaveLength(1);
    expect(res).toEqual({
      status: 'retryable',
      error: 'prometheus: HTTP 503 Service Unavailable: shutting down (query up); prometheus: 2 more request(s) skipped, the backend being unavailable',
      retryInMs: 100,
    });
  });

  it('drops NaN and ±Inf samples, and passes warnings on as notes', async () => {
    prom = await startFakePrometheus({
      results: { up: [{ metric: {}, values: [[1435781430, 'NaN'], [1435781445, '+Inf'], [1435781460, '-Inf'], [1435781475, '0.25']] }] },
      warnings: ['PromQL info: metric might not be a counter'],
    });
    const backend = new PrometheusBackend({ baseUrl: prom.url, queries: ['up'], ...fastResilience() });
    const res = await backend.fetchContext(contextRequest(window));
    expect(res.status === 'ok' && res.value.metrics[0].points).toEqual([[1435781475000, 0.25]]);
    expect(res.status === 'ok' && res.value.notes).toEqual(['prometheus: up: PromQL info: metric might not be a counter']);
  });

  it('with no queries configured makes no request and says so', async () => {
    prom = await startFakePrometheus();
    const backend = new PrometheusBackend({ baseUrl: prom.url, queries: ['', '  '], ...fastResilience() });
    expect(await backend.fetchContext(contextRequest(window))).toEqual({
      status: 'ok',
      value: { traces: [], logs: [], metrics: [], notes: ['prometheus: no queries configured'] },
    });
    expect(prom.requests).toHaveLength(0);
  });
});
