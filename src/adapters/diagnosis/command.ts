// Diagnosis by an external command, typically a coding-agent CLI run in the monitored
// repository so it can read the code (e.g. `claude -p --output-format json`). The prompt goes on
// stdin, a JSON answer is expected on stdout; prose around the JSON is tolerated.
//
// The command runs through the shell (so DIAGNOSIS_COMMAND can carry flags and pipes) in its
// own process group, so a timeout kills the agent and everything it started, not only the shell.
//
// The command reads text an attacker can shape (error messages), so it gets an environment
// built from an allow-list, never Rounds' own: the OTLP token, the API key, the GitHub token
// and the webhook secret must not be one prompt injection away from being printed.
import { spawn } from 'node:child_process';
import type { CostReporting } from '../../core/budget.js';
import type { Diagnosis } from '../../core/model.js';
import { failed, ok, type Clock, type Diagnoser, type DiagnosisRequest, type Outcome } from '../../core/ports.js';
import { buildPrompt, parseAnswerText, validateAnswer, redactAnswer } from '../../core/prompt.js';
import { defaultRedactor, type Redactor } from '../../core/redact.js';
import { duration, list, optionalString } from '../../settings/fields.js';
import type { DiagnoserExtension } from './registry.js';

/**
 * What a program needs to run as the user in a locale and find its tools and config files;
 * nothing that authenticates to anything. `LC_*` are matched as a prefix.
 */
export const COMMAND_ENV_ALLOWED = ['PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'LANG', 'LANGUAGE', 'LC_*', 'TZ', 'TERM', 'TMPDIR', 'TMP', 'TEMP', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'XDG_DATA_HOME', 'XDG_RUNTIME_DIR', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'NODE_EXTRA_CA_CERTS'] as const;

/**
 * Rounds' own credentials: never passed, even when DIAGNOSIS_COMMAND_ENV names them. The
 * PostgreSQL store's URL carries its password.
 */
const NEVER_PASSED = new Set(['OTLP_AUTH_TOKEN', 'WEBHOOK_API_KEY', 'GITHUB_TOKEN', 'NOTIFICATION_WEBHOOK_SECRET', 'GRAFANA_API_KEY', 'SIGNOZ_API_KEY', 'STORE_POSTGRESQL_URL']);

/**
 * Refuses a DIAGNOSIS_COMMAND_ENV that names one of Rounds' own credentials. config.ts runs it
 * when settings are validated (so start-up stops with exit 2); the constructor runs it again.
 */
export function checkPassEnv(names: readonly string[]): void {
  const denied = names.filter((n) => NEVER_PASSED.has(n));
  if (denied.length) throw new Error(`${denied.join(', ')} ${denied.length > 1 ? 'are' : 'is'} Rounds' own credential${denied.length > 1 ? 's' : ''} and never passed to the command`);
}

/** The command's environment: the allow-list plus `extra`, taken from `source`. */
export function commandEnvironment(source: NodeJS.ProcessEnv, extra: readonly string[] = []): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  const exact = new Set<string>([...COMMAND_ENV_ALLOWED.filter((n) => !n.endsWith('*')), ...extra]);
  for (const [name, value] of Object.entries(source)) {
    if (value === undefined || NEVER_PASSED.has(name)) continue;
    if (exact.has(name) || name.startsWith('LC_')) env[name] = value;
  }
  return env;
}

export interface CommandDiagnoserOptions {
  /** DIAGNOSIS_COMMAND, run with `/bin/sh -c`. */
  command: string;
  /** DIAGNOSIS_COMMAND_CWD: the monitored repository. Default: the current directory. */
  cwd?: string;
  /** DIAGNOSIS_COMMAND_TIMEOUT in ms. */
  timeoutMs: number;
  /** The environment the allow-list is taken from. Default: this process's environment. */
  env?: NodeJS.ProcessEnv;
  /** DIAGNOSIS_COMMAND_ENV: names passed besides COMMAND_ENV_ALLOWED (e.g. the agent's own API key). */
  passEnv?: readonly string[];
  /** What one run is assumed to cost when the command does not report it. Default 0. */
  costUsd?: number;
  /** Stdout beyond this is an error (a runaway command must not exhaust memory). Default 4 MiB. */
  maxOutputBytes?: number;
  /** Time between SIGTERM and SIGKILL on timeout. Default 2 s. */
  killGraceMs?: number;
  /** Shown as the diagnosis model. Default `command:<first word of the command>`. */
  modelName?: string;
  /** Configured redaction (built-in rules plus REDACT_PATTERNS). Default: the built-in rules. */
  redactor?: Redactor;
  clock?: Clock;
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  overflow: boolean;
  spawnError?: Error;
}

