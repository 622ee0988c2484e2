// `rounds fingerprint` gives the running server's answer (issue #14): both build their
// fingerprinter through compose/fingerprinter.ts from the same settings (here a custom rule and
// in-app patterns, not the defaults) and the log-template miner state the server saved. A real
// `rounds serve` stores events sent by the real OpenTelemetry SDK; the real CLI, given the same
// settings and the server's data dir, prints the fingerprints the server stored.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SeverityNumber } from '@opentelemetry/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli, spawnServer, type SpawnedServer } from '../helpers/cli.js';
import { failingSpan, loggerFor, tracerFor } from '../helpers/otel-clients.js';
import { tempDataDir } from '../helpers/temp-dir.js';

const STACK = [
  "TypeError: Cannot read properties of undefined (reading 'amount')",
  '    at chargeCard (/srv/checkout/src/payments/charge.js:41:17)',
  '    at placeOrder (/srv/checkout/src/orders/place.js:88:9)',
  '    at Layer.handle (/srv/checkout/node_modules/express/lib/router/layer.js:95:5)',
].join('\n');

describe('rounds fingerprint and a running server with non-default settings', () => {
  const dir = tempDataDir('rounds-fp-server-');
  const dataDir = join(dir, 'data');
  const rulesFile = join(dir, 'rules.json');
  let server: SpawnedServer | undefined;
  let settings: Record<string, string>;

  beforeAll(() => {
    ensureBuilt();
    // Checkout's errors split by tenant on top of the built-in grouping; and the payments
    // module is declared not in-app, so the culprit moves to the order code.
    writeFileSync(rulesFile, JSON.stringify({ rules: [{ match: { service: 'checkout' }, fingerprint: ['{{ default }}', 'team-payments', '{{ function }}'] }] }));
    settings = { FINGERPRINT_RULES_FILE: rulesFile, IN_APP_EXCLUDE: '**/payments/**' };
  }, 180_000);
  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      const exited = new Promise((resolve) => server!.child.once('exit', resolve));
      server.child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the fingerprints the server stored, for an exception and a mined log line', async () => {
    server = await spawnServer(['--data-dir', dataDir, '--host', '127.0.0.1'], { ...settings, INVESTIGATOR_ENABLED: 'false' });
    const ports = { grpcPort: server.ports.grpc, httpPort: server.ports.http };
    const { tracer, provider } = tracerFor('grpc', ports, 'checkout');
    const error = new TypeError("Cannot read properties of undefined (reading 'amount')");
    error.stack = STACK;
    failingSpan(tracer, 'POST /orders', error);
    await provider.forceFlush();
    await provider.shutdown();
    const { logger, provider: logs } = loggerFor('grpc', ports, 'inventory');
    for (const sku of ['A-1001', 'B-2002', 'C-3003']) logger.emit({ severityNumber: SeverityNumber.ERROR, severityText: 'ERROR', body: `stock reservation failed for sku ${sku}: warehouse 7 timed out` });
    await logs.forceFlush();
    await logs.shutdown();

    type Item = { fingerprint: string; service: string; count: number };
    const stored = async () => ((await (await fetch(`http://127.0.0.1:${server!.ports.api}/api/signatures?limit=50`)).json()) as { items: Item[] }).items;
    await expect.poll(async () => (await stored()).reduce((n, s) => n + s.count, 0), { timeout: 60_000 }).toBe(4);
    const byService = Object.fromEntries((await stored()).map((s) => [s.service, s.fingerprint]));

    const input = [
      JSON.stringify({ service: 'checkout', type: 'TypeError', message: error.message, stacktrace: STACK }),
      JSON.stringify({ service: 'inventory', severity: 'ERROR', body: 'stock reservation failed for sku D-4004: warehouse 7 timed out' }),
    ].join('\n');
    // While the server runs: the CLI reads its store without disturbing it.
    const same = await runCli(['fingerprint', '--data-dir', dataDir], { input, env: settings });
    expect(same.stderr).toBe('');
    expect(same.code).toBe(0);
    const printed = same.stdout.trim().split('\n').map((l) => JSON.parse(l) as { fingerprint: string; culprit?: string });
    expect(printed.map((p) => p.fingerprint)).toEqual([byService.checkout, byService.inventory]);
    expect(printed[0].culprit).toMatch(/placeOrder/);

    // The settings matter: without them the CLI's answer is not the server's.
    const defaults = await runCli(['fingerprint', '--data-dir', dataDir], { input });
    expect(defaults.code).toBe(0);
    expect(JSON.parse(defaults.stdout.split('\n')[0]).fingerprint).not.toBe(byService.checkout);
  });
});
