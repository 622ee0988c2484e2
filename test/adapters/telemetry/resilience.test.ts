// The same failure modes, run against every HTTP telemetry adapter and its fake backend: a
// stalled backend, 5xx then success, 429 with Retry-After (seconds and HTTP-date), a dropped
// connection, a malformed body, a failing backend opening the circuit, half-open recovery, a dead
// backend, and the tenancy/auth headers.
import { afterEach, describe, expect, it } from 'vitest';
import { JaegerBackend, LokiBackend, PrometheusBackend, SignozBackend, TempoBackend } from '../../../src/adapters/telemetry/index.js';
import type { CircuitState } from '../../../src/adapters/resilience/index.js';
import type { ContextPiece, ContextRequest, TelemetryBackend } from '../../../src/core/ports.js';
import {
  FIXTURE_TRACE_ID,
  jaegerFixtureTrace,
  lokiFixtureStreams,
  prometheusFixtureMatrix,
  signozFixtureLogRow,
  signozFixtureSpanRow,
  startFakeJaeger,
  startFakeLoki,
  startFakePrometheus,
  startFakeSignoz,
  startFakeTempo,
  tempoFixtureTrace,
  type FakeServer,
} from '../../helpers/fake-backends/index.js';
import { contextRequest, fastResilience, type Resilience } from './harness.js';

type Backend = TelemetryBackend & { readonly circuitState: CircuitState };

interface Case {
  name: string;
  start(): Promise<FakeServer>;
  create(url: string, resilience: Resilience, headers?: Record<string, string>): Backend;
  request: ContextRequest;
  /** HTTP requests one healthy fetchContext makes. */
  calls: number;
  /** What a healthy answer holds. */
  check(piece: ContextPiece): void;
}

const withTrace = contextRequest({ traceIds: [FIXTURE_TRACE_ID] });

const cases: Case[] = [
  {
    name: 'jaeger',
    start: () => startFakeJaeger({ traces: [jaegerFixtureTrace] }),
    create: (baseUrl, r, headers) => new JaegerBackend({ baseUrl, headers, ...r }),
    request: withTrace,
    calls: 1,
    check: (p) => expect(p.traces.map((t) => t.spans.length)).toEqual([2]),
  },
  {
    name: 'tempo',
    start: () => startFakeTempo({ traces: [tempoFixtureTrace] }),
    create: (baseUrl, r, headers) => new TempoBackend({ baseUrl, headers, ...r }),
    request: withTrace,
    calls: 1,
    check: (p) => expect(p.traces.map((t) => t.traceId)).toEqual([FIXTURE_TRACE_ID]),
  },
  {
    name: 'loki',
    start: () => startFakeLoki({ streams: lokiFixtureStreams }),
    create: (baseUrl, r, headers) => new LokiBackend({ baseUrl, headers, ...r }),
    request: withTrace,
    calls: 2,
    check: (p) => expect(p.logs.map((l) => l.traceId)).toEqual([FIXTURE_TRACE_ID]),
  },
  {
    name: 'prometheus',
    start: () => startFakePrometheus({ results: { up: prometheusFixtureMatrix } }),
    create: (baseUrl, r, headers) => new PrometheusBackend({ baseUrl, headers, queries: ['up'], ...r }),
    request: contextRequest({ fromMs: 1435781400_000, toMs: 1435781500_000 }),
    calls: 1,
    check: (p) => expect(p.metrics.map((m) => m.points.length)).toEqual([2]),
  },
  {
    name: 'signoz',
    start: () => startFakeSignoz({ apiKey: 'sk', spans: [signozFixtureSpanRow], logs: [signozFixtureLogRow] }),
    create: (baseUrl, r, headers) => new SignozBackend({ baseUrl, headers, apiKey: 'sk', ...r }),
    request: withTrace,
    calls: 4,
    check: (p) => {
      expect(p.traces.map((t) => t.traceId)).toEqual([FIXTURE_TRACE_ID]);
      expect(p.logs).toHaveLength(1);
    },
  },
];

