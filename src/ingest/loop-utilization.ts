// How busy the main thread's event loop has been lately: the share of the last window it spent
// running callbacks rather than waiting for I/O (perf_hooks' eventLoopUtilization, Node's measure of
// the loop's active time; the loop's delay, ingest/loop-pressure.ts, says how late it runs, not how
// much room it has). Read lazily, with no timer of its own: a window closes at the first read after
// it has lasted `windowMs`.
import { performance, type EventLoopUtilization } from 'node:perf_hooks';

export class LoopUtilization {
  private last: EventLoopUtilization = performance.eventLoopUtilization();
  private lastAtMs = performance.now();
  private value: number | undefined;

  constructor(private readonly windowMs = 500) {}

  /** The share (0..1) of the last closed window the loop was busy; undefined before one has closed. */
  current(): number | undefined {
    const now = performance.now();
    if (now - this.lastAtMs >= this.windowMs) {
      const next = performance.eventLoopUtilization();
      this.value = performance.eventLoopUtilization(next, this.last).utilization;
      this.last = next;
      this.lastAtMs = now;
    }
    return this.value;
  }
}
