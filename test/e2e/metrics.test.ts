// /metrics on a real running Rounds, scraped over HTTP and read with a strict parser of the
// Prometheus text format: prom-client's process and runtime metrics, rounds_build_info, one
// label vocabulary, request series that always say their signal, signatures by status, calls
// to a telemetry backend that is down and the state of its circuit breaker.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postOtlp, traceRequest } from '../helpers/otlp-requests.js';
import { parseExposition, sampleValue, type Family } from '../helpers/prometheus-text.js';
import { startTestInstance, type TestInstance } from '../helpers/rounds-instance.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Every label a rounds_* series may carry (README "Metrics"). */
const VOCABULARY = new Set(['signal', 'transport', 'outcome', 'reason', 'kind', 'state', 'status', 'adapter', 'backend', 'notifier', 'model', 'version', 'nodejs_version', 'le']);

describe('/metrics', () => {
  let rounds: TestInstance;
  let deadBackend: Server;
  const reports = mkdtempSync(join(tmpdir(), 'rounds-metrics-reports-'));
  const scrape = async () => {
    const res = await fetch(`http://127.0.0.1:${rounds.apiPort}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parseExposition(await res.text());
  };

  beforeAll(async () => {
    // A "Jaeger" that accepts connections and closes them at once: every call fails.
    deadBackend = createServer((socket) => socket.destroy()).listen(0, '127.0.0.1');
    await new Promise((resolve) => deadBackend.once('listening', resolve));
    const port = (deadBackend.address() as { port: number }).port;
    rounds = await startTestInstance({
      INVESTIGATOR_ENABLED: 'true',
      INVESTIGATION_SETTLE: '0s',
      TELEMETRY_BACKEND: 'local,jaeger',
      JAEGER_API_URL: `http://127.0.0.1:${port}`,
      BACKEND_TIMEOUT: '2s',
      NOTIFICATION_BACKEND: 'markdown',
      NOTIFICATION_OUTPUT_DIR: reports,
    });
  });
  afterAll(async () => {
    await rounds?.dispose();
    deadBackend?.close();
    rmSync(reports, { recursive: true, force: true });
  });

  it('exposes runtime metrics, build info and zeroed request series before any export', async () => {
    const families = await scrape();
    expect(sampleValue(families, 'rounds_build_info', { version: VERSION, nodejs_version: process.versions.node })).toBe(1);
    for (const name of ['process_cpu_user_seconds_total', 'process_resident_memory_bytes', 'nodejs_eventloop_lag_seconds', 'nodejs_heap_size_used_bytes']) expect(families.has(name), name).toBe(true);
    for (const transport of ['grpc', 'http']) {
      for (const signal of ['traces', 'logs', 'metrics']) expect(sampleValue(families, 'rounds_requests_total', { transport, signal, outcome: 'ok' })).toBe(0);
    }
    expect(sampleValue(families, 'rounds_circuit_breaker_state', { adapter: 'jaeger', state: 'closed' })).toBe(1);
  });

  it('counts requests, signatures, backend calls and circuit state with one label vocabulary', async () => {
    const port = rounds.httpPort;
    expect((await postOtlp(port, '/v1/traces', traceRequest('billing', [{ type: 'LedgerLockTimeout', message: 'could not lock ledger row 42 within 5s' }], 3))).status).toBe(200);
    expect((await postOtlp(port, '/v1/traces', traceRequest('billing', [{ type: 'InvoiceRenderError', message: 'template "invoice.v2" is missing' }]))).status).toBe(200);
    expect((await postOtlp(port, '/v1/traces', Buffer.from('hello'), { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await postOtlp(port, '/v2/spans', Buffer.alloc(0))).status).toBe(404);

    // Both signatures get investigated (Jaeger failing does not stop the local evidence); an
    // investigation is counted once its reports are out, after the signature is stored diagnosed.
    // The queue gauge is the queue as the scheduler last looked at it (src/investigate/scheduler.ts
    // `queueSize`): its next look, after the last investigation, finds the queue empty. The
    // signatures by status are a count reused for a while after it was made (a multiple of what it
    // took, src/observability/service-metrics.ts), so a scrape may still show the count made before
    // the investigations ended: all three are waited for together.
    let families: Map<string, Family> = new Map();
    await expect
      .poll(
        async () => {
          families = await scrape();
          return [
            sampleValue(families, 'rounds_investigations_total', { outcome: 'diagnosed' }),
            sampleValue(families, 'rounds_investigation_queue', { state: 'queued' }),
            sampleValue(families, 'rounds_signatures', { status: 'diagnosed' }),
          ];
        },
        { timeout: 60_000, interval: 200 },
      )
      .toEqual([2, 0, 2]);

    expect(sampleValue(families, 'rounds_requests_total', { transport: 'http', signal: 'traces', outcome: 'ok' })).toBe(2);
    expect(sampleValue(families, 'rounds_requests_total', { transport: 'http', signal: 'traces', outcome: 'unsupported_media_type' })).toBe(1);
    expect(sampleValue(families, 'rounds_requests_total', { transport: 'http', signal: 'unknown', outcome: 'not_found' })).toBe(1);
    expect(sampleValue(families, 'rounds_received_items_total', { signal: 'traces' })).toBe(5);
    expect(sampleValue(families, 'rounds_errors_selected_total', { signal: 'traces' })).toBe(2);
    expect(sampleValue(families, 'rounds_signatures', { status: 'new' })).toBe(0);
    expect(sampleValue(families, 'rounds_notifications_total', { notifier: 'markdown', outcome: 'ok' })).toBe(2);
    // Each investigation asked the dead Jaeger once (its retries are inside one call) and the local store once.
    expect(sampleValue(families, 'rounds_backend_calls_total', { backend: 'jaeger', outcome: 'ok' })).toBe(0);
    const jaegerFailures = sampleValue(families, 'rounds_backend_calls_total', { backend: 'jaeger', outcome: 'retryable' }) + sampleValue(families, 'rounds_backend_calls_total', { backend: 'jaeger', outcome: 'failed' });
    expect(jaegerFailures).toBe(2);
    expect(sampleValue(families, 'rounds_backend_calls_total', { backend: 'local', outcome: 'ok' })).toBe(2);
    const states = ['closed', 'open', 'half-open'].map((state) => sampleValue(families, 'rounds_circuit_breaker_state', { adapter: 'jaeger', kind: 'telemetry', state }));
    expect(states.reduce((a, b) => a + b, 0)).toBe(1);
    const commits = families.get('rounds_commit_duration_seconds')!;
    expect(commits.type).toBe('histogram');
    expect(commits.samples.find((s) => s.name.endsWith('_count'))!.value).toBeGreaterThanOrEqual(1);

    // One vocabulary: every label of every rounds_* series is a known one, every request
    // series says its transport, signal and outcome, and outcomes are lower case.
    for (const family of families.values()) {
      if (!family.name.startsWith('rounds_')) continue;
      expect(family.help, family.name).not.toBe('');
      if (family.type === 'counter') expect(family.name).toMatch(/_total$/);
      for (const sample of family.samples) {
        for (const label of Object.keys(sample.labels)) expect(VOCABULARY.has(label), `${sample.name} ${label}`).toBe(true);
        if (sample.labels.outcome !== undefined) expect(sample.labels.outcome).toMatch(/^[a-z_]+$/);
      }
    }
    for (const sample of families.get('rounds_requests_total')!.samples) expect(Object.keys(sample.labels).sort()).toEqual(['outcome', 'signal', 'transport']);
  }, 180_000);
});

describe('the strict exposition reader', () => {
  it('refuses what Prometheus would refuse', () => {
    expect(() => parseExposition('x_total 1\n')).toThrow(/without a TYPE/);
    expect(() => parseExposition('# TYPE x counter\nx{a="1"} 1\nx{a="1"} 2\n')).toThrow(/twice/);
    expect(() => parseExposition('# TYPE x counter\nx{a="b\\q"} 1\n')).toThrow(/bad escape/);
    expect(() => parseExposition('# TYPE h histogram\nh_bucket{le="1"} 2\nh_bucket{le="+Inf"} 1\nh_count 1\nh_sum 1\n')).toThrow(/cumulative/);
    expect(() => parseExposition('# TYPE x gauge\nx 1')).toThrow(/line feed/);
    expect(parseExposition('# HELP x an "x"\n# TYPE x gauge\nx{a="q\\"\\n"} 1.5e3\n').get('x')!.samples[0]).toEqual({ name: 'x', labels: { a: 'q"\n' }, value: 1500 });
  });
});
