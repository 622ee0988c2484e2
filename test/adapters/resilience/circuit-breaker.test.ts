import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../../src/adapters/resilience/index.js';
import { failed, ok, retryable, type Outcome } from '../../../src/core/ports.js';

function setup(threshold = 3, coolDownMs = 10_000) {
  let now = 0;
  const breaker = new CircuitBreaker({ name: 'demo', failureThreshold: threshold, coolDownMs, clock: { now: () => now } });
  let calls = 0;
  const call = (outcome: Outcome<string>) =>
    breaker.run(async () => {
      calls++;
      return outcome;
    });
  return { breaker, call, calls: () => calls, advance: (ms: number) => void (now += ms) };
}

const down = retryable<string>('demo: HTTP 503', 0);

describe('CircuitBreaker', () => {
  it('opens after N consecutive failures and then answers without calling the backend', async () => {
    const t = setup(3);
    for (let i = 0; i < 3; i++) expect(await t.call(down)).toEqual(down);
    expect(t.breaker.state).toBe('open');
    t.advance(4_000);
    const res = await t.call(ok('v'));
    expect(t.calls()).toBe(3);
    expect(res).toEqual({ status: 'retryable', error: 'demo: circuit open after 3 consecutive failures; not calling the backend for 6 s', retryInMs: 6_000 });
  });

  it('counts consecutive failures only: a success resets the count', async () => {
    const t = setup(3);
    await t.call(down);
    await t.call(down);
    await t.call(ok('v'));
    await t.call(down);
    await t.call(down);
    expect(t.breaker.state).toBe('closed');
    expect(t.breaker.consecutiveFailures).toBe(2);
  });

  it('does not count a failed (4xx, malformed) outcome against the backend by default', async () => {
    const t = setup(2);
    for (let i = 0; i < 5; i++) await t.call(failed('demo: HTTP 400'));
    expect(t.breaker.state).toBe('closed');
    expect(t.calls()).toBe(5);
  });

  it('lets one trial through after the cool-down and closes on its success', async () => {
    const t = setup(2);
    await t.call(down);
    await t.call(down);
    t.advance(10_000);
    expect(t.breaker.state).toBe('half-open');
    expect(await t.call(ok('v'))).toEqual(ok('v'));
    expect(t.breaker.state).toBe('closed');
    expect(t.calls()).toBe(3);
  });

  it('re-opens for a whole new cool-down when the trial fails', async () => {
    const t = setup(2);
    await t.call(down);
    await t.call(down);
    t.advance(10_000);
    await t.call(down);
    expect(t.breaker.state).toBe('open');
    t.advance(9_999);
    expect((await t.call(ok('v'))).status).toBe('retryable');
    expect(t.calls()).toBe(3);
    t.advance(1);
    expect(await t.call(ok('v'))).toEqual(ok('v'));
  });

  it('refuses other calls while the half-open trial is in flight', async () => {
    let now = 0;
    const breaker = new CircuitBreaker({ name: 'demo', failureThreshold: 1, coolDownMs: 100, clock: { now: () => now } });
    await breaker.run(async () => down);
    now = 100;
    let release!: () => void;
    const trial = breaker.run(() => new Promise<Outcome<string>>((resolve) => (release = () => resolve(ok('trial')))));
    const other = await breaker.run(async () => ok('other'));
    expect(other.status).toBe('retryable');
    release();
    expect(await trial).toEqual(ok('trial'));
    expect(breaker.state).toBe('closed');
  });

  it('accepts a custom notion of failure', async () => {
    let now = 0;
    const breaker = new CircuitBreaker({ name: 'demo', failureThreshold: 1, clock: { now: () => now }, isFailure: (o) => o.status !== 'ok' });
    await breaker.run(async () => failed('demo: malformed JSON'));
    expect(breaker.state).toBe('open');
  });
});
