import { afterEach, describe, expect, it } from 'vitest';
import { TempoBackend } from '../../../src/adapters/telemetry/index.js';
import { FIXTURE_TIME_MS, FIXTURE_TRACE_ID, startFakeTempo, tempoFixtureTrace, type FakeServer } from '../../helpers/fake-backends/index.js';
import { contextRequest, fastResilience } from './harness.js';

let tempo: FakeServer;
afterEach(() => tempo?.close());

const start = async () => (tempo = await startFakeTempo({ traces: [tempoFixtureTrace] }));

describe('TempoBackend', () => {
  it('fetches a trace by id and normalises `batches`, base64 ids and enum names', async () => {
    await start();
    const backend = new TempoBackend({ baseUrl: tempo.url, ...fastResilience() });
    const res = await backend.fetchContext(contextRequest({ traceIds: [FIXTURE_TRACE_ID] }));
    expect(tempo.requests.map((r) => r.path)).toEqual([`/api/traces/${FIXTURE_TRACE_ID}`]);
    expect(res).toEqual({
      status: 'ok',
      value: {
        traces: [
          {
            traceId: FIXTURE_TRACE_ID,
            source: 'tempo',
            spans: [
              {
                traceId: FIXTURE_TRACE_ID,
                spanId: '00f067aa0ba902b7',
                service: 'checkout',
                name: 'POST /checkout',
                startMs: FIXTURE_TIME_MS,
                durationMs: 250,
                error: true,
                statusMessage: 'connection refused',
                attributes: { 'service.name': 'checkout', 'http.status_code': 500 },
                events: [{ name: 'exception', timeMs: FIXTURE_TIME_MS + 200, attributes: { 'exception.message': 'connection refused' } }],
              },
            ],
          },
        ],
        logs: [],
        metrics: [],
        notes: [],
      },
    });
  });

  it('notes a trace Tempo answers 404 for', async () => {
    await start();
    const backend = new TempoBackend({ baseUrl: tempo.url, ...fastResilience() });
    const missing = '0123456789abcdef0123456789abcdef';
    const res = await backend.fetchContext(contextRequest({ traceIds: [missing, FIXTURE_TRACE_ID] }));
    expect(res.status === 'ok' && res.value.notes).toEqual([`tempo: trace ${missing} not found`]);
    expect(res.status === 'ok' && res.value.traces.map((t) => t.traceId)).toEqual([FIXTURE_TRACE_ID]);
  });

  it('finds error traces with TraceQL in unix seconds when there is no trace id, then fetches them', async () => {
    await start();
    const backend = new TempoBackend({ baseUrl: tempo.url, searchLimit: 7, ...fastResilience() });
    const request = contextRequest();
    const res = await backend.fetchContext(request);
    expect(res.status === 'ok' && res.value.traces.map((t) => t.traceId)).toEqual([FIXTURE_TRACE_ID]);
    expect(res.status === 'ok' && res.value.notes).toEqual(['tempo: 1 error trace(s) of checkout found by TraceQL search']);
    const [search, byId] = tempo.requests;
    expect(search.path).toBe('/api/search');
    expect(search.query).toEqual({
      q: '{ resource.service.name="checkout" && status=error }',
      start: String(request.fromMs / 1000),
      end: String(request.toMs / 1000),
      limit: '7',
    });
    expect(byId.path).toBe(`/api/traces/${FIXTURE_TRACE_ID}`);
  });

  it('says so when the search finds no error trace of the service', async () => {
    await start();
    const backend = new TempoBackend({ baseUrl: tempo.url, ...fastResilience() });
    const res = await backend.fetchContext(contextRequest({ service: 'payments "eu"' }));
    expect(tempo.requests[0].query.q).toBe('{ resource.service.name="payments \\"eu\\"" && status=error }');
    expect(res).toEqual({
      status: 'ok',
      value: { traces: [], logs: [], metrics: [], notes: ['tempo: no error traces of payments "eu" between 2024-06-10T05:58:20.000Z and 2024-06-10T06:28:20.000Z'] },
    });
  });
});
