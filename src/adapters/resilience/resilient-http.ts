// The three resilience parts composed the way every adapter uses them:
// circuit breaker( retry( one HTTP request with a timeout ) ).
// The breaker sees one outcome per logical call, so a call that was retried three times and
// still failed counts once against the backend.
import type { Clock, Outcome } from '../../core/ports.js';
import { CircuitBreaker, type CircuitState } from './circuit-breaker.js';
import { HttpJsonClient, type HttpJsonRequest, type HttpJsonResponse } from './http-json.js';
import { withRetry, type RetryOptions, type Sleep } from './retry.js';

/** The resilience knobs every HTTP adapter takes (telemetry, diagnosis, notify). */
export interface ResilienceOptions {
  /** Per request. Default 10 s (BACKEND_TIMEOUT). */
  timeoutMs?: number;
  /** Extra attempts for retryable outcomes. Default 2. */
  retries?: number;
  retryBaseDelayMs?: number;
  retryMaxDelayMs?: number;
  /** See RetryOptions.maxRetryAfterMs. Default 10 s. */
  maxRetryAfterMs?: number;
  breaker?: { failureThreshold?: number; coolDownMs?: number };
  clock?: Clock;
  sleep?: Sleep;
  random?: () => number;
}

export interface ResilientHttpClientOptions extends ResilienceOptions {
  backend: string;
  baseUrl: string;
  headers?: Record<string, string>;
}

export const RESILIENCE_DEFAULTS = { timeoutMs: 10_000, retries: 2 } as const;

export class ResilientHttpClient {
  readonly breaker: CircuitBreaker;
  readonly http: HttpJsonClient;
  private readonly retry: RetryOptions;

  constructor(options: ResilientHttpClientOptions) {
    this.http = new HttpJsonClient({
      backend: options.backend,
      baseUrl: options.baseUrl,
      headers: options.headers,
      timeoutMs: options.timeoutMs ?? RESILIENCE_DEFAULTS.timeoutMs,
      clock: options.clock,
    });
    this.retry = {
      retries: options.retries ?? RESILIENCE_DEFAULTS.retries,
      baseDelayMs: options.retryBaseDelayMs,
      maxDelayMs: options.retryMaxDelayMs,
      maxRetryAfterMs: options.maxRetryAfterMs,
      sleep: options.sleep,
      random: options.random,
    };
    this.breaker = new CircuitBreaker({
      name: options.backend,
      failureThreshold: options.breaker?.failureThreshold,
      coolDownMs: options.breaker?.coolDownMs,
      clock: options.clock,
    });
  }

  get circuitState(): CircuitState {
    return this.breaker.state;
  }

  request<T = unknown>(req: HttpJsonRequest): Promise<Outcome<HttpJsonResponse<T>>> {
    return this.breaker.run(() => withRetry(() => this.http.request<T>(req), this.retry));
  }
}
