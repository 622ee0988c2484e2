// One budget for the request bytes the receiver holds at once, across both transports:
// compressed bodies being read and buffered, and their decompressed form while it is inflated
// and decoded. Requests are not counted, bytes are: a thousand small exports cost what they
// weigh, and a handful of gzip bombs cannot take gigabytes between them. A request that would
// go past the budget is refused with a retryable status instead of waiting for room.
//
// Memory is handed back after a spike. Once a burst of bombs or big bodies has been refused,
// its buffers are garbage, but V8 frees the memory behind them only when it next collects, and
// a receiver gone quiet allocates nothing that would make it collect: the process would keep
// the spike's size indefinitely. So when the budget, after holding more than `spikeBytes`,
// is back to almost nothing, one full collection is asked for (`release`) once things settle.
// (Whether the freed memory then leaves the process is the allocator's business: see
// MALLOC_MMAP_THRESHOLD_ in the README.)
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { overloaded, type IngestError } from './status.js';

/** The refusal of a request that would take the budget past its bound (both transports). */
export const overBudget = (retryAfterSeconds: number): IngestError => overloaded('Rounds is holding as many request bytes as it may; retry later', retryAfterSeconds);

export interface SpikeRelease {
  /** Bytes held at once from which a spike is worth a collection afterwards. */
  spikeBytes: number;
  /** Quiet time after the spike, before `release` runs. */
  settleMs: number;
  /** Frees what the spike left (collectGarbage); given the most bytes held during the spike. */
  release: (peakBytes: number) => void;
}

export class ByteBudget {
  private used = 0;
  private peak = 0;
  private spiking = false;
  private spikePeak = 0;
  private releaseTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly limit: number,
    private readonly spike?: SpikeRelease,
  ) {}

  get inUse(): number {
    return this.used;
  }

  /** Highest use since the last call (for metrics and tests). */
  takePeak(): number {
    const peak = this.peak;
    this.peak = this.used;
    return peak;
  }

  /** Takes `bytes` if they fit, and says whether they did. */
  tryTake(bytes: number): boolean {
    if (bytes < 0 || this.used + bytes > this.limit) return false;
    this.used += bytes;
    if (this.used > this.peak) this.peak = this.used;
    if (this.spike && this.used >= this.spike.spikeBytes) {
      this.spiking = true;
      this.spikePeak = Math.max(this.spikePeak, this.used);
    }
    return true;
  }

  give(bytes: number): void {
    this.used = Math.max(0, this.used - bytes);
    const spike = this.spike;
    if (spike && this.spiking && this.used < spike.spikeBytes / 16) {
      this.spiking = false;
      clearTimeout(this.releaseTimer);
      this.releaseTimer = setTimeout(() => {
        this.releaseTimer = undefined;
        const peak = this.spikePeak;
        this.spikePeak = 0;
        spike.release(peak);
      }, spike.settleMs);
      this.releaseTimer.unref();
    }
  }

  /** A running account for one request, returned to the budget in one call when it is done. */
  account(): ByteAccount {
    return new ByteAccount(this);
  }
}

export class ByteAccount {
  private held = 0;

  constructor(private readonly budget: ByteBudget) {}

  get bytes(): number {
    return this.held;
  }

  tryTake(bytes: number): boolean {
    if (!this.budget.tryTake(bytes)) return false;
    this.held += bytes;
    return true;
  }

  /** Gives back everything this request held; safe to call more than once. */
  close(): void {
    this.budget.give(this.held);
    this.held = 0;
  }
}

/**
 * A full collection, by V8's `gc()`: the process's own when Node runs with --expose-gc, else
 * made available through V8's flag and taken from a fresh context (node:v8 setFlagsFromString,
 * node:vm). Two passes: the second frees what the first one's finalizers let go (zlib handles).
 * Does nothing where neither is possible.
 */
export function collectGarbage(): void {
  const gc = fullCollector();
  if (!gc) return;
  gc();
  setTimeout(gc, 200).unref();
}

let collector: (() => void) | null | undefined;

/** Whether `collectGarbage` can collect in this process (see there). */
export function canCollectGarbage(): boolean {
  return fullCollector() !== undefined;
}

function fullCollector(): (() => void) | undefined {
  if (collector !== undefined) return collector ?? undefined;
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return (collector = exposed);
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    collector = typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    collector = null;
  }
  return collector ?? undefined;
}
