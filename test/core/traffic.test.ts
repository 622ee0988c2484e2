// A service's healthy traffic around a signature's start (core/traffic.ts): the rows' minutes
// laid end to end, and the rise from the hours before the first error to the minutes since.
import { describe, expect, it } from 'vitest';
import type { AttributeStats } from '../../src/core/attribute-stats.js';
import { sumHealthyTallies } from '../../src/core/stats-accumulator.js';
import { healthyPerMinute, trafficSteadyOf, trafficSurgeOf, trafficSurgeWithFailuresOf, UNKNOWN_MINUTE } from '../../src/core/traffic.js';
import { evaluateCauses } from '../../src/core/causes/diagnose.js';
import type { Evidence } from '../../src/core/model.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
// 10:00 UTC: the first error.
const T0 = Date.parse('2026-05-04T10:00:00Z');

/** Per minute from 07:00 to 10:59: `before` a minute until 09:55, then `during`. */
function perMinute(before: (m: number) => number, during: number, fromMs = T0 - 3 * HOUR): { fromMs: number; counts: number[] } {
  return { fromMs, counts: Array.from({ length: 240 }, (_, m) => (fromMs + m * MIN < T0 - 5 * MIN ? before(m) : during)) };
}

describe('healthy traffic per minute', () => {
  it('sums tallies per service, hour and minute of their own time', () => {
    const [row] = sumHealthyTallies(
      [
        { service: 'orders', timeMs: T0 + 2 * MIN + 1, count: 7, facts: [] },
        { service: 'orders', timeMs: T0 + 2 * MIN + 59_000, count: 3, facts: [] },
        { service: 'orders', timeMs: T0 + 59 * MIN, count: 1, facts: [] },
      ],
      (t) => t,
    );
    expect(row.sum.total).toBe(11);
    expect(row.sum.minutes?.[2]).toBe(10);
    expect(row.sum.minutes?.[59]).toBe(1);
  });

  it('lays the rows end to end from three hours before the first hour; a row without minutes is unknown, no row is none', () => {
    const rows = new Map<number, AttributeStats>([
      [Math.floor(T0 / HOUR) - 3, { total: 60, keys: {}, minutes: new Array(60).fill(1) }],
      [Math.floor(T0 / HOUR) - 2, { total: 60, keys: {} }],
    ]);
    const out = healthyPerMinute((h) => rows.get(h), T0 + 5 * MIN, T0 + 20 * MIN)!;
    expect(out.fromMs).toBe(T0 - 3 * HOUR);
    expect(out.counts).toHaveLength(240);
    expect(out.counts[0]).toBe(1);
    expect(out.counts[60]).toBe(UNKNOWN_MINUTE);
    expect(out.counts[120]).toBe(0);
    // Active for more than a day, or no row with minutes: nothing to compare.
    expect(healthyPerMinute((h) => rows.get(h), T0 - 30 * HOUR, T0)).toBeUndefined();
    expect(healthyPerMinute(() => ({ total: 5, keys: {} }), T0, T0)).toBeUndefined();
  });
});

describe('a traffic surge', () => {
  const now = T0 + 11 * MIN + 30_000;

  it('is the rise from the minutes before the first error (the ramp left out) to those since', () => {
    const surge = trafficSurgeOf(perMinute(() => 20, 100), T0, T0 + 11 * MIN, now)!;
    expect(surge.ratio).toBeCloseTo(5);
    expect(surge.beforePerMinute).toBe(20);
    expect(surge.duringPerMinute).toBe(100);
    expect(surge.beforeFromMs).toBe(T0 - 3 * HOUR);
    expect(surge.sinceMs).toBe(T0);
    // 10:00 to 10:10: the current minute (10:11) is still counting.
    expect(surge.minutes).toBe(11);
  });

  it('is not a service that just began sending, nor steady or thin traffic, nor one minute of errors', () => {
    // Nothing before 09:30: a service (or its Collector) that just started has no "before".
    expect(trafficSurgeOf(perMinute((m) => (m < 150 ? 0 : 20), 100), T0, T0 + 11 * MIN, now)).toBeUndefined();
    expect(trafficSurgeOf(perMinute(() => 20, 30), T0, T0 + 11 * MIN, now)).toBeUndefined();
    expect(trafficSurgeOf(perMinute(() => 1, 4), T0, T0 + 11 * MIN, now)).toBeUndefined();
    expect(trafficSurgeOf(perMinute(() => 20, 100), T0, T0, T0 + 30_000)).toBeUndefined();
  });

  it('skips unknown minutes rather than reading them as none', () => {
    const data = perMinute(() => 20, 100);
    for (let m = 0; m < 60; m++) data.counts[m] = UNKNOWN_MINUTE;
    expect(trafficSurgeOf(data, T0, T0 + 11 * MIN, now)!.beforeFromMs).toBe(T0 - 2 * HOUR);
  });
});

