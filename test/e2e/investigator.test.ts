// The whole investigator path with the real adapters wired by main.ts: an error sent through
// the real OTel SDK → stored → context from the local store, a fake Jaeger and a fake Loki
// (with Tempo configured but dead) → the Anthropic diagnoser (budgeted, redacted) against a
// fake Messages API that checks its prompt → the diagnosis stored → a GitHub issue created on
// a fake GitHub. The dead backend makes the diagnosis poorer (a note), never stuck.
import { rmSync } from 'node:fs';
import { SpanStatusCode } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { utcDay } from '../../src/core/budget.js';
import type { Signature } from '../../src/core/model.js';
import { startFakeJaeger, startFakeLoki, startFakePrometheus, startFakeServer, startFakeSignoz, type FakeJaegerTrace, type FakeLokiStream, type FakeServer } from '../helpers/fake-backends/index.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';
import { promptText, SAMPLE_DIAGNOSIS, startFakeAnthropic, type FakeAnthropic } from '../helpers/fake-llm/index.js';
import { PLANTED, PLANTED_FRAGMENTS } from '../helpers/fake-llm/samples.js';
import { ensureBuilt, runCli, spawnServer } from '../helpers/cli.js';
import { startTestInstance, tempDataDir, type TestInstance } from '../helpers/rounds-instance.js';
import { allSignatures } from '../helpers/temp-store.js';

const GITHUB_TOKEN = 'ghp_fake_token_for_tests_only_000000000000';

