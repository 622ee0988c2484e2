// One zod schema for every setting. Sources, later ones winning: built-in defaults, `.env` in
// the working directory, the process environment, command-line flags. Keys are the
// environment names (those of the Rounds deployment guide), so env files keep working.
import { constants as bufferConstants } from 'node:buffer';
import { availableParallelism } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { diagnosers } from './adapters/diagnosis/registry.js';
import { notifiers } from './adapters/notify/registry.js';
import { telemetryBackends } from './adapters/telemetry/registry.js';
import { parsePriceOverrides } from './core/budget.js';
import { compileRules } from './core/fingerprint/rules.js';
import { parseRedactPatterns } from './core/redact.js';
import { describeIssue } from './config-issues.js';
import { translateLegacySettings, type SettingNotice } from './config-legacy.js';
import { bool, duration, list, optionalString, port, positiveInt } from './settings/fields.js';

/** A link to a trace in another UI; `{traceId}` is required, see the README's console section. */
const traceUrlTemplate = z
  .string()
  .refine((v) => /^https?:\/\/[^\s]+$/.test(v) && v.includes('{traceId}'), { message: 'must be an http(s) URL template containing {traceId}' })
  .optional();

export { duration };

export const STORE_BACKENDS = ['lmdb', 'postgresql'] as const;
// The extension families: each registry maps a name to its settings fragment and factory.
export const TELEMETRY_BACKENDS = telemetryBackends.names;
export const DIAGNOSIS_BACKENDS = diagnosers.names;
export const NOTIFICATION_BACKENDS = notifiers.names;

