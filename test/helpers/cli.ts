// Runs the real `rounds` command as a user would: a separate process from bin/rounds.js,
// which loads the compiled dist/. `npm test` builds dist/ before running the tests; when a
// test file runs on its own, `ensureBuilt()` builds it once (guarded by a lock directory so
// parallel test files do not build at the same time). No vitest import: the benches run the
// real server through it too (bench/overload.ts).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newestMtime, takeBuildLock } from './build-lock.js';

export { newestMtime };

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = `${ROOT}bin/rounds.js`;

/** Builds dist/ when it is missing or older than a source file. */
export function ensureBuilt(): void {
  const built = `${ROOT}dist/src/cli/main.js`;
  const fresh = () => existsSync(built) && statSync(built).mtimeMs >= newestMtime(`${ROOT}src`);
  if (fresh()) return;
  const release = takeBuildLock(`${ROOT}.build-lock`, 'another test file to build dist/');
  try {
    if (!fresh()) execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'ignore' });
  } finally {
    release();
  }
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The environment a spawned `rounds` gets: only what a user's shell would carry, never this
 * process's own settings (a developer's OTLP_AUTH_TOKEN or WEBHOOK_API_KEY must not reach
 * the command under test), plus what the test sets.
 */
export function cleanEnv(env: Record<string, string> = {}): Record<string, string> {
  const base: Record<string, string> = {};
  for (const key of ['PATH', 'HOME', 'LANG', 'TZ', 'SYSTEMROOT']) if (process.env[key] !== undefined) base[key] = process.env[key]!;
  return { ...base, ...env };
}

/** A fresh working directory for each spawned command, so no `.env` or `./data` is shared. */
export function freshCwd(): string {
  return mkdtempSync(join(tmpdir(), 'rounds-cwd-'));
}

/**
 * How long a spawned command or server may take before it is taken for stuck. Generous: every
 * wait here is for a condition, so this is reached only by a hang, and a loaded machine must
 * not look like one.
 */
export const SPAWN_GUARD_MS = 180_000;

export function runCli(args: string[], options: { input?: string; env?: Record<string, string>; timeoutMs?: number; cwd?: string } = {}): Promise<CliResult> {
  // A working directory made here is the command's alone: removed once it has ended.
  const ownCwd = options.cwd === undefined ? freshCwd() : undefined;
  const removeOwnCwd = () => ownCwd !== undefined && rmSync(ownCwd, { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ownCwd,
      env: cleanEnv({ LOG_LEVEL: 'silent', ...options.env }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`rounds ${args.join(' ')} did not finish\n${stderr}`));
    }, options.timeoutMs ?? SPAWN_GUARD_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      removeOwnCwd();
      resolve({ code: code ?? -1, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

export interface ServerPorts {
  grpc: number;
  http: number;
  api: number;
}

export interface SpawnedServer {
  child: ChildProcess;
  ports: ServerPorts;
  stderr: () => string;
  stdout: () => string;
}

const PORT_FLAGS = { grpc: '--grpc-port', http: '--http-port', api: '--api-port' } as const;

/**
 * Starts `rounds serve` as a child process. Ports the caller does not give are 0, and the
 * ports the servers got are read from the start-up log line (`Rounds is receiving OTLP`, on
 * stderr with the other logs), so
 * no port is probed and then reused. Resolves once /healthz answers 200.
 */
export async function spawnServer(args: string[], env: Record<string, string> = {}, options: { cwd?: string; nodeFlags?: readonly string[] } = {}): Promise<SpawnedServer> {
  const full = [...args];
  for (const flag of Object.values(PORT_FLAGS)) if (!full.includes(flag)) full.push(flag, '0');
  // The start-up line is an info record; a test that asked for quieter logs still gets it.
  const level = env.LOG_LEVEL === 'debug' || env.LOG_LEVEL === 'trace' ? env.LOG_LEVEL : 'info';
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), BIN, 'serve', ...full], {
    cwd: options.cwd ?? freshCwd(),
    env: cleanEnv({ ...env, LOG_LEVEL: level }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  try {
    await waitUntil(
      () => {
        if (exited()) return;
        // Logs are on stderr (stdout carries the stdout notifier's reports).
        if (!/"msg":"Rounds is receiving OTLP"/.test(stderr)) throw new Error('not started yet');
      },
      SPAWN_GUARD_MS,
    );
    if (exited()) throw new Error(`rounds serve exited with ${child.exitCode ?? child.signalCode}: ${stderr}${stdout}`);
    const line = JSON.parse(stderr.split('\n').find((l) => l.includes('"msg":"Rounds is receiving OTLP"'))!) as { grpcPort: number; httpPort: number; apiPort: number };
    const ports = { grpc: line.grpcPort, http: line.httpPort, api: line.apiPort };
    await waitUntil(
      async () => {
        if (exited()) return;
        const res = await fetch(`http://127.0.0.1:${ports.api}/healthz`);
        if (!res.ok) throw new Error(`healthz ${res.status}`);
      },
      SPAWN_GUARD_MS,
    );
    if (exited()) throw new Error(`rounds serve exited with ${child.exitCode ?? child.signalCode}: ${stderr}${stdout}`);
    return { child, ports, stderr: () => stderr, stdout: () => stdout };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}


/** Calls `check` every 50 ms until it returns without throwing; rethrows its last error after `timeoutMs`. */
async function waitUntil(check: () => unknown, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (performance.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
