// `rounds serve`: the receiver, the investigator and the API in one process.
import { logVerbosity, setLogVerbosity } from '@grpc/grpc-js';
import { ConfigError, FLAGS, loadConfigWithNotices, parseFlags, type Config, type ConfigKey } from '../../config.js';
import { startRounds } from '../../main.js';
import { isStoreError } from '../../core/store-errors.js';
import { cliErrorOf } from '../store-errors.js';
import { CliError } from '../command.js';
import { checkDataDirWritable } from '../data-dir-check.js';

export const summary = 'Receive OTLP errors, investigate them and serve the API';

export const usage = `Usage: rounds serve [options]

Options (each also settable by its environment variable or .env):
  --data-dir DIR          LMDB data directory            ROUNDS_DATA_DIR (./data)
  --host ADDR             OTLP listen address            OTLP_HOST (0.0.0.0)
  --grpc-port N           OTLP/gRPC port                 OTLP_GRPC_PORT (4317)
  --http-port N           OTLP/HTTP port                 OTLP_HTTP_PORT (4318)
  --api-port N            API port (health, metrics)     ROUNDS_API_PORT (4320)
  --api-host ADDR         API listen address             API_HOST (127.0.0.1)
  --auth-token TOKEN      bearer token required on OTLP  OTLP_AUTH_TOKEN
  --max-message-bytes N   request limit after decompression  OTLP_MAX_MESSAGE_BYTES (64 MiB)
  --tls-cert FILE --tls-key FILE   serve OTLP over TLS   OTLP_TLS_CERT / OTLP_TLS_KEY
  --log-level LEVEL       pino level                     LOG_LEVEL (info)
  --log-format FORMAT     json | pretty                  LOG_FORMAT (pretty on a terminal)
  --fingerprint-rules FILE  custom fingerprint rules      FINGERPRINT_RULES_FILE

Logs go to stderr (JSON lines; pretty on a terminal). stdout carries only the reports of
the stdout notifier (NOTIFICATION_BACKEND=stdout, the default).

See README.md for every setting.`;

export async function run(args: string[]): Promise<number> {
  const { settings, rest, sources } = parseFlags(args);
  if (rest.length > 0) throw new CliError(`unknown option ${rest[0]} (see rounds serve --help)`, 2);
  const { config, notices } = loadConfigWithNotices(settings, process.env, '.env', sources);
  const dataDirProblem = checkDataDirWritable(config.ROUNDS_DATA_DIR);
  if (dataDirProblem) throw new ConfigError(`invalid setting ${settingName('ROUNDS_DATA_DIR', sources)}: ${dataDirProblem}`);
  // grpc-js would print its own `E …` lines to stderr beside our JSON logs; a failure to
  // listen reaches us as an error and is reported below in one line.
  setLogVerbosity(logVerbosity.NONE);
  let handle;
  try {
    handle = await startRounds(config);
  } catch (error) {
    // A store that cannot be reached at start-up (PostgreSQL down, wrong URL) is a setting to fix: exit 2.
    if (isStoreError(error)) throw error.code === 'STORE_UNAVAILABLE' ? new CliError(error.message, 2, error.code) : cliErrorOf(error);
    const problem = describeListenError(error as NodeJS.ErrnoException, config);
    if (problem) throw new CliError(problem);
    throw error;
  }
  for (const notice of notices) handle.logger.warn({ setting: notice.setting }, notice.message);
  await new Promise<void>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      handle.logger.info({ signal }, 'signal received');
      void handle.stop().then(resolve, (error) => {
        handle.logger.error({ err: error }, 'shutdown failed');
        resolve();
      });
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  });
  return 0;
}

type Sources = ReturnType<typeof parseFlags>['sources'];

/** The setting as the user gave it: the flag they typed, else the variable. */
function settingName(key: ConfigKey, sources: Sources): string {
  const flag = sources[key]?.flag;
  return flag ? `${flag} (${key})` : key;
}

/** Every way to set it: the flag, if there is one, and the variable. */
function waysToSet(key: ConfigKey): string {
  const flag = Object.entries(FLAGS).find(([, k]) => k === key)?.[0];
  return flag ? `${flag} or ${key}` : key;
}

const LISTENERS: { key: ConfigKey; what: string }[] = [
  { key: 'OTLP_GRPC_PORT', what: 'OTLP/gRPC' },
  { key: 'OTLP_HTTP_PORT', what: 'OTLP/HTTP' },
  { key: 'ROUNDS_API_PORT', what: 'the API' },
];

/** One line for a port that cannot be taken: which address, for what, and how to move it. */
function describeListenError(error: NodeJS.ErrnoException, config: Config): string | undefined {
  const text = error.message ?? '';
  const code = error.code ?? /\b(EADDRINUSE|EACCES|EADDRNOTAVAIL)\b/.exec(text)?.[1];
  if (!code || !['EADDRINUSE', 'EACCES', 'EADDRNOTAVAIL'].includes(code)) return undefined;
  const address = /(\S+:\d+)\]?\s*$/.exec(text)?.[1] ?? /(?:address already in use|permission denied)\s+(\S+)/i.exec(text)?.[1];
  const port = Number(address?.split(':').at(-1));
  const listener = LISTENERS.find((l) => config[l.key as keyof Config] === port) ?? (/No address added/.test(text) ? LISTENERS[0] : undefined);
  const why = { EADDRINUSE: 'the address is in use by another process', EACCES: 'permission denied (ports below 1024 need privileges)', EADDRNOTAVAIL: 'no such local address' }[code];
  const target = address ?? `port ${port}`;
  if (!listener) return `cannot listen on ${target}: ${why}`;
  return `cannot listen on ${target} for ${listener.what}: ${why}; set ${waysToSet(listener.key)} to use another port`;
}
