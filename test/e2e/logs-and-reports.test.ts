// What `rounds serve` writes where: JSON log records on stderr, the stdout notifier's reports
// alone on stdout, and pino-pretty when asked for (LOG_FORMAT) or on a terminal (a real
// pseudo-terminal from script(1)), without colour under NO_COLOR.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BIN, cleanEnv, ensureBuilt, spawnServer } from '../helpers/cli.js';
import { postOtlp, traceRequest } from '../helpers/otlp-requests.js';

const work = mkdtempSync(join(tmpdir(), 'rounds-logs-'));
const ESC = '\u001b[';
const PORTS = ['--grpc-port', '0', '--http-port', '0', '--api-port', '0', '--host', '127.0.0.1'];

beforeAll(() => ensureBuilt());
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('rounds serve with the stdout notifier', () => {
  it('writes only JSON log lines to stderr and only reports to stdout', async () => {
    const server = await spawnServer(['--data-dir', join(work, 'json'), '--host', '127.0.0.1'], {
      INVESTIGATOR_ENABLED: 'true',
      INVESTIGATION_SETTLE: '0s',
      NOTIFICATION_BACKEND: 'stdout',
      DIAGNOSIS_BACKEND: 'evidence',
    });
    try {
      const res = await postOtlp(server.ports.http, '/v1/traces', traceRequest('checkout', [{ type: 'PaymentDeclinedError', message: 'card issuer refused the charge' }]));
      expect(res.status).toBe(200);
      await vi.waitFor(() => expect(server.stdout()).toContain('PaymentDeclinedError'), { timeout: 60_000, interval: 100 });
      // The investigation and the report are also logged: wait for the report's record.
      const stderrLines = () => server.stderr().split('\n').filter((l) => l.trim() !== '');
      expect(stderrLines().length).toBeGreaterThan(1);
      for (const line of stderrLines()) expect(() => JSON.parse(line), line).not.toThrow();
      const out = server.stdout();
      expect(out).toMatch(/── New error · [0-9a-f]+ · checkout: PaymentDeclinedError: card issuer refused the charge/);
      expect(out).toMatch(/Root cause: /);
      // No log record reached stdout.
      expect(out.split('\n').filter((l) => l.startsWith('{'))).toEqual([]);
      expect(out).not.toContain('"msg"');
    } finally {
      server.child.kill('SIGTERM');
    }
  }, 180_000);
});

/** Starts `rounds serve` (through `wrap` when given), waits for `ready` in its output, stops it. */
async function serveOutput(args: string[], env: Record<string, string>, ready: RegExp, wrap?: (argv: string[]) => string[]): Promise<{ stdout: string; stderr: string }> {
  const argv = [process.execPath, BIN, 'serve', ...args];
  const [cmd, ...rest] = wrap ? wrap(argv) : argv;
  const child = spawn(cmd, rest, { env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'], cwd: work, detached: true });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise((resolve) => child.on('close', resolve));
  try {
    await vi.waitFor(() => expect(stdout + stderr).toMatch(ready), { timeout: 60_000, interval: 100 });
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }
  return { stdout, stderr };
}

describe('LOG_FORMAT and terminals', () => {
  it('LOG_FORMAT=pretty prints pino-pretty lines (no colour into a pipe)', async () => {
    const { stderr } = await serveOutput(['--data-dir', join(work, 'pretty'), ...PORTS], { LOG_FORMAT: 'pretty', INVESTIGATOR_ENABLED: 'false' }, /Rounds is receiving OTLP/);
    const line = stderr.split('\n').find((l) => l.includes('Rounds is receiving OTLP'))!;
    expect(line).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: Rounds is receiving OTLP/);
    expect(() => JSON.parse(line)).toThrow();
    expect(stderr).toMatch(/^\s+apiPort: \d+$/m);
    expect(stderr).not.toContain(ESC);
  }, 180_000);

  it('--log-format json overrides a terminal', async () => {
    const script = (argv: string[]) => ['script', '-qfec', argv.map((a) => `'${a}'`).join(' '), '/dev/null'];
    const { stdout } = await serveOutput(['--data-dir', join(work, 'tty-json'), ...PORTS, '--log-format', 'json'], { INVESTIGATOR_ENABLED: 'false' }, /"msg":"Rounds is receiving OTLP"/, script);
    expect(stdout).toMatch(/^\{"level":30,.*"msg":"Rounds is receiving OTLP"/m);
  }, 180_000);

  it('on a terminal logs are pretty and coloured, and NO_COLOR turns the colour off', async () => {
    // script(1) runs the command on a pseudo-terminal and copies what it shows to its stdout.
    const script = (argv: string[]) => ['script', '-qfec', argv.map((a) => `'${a}'`).join(' '), '/dev/null'];
    const coloured = await serveOutput(['--data-dir', join(work, 'tty'), ...PORTS], { INVESTIGATOR_ENABLED: 'false', TERM: 'xterm' }, /Rounds is receiving OTLP/, script);
    expect(coloured.stdout).toMatch(/INFO.*Rounds is receiving OTLP/);
    expect(coloured.stdout).toContain(ESC);
    expect(coloured.stdout).not.toMatch(/"msg":/);
    const plain = await serveOutput(['--data-dir', join(work, 'tty-nc'), ...PORTS], { INVESTIGATOR_ENABLED: 'false', TERM: 'xterm', NO_COLOR: '1' }, /Rounds is receiving OTLP/, script);
    expect(plain.stdout).toMatch(/INFO: Rounds is receiving OTLP/);
    expect(plain.stdout).not.toContain(ESC);
  }, 180_000);
});
