// collector-config.example.yaml, exactly as shipped, in a real OpenTelemetry Collector
// (test/collector builds it): the Collector accepts it, and OTel SDK → Collector → Rounds
// delivers exactly the errors, over the gRPC and the HTTP exporter, gzip on (their default,
// and what the example sets), and with every other compression the exporters offer: zstd and
// snappy on both (snappy: the block format over HTTP, the framing format over gRPC), and the
// HTTP exporter's x-snappy-framed, lz4, zlib and deflate.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { collectorBinary, EXAMPLE_CONFIG, roundsMetric, runCollector, startCollector, type RunningCollector } from '../collector/harness.js';
import { countsByType, expectedShopCounts, sendShopTraffic, SHOP, signaturesOf } from '../collector/traffic.js';
import type { Transport } from '../helpers/otel-clients.js';
import { startTestInstance, tempDataDir, type TestInstance } from '../helpers/rounds-instance.js';

// A cold build of the Collector downloads its modules and compiles for minutes; CI builds it
// in its own phase first, so there this hook returns at once.
const BUILD_TIMEOUT_MS = 20 * 60_000;

const TOKEN = 'collector-e2e-token';

beforeAll(async () => {
  await collectorBinary();
}, BUILD_TIMEOUT_MS);

describe('collector-config.example.yaml', () => {
  it('is accepted by `otelcol validate` as shipped, endpoints from the environment, without deprecation warnings', async () => {
    const { code, output } = await runCollector(['validate', '--config', `file:${EXAMPLE_CONFIG}`], {
      ROUNDS_GRPC_ENDPOINT: '127.0.0.1:14317',
      ROUNDS_HTTP_ENDPOINT: 'http://127.0.0.1:14318',
      ROUNDS_DNS_NAME: 'localhost',
      ROUNDS_TOKEN: TOKEN,
    });
    expect(output).not.toMatch(/deprecat/i);
    expect(output).not.toMatch(/\bwarn/i);
    expect(code, output).toBe(0);
  });

  it('starts as shipped without a deprecation warning; under the old component names it would warn', async () => {
    // `validate` builds no component, and the Collector reports deprecated aliases only when
    // it builds them, at start-up: so start it, once as shipped and once renamed back.
    const rounds = await startTestInstance({ OTLP_AUTH_TOKEN: TOKEN });
    const env = { ROUNDS_GRPC_ENDPOINT: `127.0.0.1:${rounds.grpcPort}`, ROUNDS_HTTP_ENDPOINT: `http://127.0.0.1:${rounds.httpPort}`, ROUNDS_DNS_NAME: 'localhost', ROUNDS_TOKEN: TOKEN };
    const deprecations = async (config: string) => {
      const collector = await startCollector({ configs: [config], env });
      await collector.stop();
      return collector.logs.filter((l) => l.level === 'warn' && /deprecat/i.test(l.msg)).map((l) => l.msg);
    };
    const dir = tempDataDir('rounds-otelcol-config-');
    try {
      expect(await deprecations(EXAMPLE_CONFIG)).toEqual([]);

      const oldNames = join(dir, 'old-names.yaml');
      writeFileSync(oldNames, readFileSync(EXAMPLE_CONFIG, 'utf8').replaceAll('otlp_grpc/rounds', 'otlp/rounds').replaceAll('otlp_http/rounds', 'otlphttp/rounds'));
      expect(await deprecations(oldNames)).toContain('"otlp" alias is deprecated; use "otlp_grpc" instead');
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await rounds.dispose();
    }
  }, 120_000);

  it('is rejected by `otelcol validate` when a component is misspelt (the validation is real)', async () => {
    const { code, output } = await runCollector(['validate', '--config', `file:${EXAMPLE_CONFIG}`, '--config', 'yaml:service::pipelines::logs/rounds::exporters: [otlp_grcp/rounds]']);
    expect(code).not.toBe(0);
    expect(output).toMatch(/otlp_grcp/);
  });
});

