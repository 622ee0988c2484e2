// Where a request's error events are prepared (ingest/preparation-placement.ts): small requests
// on the main thread while that is measured cheap, everything else on the workers. The
// measurements are fed in, so nothing here depends on the machine's speed.
import { describe, expect, it } from 'vitest';
import { PreparationPlacement } from '../../src/ingest/preparation-placement.js';

/** How many of `n` requests of `events` events the placement keeps on the main thread. */
function onMain(placement: PreparationPlacement, n: number, events: number, msPerEventIfMain?: number): number {
  let kept = 0;
  for (let i = 0; i < n; i++) {
    if (!placement.onMainThread(events)) continue;
    kept++;
    if (msPerEventIfMain !== undefined) placement.measured(events, msPerEventIfMain * events);
  }
  return kept;
}

describe('preparation placement', () => {
  it('sends large requests to the workers whatever the main thread measured', () => {
    const placement = new PreparationPlacement();
    placement.measured(5, 0.005);
    expect(onMain(placement, 100, 17)).toBe(0);
    expect(onMain(placement, 100, 512)).toBe(0);
  });

  it('prepares a first small request on the main thread, to measure it', () => {
    const placement = new PreparationPlacement();
    expect(placement.mainThreadUsPerEvent).toBeUndefined();
    expect(placement.onMainThread(5)).toBe(true);
  });

  it('keeps small requests on the main thread while preparing them there is cheap (repeating texts)', () => {
    const placement = new PreparationPlacement();
    // 8 µs per event: the redaction memo and the analysis cache answering.
    expect(onMain(placement, 1000, 5, 0.008)).toBe(1000);
    expect(placement.mainThreadUsPerEvent).toBeCloseTo(8);
  });

  it('sends small requests to the workers while preparing them is dear, measuring again one in 32', () => {
    const placement = new PreparationPlacement();
    // 40 µs per event: distinct stack traces, redacted and analysed afresh.
    const kept = onMain(placement, 3200, 5, 0.04);
    expect(kept).toBeGreaterThanOrEqual(100);
    expect(kept).toBeLessThanOrEqual(101);
  });

  it('comes back to the main thread when a storm of distinct errors turns into repeats', () => {
    const placement = new PreparationPlacement();
    onMain(placement, 320, 5, 0.04);
    expect(placement.mainThreadUsPerEvent).toBeCloseTo(40);
    // From now on the resampled requests measure cheap: within a few resamples all stay.
    onMain(placement, 32 * 10, 5, 0.004);
    expect(onMain(placement, 100, 5, 0.004)).toBe(100);
  });

  it('before the pool has started, keeps small requests here until eight in a row measure dear', () => {
    const placement = new PreparationPlacement();
    // Distinct texts, 40 µs per event: eight are measured here, the ninth would start the pool.
    for (let i = 0; i < 8; i++) {
      expect(placement.onMainThread(5, false)).toBe(true);
      placement.measured(5, 0.04 * 5);
    }
    expect(placement.onMainThread(5, false)).toBe(false);
    // Large requests go to the pool (and start it) at once.
    expect(new PreparationPlacement().onMainThread(17, false)).toBe(false);
  });

  it('never starts the pool for errors that repeat: a dear first request, then cheap ones', () => {
    const placement = new PreparationPlacement();
    // The first request is new to the memos and the JIT: 500 µs per event; the rest repeat it.
    expect(placement.onMainThread(5, false)).toBe(true);
    placement.measured(5, 0.5 * 5);
    let kept = 0;
    for (let i = 0; i < 1000; i++) {
      if (!placement.onMainThread(5, false)) continue;
      kept++;
      placement.measured(5, (i % 7 === 0 ? 0.03 : 0.006) * 5);
    }
    expect(kept).toBe(1000);
  });

  it('does not start the pool for a cold start: five dear requests while the JIT compiles, then cheap ones', () => {
    const placement = new PreparationPlacement();
    // Per-event times of the first requests in the gRPC firehose (µs), then repeats at 12 µs.
    const warmUp = [2058, 35, 24, 21, 21];
    let kept = 0;
    for (let i = 0; i < 1000; i++) {
      if (!placement.onMainThread(5, false)) continue;
      kept++;
      placement.measured(5, ((warmUp[i] ?? 12) / 1000) * 5);
    }
    expect(kept).toBe(1000);
  });

  it('is not moved by one outlier: a cold first request or a collection inside a measurement', () => {
    // Pool running: a first measurement of 2 ms per event sends requests to the pool only until
    // the next measurement (one in 32), not until a moving average has forgotten it.
    const cold = new PreparationPlacement();
    cold.measured(5, 2 * 5);
    expect(onMain(cold, 1000, 5, 0.008)).toBeGreaterThanOrEqual(1000 - 32);
    // Cheap preparations with one in ten measured at 400 µs per event (a scavenge inside it).
    const spiky = new PreparationPlacement();
    let kept = 0;
    for (let i = 0; i < 1000; i++) {
      if (!spiky.onMainThread(5)) continue;
      kept++;
      spiky.measured(5, (i % 10 === 9 ? 0.4 : 0.008) * 5);
    }
    expect(kept).toBe(1000);
    expect(spiky.mainThreadUsPerEvent).toBeCloseTo(8);
  });

  it('ignores an empty measurement', () => {
    const placement = new PreparationPlacement();
    placement.measured(0, 5);
    expect(placement.mainThreadUsPerEvent).toBeUndefined();
  });
});

describe('preparation placement by how busy the main thread is', () => {
  /** A placement whose main event loop reports `busy.value` as its utilisation. */
  const placed = (busy: { value: number | undefined }) => new PreparationPlacement(() => busy.value);

  it('keeps dear small requests on the main thread while its loop has room, and never starts the pool for them', () => {
    const busy = { value: 0.9 as number | undefined };
    const placement = placed(busy);
    // 40 µs per event, the firehose's distinct traces, with the loop busy 0.64–0.93 of the time.
    let kept = 0;
    for (let i = 0; i < 1000; i++) {
      busy.value = [0.64, 0.8, 0.93][i % 3];
      if (!placement.onMainThread(5, false)) continue;
      kept++;
      placement.measured(5, 0.04 * 5);
    }
    expect(kept).toBe(1000);
    // Before any window has closed the loop counts as having room too.
    busy.value = undefined;
    expect(onMain(placement, 100, 5, 0.04)).toBe(100);
  });

  it('sends dear small requests to the workers once the loop saturates, and keeps them there while it is merely less busy', () => {
    const busy = { value: 0.97 as number | undefined };
    const placement = placed(busy);
    placement.measured(5, 0.04 * 5);
    // Saturated: as without the measure, all but one in 32 go to the (running) pool.
    expect(onMain(placement, 3200, 5, 0.04)).toBeLessThanOrEqual(101);
    // The workers took the load: the loop is busy 0.85 now, still too busy to take it back.
    busy.value = 0.85;
    expect(onMain(placement, 3200, 5, 0.04)).toBeLessThanOrEqual(101);
    // Clear room again: back on the main thread.
    busy.value = 0.5;
    expect(onMain(placement, 100, 5, 0.04)).toBe(100);
  });

  it('cheap requests stay and large ones go whatever the loop says', () => {
    const placement = placed({ value: 0.99 });
    placement.measured(5, 0.008 * 5);
    expect(onMain(placement, 100, 5, 0.008)).toBe(100);
    expect(placed({ value: 0.1 }).onMainThread(17)).toBe(false);
  });
});