describe('investigator end to end with real adapters', () => {
  let jaeger: FakeServer;
  let loki: FakeServer;
  let deadTempoUrl: string;
  let llm: FakeAnthropic;
  let github: FakeGitHub;
  let rounds: TestInstance;
  let signature: Signature;
  const traces: FakeJaegerTrace[] = [];
  const streams: FakeLokiStream[] = [];

  beforeAll(async () => {
    jaeger = await startFakeJaeger({ traces });
    loki = await startFakeLoki({ streams });
    // A Tempo that is gone: its port refuses connections.
    const gone = await startFakeServer(() => ({ status: 200, json: {} }));
    deadTempoUrl = gone.url;
    await gone.close();
    llm = await startFakeAnthropic({
      // What only the trace backend and the log backend know must reach the model…
      expect: ['inventory', 'stock lookup deadline exceeded', 'pool exhausted while waiting for inventory', 'tempo'],
      // …and the secrets in the error must not.
      forbid: PLANTED_FRAGMENTS,
    });
    github = await startFakeGitHub({ token: GITHUB_TOKEN, repo: 'acme/shop' });
    rounds = await startTestInstance({
      INVESTIGATOR_ENABLED: 'true',
      INVESTIGATION_SETTLE: '0',
      TELEMETRY_BACKEND: 'local,jaeger,loki,tempo',
      JAEGER_API_URL: jaeger.url,
      GRAFANA_LOKI_URL: loki.url,
      GRAFANA_TEMPO_URL: deadTempoUrl,
      GRAFANA_API_KEY: 'glsa_test_key',
      GRAFANA_ORG_ID: 'tenant-7',
      BACKEND_TIMEOUT: '2s',
      DIAGNOSIS_BACKEND: 'anthropic',
      ANTHROPIC_API_KEY: 'test-key',
      ANTHROPIC_BASE_URL: llm.url,
      NOTIFICATION_BACKEND: 'github_issue',
      GITHUB_TOKEN,
      GITHUB_REPO: 'acme/shop',
      GITHUB_API_URL: github.url,
    });

    const provider = new TracerProvider({
      resource: resourceFromAttributes({ 'service.name': 'checkout', 'service.version': '2.4.0', 'host.name': 'checkout-1' }),
      spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: `http://127.0.0.1:${rounds.grpcPort}` }), scheduledDelayMillis: 50 })],
    });
    const span = provider.getTracer('e2e').startSpan('POST /checkout', { attributes: { 'http.route': '/checkout', 'user.email': PLANTED.email } });
    const error = new Error(`order lookup failed via postgres://app:${PLANTED.dbPassword}@10.0.0.5:5432/orders (token ${PLANTED.anthropicKey})`);
    span.recordException(error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
    const { traceId, spanId } = span.spanContext();
    const startUs = Date.now() * 1000;
    // What Jaeger holds for the same trace: the checkout span and the inventory call that failed first.
    traces.push({
      traceID: traceId,
      spans: [
        { traceID: traceId, spanID: spanId, operationName: 'POST /checkout', startTime: startUs, duration: 2_100_000, processID: 'p1', tags: [{ key: 'error', type: 'bool', value: true }] },
        {
          traceID: traceId,
          spanID: 'b7ad6b7169203331',
          operationName: 'GET /stock/:sku',
          references: [{ refType: 'CHILD_OF', traceID: traceId, spanID: spanId }],
          startTime: startUs + 10_000,
          duration: 2_000_000,
          processID: 'p2',
          tags: [
            { key: 'error', type: 'bool', value: true },
            { key: 'otel.status_description', type: 'string', value: 'stock lookup deadline exceeded' },
          ],
        },
      ] as FakeJaegerTrace['spans'],
      processes: { p1: { serviceName: 'checkout' }, p2: { serviceName: 'inventory' } },
    });
    streams.push({ stream: { service_name: 'checkout' }, values: [[`${startUs + 1_000}000`, `level=error trace_id=${traceId} msg="pool exhausted while waiting for inventory"`]] });
    span.end();
    await provider.forceFlush();
    await provider.shutdown();

    // Finished means diagnosed, reported and taken off the queue. A dead backend that made the
    // investigation hang would never get here (the poll's timeout is a safety net, not a budget).
    await vi.waitFor(
      async () => {
        const found = (await allSignatures(rounds.store, 'count'))[0];
        if (found?.status !== 'diagnosed' || (await rounds.store.getInvestigation(found.id))) throw new Error('not finished yet');
        signature = found;
      },
      { timeout: 60_000, interval: 50 },
    );
  });

  afterAll(async () => {
    await rounds?.dispose();
    await Promise.all([jaeger?.close(), loki?.close(), llm?.close(), github?.close()]);
  });

  it('stores the model diagnosis, within budget, without getting stuck on the dead backend', async () => {
    expect(signature).toMatchObject({ service: 'checkout', status: 'diagnosed' });
    expect(signature.diagnosis).toMatchObject({ rootCause: SAMPLE_DIAGNOSIS.rootCause, model: expect.stringContaining('claude') });
    expect(signature.diagnosis!.fallbackReason).toBeUndefined();
    expect(signature.diagnosis!.costUsd).toBeGreaterThan(0);
    expect(await rounds.store.spentOn(utcDay(Date.now()))).toBeCloseTo(signature.diagnosis!.costUsd, 10);
    expect(await rounds.store.getInvestigation(signature.id)).toBeUndefined();
  });

  it('asked Jaeger and Loki for the trace the error came from, with the configured headers', () => {
    const traceId = traces[0].traceID;
    expect(jaeger.requests.some((r) => r.path === `/api/traces/${traceId}`)).toBe(true);
    expect(loki.requests.some((r) => (r.query.query ?? '').includes(traceId))).toBe(true);
    // The Grafana stack's key and tenant go to Loki (and Tempo, Prometheus), not to Jaeger.
    for (const r of loki.requests) expect(r.headers).toMatchObject({ authorization: 'Bearer glsa_test_key', 'x-scope-orgid': 'tenant-7' });
    for (const r of jaeger.requests) expect(r.headers.authorization).toBeUndefined();
  });

  it('sent the model a prompt with the evidence, the dead backend noted, and no planted secret', () => {
    expect(llm.violations).toEqual([]);
    expect(llm.bodies).toHaveLength(1);
    const prompt = promptText(llm.bodies[0]);
    expect(prompt).toMatch(/deepest failing span: inventory/);
    expect(prompt).toMatch(/tempo: unavailable/);
    for (const secret of PLANTED_FRAGMENTS) expect(prompt).not.toContain(secret);
  });

  it('counts the investigation, its cost and its report on /metrics', async () => {
    const metrics = async () => (await fetch(`http://127.0.0.1:${rounds.apiPort}/metrics`)).text();
    const text = await metrics();
    expect(text).toContain('rounds_investigations_total{outcome="diagnosed"} 1');
    expect(text).toMatch(/rounds_diagnosis_cost_usd_total\{model="claude[^"]*"\} 0\.\d+/);
    expect(text).toContain('rounds_notifications_total{notifier="github_issue",outcome="ok"} 1');
    // The queue gauge is the length the scheduler read at its last tick (scheduler.ts
    // `queueSize`): the tick after the dequeue reads 0, whenever that tick comes.
    await expect.poll(metrics, { timeout: 30_000, interval: 50 }).toContain('rounds_investigation_queue{state="queued"} 0');
  });

  it('opened one GitHub issue carrying the diagnosis and no planted secret', () => {
    expect(github.issues).toHaveLength(1);
    const issue = github.issues[0];
    expect(issue.repo).toBe('acme/shop');
    expect(issue.title).toContain('checkout');
    expect(issue.body).toContain(SAMPLE_DIAGNOSIS.rootCause);
    expect(issue.body).toContain(signature.fingerprint);
    for (const secret of PLANTED_FRAGMENTS) expect(`${issue.title}\n${issue.body}`).not.toContain(secret);
  });
});

