// Start-up with bad settings: every row must stop `rounds serve` with exactly one line on
// stderr that names the setting as the user gave it and echoes the bad value, exit code 2.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli, spawnServer } from '../helpers/cli.js';
import { tempDataDir } from '../helpers/temp-dir.js';

const work = tempDataDir('rounds-startup-');
const dataDir = join(work, 'data');
const badRules = join(work, 'rules.json');
const notRules = join(work, 'not-rules.json');

interface Row {
  name: string;
  args?: string[];
  env?: Record<string, string>;
  line: RegExp;
}

const rows: Row[] = [
  { name: 'a port out of range, as the flag typed', args: ['--grpc-port', '99999'], line: /--grpc-port \(OTLP_GRPC_PORT\): "99999" is more than 65535/ },
  { name: 'a port that is not a number', env: { OTLP_HTTP_PORT: 'seventy' }, line: /OTLP_HTTP_PORT: "seventy" is not a number/ },
  { name: 'an unknown backend name', env: { TELEMETRY_BACKEND: 'local,jager' }, line: /TELEMETRY_BACKEND: "jager" is not one of local, jaeger/ },
  { name: 'a boolean that is not one', env: { INVESTIGATOR_ENABLED: 'maybe' }, line: /INVESTIGATOR_ENABLED: "maybe" is not one of .*true.*false/ },
  { name: 'a duration that is not one', env: { INVESTIGATION_SETTLE: 'soon' }, line: /INVESTIGATION_SETTLE: "soon" is not a duration/ },
  { name: 'a URL that is not one', env: { TELEMETRY_BACKEND: 'jaeger', JAEGER_API_URL: 'jaeger:16686' }, line: /JAEGER_API_URL: "jaeger:16686" is not a URL/ },
  { name: 'a missing rules file', args: ['--fingerprint-rules', join(work, 'missing.json')], line: /--fingerprint-rules \(FINGERPRINT_RULES_FILE\): cannot read ".*missing.json": no such file/ },
  { name: 'a rules file that is not JSON', env: { FINGERPRINT_RULES_FILE: badRules }, line: /FINGERPRINT_RULES_FILE: ".*rules.json" is not JSON/ },
  { name: 'a rules file with a malformed rule', env: { FINGERPRINT_RULES_FILE: notRules }, line: /FINGERPRINT_RULES_FILE: rule 0: "match" must be an object/ },
  { name: 'a missing TLS certificate', args: ['--tls-cert', join(work, 'cert.pem'), '--tls-key', join(work, 'key.pem')], line: /--tls-cert \(OTLP_TLS_CERT\): cannot read ".*cert.pem": no such file/ },
  { name: 'an invalid redaction pattern', env: { REDACT_PATTERNS: 'secret-[a-z' }, line: /REDACT_PATTERNS: invalid redaction pattern "secret-\[a-z"/ },
  { name: 'prices that are not JSON', env: { LLM_PRICES: '{claude: 3}' }, line: /LLM_PRICES: .*not JSON/ },
  { name: 'a data dir where a file is', args: ['--data-dir', badRules], line: /--data-dir \(ROUNDS_DATA_DIR\): cannot write in ".*rules.json": a file is in the way/ },
  { name: 'a data dir that cannot be created', args: ['--data-dir', join(badRules, 'data')], line: /--data-dir \(ROUNDS_DATA_DIR\): cannot create ".*rules.json\/data": a file is in the way/ },
  { name: 'a secret is never echoed', env: { WEBHOOK_REQUIRE_AUTH: 'sure', WEBHOOK_API_KEY: 'k-123' }, line: /WEBHOOK_REQUIRE_AUTH: "sure" is not true or false/ },
  { name: 'an old store backend that is not known', env: { STORE_BACKEND: 'mongodb' }, line: /STORE_BACKEND: "mongodb" is not one of lmdb/ },
];

