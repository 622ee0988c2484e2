// The delivery guarantees between a real OpenTelemetry Collector (running
// collector-config.example.yaml) and Rounds: the Collector's queue and retries carry errors
// over a Rounds outage and over Rounds refusing work when saturated, and every error is
// counted exactly once in the end.
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collectorBinary, EXAMPLE_CONFIG, roundsMetric, startCollector, type RunningCollector } from '../collector/harness.js';
import { countsByType, expectedShopCounts, sendShopTraffic, SHOP } from '../collector/traffic.js';
import { startTestInstance, tempDataDir, type TestInstance } from '../helpers/rounds-instance.js';
import { rmSync } from 'node:fs';

const BUILD_TIMEOUT_MS = 20 * 60_000;

/** The outage the Collector has to bridge: long enough for several failed attempts. */
const OUTAGE_MS = 10_000;

const RETRY_LOG = 'Exporting failed. Will retry the request after interval.';

beforeAll(async () => {
  await collectorBinary();
}, BUILD_TIMEOUT_MS);

function endpoints(rounds: { grpcPort: number; httpPort: number }) {
  return { ROUNDS_GRPC_ENDPOINT: `127.0.0.1:${rounds.grpcPort}`, ROUNDS_HTTP_ENDPOINT: `http://127.0.0.1:${rounds.httpPort}` };
}

/** Selects one of the example's exporters for both pipelines, with test-sized timings. */
function useExporter(exporter: string, settings: object = {}) {
  return {
    exporters: { [exporter]: settings },
    service: { pipelines: { 'traces/rounds': { exporters: [exporter] }, 'logs/rounds': { exporters: [exporter] } } },
  };
}

/** Go duration strings as the Collector logs them ("1.2s", "850ms", "1m0s") → ms. */
function goDurationMs(text: string): number {
  let ms = 0;
  for (const [, n, unit] of text.matchAll(/([\d.]+)(h|m(?!s)|s|ms|µs|us|ns)/g)) {
    ms += Number(n) * { h: 3600e3, m: 60e3, s: 1e3, ms: 1, µs: 1e-3, us: 1e-3, ns: 1e-6 }[unit as 's'];
  }
  return ms;
}

describe('a Rounds outage while the Collector keeps receiving', () => {
  let rounds: TestInstance | undefined;
  let collector: RunningCollector | undefined;
  const dataDir = tempDataDir();

  afterEach(async () => {
    await collector?.stop();
    await rounds?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('delivers everything after Rounds restarts, each error counted once', async () => {
    const first = await startTestInstance({}, dataDir);
    rounds = first;
    const ports = { OTLP_GRPC_PORT: String(first.grpcPort), OTLP_HTTP_PORT: String(first.httpPort) };
    collector = await startCollector({
      configs: [EXAMPLE_CONFIG],
      env: endpoints(first),
      overrides: useExporter('otlp_grpc/rounds', {
        sending_queue: { batch: { flush_timeout: '100ms' } },
        retry_on_failure: { initial_interval: '200ms', max_interval: '1s' },
      }),
    });
    const service = 'shop-outage';

    // Before the outage: delivered and stored.
    await sendShopTraffic('grpc', collector, service);
    await expect.poll(() => countsByType(first.store, service), { timeout: 60_000, interval: 100 }).toEqual(expectedShopCounts());

    // Rounds goes away; the SDK keeps exporting to the Collector, which accepts and queues.
    await first.stop();
    rounds = undefined;
    const outageStarted = performance.now();
    await sendShopTraffic('grpc', collector, service);
    const c = collector;
    await expect.poll(() => c.logs.filter((l) => l.msg === RETRY_LOG).length, { timeout: 60_000, interval: 100 }).toBeGreaterThan(0);
    await sendShopTraffic('grpc', collector, service);
    // The outage lasts a fixed time, as an outage does; nothing is counted during it.
    await delay(Math.max(0, OUTAGE_MS - (performance.now() - outageStarted)));

    // Rounds is back on the same ports with the same store.
    const second = await startTestInstance(ports, dataDir);
    rounds = second;
    await expect.poll(() => countsByType(second.store, service), { timeout: 90_000, interval: 200 }).toEqual(expectedShopCounts(SHOP, 3));

    expect(await collector.stop()).toBe(0);
    expect(await countsByType(second.store, service)).toEqual(expectedShopCounts(SHOP, 3));
    // The Collector gave up on nothing.
    expect(collector.logs.filter((l) => l.level === 'error')).toEqual([]);
  }, 180_000);
});

describe.each([
  { exporter: 'otlp_grpc/rounds', transport: 'grpc' },
  { exporter: 'otlp_http/rounds', transport: 'http' },
])('Rounds saturated behind the Collector ($exporter)', ({ exporter, transport }) => {
  let rounds: TestInstance | undefined;
  let collector: RunningCollector | undefined;

  afterEach(async () => {
    await collector?.stop();
    await rounds?.dispose();
  });

  it('refuses with a retry delay, the Collector waits for it and retries, and the final counts are exact', async () => {
    // One request at a time: every concurrent request is refused with a 1 s retry hint.
    rounds = await startTestInstance({ OTLP_MAX_INFLIGHT_REQUESTS: '1', OTLP_MAX_PENDING_EVENTS: '1', OTLP_RETRY_AFTER_SECONDS: '1' });
    collector = await startCollector({
      configs: [EXAMPLE_CONFIG],
      env: endpoints(rounds),
      overrides: useExporter(exporter, {
        // Small batches sent by ten consumers at once, so requests overlap at Rounds.
        sending_queue: { num_consumers: 10, batch: { flush_timeout: '50ms', min_size: 2, max_size: 2 } },
        // Far below the 1 s Rounds asks for: retries that wait ≥ 1 s honoured the hint.
        retry_on_failure: { initial_interval: '50ms', max_interval: '200ms' },
      }),
    });
    const service = `shop-saturated-${transport}`;
    const counts = { ...SHOP, typeErrors: 12, handled: 6, errorLogs: 8, warnExceptionLogs: 6 };
    await sendShopTraffic('grpc', collector, service, counts);

    const r = rounds;
    await expect.poll(() => countsByType(r.store, service), { timeout: 120_000, interval: 200 }).toEqual(expectedShopCounts(counts));
    expect(await collector.stop()).toBe(0);
    expect(await countsByType(rounds.store, service)).toEqual(expectedShopCounts(counts));

    // Rounds did refuse (503 + Retry-After / UNAVAILABLE + RetryInfo), and the Collector's
    // retries after a refusal waited at least the delay Rounds asked for.
    expect(await roundsMetric(rounds.apiPort, 'rounds_refusals_total', { transport, reason: 'OVERLOADED' })).toBeGreaterThan(0);
    const refused = collector.logs.filter((l) => l.msg === RETRY_LOG && /Rounds is saturated/.test(String(l.error)));
    expect(refused.length).toBeGreaterThan(0);
    for (const retry of refused) {
      expect(String(retry.error)).toMatch(transport === 'grpc' ? /Unavailable/ : /503/);
      expect(goDurationMs(String(retry.interval))).toBeGreaterThanOrEqual(1000);
    }
    expect(collector.logs.filter((l) => l.level === 'error')).toEqual([]);
  }, 180_000);
});
