// The management API and retention as main.ts wires them into a real Rounds instance.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiServer } from '../../src/api/server.js';
import { ConfigError } from '../../src/config.js';
import { Registry } from '../../src/observability/metrics.js';
import { postOtlp, traceRequest } from '../helpers/otlp-requests.js';
import { startTestInstance, tempDataDir, type TestInstance } from '../helpers/rounds-instance.js';

const KEY = 'wiring-key';

describe('management API in a running instance', () => {
  let rounds: TestInstance;
  beforeAll(async () => {
    rounds = await startTestInstance({ WEBHOOK_API_KEY: KEY });
  });
  afterAll(async () => rounds?.dispose());

  it('refuses to start an API beyond loopback without a key, with one line naming the setting', async () => {
    const dir = tempDataDir();
    try {
      await expect(startTestInstance({ API_HOST: '0.0.0.0' }, dir)).rejects.toThrow(ConfigError);
      await expect(startTestInstance({ API_HOST: '0.0.0.0' }, dir)).rejects.toThrow(/^invalid setting WEBHOOK_API_KEY: is required when API_HOST \(0\.0\.0\.0\) is not loopback/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an error received over OTLP is listed, and POST /diagnose finds it by trace id', async () => {
    const traceId = randomBytes(16);
    const res = await postOtlp(rounds.httpPort, '/v1/traces', traceRequest('billing', [{ type: 'InvoiceError', message: 'invoice total mismatch', traceId }]));
    expect(res.status).toBe(200);
    const base = `http://127.0.0.1:${rounds.apiPort}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${base}/livez`)).status).toBe(200);
    expect((await fetch(`${base}/api/signatures`)).status).toBe(401);
    const list = (await (await fetch(`${base}/api/signatures?service=billing`, { headers: { 'x-api-key': KEY } })).json()) as { items: { id: string; type: string }[] };
    expect(list.items.map((i) => i.type)).toEqual(['InvoiceError']);
    const webhook = await fetch(`${base}/diagnose`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ trace_id: traceId.toString('hex'), timestamp: new Date().toISOString() }),
    });
    expect(webhook.status).toBe(202);
    expect(await webhook.json()).toEqual({ signatureId: list.items[0].id, signatureIds: [list.items[0].id], queued: true });
    expect(rounds.store.getInvestigation(list.items[0].id)).toMatchObject({ reason: 'manual', notBeforeMs: 0 });
  });
});

describe('readiness probes', () => {
  it('/readyz and /healthz answer 503 naming what is not ready; /livez stays 200', async () => {
    let waiting = ['the OTLP servers are not listening yet'];
    const server = new ApiServer({ host: '127.0.0.1', port: 0, registry: new Registry(), notReady: () => waiting });
    const port = await server.start();
    try {
      const base = `http://127.0.0.1:${port}`;
      for (const path of ['/readyz', '/healthz']) {
        const res = await fetch(`${base}${path}`);
        expect(res.status).toBe(503);
        expect(await res.json()).toEqual({ status: 'not ready', waiting: ['the OTLP servers are not listening yet'] });
      }
      expect((await fetch(`${base}/livez`)).status).toBe(200);
      waiting = [];
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});