describe.each([
  { exporter: 'otlp_grpc/rounds', sdk: 'grpc' as Transport, compression: 'gzip' },
  { exporter: 'otlp_http/rounds', sdk: 'http-proto' as Transport, compression: 'gzip' },
  { exporter: 'otlp_grpc/rounds', sdk: 'grpc' as Transport, compression: 'zstd' },
  { exporter: 'otlp_http/rounds', sdk: 'http-proto' as Transport, compression: 'zstd' },
  { exporter: 'otlp_grpc/rounds', sdk: 'grpc' as Transport, compression: 'snappy' },
  { exporter: 'otlp_http/rounds', sdk: 'http-proto' as Transport, compression: 'snappy' },
  { exporter: 'otlp_http/rounds', sdk: 'http-proto' as Transport, compression: 'x-snappy-framed' },
  { exporter: 'otlp_http/rounds', sdk: 'http-proto' as Transport, compression: 'lz4' },
  { exporter: 'otlp_http/rounds', sdk: 'http-proto' as Transport, compression: 'zlib' },
  { exporter: 'otlp_http/rounds', sdk: 'http-proto' as Transport, compression: 'deflate' },
])('OTel SDK → Collector ($exporter, $compression) → Rounds', ({ exporter, sdk, compression }) => {
  let rounds: TestInstance | undefined;
  let collector: RunningCollector | undefined;

  afterEach(async () => {
    await collector?.stop();
    await rounds?.dispose();
  });

  it('delivers ERROR spans, handled exceptions, ERROR logs and WARN exception logs exactly; drops healthy spans and INFO logs', async () => {
    rounds = await startTestInstance({ OTLP_AUTH_TOKEN: TOKEN });
    collector = await startCollector({
      configs: [EXAMPLE_CONFIG],
      env: { ROUNDS_GRPC_ENDPOINT: `127.0.0.1:${rounds.grpcPort}`, ROUNDS_HTTP_ENDPOINT: `http://127.0.0.1:${rounds.httpPort}`, ROUNDS_TOKEN: TOKEN },
      overrides: {
        // Only the choice of exporter and its compression, and a shorter batch wait for the test.
        exporters: { [exporter]: { compression, sending_queue: { batch: { flush_timeout: '100ms' } } } },
        service: { pipelines: { 'traces/rounds': { exporters: [exporter] }, 'logs/rounds': { exporters: [exporter] } } },
      },
    });
    const service = `shop-${sdk}-${compression}`;
    await sendShopTraffic(sdk, collector, service);

    const expected = expectedShopCounts();
    await expect.poll(() => countsByType(rounds!.store, service), { timeout: 60_000, interval: 100 }).toEqual(expected);

    // Stopping the Collector drains its queue: after this nothing more can arrive.
    expect(await collector.stop()).toBe(0);
    expect(await countsByType(rounds.store, service)).toEqual(expected);

    // The Collector dropped every healthy span and INFO log: Rounds received only the errors.
    expect(await roundsMetric(rounds.apiPort, 'rounds_received_items_total', { signal: 'traces' })).toBe(SHOP.typeErrors + SHOP.handled);
    expect(await roundsMetric(rounds.apiPort, 'rounds_received_items_total', { signal: 'logs' })).toBe(SHOP.errorLogs + SHOP.warnExceptionLogs);
    expect(await roundsMetric(rounds.apiPort, 'rounds_requests_total', { transport: exporter.startsWith('otlp_grpc') ? 'grpc' : 'http', outcome: 'ok' })).toBeGreaterThan(0);

    // The handled exception is stored as handled, and the Collector's marker did not reach Rounds.
    const handled = (await signaturesOf(rounds.store, service)).find((s) => s.type === 'PaymentDeclinedError')!;
    const samples = await rounds.store.listOccurrences(handled.id, 10);
    expect(samples.map((o) => o.handled)).toEqual([true, true]);
    for (const sig of await signaturesOf(rounds.store, service)) {
      for (const o of await rounds.store.listOccurrences(sig.id, 10)) expect(Object.keys(o.attributes)).not.toContain('rounds.has_exception');
    }
    // No warnings either, apart from grpc-go's own connection chatter ("[core] …"), which a
    // stop can cause while a connection is being set up.
    expect(collector.logs.filter((l) => l.level === 'error' || (l.level === 'warn' && !l.msg.startsWith('[core]')))).toEqual([]);
  }, 120_000);
});
