// `rounds check` as a user runs it: the real command in its own process, against local
// servers that speak the real APIs (Jaeger, an OpenAI-compatible server, GitHub), a port where
// nothing listens, and a webhook receiver.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from '../helpers/cli.js';
import { startFakeJaeger, type FakeServer } from '../helpers/fake-backends/index.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';
import { startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-llm/index.js';

const work = mkdtempSync(join(tmpdir(), 'rounds-check-'));

/** A port that was just free: nothing listens there. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface CheckJson {
  ok: boolean;
  checks: { part: string; ok: boolean; detail: string }[];
}

describe('rounds check', () => {
  let jaeger: FakeServer;
  let openai: FakeOpenAI;
  let github: FakeGitHub;
  let webhook: Server;
  let webhookMethods: string[];
  beforeAll(async () => {
    ensureBuilt();
    jaeger = await startFakeJaeger();
    openai = await startFakeOpenAI({ apiKey: 'sk-check' });
    github = await startFakeGitHub({ repo: 'acme/shop', token: 'ghp_check' });
    webhookMethods = [];
    webhook = createServer((req, res) => {
      webhookMethods.push(req.method ?? '');
      res.writeHead(405).end();
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => webhook.once('listening', resolve));
  });
  afterAll(async () => {
    await Promise.all([jaeger?.close(), openai?.close(), github?.close()]);
    webhook?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('passes on the defaults and says the store does not exist yet, exit 0', async () => {
    const dir = join(work, 'fresh');
    const res = await runCli(['check', '--data-dir', dir]);
    expect(res.code).toBe(0);
    const lines = res.stdout.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^✓ settings +valid$/),
      expect.stringMatching(new RegExp(`^✓ store +${dir}: no data yet \\(rounds serve creates it\\)$`)),
      expect.stringMatching(/^✓ telemetry local +reads this store$/),
      expect.stringMatching(/^✓ diagnosis evidence +offline, nothing to reach$/),
      expect.stringMatching(/^✓ notifier stdout +reports on stdout$/),
    ]);
    // Piped: no colour.
    expect(res.stdout).not.toContain('\u001b[');
  });

  it('reaches every configured backend, model and notifier once and exits 1 naming what fails', async () => {
    const dead = await closedPort();
    const env = {
      TELEMETRY_BACKEND: 'local,jaeger,loki',
      JAEGER_API_URL: jaeger.url,
      GRAFANA_LOKI_URL: `http://127.0.0.1:${dead}`,
      BACKEND_TIMEOUT: '5s',
      DIAGNOSIS_BACKEND: 'openai',
      OPENAI_BASE_URL: `${openai.url}/v1`,
      OPENAI_API_KEY: 'sk-check',
      NOTIFICATION_BACKEND: 'stdout,github_issue,webhook,markdown',
      GITHUB_TOKEN: 'ghp_check',
      GITHUB_REPO: 'acme/shop',
      GITHUB_API_URL: github.url,
      NOTIFICATION_WEBHOOK_URL: `http://127.0.0.1:${(webhook.address() as { port: number }).port}/hook`,
      NOTIFICATION_OUTPUT_DIR: join(work, 'reports'),
    };
    const res = await runCli(['check', '--data-dir', join(work, 'remote'), '--json'], { env });
    expect(res.code).toBe(1);
    const out = JSON.parse(res.stdout) as CheckJson;
    expect(out.ok).toBe(false);
    const byPart = Object.fromEntries(out.checks.map((c) => [c.part, c]));
    expect(Object.keys(byPart)).toEqual(['settings', 'store', 'telemetry local', 'telemetry jaeger', 'telemetry loki', 'diagnosis openai', 'notifier stdout', 'notifier github_issue', 'notifier webhook', 'notifier markdown']);
    expect(byPart['telemetry jaeger']).toMatchObject({ ok: true });
    expect(byPart['telemetry loki'].ok).toBe(false);
    expect(byPart['telemetry loki'].detail).toContain(`http://127.0.0.1:${dead}`);
    expect(byPart['diagnosis openai']).toMatchObject({ ok: true, detail: `${openai.url}/v1/models: answered 200 (model gpt-4o-mini)` });
    expect(byPart['notifier github_issue']).toMatchObject({ ok: true });
    expect(byPart['notifier webhook']).toMatchObject({ ok: true });
    expect(byPart['notifier markdown']).toMatchObject({ ok: true });
    // Reached once each, and nothing was sent: no completion, no issue, no report.
    expect(jaeger.requests.length).toBeGreaterThanOrEqual(1);
    expect(openai.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/models']);
    expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(webhookMethods).toEqual(['HEAD']);

    // The text form: one line per part, the failure marked, and a closing count.
    const text = await runCli(['check', '--data-dir', join(work, 'remote')], { env });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^✗ telemetry loki +http:\/\/127\.0\.0\.1:\d+: .+$/m);
    expect(text.stdout).toMatch(/^✓ telemetry jaeger +/m);
    expect(text.stdout).toMatch(/1 of 10 checks failed\./);
  }, 180_000);

  it('says a refused key is refused', async () => {
    const res = await runCli(['check', '--data-dir', join(work, 'key'), '--json'], { env: { DIAGNOSIS_BACKEND: 'openai', OPENAI_BASE_URL: `${openai.url}/v1`, OPENAI_API_KEY: 'sk-wrong' } });
    expect(res.code).toBe(1);
    const openaiCheck = (JSON.parse(res.stdout) as CheckJson).checks.find((c) => c.part === 'diagnosis openai')!;
    expect(openaiCheck).toMatchObject({ ok: false });
    expect(openaiCheck.detail).toMatch(/the key was refused \(401\)/);
  });

  it('counts the signatures of an existing store', async () => {
    const dir = join(work, 'with-data');
    // `rounds serve` creates the store; a stopped one leaves it for check to open read-only.
    const { spawnServer } = await import('../helpers/cli.js');
    const server = await spawnServer(['--data-dir', dir, '--host', '127.0.0.1'], { INVESTIGATOR_ENABLED: 'false' });
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.once('exit', resolve));
    const res = await runCli(['check', '--data-dir', dir, '--json']);
    expect(res.code).toBe(0);
    expect((JSON.parse(res.stdout) as CheckJson).checks.find((c) => c.part === 'store')).toEqual({ part: 'store', ok: true, detail: `${dir}: 0 signatures` });
  }, 180_000);

  it('stops at an invalid setting with one line, exit 2 (JSON with --json)', async () => {
    const bad = await runCli(['check', '--grpc-port', '99999']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/--grpc-port \(OTLP_GRPC_PORT\): "99999"/);
    const json = await runCli(['check', '--json'], { env: { TELEMETRY_BACKEND: 'jager' } });
    expect(json.code).toBe(2);
    expect((JSON.parse(json.stdout) as { error: { message: string; exitCode: number } }).error).toMatchObject({ exitCode: 2, message: expect.stringMatching(/TELEMETRY_BACKEND: "jager"/) });
    const unknown = await runCli(['check', '--frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option --frobnicate/);
  });
});
