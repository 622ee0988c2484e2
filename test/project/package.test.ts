// The package a user installs: `npm pack` the project, install the tarball with production
// dependencies only into an empty directory, and run the installed `rounds` from there.
// The test needs no network: the empty project gets a lock file that pins the tarball and,
// from this project's own package-lock.json, the exact versions Rounds is tested with, so
// `npm ci --offline` takes every package from the cache that this checkout's `npm ci` filled.
// A production dependency missing from the lock, or a file missing from the package, fails
// here as it would for a user.
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureConsoleBuilt } from '../console/console-build.js';
import { ensureBuilt, ROOT } from '../helpers/cli.js';
import { tempDataDir } from '../helpers/temp-dir.js';

const run = promisify(execFile);
const work = tempDataDir('rounds-pack-');
const consumer = join(work, 'consumer');
const bin = join(consumer, 'node_modules/.bin/rounds');
/** Only what a user's shell would have: nothing of this project's own settings leaks in. */
const cleanEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? work, TMPDIR: work, LOG_LEVEL: 'silent' };

let packedFiles: string[] = [];

beforeAll(async () => {
  ensureBuilt();
  await ensureConsoleBuilt();
  // dist/ is fresh (ensureBuilt), so the `prepack` build can be skipped here.
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, maxBuffer: 16 << 20 });
  const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  packedFiles = packed.files.map((f) => f.path);
  mkdirSync(consumer);
  writeConsumerProject(`file:../${packed.filename}`);
  await run('npm', ['ci', '--offline', '--omit=dev', '--no-audit', '--no-fund'], {
    cwd: consumer,
    env: cleanEnv,
    maxBuffer: 16 << 20,
  });
}, 180_000);

/** An empty project that depends on the tarball, locked to the versions this checkout pins. */
function writeConsumerProject(tarball: string): void {
  type Entry = { version?: string; dev?: boolean; devDependencies?: unknown; [key: string]: unknown };
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, Entry> };
  const { devDependencies: _dev, ...rounds } = lock.packages[''];
  const packages: Record<string, Entry> = {
    '': { name: 'consumer', dependencies: { rounds: tarball } },
    'node_modules/rounds': { ...rounds, resolved: tarball },
  };
  for (const [path, entry] of Object.entries(lock.packages)) if (path !== '' && !entry.dev) packages[path] = entry;
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, dependencies: { rounds: tarball } }));
  writeFileSync(join(consumer, 'package-lock.json'), JSON.stringify({ name: 'consumer', lockfileVersion: 3, requires: true, packages }));
}

// Deleting the installed consumer (thousands of files) can take longer than the default hook timeout on a busy machine.
afterAll(() => rmSync(work, { recursive: true, force: true }), 180_000);

describe('the published package', () => {
  it('ships the compiled CLI, the proto files and no sources or tests', () => {
    expect(packedFiles).toContain('bin/rounds.js');
    expect(packedFiles).toContain('dist/src/cli/main.js');
    expect(packedFiles).toContain('dist/console/index.html');
    expect(packedFiles.some((f) => f.startsWith('proto/') && f.endsWith('.proto'))).toBe(true);
    expect(packedFiles.filter((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('bench/'))).toEqual([]);
  });

  it('installs without dev dependencies: the test-only OpenTelemetry exporters stay out', () => {
    const otel = readdirSync(join(consumer, 'node_modules/@opentelemetry'));
    expect(otel).not.toContain('exporter-trace-otlp-http');
    expect(otel).not.toContain('exporter-logs-otlp-grpc');
    expect(otel).toContain('sdk-trace'); // `rounds demo` sends through the real SDK
  });

  it('runs rounds --help', async () => {
    const { stdout } = await run(bin, ['--help'], { cwd: consumer, env: cleanEnv });
    expect(stdout).toMatch(/Usage: rounds/);
    expect(stdout).toMatch(/serve/);
  });

  it('runs rounds demo to its summary', async () => {
    const { stdout } = await run(bin, ['demo', '--quiet'], { cwd: consumer, env: cleanEnv, timeout: 120_000, maxBuffer: 16 << 20 });
    expect(stdout).toMatch(/diagnos/i);
  }, 150_000);

  it('runs rounds serve on port 0 until SIGTERM, then exits 0', async () => {
    const dataDir = join(work, 'data');
    const child = spawn(bin, ['serve', '--data-dir', dataDir, '--host', '127.0.0.1', '--grpc-port', '0', '--http-port', '0', '--api-port', '0'], {
      cwd: consumer,
      env: { ...cleanEnv, LOG_LEVEL: 'info', INVESTIGATOR_ENABLED: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // The start-up line reports the ports the servers were given for port 0.
    await expect.poll(() => /"apiPort":\d+/.test(output) || child.exitCode !== null, { timeout: 60_000, interval: 100 }).toBe(true);
    const apiPort = Number(/"apiPort":(\d+)/.exec(output)?.[1]);
    const health = await fetch(`http://127.0.0.1:${apiPort}/healthz`);
    expect(health.status).toBe(200);
    const consolePage = await fetch(`http://127.0.0.1:${apiPort}/`);
    expect(consolePage.status).toBe(200);
    expect(await consolePage.text()).toContain('/console/assets/');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 180_000);
});
