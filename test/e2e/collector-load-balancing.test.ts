// Two Rounds instances behind the load_balancing exporter of a real OpenTelemetry Collector:
// every service's errors land on exactly one instance, so its signatures stay whole.
//
// Two routings: `routing_key: service`, which in contrib v0.161.0 keeps each signal of a
// service on one instance but hashes traces ("service.name=<name>|") and logs ("<name>")
// under different keys, so a service's spans and logs may land on different instances; and
// the example's `routing_key: attributes` on service.name, which hashes both signals alike.
//
// Then the fleet (docs/scaling.md): two `rounds serve` replicas on one PostgreSQL behind the
// same exporter, routed as the example ships: every error counted once in the shared store,
// both replicas take a share, and `rounds list --store` is the one view every replica serves.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore, type PgStore } from '../../src/store/postgres/pg-store.js';
import { collectorBinary, EXAMPLE_CONFIG, roundsMetric, startCollector, type RunningCollector } from '../collector/harness.js';
import { countsByType, expectedShopCounts, sendShopTraffic, SHOP } from '../collector/traffic.js';
import { ensureBuilt, runCli, spawnServer, type SpawnedServer } from '../helpers/cli.js';
import { postgresDatabase } from '../helpers/postgres.js';
import { startTestInstance, type TestInstance } from '../helpers/rounds-instance.js';

const BUILD_TIMEOUT_MS = 20 * 60_000;

beforeAll(async () => {
  await collectorBinary();
}, BUILD_TIMEOUT_MS);

const SOURCES = ['span', 'log'] as const;

describe.each([
  { routing: 'routing_key: service', settings: { routing_key: 'service', routing_attributes: null }, together: false },
  { routing: 'the example as shipped (service.name attribute)', settings: {}, together: true },
])('load_balancing/rounds over two instances, $routing', ({ settings, together }) => {
  let instances: TestInstance[] = [];
  let collector: RunningCollector | undefined;

  afterEach(async () => {
    await collector?.stop();
    await Promise.all(instances.map((i) => i.dispose()));
    instances = [];
  });

  it(`sends each service's errors to exactly one instance${together ? ', spans and logs alike' : ' per signal'}`, async () => {
    instances = [await startTestInstance(), await startTestInstance()];
    collector = await startCollector({
      configs: [EXAMPLE_CONFIG],
      overrides: {
        exporters: {
          'load_balancing/rounds': {
            ...settings,
            protocol: { otlp: { sending_queue: { batch: { flush_timeout: '100ms' } } } },
            // The two instances by address instead of the example's DNS name (null removes it).
            resolver: { dns: null, static: { hostnames: instances.map((i) => `127.0.0.1:${i.grpcPort}`) } },
          },
        },
        service: { pipelines: { 'traces/rounds': { exporters: ['load_balancing/rounds'] }, 'logs/rounds': { exporters: ['load_balancing/rounds'] } } },
      },
    });

    // Enough services that both instances get some (each lands on one side of the hash ring).
    const services = Array.from({ length: 24 }, (_, i) => `svc-${String(i).padStart(2, '0')}`);
    const counts = { ...SHOP, healthySpans: 2, infoLogs: 2 };
    for (const service of services) await sendShopTraffic('grpc', collector, service, counts);

    const expected = expectedShopCounts(counts);
    const expectedOf = (source: string) => Object.fromEntries(Object.entries(expected).filter(([key]) => key.startsWith(`${source}:`)));
    /** Per instance, per service: `countsByType` read from the store. */
    type Snapshot = Record<string, Record<string, number[]>>[];
    const snapshot = (): Promise<Snapshot> =>
      Promise.all(instances.map(async (instance) => Object.fromEntries(await Promise.all(services.map(async (service) => [service, await countsByType(instance.store, service)] as const)))));
    const holders = (snap: Snapshot, service: string, source?: string) =>
      snap.flatMap((byService, index) => (Object.keys(byService[service]).some((key) => !source || key.startsWith(`${source}:`)) ? [index] : []));
    /** Per service (and signal): how many instances hold its signatures, and their counts summed. */
    const placement = async () => {
      const snap = await snapshot();
      return services.flatMap((service) =>
        (together ? [undefined] : SOURCES).map((source) => {
          const merged: Record<string, number[]> = {};
          for (const byService of snap) {
            for (const [key, n] of Object.entries(byService[service])) {
              if (!source || key.startsWith(`${source}:`)) (merged[key] ??= []).push(...n);
            }
          }
          return { service, source, instances: holders(snap, service, source).length, counts: merged };
        }),
      );
    };
    const wanted = services.flatMap((service) =>
      (together ? [undefined] : SOURCES).map((source) => ({ service, source, instances: 1, counts: source ? expectedOf(source) : expected })),
    );
    await expect.poll(placement, { timeout: 90_000, interval: 200 }).toEqual(wanted);

    expect(await collector.stop()).toBe(0);
    expect(await placement()).toEqual(wanted);
    // Both instances took a share of the services.
    const final = await snapshot();
    expect(new Set(services.flatMap((service) => holders(final, service))).size).toBe(2);
    expect(collector.logs.filter((l) => l.level === 'error')).toEqual([]);
  }, 180_000);
});

