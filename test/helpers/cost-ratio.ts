// Complexity bounds without a clock budget: the cost of an input is compared with the cost of
// a reference input timed in the same breath (best of several runs after a warm-up), so a busy
// machine slows both sides alike and only a change in growth (a blow-up is 100× or more) fails.

/**
 * CPU time of this process in milliseconds: getrusage's RUSAGE_SELF, which Linux brings up to the
 * moment it is read. CPU time, not the clock: a neighbour that holds the core preempts a long run
 * more often than a short one, so on a loaded machine wall time grows with a run's length and
 * reads as a worse growth than the code has (a linear parser measured 183× its reference at a
 * load average of 19, and 10× alone). Not the thread's own (`process.threadCpuUsage`, Node ≥ 23.9,
 * RUSAGE_THREAD), which Linux accounts by the scheduler's tick: 1.5 ms of busy loop read as 0 or
 * 4 ms, 40 times over, where this read 1.5 (Linux 6, HZ 250). A sub-millisecond run then measured
 * 0, so a ratio passed whatever the code did, or a whole tick against a reference floored to
 * 0.2 ms, 20× (embedded-trace.test.ts failed so at a load average of 15). Under vitest's forks
 * pool the process is one test file's; V8's helper threads (garbage collection, compilation)
 * count with it, as work the measured code caused.
 */
export function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** Best-of-`runs` CPU time of `work` in milliseconds, after one warm-up call. */
export function bestTimeMs(work: () => unknown, runs = 5): number {
  work();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = cpuMs();
    work();
    best = Math.min(best, cpuMs() - start);
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
