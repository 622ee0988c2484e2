// Causes that only the platform's series show (docs/diagnosis.md, "Platform signals"), end to end:
// errors sent through the real OTel SDK into a real Rounds, whose investigator asks a Prometheus
// speaking the real query_range API (test/helpers/fake-backends/prometheus.ts) for the built-in
// platform queries of the errors' containers and of the peer they call, and diagnoses offline.
//
// - provisioner: a Go service whose work dies with `context deadline exceeded` while its container
//   is throttled under its CPU limit in 10 % of its CFS periods (the share of the cpu.stat quoted in
//   a talk at Cloud Native Aachen, April 2026: nr_periods 300, nr_throttled 30; a Go function with a
//   10 s timeout cancelled in production while average CPU looked fine), 2 % before the errors.
// - indexer: the same errors with its container throttled in 1 % of its periods: not the CPU limit.
// - checkout: its calls to payments reset (`read: connection reset by peer`, Go's net/http) while
//   payments' container restarted twice, its last run ended OOMKilled (kube-state-metrics, as the
//   OOM-kill alerts of public rule collections read it: the restart counter rising with the reason).
// The application's names are illustrative; the runtime's words and the metrics' names are real.
import { rmSync } from 'node:fs';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-grpc';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Signature } from '../../src/core/model.js';
import { platformQueries } from '../../src/adapters/telemetry/platform-queries.js';
import { startFakePrometheus, type FakePrometheusSeries, type FakeServer } from '../helpers/fake-backends/index.js';
import { startTestInstance, tempDataDir, type TestInstance } from '../helpers/rounds-instance.js';
import { allSignatures } from '../helpers/temp-store.js';

/** A service's pod as the SDK's resource (and the Collector's k8sattributes processor) names it. */
function k8sResource(service: string, pod: string) {
  return { 'service.name': service, 'telemetry.sdk.language': 'go', 'k8s.namespace.name': 'shop', 'k8s.pod.name': pod, 'k8s.container.name': service };
}

const ERRORS = 30;

