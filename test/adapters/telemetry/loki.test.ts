import { afterEach, describe, expect, it } from 'vitest';
import { LokiBackend, grafanaHeaders } from '../../../src/adapters/telemetry/index.js';
import { FIXTURE_TIME_MS, FIXTURE_TRACE_ID, lokiFixtureStreams, startFakeLoki, type FakeLokiStream, type FakeServer } from '../../helpers/fake-backends/index.js';
import { contextRequest, fastResilience } from './harness.js';

let loki: FakeServer;
afterEach(() => loki?.close());

const ns = (ms: number) => `${ms}000000`;
const otherStreams: FakeLokiStream[] = [
  // Another service mentioning the same trace: not part of this service's logs.
  { stream: { service_name: 'payments', level: 'error' }, values: [[ns(FIXTURE_TIME_MS + 150), `ERROR upstream failed trace_id=${FIXTURE_TRACE_ID}`]] },
  // The service's own error without a trace id, and one outside the window.
  { stream: { service_name: 'checkout', level: 'error', trace_id: 'abababababababababababababababab' }, values: [
    [ns(FIXTURE_TIME_MS + 300), 'Exception in thread main: pool exhausted'],
    [ns(FIXTURE_TIME_MS + 3_600_000), 'ERROR much later'],
  ] },
];

describe('LokiBackend', () => {
  it('fetches the logs of the trace and the error lines of the service, newest first, deduplicated', async () => {
    loki = await startFakeLoki({ streams: [...lokiFixtureStreams, ...otherStreams] });
    const backend = new LokiBackend({ baseUrl: loki.url, limit: 50, ...fastResilience() });
    const request = contextRequest({ traceIds: [FIXTURE_TRACE_ID] });
    const res = await backend.fetchContext(request);
    expect(res.status).toBe('ok');
    if (res.status !== 'ok') return;
    expect(loki.requests.map((r) => r.query)).toEqual([
      {
        query: `{service_name="checkout"} |= "${FIXTURE_TRACE_ID}"`,
        start: ns(request.fromMs),
        end: ns(request.toMs + 1),
        limit: '50',
        direction: 'backward',
      },
      {
        query: '{service_name="checkout"} |~ "(?i)(error|exception|panic|fatal)"',
        start: ns(request.fromMs),
        end: ns(request.toMs + 1),
        limit: '50',
        direction: 'backward',
      },
    ]);
    expect(res.value.logs).toEqual([
      {
        timeMs: FIXTURE_TIME_MS + 300,
        body: 'Exception in thread main: pool exhausted',
        service: 'checkout',
        severity: 'error',
        traceId: 'abababababababababababababababab',
        labels: { service_name: 'checkout', level: 'error', trace_id: 'abababababababababababababababab' },
        source: 'loki',
      },
      {
        timeMs: FIXTURE_TIME_MS + 200,
        body: `ERROR payment failed trace_id=${FIXTURE_TRACE_ID} err=connection refused`,
        service: 'checkout',
        severity: 'error',
        traceId: FIXTURE_TRACE_ID,
        labels: { service_name: 'checkout', level: 'error' },
        source: 'loki',
      },
    ]);
    expect(res.value.notes).toEqual([]);
  });

  it('notes a trace whose id no log line of the service mentions', async () => {
    loki = await startFakeLoki({ streams: lokiFixtureStreams });
    const backend = new LokiBackend({ baseUrl: loki.url, ...fastResilience() });
    const missing = 'cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd';
    const res = await backend.fetchContext(contextRequest({ traceIds: [missing] }));
    expect(res.status === 'ok' && res.value.notes).toEqual([`loki: no log lines of checkout mention trace ${missing}`]);
    expect(res.status === 'ok' && res.value.logs.map((l) => l.timeMs)).toEqual([FIXTURE_TIME_MS + 200]);
  });

  it('keeps the newest lines when the limit caps the answer, and says so', async () => {
    const values: [string, string][] = [1, 2, 3, 4, 5].map((i) => [ns(FIXTURE_TIME_MS + i), `ERROR #${i}`]);
    loki = await startFakeLoki({ streams: [{ stream: { service_name: 'checkout' }, values }] });
    const backend = new LokiBackend({ baseUrl: loki.url, limit: 2, ...fastResilience() });
    const res = await backend.fetchContext(contextRequest());
    expect(res.status === 'ok' && res.value.logs.map((l) => l.body)).toEqual(['ERROR #5', 'ERROR #4']);
    expect(res.status === 'ok' && res.value.notes).toEqual(['loki: error lines of checkout capped at 2 (newest kept)']);
  });

  it('says so when the service logged no error in the window', async () => {
    loki = await startFakeLoki({ streams: lokiFixtureStreams });
    const backend = new LokiBackend({ baseUrl: loki.url, ...fastResilience() });
    const res = await backend.fetchContext(contextRequest({ service: 'search' }));
    expect(res).toEqual({
      status: 'ok',
      value: { traces: [], logs: [], metrics: [], notes: ['loki: no error lines of search between 2024-06-10T05:58:20.000Z and 2024-06-10T06:28:20.000Z'] },
    });
  });

  it('sends X-Scope-OrgID and the Grafana bearer token built by grafanaHeaders', async () => {
    loki = await startFakeLoki({ streams: lokiFixtureStreams });
    const backend = new LokiBackend({ baseUrl: loki.url, headers: grafanaHeaders({ apiKey: 'glc_key', orgId: 'tenant1' }), ...fastResilience() });
    await backend.fetchContext(contextRequest({ traceIds: [FIXTURE_TRACE_ID] }));
    expect(loki.requests).toHaveLength(2);
    for (const r of loki.requests) {
      expect(r.headers['x-scope-orgid']).toBe('tenant1');
      expect(r.headers.authorization).toBe('Bearer glc_key');
    }
  });
});
