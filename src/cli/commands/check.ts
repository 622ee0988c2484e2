// `rounds check`: what `rounds serve` would start with, tried without starting it (as
// `otelcol validate` does for a Collector). Validates the settings exactly as serve does,
// opens the store read-only, reaches each configured telemetry backend, model and notifier
// once, and prints one line per part. Exit 0 when everything works, 2 when a setting is
// invalid (nothing else can be tried), 1 when something configured cannot be reached.
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import { telemetryBackendFactories, type TelemetryBackendName } from '../../compose/investigation.js';
import { ConfigError, loadConfigWithNotices, parseFlags, type Config } from '../../config.js';
import type { Signature } from '../../core/model.js';
import { terminalSafe } from '../../core/terminal-text.js';
import { wantsColour } from '../../observability/colour.js';
import type { Store } from '../../core/ports.js';
import { StoreNotFoundError } from '../../core/store-errors.js';
import { openStore, storeLocation } from '../../store/open-store.js';
import { parseArgs } from '../args.js';
import { CliError } from '../command.js';
import { checkDataDirWritable } from '../data-dir-check.js';

export const summary = 'Check the settings, the store and every configured backend, model and notifier';

export const usage = `Usage: rounds check [serve's options] [--json] [--no-color]

Validates the settings as \`rounds serve\` would (flags, environment, .env), opens the data
dir read-only, and reaches each configured telemetry backend, model and notifier once
(without sending a report or spending tokens). One line per part:

  ✓ settings         valid
  ✓ store            ./data: 42 signatures
  ✗ telemetry jaeger  http://jaeger:16686: connection refused

Exit code 0 when everything works, 2 when a setting is invalid, 1 when something configured
cannot be reached or used.

Options:
  --json       the checks as JSON: {"ok": …, "checks": [{"part", "ok", "detail"}]}
  --no-color   no colour even on a terminal (NO_COLOR=1 does the same)
  and every option of \`rounds serve\` (--data-dir, --api-port, …)`;

export interface Check {
  part: string;
  ok: boolean;
  detail: string;
}

/** A synthetic signature for the one context request each backend gets: nothing of it is stored. */
function probeSignature(nowMs: number): Signature {
  return { id: 'rounds-check', fingerprint: 'rounds-check', service: 'rounds-check', type: 'RoundsCheck', message: 'rounds check', source: 'span', count: 0, firstSeenMs: nowMs, lastSeenMs: nowMs } as unknown as Signature;
}

function networkProblem(error: unknown): string {
  const e = error as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  if (e.name === 'TimeoutError') return 'no answer within BACKEND_TIMEOUT';
  const code = e.cause?.code;
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host name not found';
  return e.cause?.message ?? e.message ?? String(error);
}

/** One HTTP request; `judge` turns the status into a problem (undefined: fine). */
async function probeHttp(url: string, init: RequestInit, timeoutMs: number, judge: (status: number) => string | undefined): Promise<{ ok: boolean; detail: string }> {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer().catch(() => undefined);
    const problem = judge(res.status);
    return problem ? { ok: false, detail: `${url}: ${problem}` } : { ok: true, detail: `${url}: answered ${res.status}` };
  } catch (error) {
    return { ok: false, detail: `${url}: ${networkProblem(error)}` };
  }
}

const authProblem = (status: number) => (status === 401 || status === 403 ? `the key was refused (${status})` : status >= 400 ? `answered ${status}` : undefined);

/** The file a command line starts, found on PATH like a shell would. */
function commandProblem(commandLine: string, cwd: string | undefined): string | undefined {
  const program = /^\s*(?:"([^"]+)"|'([^']+)'|(\S+))/.exec(commandLine);
  const name = program?.[1] ?? program?.[2] ?? program?.[3];
  if (!name) return 'DIAGNOSIS_COMMAND is empty';
  const candidates = name.includes('/') ? [isAbsolute(name) ? name : join(cwd ?? process.cwd(), name)] : (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, name));
  for (const file of candidates) {
    try {
      accessSync(file, constants.X_OK);
      return undefined;
    } catch {
      // not here
    }
  }
  return `"${name}" is not an executable file${name.includes('/') ? '' : ' on PATH'}`;
}

