// Event-loop delay as an admission signal. When decoding and fingerprinting (which run on the
// event loop) fall behind, every request waits: in the kernel's socket buffers and in the
// loop's backlog, before any count the pipeline keeps can see it. The loop's own delay shows
// it: when the mean delay over the last window passes the threshold, new exports are refused
// at once (a refusal costs a fraction of an acceptance) until the loop catches up. This is
// the signal fastify's under-pressure plugin uses (maxEventLoopDelay), here for both transports.
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface LoopPressureOptions {
  /** Mean event-loop delay, in ms over one window, past which exports are refused. */
  thresholdMs: number;
  /** Length of the window the mean is taken over. */
  windowMs: number;
}

export const DEFAULT_LOOP_PRESSURE: LoopPressureOptions = { thresholdMs: 100, windowMs: 200 };

export class LoopPressure {
  private readonly histogram: ReturnType<typeof monitorEventLoopDelay>;
  private readonly timer: NodeJS.Timeout;
  private behind = false;
  private lastMeanMs = 0;
  private lastLateMs = 0;
  private lastSampleMs = performance.now();

  constructor(private readonly options: LoopPressureOptions = DEFAULT_LOOP_PRESSURE) {
    this.histogram = monitorEventLoopDelay({ resolution: 10 });
    this.histogram.enable();
    this.timer = setInterval(() => this.sample(), options.windowMs);
    this.timer.unref();
  }

  /** Whether the loop was behind over the last window. */
  get overloaded(): boolean {
    return this.behind;
  }

  get meanDelayMs(): number {
    return this.lastMeanMs;
  }

  /** How late this gauge's own window timer ran last time, in ms. */
  get lateMs(): number {
    return this.lastLateMs;
  }

  private sample(): void {
    const now = performance.now();
    // The histogram records how late its own 10 ms timer ran, in nanoseconds.
    this.lastMeanMs = this.histogram.count > 0 ? this.histogram.mean / 1e6 : 0;
    // A loop blocked across the whole window (one long commit, a burst of decoding) can leave
    // the histogram without a sample when this timer runs first, reading as no delay at all;
    // this timer's own lateness is that block, so it counts too.
    this.lastLateMs = Math.max(0, now - this.lastSampleMs - this.options.windowMs);
    this.lastSampleMs = now;
    this.behind = Math.max(this.lastMeanMs, this.lastLateMs) > this.options.thresholdMs;
    this.histogram.reset();
  }

  stop(): void {
    clearInterval(this.timer);
    this.histogram.disable();
  }
}
