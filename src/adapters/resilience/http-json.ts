// A JSON-over-HTTP client on Node's global fetch (undici) that turns every answer into an
// Outcome instead of throwing: backends fail in expected ways, and the caller (retry, circuit
// breaker, adapter) decides what to do with each kind of failure.
//
// Classification (the same one the OpenAI SDK and opentelemetry-js exporters use):
//   2xx                                → ok (the JSON body; malformed JSON → failed)
//   408, 429, 5xx, network, timeout    → retryable, retryInMs from Retry-After when given
//   other 4xx                          → failed, with the backend's own error message
import { failed, ok, retryable, type Clock, type Outcome } from '../../core/ports.js';
import { parseRetryAfter } from './retry-after.js';

export interface HttpJsonClientOptions {
  /** Names the backend in every message, e.g. `jaeger`. */
  backend: string;
  /** May carry a path prefix (a Grafana datasource proxy URL); request paths are appended. */
  baseUrl: string;
  /** Sent with every request: auth, `X-Scope-OrgID`, `SIGNOZ-API-KEY`… */
  headers?: Record<string, string>;
  /** Per request, covering the connection, the headers and the body. */
  timeoutMs: number;
  /** Used to turn an HTTP-date Retry-After into a delay. */
  clock?: Clock;
}

export interface HttpJsonRequest {
  method?: 'GET' | 'POST';
  /** Appended to the base URL, e.g. `/api/traces/4bf9…`. */
  path: string;
  /** Undefined values are left out. */
  query?: Record<string, string | number | undefined>;
  /** Sent as JSON (POST). */
  body?: unknown;
  headers?: Record<string, string>;
  /**
   * Non-2xx statuses that are answers rather than errors, e.g. Jaeger's 404 "trace not found".
   * Their body is the parsed JSON, or the raw text when it is not JSON.
   */
  acceptStatuses?: number[];
}

export interface HttpJsonResponse<T = unknown> {
  status: number;
  body: T;
}

const systemClock: Clock = { now: () => Date.now() };

export class HttpJsonClient {
  readonly backend: string;
  private readonly baseUrl: string;
  private readonly headers: Record<string, string>;
  private readonly timeoutMs: number;
  private readonly clock: Clock;

  constructor(options: HttpJsonClientOptions) {
    this.backend = options.backend;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.headers = { ...options.headers };
    this.timeoutMs = options.timeoutMs;
    this.clock = options.clock ?? systemClock;
  }

  url(path: string, query?: HttpJsonRequest['query']): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) params.set(key, String(value));
    }
    const qs = params.toString();
    return `${this.baseUrl}${path}${qs ? `?${qs}` : ''}`;
  }

  async request<T = unknown>(req: HttpJsonRequest): Promise<Outcome<HttpJsonResponse<T>>> {
    const method = req.method ?? (req.body === undefined ? 'GET' : 'POST');
    const headers: Record<string, string> = { accept: 'application/json', ...this.headers, ...req.headers };
    if (req.body !== undefined) headers['content-type'] = 'application/json';
    let status: number;
    let statusText: string;
    let retryAfter: string | null;
    let text: string;
    try {
      // The signal also covers reading the body, so a server that stalls mid-body cannot hang us.
      const res = await fetch(this.url(req.path, req.query), {
        method,
        headers,
        body: req.body === undefined ? undefined : JSON.stringify(req.body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      status = res.status;
      statusText = res.statusText;
      retryAfter = res.headers.get('retry-after');
      text = await res.text();
    } catch (err) {
      return retryable(`${this.backend}: ${describeFetchError(err, this.timeoutMs)}`, 0);
    }

    const accepted = status >= 200 && status < 300;
    if (!accepted && !req.acceptStatuses?.includes(status)) {
      const detail = errorDetail(text);
      const message = `${this.backend}: HTTP ${status}${statusText ? ` ${statusText}` : ''}${detail ? `: ${detail}` : ''}`;
      if (isRetryableStatus(status)) {
        return retryable(message, parseRetryAfter(retryAfter, this.clock.now()) ?? 0);
      }
      return failed(message);
    }
    try {
      return ok({ status, body: JSON.parse(text) as T });
    } catch (err) {
      if (!accepted) return ok({ status, body: text as unknown as T });
      const reason = text.trim() === '' ? 'empty body' : (err as Error).message;
      return failed(`${this.backend}: malformed JSON in HTTP ${status} response (${reason})`);
    }
  }
}

/** 408 Request Timeout, 429 Too Many Requests and every 5xx are worth another try (RFC 9110 §15). */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

function describeFetchError(err: unknown, timeoutMs: number): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  const cause = e?.cause?.code ?? e?.cause?.message;
  return `network error: ${cause ?? e?.message ?? String(err)}`;
}

/**
 * The backend's own words from an error body: Prometheus/Loki `error`, Jaeger `errors[0].msg`,
 * SigNoz `error.message`, Jaeger api_v3 `error.message`; otherwise the start of the text.
 */
function errorDetail(text: string): string {
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    const error = json?.error as { message?: unknown } | string | undefined;
    const errors = json?.errors as { msg?: unknown }[] | undefined;
    const candidates = [
      typeof error === 'string' ? error : error?.message,
      Array.isArray(errors) ? errors[0]?.msg : undefined,
      json?.message,
    ];
    const found = candidates.find((c): c is string => typeof c === 'string' && c !== '');
    if (found) return found.slice(0, 300);
  } catch {
    // not JSON: plain-text errors (Loki, Tempo) are used as they are
  }
  return text.trim().replace(/\s+/g, ' ').slice(0, 300);
}
