export { HttpJsonClient, isRetryableStatus } from './http-json.js';
export { DEFAULT_RETRY_MS, parseRetryAfter, retryAfterMs } from './retry-after.js';
export type { HttpJsonClientOptions, HttpJsonRequest, HttpJsonResponse } from './http-json.js';
export { withRetry, backoffDelayMs, realSleep, RETRY_DEFAULTS } from './retry.js';
export type { RetryOptions, Sleep } from './retry.js';
export { CircuitBreaker, BREAKER_DEFAULTS } from './circuit-breaker.js';
export type { CircuitBreakerOptions, CircuitState } from './circuit-breaker.js';
export { ResilientHttpClient, RESILIENCE_DEFAULTS } from './resilient-http.js';
export type { ResilienceOptions, ResilientHttpClientOptions } from './resilient-http.js';