export const configSchema = z
  .object({
    // ---- receiver ----
    ROUNDS_DATA_DIR: z.string().min(1).default('./data'),
    /**
     * `lmdb`: the embedded store in ROUNDS_DATA_DIR (one server). `postgresql`: one database
     * that replicas share (docs/scaling.md). `sqlite` from old env files means LMDB, and
     * config-legacy.ts says so.
     */
    STORE_BACKEND: z.preprocess((v) => (typeof v === 'string' ? (/^sqlite$/i.test(v) ? 'lmdb' : v.toLowerCase()) : v), z.enum(STORE_BACKENDS)).default('lmdb'),
    STORE_POSTGRESQL_URL: z
      .string()
      .refine((v) => /^postgres(ql)?:\/\/\S+$/.test(v) && URL.canParse(v), { message: 'must be a URL like postgresql://user:password@host:5432/rounds' })
      .optional(),
    /**
     * How often a replica on a shared store (PostgreSQL) saves the templates its miner learned
     * and merges in those the other replicas saved (docs/scaling.md); 0 only at start-up.
     */
    MINER_REFRESH_INTERVAL: duration.default(5e3),
    OTLP_HOST: z.string().min(1).default('0.0.0.0'),
    OTLP_GRPC_PORT: port.default(4317),
    OTLP_HTTP_PORT: port.default(4318),
    /** Bearer token required on both OTLP transports when set; set but empty is an error. */
    OTLP_AUTH_TOKEN: z.string().optional(),
    /** Largest request, after decompression. 64 MiB is the spec's recommendation. */
    OTLP_MAX_MESSAGE_BYTES: positiveInt.default(64 * 1024 * 1024),
    OTLP_TLS_CERT: optionalString,
    OTLP_TLS_KEY: optionalString,
    /** Requests admitted but not yet committed; past this, UNAVAILABLE / 503 with a retry hint. */
    OTLP_MAX_INFLIGHT_REQUESTS: positiveInt.default(256),
    /** Error events waiting for a commit; bounds memory together with the request cap. */
    OTLP_MAX_PENDING_EVENTS: positiveInt.default(50_000),
    /** Request bytes held at once across both transports (bodies, and their inflated form). */
    OTLP_MAX_BUFFERED_BYTES: positiveInt.default(256 * 1024 * 1024),
    /** Seconds suggested to clients that were refused for overload. */
    OTLP_RETRY_AFTER_SECONDS: positiveInt.default(2),
    /** Log records at or above this severity number are errors (17 = ERROR). */
    ERROR_SEVERITY_THRESHOLD: z.coerce.number().int().min(1).max(24).default(17),
    /** Keep exception events of spans that did not fail (recorded as handled). */
    CAPTURE_HANDLED_EXCEPTIONS: bool.default(true),
    /** Count healthy spans' resource attributes as the baseline diagnoses compare errors with. */
    HEALTHY_BASELINE: bool.default(true),
    /** Attribute keys counted per signature and service, beyond the built-in locating keys. */
    DIAGNOSIS_ATTRIBUTE_KEYS: list.default([]),
    /** Samples kept per signature: the first N and the most recent M. */
    OCCURRENCE_SAMPLES_FIRST: z.coerce.number().int().min(0).default(5),
    OCCURRENCE_SAMPLES_RECENT: z.coerce.number().int().min(1).default(20),
    RETENTION_OCCURRENCES: duration.default(14 * 86400e3),
    RETENTION_MINUTE_COUNTERS: duration.default(2 * 86400e3),
    RETENTION_HOURLY_COUNTERS: duration.default(90 * 86400e3),
    /** How long SIGTERM waits for in-flight exports before closing connections. */
    SHUTDOWN_GRACE: duration.default(10e3),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** json or pretty; unset: pretty on a terminal, JSON lines otherwise. */
    LOG_FORMAT: z.enum(['json', 'pretty']).optional(),

    // ---- fingerprinting ----
    /** JSON file with custom fingerprint rules. */
    FINGERPRINT_RULES_FILE: optionalString,
    /** Globs of files/modules that are the application's own code. */
    IN_APP_INCLUDE: list.default([]),
    /** Globs of files/modules that are never the application's code. */
    IN_APP_EXCLUDE: list.default([]),
    /**
     * Worker threads that redact and fingerprint error events beside the main thread (which
     * decodes and commits); 0 does it all on the main thread. Default: one per core beyond the
     * first, at most 4 (the main thread's decoding and commits bound what more would add).
     */
    FINGERPRINT_WORKERS: z.coerce.number().int().min(0).max(64).default(Math.min(4, Math.max(0, availableParallelism() - 1))),

    // ---- API ----
    API_HOST: z.string().min(1).default('127.0.0.1'),
    ROUNDS_API_PORT: port.default(4320),
    /** Required on the API when it listens beyond loopback. */
    WEBHOOK_API_KEY: optionalString,
    /** Serve the API without a key even beyond loopback (behind an authenticating proxy). */
    API_AUTH_DISABLED: bool.default(false),
    /** Host names (besides loopback and API_HOST) an API without a key answers to; `*` turns the check off. */
    API_ALLOWED_HOSTS: list.default([]),

    // ---- web console (on the API port) ----
    CONSOLE_ENABLED: bool.default(true),
    /** How long a console sign-in lasts. */
    CONSOLE_SESSION_TTL: duration.default(12 * 3600e3),
    CONSOLE_JAEGER_TRACE_URL: traceUrlTemplate,
    CONSOLE_GRAFANA_TRACE_URL: traceUrlTemplate,
    CONSOLE_SIGNOZ_TRACE_URL: traceUrlTemplate,

    // ---- investigator ----
    INVESTIGATOR_ENABLED: bool.default(true),
    INVESTIGATION_SETTLE: duration.default(30e3),
    INVESTIGATION_MIN_COUNT: positiveInt.default(1),
    INVESTIGATION_CONCURRENCY: positiveInt.default(2),
    /**
     * How long a replica's claim on an investigation lasts unless renewed (every third of it,
     * while the investigation runs); a dead replica's investigations move to another after it.
     */
    INVESTIGATION_LEASE_TTL: duration.default(60e3),
    /**
     * New-signature investigations kept queued; during an incident that queues more, the newest
     * beyond are shed (summarised to the notifiers, each asked for with `rounds diagnose`).
     */
    INVESTIGATION_SHED_ABOVE: positiveInt.default(1000),
    /** How far back before a signature's last occurrence the investigator reads logs, traces and metrics. */
    INVESTIGATION_CONTEXT_WINDOW: duration.default(60 * 60e3),
    TELEMETRY_BACKEND: list.pipe(z.array(z.enum(TELEMETRY_BACKENDS))).default(['local']),
    BACKEND_TIMEOUT: duration.default(10e3),
    DIAGNOSIS_BACKEND: z.enum(DIAGNOSIS_BACKENDS).default('evidence'),
    /** Most a single diagnosis may cost (USD). */
    DIAGNOSIS_BUDGET_USD: z.coerce.number().min(0).default(0.5),
    /** Most all diagnoses of one UTC day may cost (USD). */
    DAILY_BUDGET_LIMIT: z.coerce.number().min(0).default(10),
    /** JSON object overriding the price table: {"model": {"inputPerMTok": 3, "outputPerMTok": 15}}. */
    LLM_PRICES: z.string().optional(),
    /** Extra redaction patterns (regular expressions), `;;`-separated. */
    REDACT_PATTERNS: z.string().optional(),

    // ---- notifications ----
    NOTIFICATION_BACKEND: list.pipe(z.array(z.enum(NOTIFICATION_BACKENDS))).default(['stdout']),

    // ---- each extension's own settings ----
    ...telemetryBackends.settings,
    ...diagnosers.settings,
    ...notifiers.settings,
  })
  .superRefine((c, ctx) => {
    const need = (cond: boolean, key: string, why: string) => {
      if (cond) ctx.addIssue({ code: 'custom', path: [key], message: `is required ${why}` });
    };
    need(c.STORE_BACKEND === 'postgresql' && !c.STORE_POSTGRESQL_URL, 'STORE_POSTGRESQL_URL', 'when STORE_BACKEND is postgresql');
    // What the selected extensions need (a URL, a key…), as each one's registry entry says.
    for (const [key, message] of [...telemetryBackends.check(c.TELEMETRY_BACKEND, c), ...diagnosers.check([c.DIAGNOSIS_BACKEND], c), ...notifiers.check(c.NOTIFICATION_BACKEND, c)]) {
      ctx.addIssue({ code: 'custom', path: [key], message });
    }
    if (c.OTLP_AUTH_TOKEN === '') {
      ctx.addIssue({ code: 'custom', path: ['OTLP_AUTH_TOKEN'], message: 'must not be empty (unset it to run the OTLP receiver without authentication)' });
    }
    // Nothing larger than a Buffer can be inflated into one (zlib's maxOutputLength cap), and a
    // message larger than the byte budget could never be admitted: both would refuse every such export.
    if (c.OTLP_MAX_MESSAGE_BYTES > bufferConstants.MAX_LENGTH) {
      ctx.addIssue({ code: 'custom', path: ['OTLP_MAX_MESSAGE_BYTES'], message: `is larger than the largest buffer Node.js can decompress into (${bufferConstants.MAX_LENGTH} bytes)` });
    } else if (c.OTLP_MAX_MESSAGE_BYTES > c.OTLP_MAX_BUFFERED_BYTES) {
      ctx.addIssue({ code: 'custom', path: ['OTLP_MAX_MESSAGE_BYTES'], message: `is larger than OTLP_MAX_BUFFERED_BYTES (${c.OTLP_MAX_BUFFERED_BYTES}), so no such message could ever be accepted` });
    }
    need(Boolean(c.OTLP_TLS_CERT) !== Boolean(c.OTLP_TLS_KEY), c.OTLP_TLS_CERT ? 'OTLP_TLS_KEY' : 'OTLP_TLS_CERT', 'together with the other TLS file');
    // Settings that name a file or hold a pattern or JSON are checked here, so a typo stops
    // start-up with one line instead of failing later with a stack trace.
    const check = (key: string, value: string | undefined, test: (value: string) => void) => {
      if (value === undefined) return;
      try {
        test(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', path: [key], message: (error as Error).message });
      }
    };
    check('FINGERPRINT_RULES_FILE', c.FINGERPRINT_RULES_FILE, (file) => compileRules(parseJsonFile(file)));
    check('OTLP_TLS_CERT', c.OTLP_TLS_CERT, readableFile);
    check('OTLP_TLS_KEY', c.OTLP_TLS_KEY, readableFile);
    check('REDACT_PATTERNS', c.REDACT_PATTERNS, (value) => parseRedactPatterns(value));
    check('LLM_PRICES', c.LLM_PRICES, (value) => parsePriceOverrides(value));
  });

function readableFile(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const why = { ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'is a directory' }[e.code ?? ''] ?? e.message;
    throw new Error(`cannot read ${JSON.stringify(file)}: ${why}`);
  }
}