describe('investigator end to end when the model cannot be used', () => {
  let llm: FakeAnthropic;
  let github: FakeGitHub;
  let rounds: TestInstance;

  beforeAll(async () => {
    llm = await startFakeAnthropic({ apiKey: 'the-right-key' });
    github = await startFakeGitHub({ token: GITHUB_TOKEN, repo: 'acme/shop' });
    rounds = await startTestInstance({
      INVESTIGATOR_ENABLED: 'true',
      INVESTIGATION_SETTLE: '0',
      TELEMETRY_BACKEND: 'local',
      DIAGNOSIS_BACKEND: 'anthropic',
      ANTHROPIC_API_KEY: 'a-revoked-key',
      ANTHROPIC_BASE_URL: llm.url,
      NOTIFICATION_BACKEND: 'github_issue',
      GITHUB_TOKEN,
      GITHUB_REPO: 'acme/shop',
      GITHUB_API_URL: github.url,
    });
  });
  afterAll(async () => {
    await rounds?.dispose();
    await Promise.all([llm?.close(), github?.close()]);
  });

  it('falls back to the offline diagnosis, says why, and still reports', async () => {
    const provider = new TracerProvider({
      resource: resourceFromAttributes({ 'service.name': 'billing', 'service.version': '1.0.0', 'host.name': 'billing-1' }),
      spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: `http://127.0.0.1:${rounds.grpcPort}` }), scheduledDelayMillis: 50 })],
    });
    const span = provider.getTracer('e2e').startSpan('POST /invoices');
    span.recordException(new Error('connect ECONNREFUSED 10.0.0.9:6379'));
    span.setStatus({ code: SpanStatusCode.ERROR, message: 'connect ECONNREFUSED 10.0.0.9:6379' });
    span.end();
    await provider.forceFlush();
    await provider.shutdown();

    const sig = await diagnosedAndDequeued(rounds);
    expect(sig!.diagnosis).toMatchObject({ model: 'evidence', costUsd: 0, fallbackReason: expect.stringMatching(/^anthropic failed .*401/) });
    expect(sig!.diagnosis!.rootCause).toContain('Redis at 10.0.0.9:6379');
    expect(github.issues).toHaveLength(1);
    expect(github.issues[0].body).toContain(sig!.diagnosis!.fallbackReason!.slice(0, 30));
  });
});