async function checkStore(config: Config, checks: Check[]): Promise<Store | undefined> {
  const dir = config.ROUNDS_DATA_DIR;
  try {
    const store = await openStore(storeLocation(config), { readOnly: true });
    const signatures = (await store.storeStats(Date.now())).signatures.total;
    checks.push({ part: 'store', ok: true, detail: `${dir}: ${signatures} signature${signatures === 1 ? '' : 's'}` });
    return store;
  } catch (error) {
    if (error instanceof StoreNotFoundError) {
      checks.push({ part: 'store', ok: true, detail: `${dir}: no data yet (rounds serve creates it)` });
      return undefined;
    }
    checks.push({ part: 'store', ok: false, detail: `${dir}: ${(error as Error).message}` });
    return undefined;
  }
}

async function checkTelemetry(config: Config, store: Store | undefined, checks: Check[]): Promise<void> {
  const nowMs = Date.now();
  // One attempt each: a dead backend is reported after one timeout, not after the retries.
  const factories = telemetryBackendFactories(config, { store, clock: { now: Date.now }, retries: 0 });
  const urls: Record<TelemetryBackendName, string | undefined> = {
    local: undefined,
    jaeger: config.JAEGER_API_URL,
    tempo: config.GRAFANA_TEMPO_URL,
    loki: config.GRAFANA_LOKI_URL,
    prometheus: config.GRAFANA_PROMETHEUS_URL,
    signoz: config.SIGNOZ_API_URL,
  };
  for (const name of [...new Set(config.TELEMETRY_BACKEND)]) {
    const part = `telemetry ${name}`;
    if (name === 'local') {
      checks.push({ part, ok: true, detail: 'reads this store' });
      continue;
    }
    const backend = factories[name]();
    const outcome = await backend.fetchContext({ signature: probeSignature(nowMs), service: 'rounds-check', traceIds: [], fromMs: nowMs - 5 * 60_000, toMs: nowMs });
    checks.push(outcome.status === 'ok' ? { part, ok: true, detail: `${urls[name]}: answered` } : { part, ok: false, detail: `${urls[name]}: ${outcome.error}` });
  }
}

async function checkDiagnosis(config: Config, checks: Check[]): Promise<void> {
  const part = `diagnosis ${config.DIAGNOSIS_BACKEND}`;
  const timeout = config.BACKEND_TIMEOUT;
  switch (config.DIAGNOSIS_BACKEND) {
    case 'evidence':
      checks.push({ part, ok: true, detail: 'offline, nothing to reach' });
      return;
    case 'anthropic': {
      // Listing models costs nothing and needs the same key as a diagnosis.
      const base = (config.ANTHROPIC_BASE_URL ?? 'https://api.anthropic.com').replace(/\/+$/, '');
      const r = await probeHttp(`${base}/v1/models?limit=1`, { headers: { 'x-api-key': config.ANTHROPIC_API_KEY ?? '', 'anthropic-version': '2023-06-01' } }, timeout, authProblem);
      checks.push({ part, ...r, detail: `${r.detail} (model ${config.CLAUDE_MODEL})` });
      return;
    }
    case 'openai': {
      const base = (config.OPENAI_BASE_URL ?? 'https://api.openai.com/v1').replace(/\/+$/, '');
      const r = await probeHttp(`${base}/models`, { headers: config.OPENAI_API_KEY ? { authorization: `Bearer ${config.OPENAI_API_KEY}` } : {} }, timeout, authProblem);
      checks.push({ part, ...r, detail: `${r.detail} (model ${config.OPENAI_MODEL})` });
      return;
    }
    case 'command': {
      const problem = commandProblem(config.DIAGNOSIS_COMMAND ?? '', config.DIAGNOSIS_COMMAND_CWD);
      checks.push({ part, ok: !problem, detail: problem ?? `runs ${config.DIAGNOSIS_COMMAND}` });
      return;
    }
  }
}

