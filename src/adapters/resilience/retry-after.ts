// How long a server asks us to wait before retrying: the one reading of Retry-After for every
// adapter (telemetry backends, LLM SDK errors, GitHub, webhooks).

/**
 * A Retry-After value (RFC 9110 §10.2.3): delay-seconds or an HTTP-date, as milliseconds
 * from `nowMs`, never negative. Fractional seconds, which some servers send, are rounded up.
 * Undefined when absent or unusable.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  // An HTTP-date always names its day and month ("Sun, 06 Nov 1994 08:49:37 GMT"); Date.parse
  // alone would read "-5" as the year -5.
  if (!/[a-z]{3}/i.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/**
 * The wait a response's headers ask for: `retry-after-ms` (sent by the OpenAI and Anthropic
 * APIs, more precise), else `retry-after`. Undefined when neither is usable.
 */
export function retryAfterMs(headers: Headers | undefined | null, nowMs: number): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms')?.trim();
  if (ms && /^\d+(\.\d+)?$/.test(ms)) return Math.ceil(Number(ms));
  return parseRetryAfter(headers.get('retry-after'), nowMs);
}

/** Default waits when a server gives no hint. */
export const DEFAULT_RETRY_MS = {
  rateLimited: 30_000,
  overloaded: 30_000,
  serverError: 10_000,
  network: 10_000,
} as const;
