// One connection pool to the PostgreSQL store, and what its failures mean. The driver is
// porsager/postgres: it pipelines the statements of a transaction on one connection and
// prepares each statement once per connection.
import postgres, { type Sql } from 'postgres';
import { StoreUnavailableError } from '../../core/store-errors.js';

export type { Sql };

export interface ConnectOptions {
  /** Connections in the pool (the ingest writer uses one at a time; reads and the investigator the rest). */
  max?: number;
  /** Seconds to wait for a connection before the attempt fails. */
  connectTimeoutSeconds?: number;
  /** Called with every statement sent (the tests count round trips per batch with it). */
  onStatement?: (statement: string) => void;
}

/** bigint (int8) columns hold epoch ms, counts and sequence numbers: all within 2^53. */
const int8AsNumber = { to: 20, from: [20], serialize: (x: number) => String(x), parse: (x: string) => Number(x) };

export function connect(url: string, options: ConnectOptions = {}): Sql {
  return postgres(url, {
    max: options.max ?? 8,
    connect_timeout: options.connectTimeoutSeconds ?? 10,
    idle_timeout: 60,
    onnotice: () => {},
    types: { int8: int8AsNumber } as never,
    transform: { undefined: null },
    connection: { application_name: 'rounds' },
    ...(options.onStatement ? { debug: (_connection: number, statement: string) => options.onStatement!(statement) } : {}),
  });
}

/** SQLSTATE classes and driver codes that say "not now", not "never": the server is away, restarting, full. */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED']);

export function isUnavailable(error: unknown): boolean {
  const e = error as { code?: string; errno?: string } | undefined;
  const code = e?.code ?? e?.errno;
  if (typeof code !== 'string') return false;
  if (UNAVAILABLE_CODES.has(code)) return true;
  // 08: connection exception; 53: insufficient resources (disk full, out of connections);
  // 57P01-57P03: admin shutdown, crash shutdown, cannot connect now (PostgreSQL Appendix A).
  return code.startsWith('08') || code.startsWith('53') || code === '57P01' || code === '57P02' || code === '57P03';
}

/** Deadlock and serialization failures: the transaction is retried (PostgreSQL docs, "Serialization Failure Handling"). */
export function isRetryableConflict(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return code === '40P01' || code === '40001';
}

/** A failure to reach or write PostgreSQL as the retryable StoreUnavailableError; other errors as they are. */
export function pgFailure(error: unknown): unknown {
  if (error instanceof StoreUnavailableError) return error;
  if (!isUnavailable(error)) return error;
  const e = error as { code?: string; message?: string };
  return new StoreUnavailableError(`PostgreSQL is unavailable (${e.code}: ${e.message ?? ''})`.replace(/\s+/g, ' ').trim());
}

/** Runs a transaction, again on a deadlock or serialization failure (each attempt starts afresh). */
export async function transaction<T>(sql: Sql, body: (tx: Sql) => Promise<T>, attempts = 8): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await sql.begin((tx) => body(tx as unknown as Sql))) as T;
    } catch (error) {
      if (attempt < attempts && isRetryableConflict(error)) continue;
      throw pgFailure(error);
    }
  }
}

/** A URL without its password, for messages. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgresql://…';
  }
}
