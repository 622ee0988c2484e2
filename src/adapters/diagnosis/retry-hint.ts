// How long a caller should wait before retrying, from the headers the APIs send. Shared by the
// LLM adapters and the notifiers so every adapter reads Retry-After the same way.

/**
 * `retry-after-ms` (OpenAI, Anthropic), else `retry-after` in seconds or as an HTTP date
 * (RFC 9110 §10.2.3). Undefined when absent or unusable.
 */
export function retryAfterMs(headers: Headers | undefined | null, nowMs: number = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms)) && Number(ms) >= 0) return Math.ceil(Number(ms));
  const ra = headers.get('retry-after');
  if (ra === null || ra.trim() === '') return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(ra)) return Math.ceil(Number(ra) * 1000);
  const at = Date.parse(ra);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** Default waits when a server gives no hint. */
export const DEFAULT_RETRY_MS = {
  rateLimited: 30_000,
  overloaded: 30_000,
  serverError: 10_000,
  network: 10_000,
} as const;
