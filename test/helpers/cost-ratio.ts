// Complexity bounds without a clock budget: the cost of an input is compared with the cost of
// a reference input timed in the same breath (best of several runs after a warm-up), so a busy
// machine slows both sides alike and only a change in growth (a blow-up is 100× or more) fails.

/** Best-of-`runs` time of `work` in milliseconds, after one warm-up call. */
export function bestTimeMs(work: () => unknown, runs = 5): number {
  work();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    work();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

/**
 * How many times the cost of `work` is the cost of `reference` (floored so tiny timings do not
 * divide by noise): the least of three measurements, since a neighbour taking the core during
 * every run of one side only ever raises a ratio, where a blow-up raises all three alike (a helper
 * saw a linear parse measure past its bound once under a load average of 15).
 */
export function costRatio(work: () => unknown, reference: () => unknown, floorMs = 0.2): number {
  let least = Infinity;
  for (let i = 0; i < 3; i++) least = Math.min(least, bestTimeMs(work) / Math.max(bestTimeMs(reference), floorMs));
  return least;
}
