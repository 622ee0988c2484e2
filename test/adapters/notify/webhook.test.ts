import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { signBody, WebhookNotifier } from '../../../src/adapters/notify/webhook.js';
import { PLANTED_FRAGMENTS, sampleReport, secretEvidence, secretSignature } from '../../helpers/fake-llm/samples.js';

const SECRET = 'webhook-shared-secret';
const NOW = Date.UTC(2026, 10, 21, 10, 0, 0);

interface Delivery {
  raw: string;
  headers: Record<string, string | string[] | undefined>;
  verified: boolean;
}

/**
 * A receiver that verifies the signature the way a real one must: HMAC over the exact raw
 * bytes, constant-time compare. It answers `status` (and hangs when told to).
 */
async function startReceiver(answer: { status: number; headers?: Record<string, string>; hang?: boolean } = { status: 204 }) {
  const deliveries: Delivery[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const expected = Buffer.from(`sha256=${createHmac('sha256', SECRET).update(raw).digest('hex')}`);
      const given = Buffer.from(String(req.headers['x-rounds-signature'] ?? ''));
      deliveries.push({ raw: raw.toString('utf8'), headers: req.headers, verified: given.length === expected.length && timingSafeEqual(given, expected) });
      if (answer.hang) return;
      res.writeHead(answer.status, answer.headers);
      res.end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/rounds`;
  return {
    url,
    deliveries,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

describe('WebhookNotifier', () => {
  it('POSTs redacted JSON with a signature the receiver verifies over the raw body, and a timestamp', async () => {
    receiver = await startReceiver();
    const out = await new WebhookNotifier({ url: receiver.url, secret: SECRET, clock: { now: () => NOW } }).notify(sampleReport({ signature: secretSignature(), evidence: secretEvidence() }));
    expect(out).toEqual({ status: 'ok', value: { location: receiver.url } });
    const [d] = receiver.deliveries;
    expect(d.verified).toBe(true);
    expect(d.headers['content-type']).toBe('application/json');
    expect(d.headers['x-rounds-timestamp']).toBe(String(NOW / 1000));
    const body = JSON.parse(d.raw);
    expect(body).toMatchObject({ type: 'rounds.report', kind: 'new', sentAt: NOW / 1000, signature: { id: 'a1b2c3d4e5f6', service: 'checkout' }, diagnosis: { confidence: 0.72 } });
    for (const f of PLANTED_FRAGMENTS) expect(d.raw).not.toContain(f);
    expect(d.raw).toContain('[REDACTED:email]');
  });

  it('a receiver with another secret rejects the delivery (the check can fail)', async () => {
    receiver = await startReceiver();
    await new WebhookNotifier({ url: receiver.url, secret: 'not-the-shared-secret', clock: { now: () => NOW } }).notify(sampleReport());
    expect(receiver.deliveries[0].verified).toBe(false);
    expect(signBody('k', '{}')).toBe(`sha256=${createHmac('sha256', 'k').update('{}').digest('hex')}`);
  });

  it('without a secret no signature header is sent', async () => {
    receiver = await startReceiver();
    await new WebhookNotifier({ url: receiver.url }).notify(sampleReport());
    expect(receiver.deliveries[0].headers['x-rounds-signature']).toBeUndefined();
  });

  it('5xx and 429 are retryable (retry-after honoured); other 4xx are failed', async () => {
    receiver = await startReceiver({ status: 503 });
    expect(await new WebhookNotifier({ url: receiver.url }).notify(sampleReport())).toMatchObject({ status: 'retryable', retryInMs: 30_000 });
    await receiver.close();
    receiver = await startReceiver({ status: 429, headers: { 'retry-after': '12' } });
    expect(await new WebhookNotifier({ url: receiver.url }).notify(sampleReport())).toMatchObject({ status: 'retryable', retryInMs: 12_000 });
    await receiver.close();
    receiver = await startReceiver({ status: 404 });
    expect(await new WebhookNotifier({ url: receiver.url }).notify(sampleReport())).toEqual({ status: 'failed', error: 'webhook answered 404' });
  });

  it('a receiver that does not answer times out as retryable', async () => {
    receiver = await startReceiver({ status: 200, hang: true });
    // The receiver hangs for good: only the notifier's timeout can end the call.
    expect(await new WebhookNotifier({ url: receiver.url, timeoutMs: 300 }).notify(sampleReport())).toMatchObject({ status: 'retryable', error: 'webhook timed out after 300 ms' });
  });

  it('an unreachable URL is retryable', async () => {
    // A port that was just free: nothing listens there.
    const probe = await startReceiver();
    const url = probe.url;
    await probe.close();
    expect(await new WebhookNotifier({ url }).notify(sampleReport())).toMatchObject({ status: 'retryable', error: expect.stringMatching(/ECONNREFUSED/) });
  });

  it('credentials in the URL become Basic auth and never show in the location', async () => {
    receiver = await startReceiver();
    const withCreds = receiver.url.replace('http://', 'http://hook-user:s3cret-pw@');
    const out = await new WebhookNotifier({ url: withCreds }).notify(sampleReport());
    expect(out).toEqual({ status: 'ok', value: { location: receiver.url } });
    expect(receiver.deliveries[0].headers.authorization).toBe(`Basic ${Buffer.from('hook-user:s3cret-pw').toString('base64')}`);
  });
});
