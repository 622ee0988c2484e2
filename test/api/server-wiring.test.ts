// The management API and retention as main.ts wires them into a real Rounds instance.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiServer } from '../../src/api/server.js';
import { ConfigError } from '../../src/config.js';
import { Registry } from '../../src/observability/metrics.js';
import { postOtlp, traceRequest } from '../helpers/otlp-requests.js';
import { startTestInstance, tempDataDir, type TestInstance } from '../helpers/rounds-instance.js';
import { allSignatures } from '../helpers/temp-store.js';

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
    expect(await rounds.store.getInvestigation(list.items[0].id)).toMatchObject({ reason: 'manual', notBeforeMs: 0 });
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

describe('a keyless API on loopback in a running instance', () => {
  let rounds: TestInstance;
  let id: string;
  beforeAll(async () => {
    rounds = await startTestInstance({});
    const res = await postOtlp(rounds.httpPort, '/v1/traces', traceRequest('billing', [{ type: 'InvoiceError', message: 'invoice total mismatch' }]));
    expect(res.status).toBe(200);
    id = (await allSignatures(rounds.store, 'count'))[0].id;
  });
  afterAll(async () => rounds?.dispose());

  /** node:http, so Host, Origin and Sec-Fetch-Site are sent exactly as a browser would send them. */
  function call(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; json: { error?: { code: string; message: string }; status?: string } }> {
    return new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = request({ host: '127.0.0.1', port: rounds.apiPort, method, path, headers: { ...headers, ...(payload ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) } : {}) } }, (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode!, json: text ? JSON.parse(text) : {} }));
      });
      req.on('error', reject);
      req.end(payload);
    });
  }

  it('answers loopback names and refuses any other Host (DNS rebinding), but not on /healthz', async () => {
    const port = rounds.apiPort;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `LOCALHOST.:${port}`]) {
      expect((await call('GET', '/api/signatures', { host })).status, host).toBe(200);
    }
    const rebound = await call('GET', '/api/signatures', { host: `attacker.example:${port}` });
    expect(rebound.status).toBe(403);
    expect(rebound.json.error).toEqual({ code: 'HOST_NOT_ALLOWED', message: `Host "attacker.example:${port}" is not a name of this API (loopback names, API_HOST, or API_ALLOWED_HOSTS)` });
    expect((await call('GET', `/api/signatures/${id}`, { host: `192.168.1.20:${port}` })).status).toBe(403);
    // Orchestrators probe health by the pod's address.
    expect((await call('GET', '/healthz', { host: `10.1.2.3:${port}` })).status).toBe(200);
  });

  it('refuses state changes from other origins, accepts same-origin pages and command-line clients', async () => {
    const host = `127.0.0.1:${rounds.apiPort}`;
    const fromPage = await call('POST', `/api/signatures/${id}/mute`, { host, origin: 'https://attacker.example', 'sec-fetch-site': 'cross-site' }, { for: '1h' });
    expect(fromPage.status).toBe(403);
    expect(fromPage.json.error?.code).toBe('CROSS_ORIGIN_REFUSED');
    expect((await call('POST', `/api/signatures/${id}/mute`, { host, origin: 'http://localhost:8080' }, {})).status).toBe(403);
    expect((await call('POST', `/api/signatures/${id}/mute`, { host, origin: 'null' }, {})).status).toBe(403);
    expect((await call('POST', `/api/signatures/${id}/resolve`, { host, 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await rounds.store.getSignature(id))!.status).toBe('new');

    const samePage = await call('POST', `/api/signatures/${id}/mute`, { host, origin: `http://${host}`, 'sec-fetch-site': 'same-origin' }, { for: '1h' });
    expect(samePage.status).toBe(200);
    expect(samePage.json.status).toBe('muted');
    const cli = await call('POST', `/api/signatures/${id}/unmute`, { host });
    expect(cli.status).toBe(200);
    expect((await rounds.store.getSignature(id))!.status).toBe('new');
  });
});
