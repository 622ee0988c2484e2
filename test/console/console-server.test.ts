// The console's server side on a real Rounds with an API key: the page is served with a strict
// CSP and no inline script, data needs a session or the key, sign-in sets an HttpOnly
// SameSite=Strict cookie, and the cookie works on the management API only from the console's
// own same-origin requests, recording `web:<name>` in the history.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { failingSpan, tracerFor } from '../helpers/otel-clients.js';
import { startTestInstance, type TestInstance } from '../helpers/rounds-instance.js';
import { ensureConsoleBuilt } from './console-build.js';
import { allSignatures } from '../helpers/temp-store.js';

const KEY = 'console-test-key-4242';
/** Response bodies are checked field by field below. */
const json = (res: Response): Promise<any> => res.json();

class LedgerLockedError extends Error {
  override name = 'LedgerLockedError';
}

describe('console server', () => {
  let rounds: TestInstance;
  let base: string;
  let id: string;

  beforeAll(async () => {
    await ensureConsoleBuilt();
    rounds = await startTestInstance({ WEBHOOK_API_KEY: KEY, CONSOLE_JAEGER_TRACE_URL: 'http://jaeger.internal:16686/trace/{traceId}' });
    base = `http://127.0.0.1:${rounds.apiPort}`;
    const { tracer, provider } = tracerFor('http-proto', rounds, 'ledger');
    failingSpan(tracer, 'POST /entries', new LedgerLockedError('ledger 7 is locked by a running close'));
    await provider.forceFlush();
    await provider.shutdown();
    await vi.waitFor(async () => expect(await allSignatures(rounds.store)).toHaveLength(1), { timeout: 60_000 });
    id = (await allSignatures(rounds.store))[0].id;
  });
  afterAll(async () => rounds?.dispose());

  const signIn = async (name = 'ana', key = KEY, headers: Record<string, string> = { 'x-rounds-console': '1' }) =>
    fetch(`${base}/console/session`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ key, name }) });
  const cookieOf = (res: Response) => res.headers.get('set-cookie')!.split(';')[0];

  it('serves the page to anyone, with a CSP that allows no inline script or style', async () => {
    for (const path of ['/', `/signatures/${id}`]) {
      const res = await fetch(`${base}${path}`);
      expect(res.status).toBe(200);
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const html = await res.text();
      // Every script has a src; no inline handlers or style attributes; no data in the page.
      expect(html.match(/<script\b[^>]*>/g)!.every((tag) => /\bsrc=/.test(tag))).toBe(true);
      expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
      expect(html).not.toContain('LedgerLockedError');
    }
  });

  it('serves content-hashed assets compressed and cacheable for good', async () => {
    const html = await (await fetch(base)).text();
    const script = /src="(\/console\/assets\/[^"]+\.js)"/.exec(html)![1];
    const res = await fetch(`${base}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}/console/assets/nope.js`)).status).toBe(404);
  });

  it('answers 401 for every data route without a session or the key', async () => {
    for (const path of ['/api/signatures', `/api/signatures/${id}`, `/console/api/signatures/${id}/stacks`, `/console/api/signatures/${id}/timeline`, `/console/api/sparklines?ids=${id}`]) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(401);
      expect(await res.text()).not.toContain('LedgerLockedError');
    }
    const session = await json(await fetch(`${base}/console/api/session`));
    expect(session).toEqual({ authRequired: true, signedIn: false, actor: null, traceLinks: [] });
  });

  it('refuses a wrong key, a bad name and a sign-in without the console header', async () => {
    const wrong = await signIn('ana', 'not-the-key');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect((await signIn('a;b')).status).toBe(400);
    expect((await signIn('ana', KEY, {})).status).toBe(401);
    expect((await signIn('ana', KEY, { 'x-rounds-console': '1', origin: 'http://evil.example' })).status).toBe(401);
  });

  it('signs in with an HttpOnly SameSite=Strict cookie that reads the API and the console views', async () => {
    const res = await signIn('ana');
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/^rounds_session=[^;]+; Path=\/; Max-Age=43200; HttpOnly; SameSite=Strict$/);
    const body = await json(res);
    expect(body).toMatchObject({ signedIn: true, actor: 'web:ana', traceLinks: [{ name: 'Jaeger', template: 'http://jaeger.internal:16686/trace/{traceId}' }] });
    const cookie = cookieOf(res);
    const list = await json(await fetch(`${base}/api/signatures`, { headers: { cookie } }));
    expect(list.items.map((i: { type: string }) => i.type)).toEqual(['LedgerLockedError']);
    const stacks = await json(await fetch(`${base}/console/api/signatures/${id}/stacks`, { headers: { cookie } }));
    const frames = stacks.samples[0].exceptions[0].frames as { file?: string; inApp: boolean }[];
    expect(stacks.samples[0].runtime).toBe('javascript');
    expect(stacks.samples[0].exceptions[0].type).toBe('LedgerLockedError');
    // This test file is the application code; Node's own frames are not.
    expect(frames.find((f) => f.file?.includes('console-server.test.ts'))?.inApp).toBe(true);
    expect(frames.find((f) => f.file?.startsWith('node:internal'))?.inApp).toBe(false);
    const sparks = await json(await fetch(`${base}/console/api/sparklines?ids=${id}`, { headers: { cookie } }));
    expect(sparks.sparklines[id]).toHaveLength(24);
    expect(sparks.sparklines[id].reduce((a: number, b: number) => a + b, 0)).toBe(1);
    const minutes = await json(await fetch(`${base}/console/api/signatures/${id}/timeline?bucket=minute`, { headers: { cookie } }));
    expect(minutes).toMatchObject({ bucket: 'minute', stepMs: 60_000 });
    expect(minutes.counts).toHaveLength(180);
    expect((await fetch(`${base}/console/api/signatures/${id}/timeline?bucket=day`, { headers: { cookie } })).status).toBe(400);
    expect((await fetch(`${base}/console/api/signatures/ffff0000/timeline`, { headers: { cookie } })).status).toBe(404);
  });

  it('records web:<name> for console changes, api for key holders, and refuses cookie changes from other origins', async () => {
    const cookie = cookieOf(await signIn('ana'));
    const post = (path: string, headers: Record<string, string>, body: unknown = {}) =>
      fetch(`${base}/api/signatures/${id}/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

    // The cookie alone (what a cross-site form could send) does not authorize a change.
    expect((await post('resolve', { cookie })).status).toBe(401);
    expect((await post('resolve', { cookie, 'x-rounds-console': '1', origin: 'http://evil.example' })).status).toBe(401);

    const resolved = await post('resolve', { cookie, 'x-rounds-console': '1', origin: base }, { inRelease: '1.4.3' });
    expect(resolved.status).toBe(200);
    expect((await json(resolved)).status).toBe('resolved');
    const muted = await post('mute', { 'x-api-key': KEY }, { for: '2h' });
    expect(muted.status).toBe(200);
    const history = (await rounds.store.requireSignature(id)).history.map((h) => [h.actor, h.action]);
    expect(history.slice(-2)).toEqual([
      ['web:ana', 'resolve in 1.4.3'],
      ['api', expect.stringMatching(/^mute until /)],
    ]);
  });

  it('signs out by clearing the cookie', async () => {
    const res = await fetch(`${base}/console/session/end`, { method: 'POST', headers: { 'x-rounds-console': '1', 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toContain('Max-Age=0');
  });
});

describe('console on an open loopback API (no key)', () => {
  let rounds: TestInstance;
  beforeAll(async () => {
    await ensureConsoleBuilt();
    rounds = await startTestInstance();
  });
  afterAll(async () => rounds?.dispose());

  it('needs no sign-in and still names the console as the actor', async () => {
    const res = await fetch(`http://127.0.0.1:${rounds.apiPort}/console/api/session`);
    expect(await json(res)).toMatchObject({ authRequired: false, signedIn: true, actor: 'web:local' });
    expect(res.headers.get('set-cookie')).toMatch(/^rounds_session=.*HttpOnly; SameSite=Strict$/);
  });

  it('answers nothing to a page whose DNS name was rebound to loopback (a foreign Host)', async () => {
    const port = rounds.apiPort;
    const cookie = (await fetch(`http://127.0.0.1:${port}/console/api/session`)).headers.get('set-cookie')!.split(';')[0];
    // fetch() sets Host itself; node:http sends the Host a rebinding page's browser would.
    const get = (path: string, headers: Record<string, string>) =>
      new Promise<{ status: number; setCookie?: string[] }>((resolve, reject) => {
        request({ host: '127.0.0.1', port, path, headers }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode!, setCookie: res.headers['set-cookie'] }));
        })
          .on('error', reject)
          .end();
      });
    const foreign = `attacker.example:${port}`;
    const session = await get('/console/api/session', { host: foreign });
    expect(session.status).toBe(401);
    expect(session.setCookie).toBeUndefined();
    expect((await get('/console/api/sparklines?ids=x', { host: foreign, cookie })).status).toBe(401);
    expect((await get('/console/api/sparklines?ids=x', { host: `localhost:${port}`, cookie })).status).toBe(200);
  });
});

describe('console disabled', () => {
  let rounds: TestInstance;
  beforeAll(async () => {
    rounds = await startTestInstance({ CONSOLE_ENABLED: 'false' });
  });
  afterAll(async () => rounds?.dispose());

  it('leaves / unanswered and the API as it was', async () => {
    const base = `http://127.0.0.1:${rounds.apiPort}`;
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(`${base}/api/signatures`)).status).toBe(200);
  });
});
