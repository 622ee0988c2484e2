import { afterEach, describe, expect, it } from 'vitest';
import { SignozBackend } from '../../../src/adapters/telemetry/index.js';
import {
  FIXTURE_TIME_MS,
  FIXTURE_TRACE_ID,
  signozFixtureLogRow,
  signozFixtureSpanRow,
  startFakeServer,
  startFakeSignoz,
  type FakeServer,
  type FakeSignozRow,
} from '../../helpers/fake-backends/index.js';
import { contextRequest, fastResilience } from './harness.js';

let signoz: FakeServer;
afterEach(() => signoz?.close());

const childRow: FakeSignozRow = {
  timestamp: '2024-06-10T06:13:20.21Z',
  data: {
    trace_id: FIXTURE_TRACE_ID,
    span_id: 'b7ad6b7169203331',
    parent_span_id: '00f067aa0ba902b7',
    name: 'SELECT orders',
    'service.name': 'postgres',
    duration_nano: 180000000,
    has_error: false,
    'db.system': 'postgresql',
  },
};
const otherLog: FakeSignozRow = {
  timestamp: '2024-06-10T06:13:21Z',
  data: { body: 'pool exhausted', severity_text: 'ERROR', trace_id: '', resources_string: { 'service.name': 'checkout' }, attributes_string: {} },
};

const errorGroup = {
  exceptionType: 'ConnectionRefusedError',
  exceptionMessage: 'dial tcp 10.0.0.5:5432: connection refused',
  exceptionCount: 42,
  firstSeen: '2024-06-10T06:00:00Z',
  lastSeen: '2024-06-10T06:13:20.2Z',
  serviceName: 'checkout',
  groupID: 'g1',
};
const oldGroup = { ...errorGroup, exceptionType: 'TimeoutError', lastSeen: '2024-06-01T00:00:00Z', groupID: 'g0' };
const GROUP_NOTE = 'signoz: exception group ConnectionRefusedError in checkout: 42× (first 2024-06-10T06:00:00Z, last 2024-06-10T06:13:20.2Z): dial tcp 10.0.0.5:5432: connection refused';

const start = (apiKey = 'sk-test') =>
  startFakeSignoz({ apiKey, spans: [signozFixtureSpanRow, childRow], logs: [signozFixtureLogRow, otherLog], errorGroups: [errorGroup, oldGroup] });
const queries = (server: FakeServer) => server.requests.filter((r) => r.path === '/api/v5/query_range');

interface QueryBody {
  start: number;
  end: number;
  requestType: string;
  compositeQuery: { queries: { type: string; spec: { signal: string; filter: { expression: string }; limit: number } }[] };
}
const spec = (body: unknown) => (body as QueryBody).compositeQuery.queries[0].spec;

