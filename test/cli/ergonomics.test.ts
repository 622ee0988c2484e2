// The command line's manners: a near miss suggests the command meant, --json failures are
// JSON, short flags work, and a closed pipe ends a command quietly.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nearestCommand } from '../../src/cli/main.js';
import { BIN, cleanEnv, ensureBuilt, freshCwd, runCli } from '../helpers/cli.js';
import { seedDataDir } from '../helpers/seed-store.js';
import { tempDataDir } from '../helpers/temp-dir.js';

describe('rounds command-line manners', () => {
  const dataDir = tempDataDir();
  beforeAll(async () => {
    ensureBuilt();
    // Sixty different failures, each its own signature, with long messages: an export of them
    // is larger than a pipe's buffer, so a reader that stops early really closes the pipe.
    const letters = (i: number) => String.fromCharCode(65 + (i % 26)) + String.fromCharCode(65 + Math.floor(i / 26));
    await seedDataDir(dataDir, Array.from({ length: 60 }, (_, i) => ({ service: 'shop', type: `Failure${letters(i)}Error`, message: `it broke: ${'while doing things '.repeat(80)}`, events: 2 })));
  }, 180_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('suggests the nearest command for a typo, and nothing for nonsense', async () => {
    expect(nearestCommand('lst', ['list', 'show'])).toBe('list');
    expect(nearestCommand('shwo', ['list', 'show'])).toBe('show');
    expect(nearestCommand('res', ['reset', 'resolve'])).toBeUndefined(); // ambiguous prefix, 2 edits from both
    expect(nearestCommand('zzzzzz', ['list', 'show'])).toBeUndefined();
    const res = await runCli(['lsit']);
    expect(res.code).toBe(2);
    expect(res.stderr.trim()).toBe('rounds: unknown command "lsit" — did you mean "list"? (see rounds --help)');
  });

  it('prints a failure as JSON on stdout when --json was asked for', async () => {
    const res = await runCli(['show', 'ffffffffffff', '--json', '--data-dir', dataDir]);
    expect(res.code).not.toBe(0);
    expect(res.stderr).toBe('');
    expect(JSON.parse(res.stdout)).toEqual({ error: { code: 'SIGNATURE_NOT_FOUND', message: expect.stringContaining('ffffffffffff'), exitCode: res.code } });
  });

  it('takes -n, -s and -j for --limit, --status and --json', async () => {
    const res = await runCli(['list', '-n', '3', '-s', 'new', '-j', '--data-dir', dataDir]);
    expect(res.code, res.stderr).toBe(0);
    const rows = JSON.parse(res.stdout) as { status: string }[];
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.status === 'new')).toBe(true);
  });

  it('purge --dry-run --json prints JSON', async () => {
    const res = await runCli(['purge', '--older-than', '3650d', '--dry-run', '--json', '--data-dir', dataDir]);
    expect(res.code, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ dryRun: true, wouldPurge: 0 });
  });

  it('ends quietly when the reader closes the pipe (rounds export | head -c 100)', async () => {
    const child = spawn('sh', ['-c', `"${process.execPath}" "${BIN}" export --data-dir "${dataDir}" | head -c 100 >/dev/null`], {
      env: cleanEnv({ LOG_LEVEL: 'silent' }),
      cwd: freshCwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
  });
});
