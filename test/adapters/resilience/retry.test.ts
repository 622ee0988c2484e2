import { describe, expect, it } from 'vitest';
import { backoffDelayMs, withRetry } from '../../../src/adapters/resilience/index.js';
import { failed, ok, retryable, type Outcome } from '../../../src/core/ports.js';

function script(outcomes: Outcome<string>[]) {
  const calls: number[] = [];
  return {
    calls,
    op: async (attempt: number) => {
      calls.push(attempt);
      return outcomes[Math.min(attempt, outcomes.length - 1)];
    },
  };
}

function recorder() {
  const sleeps: number[] = [];
  return { sleeps, sleep: async (ms: number) => void sleeps.push(ms) };
}

describe('withRetry', () => {
  it('returns ok and failed outcomes at once, without sleeping', async () => {
    for (const outcome of [ok('v'), failed('x: HTTP 400')]) {
      const s = script([outcome]);
      const r = recorder();
      expect(await withRetry(s.op, { retries: 3, sleep: r.sleep })).toEqual(outcome);
      expect(s.calls).toEqual([0]);
      expect(r.sleeps).toEqual([]);
    }
  });

  it('retries a retryable outcome with exponential backoff until it succeeds', async () => {
    const s = script([retryable('x: HTTP 503', 0), retryable('x: HTTP 503', 0), ok('v')]);
    const r = recorder();
    const res = await withRetry(s.op, { retries: 3, baseDelayMs: 100, sleep: r.sleep, random: () => 0 });
    expect(res).toEqual(ok('v'));
    expect(s.calls).toEqual([0, 1, 2]);
    // Equal jitter with random 0: half of 100·2^n.
    expect(r.sleeps).toEqual([50, 100]);
  });

  it('stops after the retries and returns the last outcome with the next delay and the attempt count', async () => {
    const s = script([retryable('x: HTTP 503', 0)]);
    const r = recorder();
    const res = await withRetry(s.op, { retries: 2, baseDelayMs: 100, sleep: r.sleep, random: () => 0.999999 });
    expect(s.calls).toEqual([0, 1, 2]);
    expect(r.sleeps).toEqual([100, 200]);
    expect(res).toEqual({ status: 'retryable', error: 'x: HTTP 503 (after 3 attempts)', retryInMs: 400 });
  });

  it('waits what Retry-After asks when that is longer than the backoff', async () => {
    const s = script([retryable('x: HTTP 429', 3_000), ok('v')]);
    const r = recorder();
    expect(await withRetry(s.op, { retries: 2, baseDelayMs: 100, sleep: r.sleep, random: () => 0 })).toEqual(ok('v'));
    expect(r.sleeps).toEqual([3_000]);
  });

  it('does not wait inside the call for a Retry-After beyond maxRetryAfterMs', async () => {
    const s = script([retryable('x: HTTP 429', 3_600_000), ok('v')]);
    const r = recorder();
    const res = await withRetry(s.op, { retries: 2, maxRetryAfterMs: 30_000, sleep: r.sleep });
    expect(res).toEqual({ status: 'retryable', error: 'x: HTTP 429', retryInMs: 3_600_000 });
    expect(s.calls).toEqual([0]);
    expect(r.sleeps).toEqual([]);
  });

  it('with retries 0 makes exactly one attempt', async () => {
    const s = script([retryable('x: down', 0)]);
    const r = recorder();
    const res = await withRetry(s.op, { retries: 0, baseDelayMs: 100, sleep: r.sleep, random: () => 0 });
    expect(s.calls).toEqual([0]);
    expect(res).toEqual({ status: 'retryable', error: 'x: down', retryInMs: 50 });
  });
});

describe('backoffDelayMs', () => {
  it('doubles per attempt, stays within [exp/2, exp] and is capped', () => {
    expect([0, 1, 2, 3].map((a) => backoffDelayMs(a, 200, 10_000, () => 0))).toEqual([100, 200, 400, 800]);
    expect([0, 1, 2, 3].map((a) => backoffDelayMs(a, 200, 10_000, () => 1))).toEqual([200, 400, 800, 1600]);
    expect(backoffDelayMs(20, 200, 5_000, () => 0.5)).toBe(3_750);
    for (let i = 0; i < 50; i++) {
      const d = backoffDelayMs(2, 200, 10_000, Math.random);
      expect(d).toBeGreaterThanOrEqual(400);
      expect(d).toBeLessThanOrEqual(800);
    }
  });
});