describe('load_balancing/rounds over two replicas on one PostgreSQL, the example as shipped', () => {
  let url: string;
  let shared: PgStore;
  const replicas: SpawnedServer[] = [];
  let collector: RunningCollector | undefined;

  beforeAll(async () => {
    ensureBuilt();
    url = await postgresDatabase('lb_fleet');
    const env = { LOG_LEVEL: 'warn', STORE_BACKEND: 'postgresql', STORE_POSTGRESQL_URL: url, INVESTIGATOR_ENABLED: 'false' };
    // One after the other: the first applies the schema.
    replicas.push(await spawnServer(['--host', '127.0.0.1'], env));
    replicas.push(await spawnServer(['--host', '127.0.0.1'], env));
    shared = await openPostgresStore(url);
  }, 180_000);

  afterAll(async () => {
    await collector?.stop();
    for (const r of replicas) r.child.kill('SIGKILL');
    await shared?.close();
  });

  it('counts every error once in the shared store, gives both replicas a share, and lists one view', async () => {
    collector = await startCollector({
      configs: [EXAMPLE_CONFIG],
      overrides: {
        exporters: {
          'load_balancing/rounds': {
            protocol: { otlp: { sending_queue: { batch: { flush_timeout: '100ms' } } } },
            resolver: { dns: null, static: { hostnames: replicas.map((r) => `127.0.0.1:${r.ports.grpc}`) } },
          },
        },
        service: { pipelines: { 'traces/rounds': { exporters: ['load_balancing/rounds'] }, 'logs/rounds': { exporters: ['load_balancing/rounds'] } } },
      },
    });
    const services = Array.from({ length: 16 }, (_, i) => `svc-${String(i).padStart(2, '0')}`);
    const counts = { ...SHOP, healthySpans: 2, infoLogs: 2 };
    for (const service of services) await sendShopTraffic('grpc', collector, service, counts);

    // Exactly once: each service's signatures in the one database hold what it sent, no more.
    const expected = expectedShopCounts(counts);
    const stored = async () => Object.fromEntries(await Promise.all(services.map(async (service) => [service, await countsByType(shared, service)] as const)));
    const wanted = Object.fromEntries(services.map((service) => [service, expected]));
    await expect.poll(stored, { timeout: 90_000, interval: 200 }).toEqual(wanted);
    expect(await collector.stop()).toBe(0);
    expect(await stored()).toEqual(wanted);
    expect(collector.logs.filter((l) => l.level === 'error')).toEqual([]);

    // Both replicas received a share of the errors.
    const shares = await Promise.all(replicas.map((r) => roundsMetric(r.ports.api, 'rounds_errors_selected_total')));
    const perService = Object.values(expected).reduce((n, c) => n + c[0], 0);
    console.info(`collector → PostgreSQL fleet: errors selected per replica ${shares.join(' + ')} (sent ${services.length * perService})`);
    for (const share of shares) expect(share).toBeGreaterThan(0);
    expect(shares.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(services.length * perService);

    // One combined view: the CLI on the database and each replica's API list the same signatures.
    const list = await runCli(['list', '--store', url, '--json', '--limit', '1000']);
    expect(list.stderr).toBe('');
    expect(list.code).toBe(0);
    const listed = (JSON.parse(list.stdout) as { id: string; count: number }[]).map((s) => `${s.id}:${s.count}`).sort();
    expect(listed).toHaveLength(services.length * Object.keys(expected).length);
    for (const r of replicas) {
      const page = (await (await fetch(`http://127.0.0.1:${r.ports.api}/api/signatures?limit=500`)).json()) as { items: { id: string; count: number }[] };
      expect(page.items.map((s) => `${s.id}:${s.count}`).sort()).toEqual(listed);
    }
  }, 240_000);
});