const STDERR_TAIL = 2000;

export class CommandDiagnoser implements Diagnoser, CostReporting {
  readonly name = 'command';
  /**
   * What runs cost so far (see CostReporting): the cost the command reported, else the assumed
   * `costUsd` per run, also for runs that failed (an agent bills for the work it did).
   */
  spentUsd = 0;
  private readonly redact: (text: string) => string;
  private readonly clock: Clock;

  private readonly env: NodeJS.ProcessEnv;

  constructor(private readonly options: CommandDiagnoserOptions) {
    this.redact = (options.redactor ?? defaultRedactor).redact;
    try {
      checkPassEnv(options.passEnv ?? []);
    } catch (error) {
      throw new Error(`invalid setting DIAGNOSIS_COMMAND_ENV: ${(error as Error).message}`);
    }
    this.env = commandEnvironment(options.env ?? process.env, options.passEnv);
    this.clock = options.clock ?? { now: () => Date.now() };
  }

  estimateCostUsd(): number {
    return this.options.costUsd ?? 0;
  }

  async diagnose(request: DiagnosisRequest): Promise<Outcome<Diagnosis>> {
    const prompt = buildPrompt(request.signature, request.evidence, { redact: this.redact });
    const input = `${prompt.system}\n\n${prompt.user}\n`;
    const r = await this.run(input);
    const tail = (s: string) => this.redact(s.length > STDERR_TAIL ? s.slice(-STDERR_TAIL) : s).trim();

    if (r.spawnError) return failed(`could not start the diagnosis command: ${r.spawnError.message}`);
    const parsed = r.code === 0 && !r.timedOut && !r.overflow ? interpret(r.stdout) : undefined;
    this.spentUsd += parsed?.cost ?? this.options.costUsd ?? 0;
    // A command that ran out of time is likely to do so again with the same input: failed, not retryable.
    if (r.timedOut) return failed(`the diagnosis command timed out after ${this.options.timeoutMs} ms and was killed${r.stderr ? `; stderr: ${tail(r.stderr)}` : ''}`);
    if (r.overflow) return failed(`the diagnosis command wrote more than ${this.maxOutput} bytes to stdout`);
    if (!parsed) {
      return failed(`the diagnosis command exited with ${r.code === null ? `signal ${r.signal}` : `code ${r.code}`}${r.stderr ? `; stderr: ${tail(r.stderr)}` : ''}`);
    }

    const { answer, cost } = parsed;
    if (!answer.ok) return failed(`${answer.error}; stdout began: ${JSON.stringify(this.redact(r.stdout.slice(0, 200)))}`);
    return ok({
      ...redactAnswer(answer.value, this.redact),
      model: this.options.modelName ?? `command:${this.options.command.trim().split(/\s+/)[0]}`,
      costUsd: cost ?? this.options.costUsd ?? 0,
      createdMs: this.clock.now(),
    });
  }

  private get maxOutput() {
    return this.options.maxOutputBytes ?? 4 * 1024 * 1024;
  }

