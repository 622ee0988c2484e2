// The real OpenTelemetry JS exporters, over gRPC, HTTP/protobuf and HTTP/JSON, into a real
// Rounds; what they send must show up through `rounds list --json`, and healthy spans must not.
import { SeverityNumber } from '@opentelemetry/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from '../helpers/cli.js';
import { failingSpan, healthySpan, loggerFor, TRANSPORTS, tracerFor } from '../helpers/otel-clients.js';
import { startTestInstance, type TestInstance } from '../helpers/rounds-instance.js';

class PaymentDeclinedError extends Error {
  override name = 'PaymentDeclinedError';
}

function throwFrom(fn: string, message: string): Error {
  const holder = { [fn]: () => new TypeError(message) };
  return holder[fn]();
}

describe.each(TRANSPORTS)('OTel SDK over %s', (transport) => {
  let rounds: TestInstance;

  beforeAll(async () => {
    ensureBuilt();
    rounds = await startTestInstance();
  });
  afterAll(async () => rounds?.dispose());

  it('stores error spans and error logs as signatures, and nothing of healthy traffic', async () => {
    const service = `shop-${transport}`;
    const { tracer, provider } = tracerFor(transport, rounds, service);
    for (let i = 0; i < 40; i++) healthySpan(tracer, 'GET /ok');
    for (let orderId = 1000; orderId < 1003; orderId++) {
      failingSpan(tracer, 'POST /checkout', throwFrom('loadCart', `Cannot read properties of undefined (reading 'items') in order ${orderId}`));
    }
    failingSpan(tracer, 'POST /pay', new PaymentDeclinedError('card 4000 declined by issuer'));
    await provider.forceFlush();
    await provider.shutdown();

    const { logger, provider: logProvider } = loggerFor(transport, rounds, service);
    for (let i = 0; i < 10; i++) logger.emit({ severityNumber: SeverityNumber.INFO, severityText: 'INFO', body: `served request ${i}` });
    logger.emit({ severityNumber: SeverityNumber.ERROR, severityText: 'ERROR', body: 'connection to 10.0.0.7:5432 timed out after 3012 ms' });
    logger.emit({ severityNumber: SeverityNumber.ERROR, severityText: 'ERROR', body: 'connection to 10.0.0.9:5432 timed out after 2999 ms' });
    await logProvider.forceFlush();
    await logProvider.shutdown();

    const { code, stdout, stderr } = await runCli(['list', '--json', '--data-dir', rounds.dataDir]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const items = JSON.parse(stdout) as { service: string; type: string; message: string; count: number; status: string; firstSeen: string }[];
    const mine = items.filter((s) => s.service === service);
    const byType = Object.fromEntries(mine.map((s) => [s.type, s]));
    expect(byType.TypeError?.count).toBe(3);
    expect(byType.PaymentDeclinedError?.count).toBe(1);
    const logSignatures = mine.filter((s) => s.type !== 'TypeError' && s.type !== 'PaymentDeclinedError');
    expect(logSignatures.map((s) => s.count)).toEqual([2]);
    expect(mine).toHaveLength(3);
    for (const s of mine) {
      expect(s.status).toBe('new');
      expect(new Date(s.firstSeen).toISOString()).toBe(s.firstSeen);
      expect(s.message).not.toMatch(/served request|GET \/ok/);
    }
  });
});
