// What both ingest writers do while their store cannot commit (a full disk, an unreachable
// database): refuse batches at once as retryable, let one batch a second really try, and log
// the outage's start and end once each rather than once per refused export.
import type { StoreLogger } from '../core/ports.js';
import { StoreUnavailableError } from '../core/store-errors.js';

/** While commits fail, at most one batch per this interval really tries. */
const OUTAGE_PROBE_MS = 1_000;

interface Outage {
  error: StoreUnavailableError;
  sinceMs: number;
  lastTryMs: number;
  refusedBatches: number;
}

export class CommitOutage {
  private outage: Outage | undefined;

  constructor(private readonly logger?: StoreLogger) {}

  /** True while commits fail (the last attempt failed). */
  get active(): boolean {
    return this.outage !== undefined;
  }

  /**
   * Runs `attempt` (one commit) unless a failed one was tried less than a probe interval ago, in
   * which case it rejects with that failure at once. `startedMs` is the monotonic time the
   * commit began, `nowMs` the store's clock.
   */
  async run<T>(startedMs: number, nowMs: number, attempt: () => Promise<T>): Promise<T> {
    if (this.outage && startedMs - this.outage.lastTryMs < OUTAGE_PROBE_MS) {
      this.outage.refusedBatches++;
      throw this.outage.error;
    }
    let result: T;
    try {
      result = await attempt();
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      if (this.outage) {
        this.outage.lastTryMs = startedMs;
        this.outage.refusedBatches++;
      } else {
        this.outage = { error, sinceMs: nowMs, lastTryMs: startedMs, refusedBatches: 1 };
        this.logger?.error({ reason: error.reason }, 'the store cannot commit; exports are refused as retryable (503/UNAVAILABLE) until it can, reads keep working');
      }
      throw error;
    }
    if (this.outage) {
      this.logger?.info({ refusedBatches: this.outage.refusedBatches, outageMs: nowMs - this.outage.sinceMs }, 'the store commits again');
      this.outage = undefined;
    }
    return result;
  }
}
