// Runs the real `rounds fingerprint` binary (bin/rounds.js → dist/) and reads its stdout.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, ensureBuilt } from '../helpers/cli.js';

beforeAll(() => ensureBuilt(), 180_000);

/** The command in a fresh directory (no .env, no ./data) with a clean environment. */
function rounds(args: string[], input: string, env: Record<string, string> = {}) {
  const cwd = mkdtempSync(join(tmpdir(), 'rounds-cwd-'));
  const r = spawnSync(process.execPath, [BIN, 'fingerprint', ...args], { input, encoding: 'utf8', cwd, env: cleanEnv(env), timeout: 120_000 });
  rmSync(cwd, { recursive: true, force: true });
  return { code: r.status, stdout: r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>), stderr: r.stderr };
}

const trace = (line: number) => `TypeError: Cannot read properties of undefined (reading 'email')\n    at formatUser (/app/src/users.js:${line}:20)\n    at handle (/app/src/api.js:${line + 3}:5)`;

describe('rounds fingerprint', () => {
  it('writes one line per input; siblings share a fingerprint; bad lines are reported and skipped', () => {
    const input = [
      JSON.stringify({ service: 'api', type: 'TypeError', stacktrace: trace(10) }),
      '{"service": "api", "type": ',
      JSON.stringify({ service: 'api', type: 'TypeError', stacktrace: trace(42) }),
      JSON.stringify({ service: 'db', body: 'connection to 10.0.0.7:5432 timed out after 3012 ms', severity: 'ERROR' }),
      JSON.stringify({ service: 'db', body: 'connection to 10.0.0.8:5432 timed out after 12 ms' }),
      JSON.stringify({ service: 7 }),
    ].join('\n');
    const r = rounds([], input);
    expect(r.code).toBe(1);
    expect(r.stdout.map((o) => o.line)).toEqual([1, 3, 4, 5]);
    expect(r.stdout[0].fingerprint).toBe(r.stdout[1].fingerprint);
    expect(r.stdout[2].fingerprint).toBe(r.stdout[3].fingerprint);
    expect(r.stdout[0].fingerprint).not.toBe(r.stdout[2].fingerprint);
    expect(r.stdout[0]).toMatchObject({ algorithm: 'rounds-fp/48', type: 'TypeError', culprit: 'formatUser (src/users.js)' });
    expect(r.stdout[0].explain).toBeUndefined();
    expect(r.stderr).toMatch(/^rounds fingerprint: line 2: invalid JSON/m);
    expect(r.stderr).toMatch(/^rounds fingerprint: line 6: "service" must be a string$/m);
  });

  it('--explain says what contributed; --lines mines plain lines with one miner', () => {
    const explained = rounds(['--explain'], JSON.stringify({ service: 'api', type: 'TypeError', stacktrace: trace(1) }));
    expect(explained.code).toBe(0);
    expect((explained.stdout[0].explain as string[]).join('\n')).toMatch(/crash site: src\/users\.js:formatUser — contributes/);
    const lines = rounds(['--lines'], 'user 17 not found\nuser 42 not found\ndisk full on /dev/sda1\n');
    expect(lines.code).toBe(0);
    expect(lines.stdout).toHaveLength(3);
    expect(lines.stdout[0].fingerprint).toBe(lines.stdout[1].fingerprint);
    expect(lines.stdout[2].fingerprint).not.toBe(lines.stdout[0].fingerprint);
  });

  it('reads a span kind by name or number: a client span names its callee, a bad kind is reported', () => {
    const call = (host: string, spanKind: unknown) => JSON.stringify({ service: 'storefront', source: 'span', spanName: 'HTTP GET', spanKind, attributes: { 'net.peer.name': host, 'http.status_code': 503 } });
    const r = rounds(['--explain'], [call('payments.internal', 'client'), call('inventory.internal', 3), call('payments.internal', 'SPAN_KIND_CLIENT'), call('x', 'sideways')].join('\n'));
    expect(r.code).toBe(1);
    expect(r.stdout.map((o) => o.line)).toEqual([1, 2, 3]);
    expect(r.stdout[0].fingerprint).not.toBe(r.stdout[1].fingerprint);
    expect(r.stdout[0].fingerprint).toBe(r.stdout[2].fingerprint);
    expect((r.stdout[0].explain as string[]).join('\n')).toContain('callee payments.internal');
    expect(r.stderr).toMatch(/^rounds fingerprint: line 4: "spanKind" must be one of internal, server, client, producer, consumer \(or 1-5\)$/m);
  });

  it('--rules applies a rules file, and a bad rules file is a usage error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rounds-fp-'));
    const good = join(dir, 'rules.json');
    writeFileSync(good, JSON.stringify({ rules: [{ match: { service: 'api' }, fingerprint: ['all-api'] }] }));
    const input = [JSON.stringify({ service: 'api', body: 'a b c' }), JSON.stringify({ service: 'api', type: 'X', message: 'y' })].join('\n');
    const r = rounds(['--rules', good], input);
    expect(r.code).toBe(0);
    expect(r.stdout[0].fingerprint).toBe(r.stdout[1].fingerprint);
    const viaEnv = rounds([], input, { FINGERPRINT_RULES_FILE: good });
    expect(viaEnv.stdout[0].fingerprint).toBe(r.stdout[0].fingerprint);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([{ match: { colour: 'red' }, fingerprint: ['x'] }]));
    const b = rounds(['--rules', bad], input);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/rule 0: unknown matcher "colour"/);
  });
});
