// The built-in platform queries: which containers they select, and that the Prometheus backend
// runs them beside the configured ones and tags their series (a Prometheus speaking the real
// query_range API, test/helpers/fake-backends/prometheus.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformQueries } from '../../../src/adapters/telemetry/platform-queries.js';
import { PrometheusBackend } from '../../../src/adapters/telemetry/prometheus.js';
import type { ContextRequest } from '../../../src/core/ports.js';
import type { Signature } from '../../../src/core/model.js';
import { startFakePrometheus, type FakeServer } from '../../helpers/fake-backends/index.js';

describe('platform queries', () => {
  it("select the samples' namespace, pods and containers, and the peer's container", () => {
    const q = platformQueries('checkout', { namespace: 'shop', containers: ['checkout'], pods: ['checkout-1', 'checkout-2.b'], peer: { name: 'payments' } });
    expect(q.map((x) => `${x.signal.whose} ${x.signal.kind}`)).toEqual(['own cpu-throttled-share', 'own restarts', 'own last-terminated-reason', 'peer cpu-throttled-share', 'peer restarts', 'peer last-terminated-reason']);
    expect(q[1].query).toBe('kube_pod_container_status_restarts_total{namespace="shop",pod=~"checkout-1|checkout-2\\\\.b",container="checkout"}');
    expect(q[0].query).toBe(
      'sum by (namespace, pod, container) (rate(container_cpu_cfs_throttled_periods_total{namespace="shop",pod=~"checkout-1|checkout-2\\\\.b",container="checkout"}[5m])) / sum by (namespace, pod, container) (rate(container_cpu_cfs_periods_total{namespace="shop",pod=~"checkout-1|checkout-2\\\\.b",container="checkout"}[5m]))',
    );
    // The peer in the errors' namespace when its name gives none.
    expect(q[4].query).toBe('kube_pod_container_status_restarts_total{namespace="shop",container="payments"}');
  });

  it("fall back to the container named like the service, leave out the sandbox's, and skip names no selector may hold", () => {
    expect(platformQueries('checkout', undefined)[1].query).toBe('kube_pod_container_status_restarts_total{container="checkout"}');
    expect(platformQueries('x', { containers: [], pods: ['x-1'] })[1].query).toBe('kube_pod_container_status_restarts_total{pod="x-1",container!="",container!="POD"}');
    expect(platformQueries('Checkout Service', undefined)).toEqual([]);
    expect(platformQueries('checkout', { containers: ['checkout'], pods: [], peer: { name: 'checkout' } })).toHaveLength(3);
  });
});

describe('the Prometheus backend runs them', () => {
  let prometheus: FakeServer;
  const restarts = platformQueries('checkout', undefined)[1].query;
  beforeAll(async () => {
    prometheus = await startFakePrometheus({ results: { [restarts]: [{ metric: { container: 'checkout', pod: 'checkout-1' }, values: [[1_700_000_000, '4']] }] } });
  });
  afterAll(() => prometheus?.close());

  const request = (): ContextRequest => ({ signature: {} as Signature, service: 'checkout', traceIds: [], fromMs: 1_699_999_000_000, toMs: 1_700_000_600_000 });

  it('beside the configured queries, their series tagged, an empty answer no note', async () => {
    const backend = new PrometheusBackend({ baseUrl: prometheus.url, timeoutMs: 2000, queries: ['up{job="{service}"}'], platform: true });
    const out = await backend.fetchContext(request());
    expect(out.status).toBe('ok');
    if (out.status !== 'ok') return;
    expect(out.value.metrics).toEqual([{ query: restarts, labels: { container: 'checkout', pod: 'checkout-1' }, points: [[1_700_000_000_000, 4]], source: 'prometheus', signal: { kind: 'restarts', whose: 'own' } }]);
    expect(out.value.notes).toEqual(['prometheus: no series for up{job="checkout"}']);
  });

  it('not when turned off (PROMETHEUS_PLATFORM=false)', async () => {
    const before = prometheus.requests.length;
    const backend = new PrometheusBackend({ baseUrl: prometheus.url, timeoutMs: 2000, queries: [], platform: false });
    const out = await backend.fetchContext(request());
    expect(prometheus.requests.length).toBe(before);
    expect(out.status === 'ok' && out.value.notes).toEqual(['prometheus: no queries configured']);
  });
});