describe('rounds diagnose against a running rounds serve', () => {
  const dataDir = tempDataDir('rounds-diagnose-e2e-');
  let server: Awaited<ReturnType<typeof spawnServer>> | undefined;

  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      const exited = new Promise((resolve) => server!.child.once('exit', resolve));
      server.child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a manual request from another process jumps a settle time of an hour', async () => {
    ensureBuilt();
    server = await spawnServer(['--data-dir', dataDir, '--host', '127.0.0.1'], {
      INVESTIGATOR_ENABLED: 'true',
      INVESTIGATION_SETTLE: '1h',
      TELEMETRY_BACKEND: 'local',
      DIAGNOSIS_BACKEND: 'evidence',
      NOTIFICATION_BACKEND: 'markdown',
      NOTIFICATION_OUTPUT_DIR: `${dataDir}/reports`,
      LOG_LEVEL: 'warn',
    });
    const provider = new TracerProvider({
      resource: resourceFromAttributes({ 'service.name': 'search', 'service.version': '3.1.0', 'host.name': 'search-1' }),
      spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: `http://127.0.0.1:${server.ports.grpc}` }), scheduledDelayMillis: 50 })],
    });
    const span = provider.getTracer('e2e').startSpan('GET /search');
    span.recordException(new Error('environment variable SEARCH_INDEX_URL is not set'));
    span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
    await provider.forceFlush();
    await provider.shutdown();

    const listed = await runCli(['list', '--json', '--data-dir', dataDir]);
    const [row] = JSON.parse(listed.stdout) as { id: string; status: string }[];
    expect(row.status).toBe('new');

    const diagnosed = await runCli(['diagnose', row.id, '--wait', '--timeout', '120s', '--data-dir', dataDir]);
    expect(diagnosed.code).toBe(0);
    expect(diagnosed.stdout).toContain('SEARCH_INDEX_URL');
    const shown = JSON.parse((await runCli(['show', row.id, '--json', '--data-dir', dataDir])).stdout) as { status: string; diagnosis: { model: string } };
    expect(shown).toMatchObject({ status: 'diagnosed', diagnosis: { model: 'evidence' } });
  });
});

describe('investigator end to end with SigNoz and Prometheus', () => {
  let signoz: FakeServer;
  let prometheus: FakeServer;
  let rounds: TestInstance;
  const reports = tempDataDir('rounds-reports-');

  beforeAll(async () => {
    signoz = await startFakeSignoz({ apiKey: 'signoz-secret-key' });
    const nowS = Math.floor(Date.now() / 1000);
    prometheus = await startFakePrometheus({
      results: { 'sum(rate(http_server_errors_total{service="orders"}[1m]))': [{ metric: {}, values: [[nowS - 60, '0.1'], [nowS, '7.5']] }] },
    });
    rounds = await startTestInstance({
      INVESTIGATOR_ENABLED: 'true',
      INVESTIGATION_SETTLE: '0',
      TELEMETRY_BACKEND: 'local,signoz,prometheus',
      SIGNOZ_API_URL: signoz.url,
      SIGNOZ_API_KEY: 'signoz-secret-key',
      GRAFANA_PROMETHEUS_URL: prometheus.url,
      PROMETHEUS_QUERIES: 'sum(rate(http_server_errors_total{service="{service}"}[1m]))',
      DIAGNOSIS_BACKEND: 'evidence',
      NOTIFICATION_BACKEND: 'markdown',
      NOTIFICATION_OUTPUT_DIR: reports,
    });
  });
  afterAll(async () => {
    await rounds?.dispose();
    await Promise.all([signoz?.close(), prometheus?.close()]);
    rmSync(reports, { recursive: true, force: true });
  });

  it('sends the SigNoz key and runs the configured PromQL for the service', async () => {
    const provider = new TracerProvider({
      resource: resourceFromAttributes({ 'service.name': 'orders', 'host.name': 'orders-1' }),
      spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: `http://127.0.0.1:${rounds.grpcPort}` }), scheduledDelayMillis: 50 })],
    });
    const span = provider.getTracer('e2e').startSpan('POST /orders');
    span.recordException(new TypeError("Cannot read properties of null (reading 'sku')"));
    span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
    await provider.forceFlush();
    await provider.shutdown();

    const sig = await diagnosedAndDequeued(rounds);
    expect(signoz.requests.length).toBeGreaterThan(0);
    for (const r of signoz.requests) expect(r.headers['signoz-api-key']).toBe('signoz-secret-key');
    expect(prometheus.requests.map((r) => r.query.query)).toContain('sum(rate(http_server_errors_total{service="orders"}[1m]))');
  });
});

/** Polls until the instance's one signature is diagnosed and off the queue. */
async function diagnosedAndDequeued(rounds: TestInstance): Promise<Signature> {
  return vi.waitFor(
    async () => {
      const sig = (await allSignatures(rounds.store, 'count'))[0];
      if (sig?.status !== 'diagnosed' || (await rounds.store.getInvestigation(sig.id))) throw new Error(`not finished yet (${sig?.status})`);
      return sig;
    },
    { timeout: 60_000, interval: 50 },
  );
}