function parseJsonFile(file: string): unknown {
  const text = readableFile(file).toString('utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${JSON.stringify(file)} is not JSON: ${(error as Error).message}`);
  }
}

export type Config = z.output<typeof configSchema>;
export type ConfigKey = keyof z.input<typeof configSchema>;

/** Command-line flags and the setting each one sets. */
export const FLAGS: Record<string, ConfigKey> = {
  '--data-dir': 'ROUNDS_DATA_DIR',
  '--host': 'OTLP_HOST',
  '--grpc-port': 'OTLP_GRPC_PORT',
  '--http-port': 'OTLP_HTTP_PORT',
  '--api-port': 'ROUNDS_API_PORT',
  '--api-host': 'API_HOST',
  '--auth-token': 'OTLP_AUTH_TOKEN',
  '--max-message-bytes': 'OTLP_MAX_MESSAGE_BYTES',
  '--tls-cert': 'OTLP_TLS_CERT',
  '--tls-key': 'OTLP_TLS_KEY',
  '--log-level': 'LOG_LEVEL',
  '--log-format': 'LOG_FORMAT',
  '--fingerprint-rules': 'FINGERPRINT_RULES_FILE',
};

export class ConfigError extends Error {}

const KNOWN_KEYS = new Set(Object.keys(configSchema.shape));

