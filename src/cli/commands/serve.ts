// `rounds serve`: the receiver, the investigator and the API in one process.
import { loadConfig, parseFlags } from '../../config.js';
import { startRounds } from '../../main.js';
import { CliError } from '../command.js';

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
  --fingerprint-rules FILE  custom fingerprint rules      FINGERPRINT_RULES_FILE

See README.md for every setting.`;

export async function run(args: string[]): Promise<number> {
  const { settings, rest } = parseFlags(args);
  if (rest.length > 0) throw new CliError(`unknown option ${rest[0]} (see rounds serve --help)`, 2);
  const config = loadConfig(settings);
  let handle;
  try {
    handle = await startRounds(config);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') throw new CliError(`cannot listen: address in use (${e.message.replace(/^.*EADDRINUSE:?\s*/, '')})`);
    if (e.code === 'EACCES') throw new CliError(`cannot listen: permission denied (${e.message})`);
    if (/No address added out of total|Failed to bind/.test(e.message)) throw new CliError(`cannot listen on the gRPC port: ${e.message}`);
    throw error;
  }
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