  private run(input: string): Promise<RunResult> {
    return new Promise((resolve) => {
      const child = spawn('/bin/sh', ['-c', this.options.command], {
        cwd: this.options.cwd,
        env: this.env,
        stdio: ['pipe', 'pipe', 'pipe'],
        // Own process group: kill(-pid) then reaches the command's children too.
        detached: true,
      });
      const out: Buffer[] = [];
      let outBytes = 0;
      let stderr = '';
      let timedOut = false;
      let overflow = false;
      let spawnError: Error | undefined;
      let killTimer: NodeJS.Timeout | undefined;

      const killGroup = (signal: NodeJS.Signals) => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, signal);
        } catch {
          // Already gone.
        }
      };
      const stop = () => {
        killGroup('SIGTERM');
        killTimer ??= setTimeout(() => killGroup('SIGKILL'), this.options.killGraceMs ?? 2000);
      };
      const timer = setTimeout(() => {
        timedOut = true;
        stop();
      }, this.options.timeoutMs);

      child.stdout.on('data', (chunk: Buffer) => {
        outBytes += chunk.length;
        if (outBytes > this.maxOutput) {
          if (!overflow) (overflow = true), stop();
          return;
        }
        out.push(chunk);
      });
      child.stderr.on('data', (chunk: Buffer) => {
        // Only the tail is ever reported; keep a bounded window.
        stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_TAIL * 2);
      });
      child.on('error', (err) => {
        spawnError = err;
      });
      // A command that does not read its stdin closes the pipe early; that is not an error.
      child.stdin.on('error', () => {});
      child.stdin.end(input);

      child.on('close', (code, signal) => {
        clearTimeout(timer);
        if (killTimer) clearTimeout(killTimer);
        // The shell may be gone while its children still run; make sure none outlive a timeout.
        if (timedOut || overflow) killGroup('SIGKILL');
        resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr, timedOut, overflow, spawnError });
      });
    });
  }
}

/**
 * The answer object, or an agent CLI's JSON envelope around it: Claude Code's
 * `--output-format json` prints `{"type":"result","result":"<text>","total_cost_usd":…}`, whose
 * `result` text holds the answer and whose cost is the real one.
 */
function interpret(stdout: string): { answer: ReturnType<typeof parseAnswerText>; cost?: number } {
  const trimmed = stdout.trim();
  if (trimmed.startsWith('{')) {
    try {
      const envelope = JSON.parse(trimmed) as Record<string, unknown>;
      if (typeof envelope.result === 'string' && !('rootCause' in envelope)) {
        const cost = typeof envelope.total_cost_usd === 'number' ? envelope.total_cost_usd : undefined;
        return { answer: parseAnswerText(envelope.result), cost };
      }
      return { answer: validateAnswer(envelope) };
    } catch {
      // Not one JSON document: look for the answer inside the text.
    }
  }
  return { answer: parseAnswerText(stdout) };
}

const settings = {
  DIAGNOSIS_COMMAND: optionalString,
  /** Working directory of DIAGNOSIS_COMMAND: the monitored repository. */
  DIAGNOSIS_COMMAND_CWD: optionalString,
  DIAGNOSIS_COMMAND_TIMEOUT: duration.default(300e3),
  /** Environment variables passed to DIAGNOSIS_COMMAND besides the built-in allow-list (PATH, HOME, LANG…). */
  DIAGNOSIS_COMMAND_ENV: list.default([]),
};

/** DIAGNOSIS_BACKEND=command (docs/architecture.md, "Extensions"). */
export const commandExtension = {
  name: 'command',
  settings,
  check: (s) => {
    const problems: [string, string][] = s.DIAGNOSIS_COMMAND === undefined ? [['DIAGNOSIS_COMMAND', 'is required when DIAGNOSIS_BACKEND is command']] : [];
    try {
      checkPassEnv(s.DIAGNOSIS_COMMAND_ENV);
    } catch (error) {
      problems.push(['DIAGNOSIS_COMMAND_ENV', (error as Error).message]);
    }
    return problems;
  },
  create: (s, deps) =>
    new CommandDiagnoser({ command: s.DIAGNOSIS_COMMAND!, cwd: s.DIAGNOSIS_COMMAND_CWD, timeoutMs: s.DIAGNOSIS_COMMAND_TIMEOUT, passEnv: s.DIAGNOSIS_COMMAND_ENV, redactor: deps.redactor, clock: deps.clock }),
} satisfies DiagnoserExtension<'command', typeof settings>;