describe.each(cases)('$name adapter resilience', (c) => {
  let server: FakeServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('answers retryable within its timeout when the backend stalls', async () => {
    server = await c.start();
    // The backend answers only after ten minutes: only the timeout can end the call in time for the test.
    server.setFault({ kind: 'delay', ms: 600_000 });
    const backend = c.create(server.url, fastResilience({ timeoutMs: 100, retries: 0 }));
    const res = await backend.fetchContext(c.request);
    expect(res.status).toBe('retryable');
    expect(res.status === 'retryable' && res.error).toContain(`${c.name}: no answer within 100 ms`);
  });

  it('retries a 503 and then succeeds', async () => {
    server = await c.start();
    server.setFault({ kind: 'status', status: 503 }, 1);
    const r = fastResilience();
    const res = await c.create(server.url, r).fetchContext(c.request);
    expect(res.status).toBe('ok');
    if (res.status === 'ok') c.check(res.value);
    expect(server.requests).toHaveLength(c.calls + 1);
    // First backoff: 200 ms base, equal jitter with random() = 0.
    expect(r.sleeps).toEqual([100]);
  });

  it('honours Retry-After seconds of a 429', async () => {
    server = await c.start();
    server.setFault({ kind: 'rate-limit', retryAfter: '3' }, 1);
    const r = fastResilience();
    const res = await c.create(server.url, r).fetchContext(c.request);
    expect(res.status).toBe('ok');
    expect(r.sleeps).toEqual([3_000]);
  });

  it('honours a Retry-After HTTP-date of a 429', async () => {
    server = await c.start();
    const r = fastResilience();
    server.setFault({ kind: 'rate-limit', retryAfter: new Date(r.clock.now() + 5_000).toUTCString() }, 1);
    const res = await c.create(server.url, r).fetchContext(c.request);
    expect(res.status).toBe('ok');
    expect(r.sleeps).toEqual([5_000]);
  });

  it('retries a reset connection', async () => {
    server = await c.start();
    server.setFault({ kind: 'reset' }, 1);
    const r = fastResilience();
    const res = await c.create(server.url, r).fetchContext(c.request);
    expect(res.status).toBe('ok');
    if (res.status === 'ok') c.check(res.value);
    expect(r.sleeps).toEqual([100]);
  });

  it('fails a malformed body with a clear message, without retrying', async () => {
    server = await c.start();
    server.setFault({ kind: 'malformed' });
    const r = fastResilience();
    const res = await c.create(server.url, r).fetchContext(c.request);
    expect(res.status).toBe('failed');
    expect(res.status === 'failed' && res.error).toContain(`${c.name}: malformed JSON in HTTP 200 response`);
    expect(server.requests).toHaveLength(c.calls);
    expect(r.sleeps).toEqual([]);
  });

  it('opens the circuit after repeated failures and then stops calling the backend', async () => {
    server = await c.start();
    server.setFault({ kind: 'status', status: 500 });
    const backend = c.create(server.url, fastResilience({ retries: 0 }));
    for (let i = 0; i < 3 && backend.circuitState === 'closed'; i++) {
      expect((await backend.fetchContext(c.request)).status).toBe('retryable');
    }
    expect(backend.circuitState).toBe('open');
    const made = server.requests.length;
    expect(made).toBe(3);
    const res = await backend.fetchContext(c.request);
    expect(res.status).toBe('retryable');
    expect(res.status === 'retryable' && res.error).toContain(`${c.name}: circuit open after 3 consecutive failures`);
    expect(res.status === 'retryable' && res.retryInMs).toBe(10_000);
    expect(server.requests).toHaveLength(made);
  });

  it('recovers through half-open once the backend is back, and re-opens if it is not', async () => {
    server = await c.start();
    server.setFault({ kind: 'status', status: 502 });
    const r = fastResilience({ retries: 0 });
    const backend = c.create(server.url, r);
    for (let i = 0; i < 3 && backend.circuitState === 'closed'; i++) await backend.fetchContext(c.request);
    expect(backend.circuitState).toBe('open');
    const made = server.requests.length;

    // Cool-down over, still failing: exactly one trial request, then open again.
    r.advance(10_000);
    expect(backend.circuitState).toBe('half-open');
    expect((await backend.fetchContext(c.request)).status).toBe('retryable');
    expect(server.requests).toHaveLength(made + 1);
    expect(backend.circuitState).toBe('open');

    // Next cool-down over, backend healthy: the trial succeeds and closes the circuit.
    server.setFault(null);
    r.advance(10_000);
    const res = await backend.fetchContext(c.request);
    expect(res.status).toBe('ok');
    if (res.status === 'ok') c.check(res.value);
    expect(backend.circuitState).toBe('closed');
  });

  it('answers retryable at once when nothing listens', async () => {
    server = await c.start();
    const url = server.url;
    await server.close();
    server = undefined;
    // A timeout longer than the test's: "at once" means without waiting for it.
    const res = await c.create(url, fastResilience({ timeoutMs: 600_000 })).fetchContext(c.request);
    expect(res.status).toBe('retryable');
    expect(res.status === 'retryable' && res.error).toContain(`${c.name}: network error: ECONNREFUSED`);
  });

  it('sends the configured auth and tenancy headers on every request', async () => {
    server = await c.start();
    const res = await c.create(server.url, fastResilience(), { Authorization: 'Bearer glc_abc', 'X-Scope-OrgID': 'tenant-a' }).fetchContext(c.request);
    expect(res.status).toBe('ok');
    expect(server.requests).toHaveLength(c.calls);
    for (const req of server.requests) {
      expect(req.headers.authorization).toBe('Bearer glc_abc');
      expect(req.headers['x-scope-orgid']).toBe('tenant-a');
      if (c.name === 'signoz') expect(req.headers['signoz-api-key']).toBe('sk');
    }
  });
});
