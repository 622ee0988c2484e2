// Runs the real OpenTelemetry Collector built by test/collector/build.sh as a child process,
// for the end-to-end tests in test/e2e/collector-*.test.ts.
//
// Ports: the Collector's OTLP receiver must listen where the test's SDK can find it, and a
// Collector listening on port 0 does not report the port it got (its log repeats the
// configured endpoint). So each start takes two ports the kernel just handed out (listen on
// 0, close) and gives them to the Collector; if another process grabbed one in between, the
// Collector exits with "address already in use" and the start is retried with fresh ports.
// The window is microseconds and the retry makes a collision harmless. Everything the
// Collector connects to (Rounds) listens on port 0.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const COLLECTOR_DIR = fileURLToPath(new URL('./', import.meta.url));
export const EXAMPLE_CONFIG = fileURLToPath(new URL('../../collector-config.example.yaml', import.meta.url));

let built: Promise<string> | undefined;

/**
 * The Collector binary, built on first use (build.sh does nothing when it is fresh, and
 * serialises concurrent builds). A cold build downloads modules and takes minutes, so the
 * calling hook needs a long timeout. Fails with build.sh's one line when Go is missing.
 */
export function collectorBinary(): Promise<string> {
  built ??= new Promise((resolve, reject) => {
    const child = spawn('bash', [join(COLLECTOR_DIR, 'build.sh'), '--print'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) return resolve(stdout.trim());
      const lines = stderr.trim().split('\n');
      // Missing Go: exactly build.sh's line, without a stack trace pointing here.
      const error = new Error(code === 127 ? lines.at(-1) : `test/collector/build.sh failed (exit ${code}):\n${stderr.trim()}`);
      error.stack = error.message;
      reject(error);
    });
  });
  return built;
}

/** A port the kernel just handed out on loopback (see the note at the top). */
export function freshPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface CollectorLogLine {
  level: string;
  msg: string;
  [key: string]: unknown;
}

export interface RunningCollector {
  grpcPort: number;
  httpPort: number;
  /** Every log line so far, parsed (the Collector logs JSON, see `testOverrides`). */
  logs: CollectorLogLine[];
  /** Raw stderr, for failure messages. */
  output(): string;
  /** SIGTERM, then resolves with the exit code once the Collector has shut down. */
  stop(): Promise<number | null>;
}

/**
 * Settings every test Collector needs on top of the config under test: the receiver on the
 * given loopback ports, logs as JSON (parsed by the tests), and no telemetry server on :8888
 * (two Collectors may run at once).
 */
export function testOverrides(grpcPort: number, httpPort: number): object {
  return {
    receivers: { otlp: { protocols: { grpc: { endpoint: `127.0.0.1:${grpcPort}` }, http: { endpoint: `127.0.0.1:${httpPort}` } } } },
    service: { telemetry: { logs: { level: 'info', encoding: 'json' }, metrics: { level: 'none' } } },
  };
}

export interface StartOptions {
  /** Config files, merged in order (the Collector's own --config merging: maps merge, lists replace). */
  configs: string[];
  /** Extra config merged last, e.g. faster retries for tests. */
  overrides?: object;
  env?: Record<string, string>;
}

function deepMerge(a: unknown, b: unknown): unknown {
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
    for (const [k, v] of Object.entries(b)) out[k] = deepMerge(out[k], v);
    return out;
  }
  return b;
}

const READY = 'Everything is ready. Begin running and processing data.';

/**
 * One Collector log line: JSON once the configured logger runs, and the console format
 * (`time<TAB>level<TAB>caller<TAB>message<TAB>{fields}`) before that, e.g. the config
 * providers' warnings.
 */
export function parseLogLine(line: string): CollectorLogLine | undefined {
  if (line.startsWith('{')) {
    try {
      return JSON.parse(line) as CollectorLogLine;
    } catch {
      return undefined;
    }
  }
  const [, level, , msg, fields] = line.split('\t');
  if (!level || msg === undefined) return undefined;
  let extra: Record<string, unknown> = {};
  try {
    extra = fields ? (JSON.parse(fields) as Record<string, unknown>) : {};
  } catch {
    // fields that are not JSON: keep the level and the message
  }
  return { ...extra, level, msg };
}

/** Starts the Collector and resolves once it reports ready; retries on a port collision. */
export async function startCollector(options: StartOptions): Promise<RunningCollector> {
  const binary = await collectorBinary();
  const dir = mkdtempSync(join(tmpdir(), 'rounds-otelcol-'));
  try {
    for (let attempt = 1; ; attempt++) {
      const grpcPort = await freshPort();
      const httpPort = await freshPort();
      const overrideFile = join(dir, `overrides-${attempt}.yaml`);
      // JSON is YAML, and the Collector's file provider reads YAML.
      writeFileSync(overrideFile, JSON.stringify(deepMerge(testOverrides(grpcPort, httpPort), options.overrides ?? {})));
      const args = [...options.configs, overrideFile].flatMap((file) => ['--config', `file:${file}`]);
      // Only the variables the config reads: a proxy setting of the machine must not apply.
      const child = spawn(binary, args, { env: { PATH: process.env.PATH ?? '', ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
      const started = await untilReady(child, grpcPort, httpPort);
      if (started.ok) return started.collector;
      if (attempt < 5 && /address already in use/.test(started.output)) continue;
      throw new Error(`the Collector did not start:\n${started.output}`);
    }
  } finally {
    // The Collector has read its config by the time it reports ready.
    rmSync(dir, { recursive: true, force: true });
  }
}

function untilReady(child: ChildProcess, grpcPort: number, httpPort: number): Promise<{ ok: true; collector: RunningCollector } | { ok: false; output: string }> {
  return new Promise((resolve) => {
    const logs: CollectorLogLine[] = [];
    let stderr = '';
    let pending = '';
    let ready = false;
    const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    const collector: RunningCollector = {
      grpcPort,
      httpPort,
      logs,
      output: () => stderr,
      async stop() {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        return exited;
      },
    };
    child.stdout?.on('data', (d) => (stderr += d));
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d;
      pending += d;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const parsed = parseLogLine(line);
        if (!parsed) continue;
        logs.push(parsed);
        if (!ready && parsed.msg === READY) {
          ready = true;
          resolve({ ok: true, collector });
        }
      }
    });
    child.on('error', (error) => {
      if (!ready) resolve({ ok: false, output: `${stderr}${error.message}` });
    });
    void exited.then(() => {
      if (!ready) resolve({ ok: false, output: stderr });
    });
  });
}

export interface RunResult {
  code: number | null;
  output: string;
}

/** Runs the Collector binary to completion (e.g. `validate`), capturing stdout and stderr. */
export async function runCollector(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  const binary = await collectorBinary();
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** One sample of a Prometheus text-format metric from Rounds' /metrics, 0 when absent. */
export async function roundsMetric(apiPort: number, name: string, labels: Record<string, string> = {}): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${apiPort}/metrics`)).text();
  let total = 0;
  for (const line of text.split('\n')) {
    const m = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) total += Number(m[3]);
  }
  return total;
}