async function checkNotifiers(config: Config, checks: Check[]): Promise<void> {
  const timeout = config.BACKEND_TIMEOUT;
  for (const name of [...new Set(config.NOTIFICATION_BACKEND)]) {
    const part = `notifier ${name}`;
    if (name === 'stdout') checks.push({ part, ok: true, detail: 'reports on stdout' });
    else if (name === 'markdown') {
      const problem = checkDataDirWritable(config.NOTIFICATION_OUTPUT_DIR);
      checks.push({ part, ok: !problem, detail: problem ? `${config.NOTIFICATION_OUTPUT_DIR}: ${problem}` : `writes to ${config.NOTIFICATION_OUTPUT_DIR}` });
    } else if (name === 'github_issue') {
      const base = config.GITHUB_API_URL.replace(/\/+$/, '');
      const r = await probeHttp(
        `${base}/repos/${config.GITHUB_REPO}`,
        { headers: { authorization: `Bearer ${config.GITHUB_TOKEN}`, accept: 'application/vnd.github+json', 'user-agent': 'rounds-check' } },
        timeout,
        (status) => (status === 404 ? `no repository ${config.GITHUB_REPO} that this token can see` : authProblem(status)),
      );
      checks.push({ part, ...r });
    } else if (name === 'webhook') {
      // HEAD sends no report; any answer at all means the receiver is there.
      const r = await probeHttp(config.NOTIFICATION_WEBHOOK_URL!, { method: 'HEAD' }, timeout, () => undefined);
      checks.push({ part, ...r });
    }
  }
}

export async function runChecks(config: Config, notices: readonly { setting: string; message: string }[]): Promise<Check[]> {
  const checks: Check[] = [{ part: 'settings', ok: true, detail: notices.length ? `valid; ${notices.map((n) => n.message).join('; ')}` : 'valid' }];
  const store = await checkStore(config, checks);
  try {
    await checkTelemetry(config, store, checks);
  } finally {
    if (store) await store.close();
  }
  await checkDiagnosis(config, checks);
  await checkNotifiers(config, checks);
  return checks;
}

export function renderChecks(checks: readonly Check[], colour: boolean): string {
  const paint = (code: number, text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
  const width = Math.max(...checks.map((c) => c.part.length));
  return checks.map((c) => `${c.ok ? paint(32, '✓') : paint(31, '✗')} ${c.part.padEnd(width)}  ${terminalSafe(c.detail)}`).join('\n');
}

export async function run(args: string[]): Promise<number> {
  const { settings, rest, sources } = parseFlags(args);
  const { options, positionals } = parseArgs('check', rest, { json: 'boolean', 'no-color': 'boolean' });
  if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}" (see rounds check --help)`, 2);
  const json = options.json === true;
  const noColor = options['no-color'] === true;
  // A ConfigError (invalid setting) is reported by cli/main.ts as one line, exit 2.
  const { config, notices } = loadConfigWithNotices(settings, process.env, '.env', sources);
  const dataDirProblem = checkDataDirWritable(config.ROUNDS_DATA_DIR);
  if (dataDirProblem) throw new ConfigError(`invalid setting ROUNDS_DATA_DIR: ${dataDirProblem}`);
  const checks = await runChecks(config, notices);
  const ok = checks.every((c) => c.ok);
  if (json) console.log(JSON.stringify({ ok, checks }, null, 2));
  else {
    console.log(renderChecks(checks, wantsColour(process.stdout, process.env, noColor)));
    if (!ok) console.log(`\n${checks.filter((c) => !c.ok).length} of ${checks.length} checks failed.`);
  }
  return ok ? 0 : 1;
}
