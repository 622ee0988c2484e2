// Bounded retries for retryable outcomes: exponential backoff with jitter, or the server's
// Retry-After when it asks for longer. Sleep and randomness are injected so tests run in
// microseconds and can assert the exact delays.
import type { Outcome } from '../../core/ports.js';

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export interface RetryOptions {
  /** Extra attempts after the first one. 0 disables retrying. */
  retries: number;
  /** Backoff of the first retry, before jitter. */
  baseDelayMs?: number;
  /** Cap of the exponential backoff. */
  maxDelayMs?: number;
  /**
   * A server asking to wait longer than this (Retry-After) is not waited for inside the call:
   * the retryable outcome is returned at once so the investigator can come back later instead
   * of holding a worker.
   */
  maxRetryAfterMs?: number;
  sleep?: Sleep;
  /** [0, 1), for the jitter. */
  random?: () => number;
}

export const RETRY_DEFAULTS = { baseDelayMs: 200, maxDelayMs: 5_000, maxRetryAfterMs: 10_000 } as const;

/**
 * "Equal jitter" (AWS Architecture Blog, Exponential Backoff and Jitter): half the exponential
 * delay is fixed, half random, so retries spread out but never collapse to zero.
 */
export function backoffDelayMs(attempt: number, baseDelayMs: number, maxDelayMs: number, random: () => number): number {
  const exp = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
  return Math.round(exp / 2 + random() * (exp / 2));
}

/**
 * Runs `operation` until it is not retryable or the retries are spent. The delay before a retry
 * is the larger of the backoff and the outcome's `retryInMs` (Retry-After); the last retryable
 * outcome is returned with that delay as its `retryInMs`.
 */
export async function withRetry<T>(operation: (attempt: number) => Promise<Outcome<T>>, options: RetryOptions): Promise<Outcome<T>> {
  const base = options.baseDelayMs ?? RETRY_DEFAULTS.baseDelayMs;
  const max = options.maxDelayMs ?? RETRY_DEFAULTS.maxDelayMs;
  const maxRetryAfter = options.maxRetryAfterMs ?? RETRY_DEFAULTS.maxRetryAfterMs;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  for (let attempt = 0; ; attempt++) {
    const outcome = await operation(attempt);
    if (outcome.status !== 'retryable') return outcome;
    const delay = Math.max(outcome.retryInMs, backoffDelayMs(attempt, base, max, random));
    if (attempt >= options.retries || outcome.retryInMs > maxRetryAfter) {
      const tries = attempt + 1;
      return { ...outcome, error: tries > 1 ? `${outcome.error} (after ${tries} attempts)` : outcome.error, retryInMs: delay };
    }
    await sleep(delay);
  }
}
