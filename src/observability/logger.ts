// The server's log: pino records on stderr. JSON lines by default, one object per line, for a
// log shipper; on a terminal pino's own prettifier (pino-pretty) makes them readable.
// LOG_FORMAT overrides the guess either way. Logs are on stderr, as the OpenTelemetry
// Collector's are, so that stdout carries only what the `stdout` notifier reports: the two
// never interleave, and `rounds serve 2>/dev/null` shows just the reports.
import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { wantsColour } from './colour.js';

export type LogFormat = 'json' | 'pretty';

export interface LoggerOptions {
  level: string;
  /** Unset: pretty when the destination is a terminal, JSON otherwise. */
  format?: LogFormat;
  /** Default: stderr (file descriptor 2). */
  destination?: NodeJS.WritableStream & { isTTY?: boolean; fd?: number };
  env?: NodeJS.ProcessEnv;
}

/** The format LOG_FORMAT asks for, or the one that suits where the log goes. */
export function logFormatFor(destination: { isTTY?: boolean }, format?: LogFormat): LogFormat {
  return format ?? (destination.isTTY ? 'pretty' : 'json');
}

export function createLogger(options: LoggerOptions): Logger {
  const destination = options.destination ?? process.stderr;
  const base = { level: options.level, base: { service: 'rounds' } };
  if (logFormatFor(destination, options.format) === 'json') {
    // pino's own writer on the file descriptor, synchronous so no line is lost at exit.
    const stream: DestinationStream = destination === process.stderr ? pino.destination({ fd: 2, sync: true }) : (destination as DestinationStream);
    return pino(base, stream);
  }
  return pino(
    base,
    pretty({
      // Written in this thread (no worker): a terminal reader wants lines as they happen.
      destination: destination as DestinationStream,
      sync: true,
      colorize: wantsColour(destination, options.env ?? process.env),
      translateTime: 'SYS:HH:MM:ss.l',
      ignore: 'pid,hostname,service',
    }),
  );
}