describe('SignozBackend', () => {
  it('fetches spans and logs of the trace and error logs of the service through POST /api/v5/query_range', async () => {
    signoz = await start();
    const backend = new SignozBackend({ baseUrl: signoz.url, apiKey: 'sk-test', ...fastResilience() });
    const request = contextRequest({ traceIds: [FIXTURE_TRACE_ID] });
    const res = await backend.fetchContext(request);
    expect(res.status).toBe('ok');
    if (res.status !== 'ok') return;

    expect(signoz.requests.map((r) => [r.method, r.path])).toEqual([
      ...Array(3).fill(['POST', '/api/v5/query_range']),
      ['POST', '/api/v1/listErrors'],
    ]);
    expect(queries(signoz).map((r) => [spec(r.body).signal, spec(r.body).filter.expression])).toEqual([
      ['traces', `trace_id = '${FIXTURE_TRACE_ID}'`],
      ['logs', `trace_id = '${FIXTURE_TRACE_ID}'`],
      ['logs', "service.name = 'checkout' AND severity_text = 'ERROR'"],
    ]);
    expect(signoz.requests[3].body).toEqual({
      start: `${request.fromMs}000000`,
      end: `${request.toMs}000000`,
      limit: 5,
      offset: 0,
      orderParam: 'lastSeen',
      order: 'descending',
      serviceName: 'checkout',
      exceptionType: '',
    });
    for (const r of signoz.requests) expect(r.headers['signoz-api-key']).toBe('sk-test');
    const logsQuery = signoz.requests[1].body as QueryBody;
    expect([logsQuery.start, logsQuery.end, logsQuery.requestType]).toEqual([request.fromMs, request.toMs, 'raw']);

    expect(res.value.traces).toEqual([
      {
        traceId: FIXTURE_TRACE_ID,
        source: 'signoz',
        spans: [
          {
            traceId: FIXTURE_TRACE_ID,
            spanId: '00f067aa0ba902b7',
            service: 'checkout',
            name: 'POST /checkout',
            startMs: FIXTURE_TIME_MS + 200,
            durationMs: 250,
            error: true,
            attributes: { response_status_code: '500' },
            events: [],
          },
          {
            traceId: FIXTURE_TRACE_ID,
            spanId: 'b7ad6b7169203331',
            parentSpanId: '00f067aa0ba902b7',
            service: 'postgres',
            name: 'SELECT orders',
            startMs: FIXTURE_TIME_MS + 210,
            durationMs: 180,
            error: false,
            attributes: { 'db.system': 'postgresql' },
            events: [],
          },
        ],
      },
    ]);
    expect(res.value.logs).toEqual([
      { timeMs: FIXTURE_TIME_MS + 1000, body: 'pool exhausted', service: 'checkout', severity: 'ERROR', labels: { 'service.name': 'checkout' }, source: 'signoz' },
      {
        timeMs: FIXTURE_TIME_MS + 200,
        body: 'payment failed: dial tcp 10.0.0.5:5432: connection refused',
        service: 'checkout',
        severity: 'ERROR',
        traceId: FIXTURE_TRACE_ID,
        labels: { 'service.name': 'checkout', 'host.name': 'checkout-7d9', 'db.system': 'postgresql', attempt: '3' },
        source: 'signoz',
      },
    ]);
    // The group last seen a week earlier lies outside the window.
    expect(res.value.notes).toEqual([GROUP_NOTE]);
  });

  it('notes a trace SigNoz has no spans of', async () => {
    signoz = await start();
    const backend = new SignozBackend({ baseUrl: signoz.url, apiKey: 'sk-test', ...fastResilience() });
    const missing = 'efefefefefefefefefefefefefefefef';
    const res = await backend.fetchContext(contextRequest({ traceIds: [missing] }));
    expect(res.status === 'ok' && res.value.notes).toEqual([`signoz: trace ${missing} not found`, GROUP_NOTE]);
  });

  it('finds the service\'s error spans when there is no trace id, then fetches their traces', async () => {
    signoz = await start();
    const backend = new SignozBackend({ baseUrl: signoz.url, apiKey: 'sk-test', ...fastResilience() });
    const res = await backend.fetchContext(contextRequest());
    expect(spec(queries(signoz)[0].body)).toMatchObject({ signal: 'traces', filter: { expression: "service.name = 'checkout' AND has_error = true" }, limit: 100 });
    expect(res.status === 'ok' && res.value.traces.map((t) => [t.traceId, t.spans.length])).toEqual([[FIXTURE_TRACE_ID, 2]]);
    expect(res.status === 'ok' && res.value.notes).toEqual(['signoz: 1 error trace(s) of checkout found by search', GROUP_NOTE]);
  });

  it('fails clearly without the right API key (401 missing, 403 wrong) and does not retry', async () => {
    signoz = await start();
    const none = await new SignozBackend({ baseUrl: signoz.url, ...fastResilience() }).fetchContext(contextRequest({ traceIds: [FIXTURE_TRACE_ID] }));
    expect(none.status).toBe('failed');
    expect(none.status === 'failed' && none.error).toContain('signoz: HTTP 401 Unauthorized: missing authorization');
    const wrong = await new SignozBackend({ baseUrl: signoz.url, apiKey: 'nope', ...fastResilience() }).fetchContext(contextRequest({ traceIds: [FIXTURE_TRACE_ID] }));
    expect(wrong.status === 'failed' && wrong.error).toContain('signoz: HTTP 403 Forbidden: invalid API key');
    // One request per query (3 + listErrors), none repeated.
    expect(signoz.requests).toHaveLength(8);
  });

  it('passes data.warning.warnings on as notes, once each', async () => {
    signoz = await startFakeSignoz({ spans: [signozFixtureSpanRow], warnings: ['query touched 3 of 5 shards'] });
    const backend = new SignozBackend({ baseUrl: signoz.url, maxExceptionGroups: 0, ...fastResilience() });
    const res = await backend.fetchContext(contextRequest({ traceIds: [FIXTURE_TRACE_ID] }));
    expect(signoz.requests.map((r) => r.path)).not.toContain('/api/v1/listErrors');
    expect(res.status === 'ok' && res.value.notes).toEqual(['signoz: no ERROR logs of checkout in the window', 'signoz: query touched 3 of 5 shards']);
  });

  it('reads the error envelope of a 200 answer and the older data.result[].list rows', async () => {
    signoz = await startFakeServer((req) => {
      if (req.path === '/api/v1/listErrors') return { status: 200, json: { status: 'success', data: [] } };
      const signal = spec(req.body).signal;
      return signal === 'traces'
        ? { status: 200, json: { status: 'success', data: { result: [{ queryName: 'A', list: [signozFixtureSpanRow] }] } } }
        : { status: 200, json: { status: 'error', error: { type: 'invalid_input', code: 'invalid_input', message: 'key severity_text not found' } } };
    });
    const backend = new SignozBackend({ baseUrl: signoz.url, ...fastResilience() });
    const res = await backend.fetchContext(contextRequest({ traceIds: [FIXTURE_TRACE_ID] }));
    expect(res.status === 'ok' && res.value.traces[0].spans[0].spanId).toBe('00f067aa0ba902b7');
    expect(res.status === 'ok' && res.value.notes).toEqual([
      `signoz: key severity_text not found (logs of trace ${FIXTURE_TRACE_ID})`,
      'signoz: key severity_text not found (error logs of checkout)',
    ]);
  });
});