/** Where each setting's value came from, so an error names what the user actually typed. */
export type SettingSources = Partial<Record<string, { flag?: string }>>;

export interface LoadedConfig {
  config: Config;
  /** One line each for settings from older deployments: honoured, replaced or ignored. */
  notices: SettingNotice[];
}

/** Raises ConfigError with one line naming the first problem. */
export function loadConfig(flags: Partial<Record<ConfigKey, string>> = {}, env: NodeJS.ProcessEnv = process.env, envFile = '.env', sources: SettingSources = {}): Config {
  return loadConfigWithNotices(flags, env, envFile, sources).config;
}

/** As loadConfig, and also says what it made of settings from older deployments. */
export function loadConfigWithNotices(
  flags: Partial<Record<ConfigKey, string>> = {},
  env: NodeJS.ProcessEnv = process.env,
  envFile = '.env',
  sources: SettingSources = {},
): LoadedConfig {
  const fromFile: Record<string, string> = {};
  if (envFile && existsSync(envFile)) {
    const parsed = parseEnv(readFileSync(envFile, 'utf8'));
    for (const [key, value] of Object.entries(parsed)) {
      if (value !== undefined) fromFile[key] = value;
    }
  }
  const merged: Record<string, string> = {};
  for (const source of [fromFile, env, flags as Record<string, string | undefined>]) {
    for (const [key, value] of Object.entries(source)) {
      // An empty variable means "not set", as in most deployment tooling; except for a token,
      // where "set but empty" is far likelier a broken secret than a wish to turn auth off.
      if (value !== undefined && (value !== '' || key === 'OTLP_AUTH_TOKEN')) merged[key] = value;
    }
  }
  const legacy = translateLegacySettings(merged);
  if (legacy.error) throw new ConfigError(legacy.error);
  const raw: Record<string, unknown> = {};
  for (const key of KNOWN_KEYS) {
    const value = merged[key] ?? legacy.settings[key];
    if (value !== undefined) raw[key] = value;
  }
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = String(issue.path[0] ?? 'configuration');
    throw new ConfigError(describeIssue(issue, { key, value: raw[key], flag: sources[key]?.flag, secret: /KEY|TOKEN|SECRET|PASSWORD|POSTGRESQL_URL/.test(key) }));
  }
  return { config: result.data, notices: legacy.notices };
}

/**
 * Splits `--flag value` / `--flag=value` pairs into settings; other flags are returned for the
 * command to interpret. An unknown flag is the caller's to reject.
 */
export function parseFlags(argv: string[], extra: readonly string[] = []): { settings: Partial<Record<ConfigKey, string>>; rest: string[]; sources: SettingSources } {
  const settings: Partial<Record<ConfigKey, string>> = {};
  const sources: SettingSources = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const key = FLAGS[name];
    if (key && !extra.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new ConfigError(`flag ${name} needs a value`);
      settings[key] = value;
      sources[key] = { flag: name };
    } else {
      rest.push(arg);
    }
  }
  return { settings, rest, sources };
}