describe('a traffic surge with the failing requests counted', () => {
  const now = T0 + 11 * MIN + 30_000;

  it('reads the rise in requests that mostly fail (aks151/ai-incident-investigator#8: a retried Charge three and a half times over)', () => {
    // 10 a minute before; since, 3 healthy a minute and 270 failures over 11 minutes: about 27.5 a minute.
    const surge = trafficSurgeWithFailuresOf(perMinute(() => 10, 3), T0, T0 + 11 * MIN, now, 270)!;
    expect(surge.ratio).toBeCloseTo((3 * 11 + 270) / 11 / 10);
    expect(surge.failed).toBe(270);
    // The healthy spans alone fell: no surge read from them.
    expect(trafficSurgeOf(perMinute(() => 10, 3), T0, T0 + 11 * MIN, now)).toBeUndefined();
  });

  it('near misses: an outage (the failures replace the healthy requests), a small rise, thin traffic', () => {
    expect(trafficSurgeWithFailuresOf(perMinute(() => 10, 0), T0, T0 + 11 * MIN, now, 110)).toBeUndefined();
    expect(trafficSurgeWithFailuresOf(perMinute(() => 10, 5), T0, T0 + 11 * MIN, now, 100)).toBeUndefined();
    expect(trafficSurgeWithFailuresOf(perMinute(() => 1, 0), T0, T0 + 11 * MIN, now, 30)).toBeUndefined();
  });
});

describe('steady traffic', () => {
  const now = T0 + 11 * MIN + 30_000;

  it("counts the signature's failed requests with the healthy spans since its first error (hasadna/open-bus#387: a pool drained with no rise)", () => {
    // 20 a minute before; since, 7 healthy a minute and 140 errors over 11 minutes: about 20 a minute.
    const steady = trafficSteadyOf(perMinute(() => 20, 7), T0, T0 + 11 * MIN, now, 140)!;
    expect(steady.ratio).toBeCloseTo((7 * 11 + 140) / 11 / 20);
    expect(steady.beforePerMinute).toBe(20);
  });

  it('near misses: a rise, a service that just began sending, and too little to measure are not steady', () => {
    expect(trafficSteadyOf(perMinute(() => 20, 40), T0, T0 + 11 * MIN, now, 0)).toBeUndefined();
    expect(trafficSteadyOf(perMinute(() => 20, 10), T0, T0 + 11 * MIN, now, 200)).toBeUndefined();
    expect(trafficSteadyOf(perMinute((m) => (m < 150 ? 0 : 20), 20), T0, T0 + 11 * MIN, now, 0)).toBeUndefined();
    expect(trafficSteadyOf(perMinute(() => 1, 1), T0, T0 + 11 * MIN, now, 5)).toBeUndefined();
  });
});

describe('the traffic-surge cause', () => {
  const ev = (message: string, traffic?: Evidence['traffic'], type = 'TimeoutError'): Evidence => ({
    signatureId: 'abc', service: 'catalog', type, message, count: 120, firstSeenMs: T0, lastSeenMs: T0 + 10 * MIN,
    trend: { kind: 'new', detail: 'since 10:00' }, concentrations: [], coOccurring: [], exceptionChain: [], logs: [], metrics: [], notes: [], lacking: [],
    callee: { name: 'inventory.internal', share: 1 }, ...(traffic ? { traffic } : {}),
  });
  const surge = { ratio: 5, beforePerMinute: 20, duringPerMinute: 100, beforeFromMs: T0 - 3 * HOUR, sinceMs: T0, minutes: 10 };

  it('names the surge over a slow dependency for errors that load makes', () => {
    const [first, second] = evaluateCauses(ev('The operation was aborted due to timeout', surge));
    expect(first.kind).toBe('traffic-surge');
    expect(first.cause).toMatch(/surge of traffic: catalog took 5\.0× its usual load/);
    expect(first.cause).toMatch(/20 healthy spans a minute .*100 a minute since the errors began at 2026-05-04 10:00/);
    expect(first.cause).toMatch(/inventory\.internal, which slows down under the same load/);
    expect(second?.kind).toBe('dependency-down');
  });

  it('is not named without the rise, nor for errors load does not make', () => {
    expect(evaluateCauses(ev('The operation was aborted due to timeout')).map((f) => f.kind)).not.toContain('traffic-surge');
    expect(evaluateCauses(ev('The operation was aborted due to timeout', { ...surge, ratio: 2.2 })).map((f) => f.kind)).not.toContain('traffic-surge');
    expect(evaluateCauses(ev("Cannot read properties of undefined (reading 'sku')", surge, 'TypeError')).map((f) => f.kind)).not.toContain('traffic-surge');
  });
});