describe('causes only the platform series show', () => {
  let prometheus: FakeServer;
  let rounds: TestInstance;
  const reports = tempDataDir('rounds-reports-');
  // Before the errors were sent: points before it describe the time before them.
  const sentS = Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    const queries = (service: string, pod: string, peer?: string) =>
      platformQueries(service, { namespace: 'shop', containers: [service], pods: [pod], ...(peer ? { peer: { name: peer, namespace: 'shop' } } : {}) });
    const [provisionerCpu] = queries('provisioner', 'provisioner-6f7c9d-x8k2p');
    const [indexerCpu] = queries('indexer', 'indexer-5d4b8c-q7w3e');
    const checkout = queries('checkout', 'checkout-7d9f8b-x2x8q', 'payments');
    const paymentsRestarts = checkout.find((q) => q.signal.whose === 'peer' && q.signal.kind === 'restarts')!;
    const paymentsReason = checkout.find((q) => q.signal.whose === 'peer' && q.signal.kind === 'last-terminated-reason')!;
    // Points each minute of the ten before the errors, and one at the end of the window asked for.
    const series = (labels: Record<string, string>, before: string, during: string) => ({ end }: { start: number; end: number }): FakePrometheusSeries[] => [
      { metric: labels, values: [...Array.from({ length: 10 }, (_, i): [number, string] => [sentS - 600 + i * 60, before]), [end, during]] },
    ];
    prometheus = await startFakePrometheus({
      results: {
        [provisionerCpu.query]: series({ namespace: 'shop', pod: 'provisioner-6f7c9d-x8k2p', container: 'provisioner' }, '0.02', '0.1'),
        [indexerCpu.query]: series({ namespace: 'shop', pod: 'indexer-5d4b8c-q7w3e', container: 'indexer' }, '0.01', '0.01'),
        [paymentsRestarts.query]: series({ namespace: 'shop', pod: 'payments-84c6f-r9t2m', container: 'payments', uid: 'a1b2' }, '3', '5'),
        [paymentsReason.query]: series({ namespace: 'shop', pod: 'payments-84c6f-r9t2m', container: 'payments', reason: 'OOMKilled', uid: 'a1b2' }, '1', '1'),
      },
    });
    rounds = await startTestInstance({
      INVESTIGATOR_ENABLED: 'true',
      INVESTIGATION_SETTLE: '0',
      TELEMETRY_BACKEND: 'local,prometheus',
      GRAFANA_PROMETHEUS_URL: prometheus.url,
      DIAGNOSIS_BACKEND: 'evidence',
      NOTIFICATION_BACKEND: 'markdown',
      NOTIFICATION_OUTPUT_DIR: reports,
    });

    for (const [service, pod] of [['provisioner', 'provisioner-6f7c9d-x8k2p'], ['indexer', 'indexer-5d4b8c-q7w3e']]) {
      await send(rounds, k8sResource(service, pod), (tracer) => {
        const span = tracer.startSpan('Reconcile', { kind: SpanKind.INTERNAL });
        // OTel Go's RecordError: the error's dynamic type and its text.
        span.addEvent('exception', { 'exception.type': 'context.deadlineExceededError', 'exception.message': 'context deadline exceeded' });
        span.setStatus({ code: SpanStatusCode.ERROR, message: 'context deadline exceeded' });
        span.end();
      });
    }
    await send(rounds, k8sResource('checkout', 'checkout-7d9f8b-x2x8q'), (tracer, i) => {
      const span = tracer.startSpan('POST', { kind: SpanKind.CLIENT, attributes: { 'http.request.method': 'POST', 'server.address': 'payments.shop.svc.cluster.local', 'server.port': 8080, 'url.full': 'http://payments.shop.svc.cluster.local:8080/charge' } });
      const message = `Post "http://payments.shop.svc.cluster.local:8080/charge": read tcp 10.1.2.3:${51000 + i}->10.1.4.5:8080: read: connection reset by peer`;
      span.addEvent('exception', { 'exception.type': '*url.Error', 'exception.message': message });
      span.setStatus({ code: SpanStatusCode.ERROR, message });
      span.end();
    });
  });
  afterAll(async () => {
    await rounds?.dispose();
    await prometheus?.close();
    rmSync(reports, { recursive: true, force: true });
  });

  it("names the service's own CPU limit when its container was throttled as its deadlines ran out", async () => {
    const sig = await diagnosed(rounds, 'provisioner');
    expect(sig.diagnosis?.causeKind).toBe('resource-exhaustion');
    expect(sig.diagnosis?.rootCause).toMatch(/provisioner's container provisioner is held back by its CPU limit: the kernel throttled it in 10% of its CPU periods .* against 2% before them/);
    expect(sig.diagnosis?.suggestedFix).toMatch(/resources\.limits\.cpu/);
  });

  it('does not name the CPU limit when the container was barely throttled', async () => {
    const sig = await diagnosed(rounds, 'indexer');
    expect(sig.diagnosis?.rootCause).not.toMatch(/CPU limit/);
  });

  it('names the called container killed at its memory limit when the calls to it reset', async () => {
    const sig = await diagnosed(rounds, 'checkout');
    expect(sig.diagnosis?.causeKind).toBe('resource-exhaustion');
    expect(sig.diagnosis?.rootCause).toMatch(/payments, which checkout calls, was killed at its memory limit and restarted 2 times/);
    expect(sig.diagnosis?.evidence.join('\n')).toMatch(/payments restarted 2 times during the errors .*its last run terminated OOMKilled/);
    // It asked about payments in the namespace the cluster DNS name gives.
    expect(prometheus.requests.map((r) => r.query.query)).toContain(paymentsQuery());
  });
});

const paymentsQuery = () => platformQueries('checkout', { namespace: 'shop', containers: ['checkout'], pods: ['checkout-7d9f8b-x2x8q'], peer: { name: 'payments', namespace: 'shop' } }).find((q) => q.signal.whose === 'peer' && q.signal.kind === 'restarts')!.query;

type Tracer = ReturnType<TracerProvider['getTracer']>;

async function send(rounds: TestInstance, resource: Record<string, string>, one: (tracer: Tracer, i: number) => void): Promise<void> {
  const provider = new TracerProvider({
    resource: resourceFromAttributes(resource),
    spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: `http://127.0.0.1:${rounds.grpcPort}` }), scheduledDelayMillis: 50 })],
  });
  const tracer = provider.getTracer('e2e');
  for (let i = 0; i < ERRORS; i++) one(tracer, i);
  await provider.forceFlush();
  await provider.shutdown();
}

/** Polls until the service's signature is diagnosed after all its errors arrived, and off the queue. */
async function diagnosed(rounds: TestInstance, service: string): Promise<Signature> {
  return vi.waitFor(
    async () => {
      const sig = (await allSignatures(rounds.store, 'count')).find((s) => s.service === service);
      if (sig?.status !== 'diagnosed' || (await rounds.store.getInvestigation(sig.id))) throw new Error(`not finished yet (${sig?.status})`);
      return sig;
    },
    { timeout: 60_000, interval: 50 },
  );
}