describe('rounds serve with a bad setting', () => {
  beforeAll(() => {
    ensureBuilt();
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(badRules, '{ "rules": [ ');
    writeFileSync(notRules, JSON.stringify({ rules: [{ fingerprint: ['x'] }] }));
  }, 180_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(rows)('$name: one line, exit 2', async ({ args = [], env = {}, line }) => {
    const hasDataDir = args.includes('--data-dir');
    // Ports come from the environment, so a row's flag or variable overrides them.
    const ports = { OTLP_GRPC_PORT: '0', OTLP_HTTP_PORT: '0', ROUNDS_API_PORT: '0' };
    const result = await runCli(['serve', ...(hasDataDir ? [] : ['--data-dir', dataDir]), ...args], { env: { ...ports, ...env } });
    expect(result.code, result.stderr).toBe(2);
    const lines = result.stderr.trim().split('\n');
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(line);
    expect(lines[0]).not.toMatch(/\bexpected\b|\breceived\b|NaN|at .*\.js:\d+/);
    expect(result.stderr).not.toContain('k-123');
  });
});

describe('rounds serve and the ports it needs', () => {
  let taken: Server;
  beforeAll(async () => {
    ensureBuilt();
    taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  }, 180_000);
  afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

  it.each([
    ['OTLP_GRPC_PORT', '--grpc-port', 'OTLP/gRPC'],
    ['OTLP_HTTP_PORT', '--http-port', 'OTLP/HTTP'],
    ['ROUNDS_API_PORT', '--api-port', 'the API'],
  ])('a %s in use is one line naming the address and how to move it', async (key, flag, what) => {
    const port = String((taken.address() as AddressInfo).port);
    const env = { OTLP_HOST: '127.0.0.1', OTLP_GRPC_PORT: '0', OTLP_HTTP_PORT: '0', ROUNDS_API_PORT: '0', [key]: port };
    const result = await runCli(['serve', '--data-dir', join(work, `ports-${key}`)], { env });
    expect(result.code).not.toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines, result.stderr).toHaveLength(1);
    expect(lines[0]).toContain(`cannot listen on 127.0.0.1:${port} for ${what}: the address is in use`);
    expect(lines[0]).toContain(`set ${flag} or ${key}`);
  });
});

describe('an env file from the polling days', () => {
  it('starts rounds serve, with one line for each old setting saying what became of it', async () => {
    ensureBuilt();
    const cwd = mkdtempSync(join(work, 'cwd-'));
    copyFileSync(new URL('../fixtures/env/polling-era.env', import.meta.url), join(cwd, '.env'));
    const server = await spawnServer(['--data-dir', join(work, 'legacy-data'), '--host', '127.0.0.1'], {}, { cwd });
    try {
      const warnings = server
        .stderr()
        .split('\n')
        .filter((l) => l.includes('"setting"'))
        .map((l) => JSON.parse(l) as { setting: string; msg: string; level: number });
      const bySetting = new Map(warnings.map((w) => [w.setting, w.msg]));
      expect(bySetting.get('RUN_MODE')).toMatch(/"daemon" is what `rounds serve` does/);
      // The test's own --api-port 0 wins over the file's WEBHOOK_PORT, and says so.
      expect(bySetting.get('WEBHOOK_PORT')).toMatch(/ignored, ROUNDS_API_PORT is set and wins/);
      expect(bySetting.get('WEBHOOK_REQUIRE_AUTH')).toMatch(/the API requires WEBHOOK_API_KEY/);
      expect(bySetting.get('CLAUDE_CODE_BUDGET_USD')).toMatch(/ignored: it caps anthropic or command diagnoses and DIAGNOSIS_BACKEND is evidence/);
      expect(bySetting.get('OPENAI_BUDGET_USD')).toMatch(/ignored/);
      expect(bySetting.get('ERROR_LOOKBACK_MINUTES')).toMatch(/honoured as INVESTIGATION_CONTEXT_WINDOW=30m/);
      expect(bySetting.get('STORE_SQLITE_PATH')).toMatch(/LMDB under ROUNDS_DATA_DIR/);
      expect(bySetting.get('STORE_BACKEND')).toMatch(/"sqlite" was replaced by the embedded LMDB store/);
      expect(bySetting.get('POLL_INTERVAL_SECONDS')).toMatch(/no longer polls/);
      expect(bySetting.get('POLL_BATCH_SIZE')).toMatch(/no longer polls/);
      expect(warnings.every((w) => w.level === 40)).toBe(true);
      // The file's API key is honoured: the API refuses a request without it.
      expect((await fetch(`http://127.0.0.1:${server.ports.api}/api/signatures`)).status).toBe(401);
      expect((await fetch(`http://127.0.0.1:${server.ports.api}/api/signatures`, { headers: { 'x-api-key': 'guide-example-key' } })).status).toBe(200);
    } finally {
      server.child.kill('SIGTERM');
    }
  }, 120_000);
});
