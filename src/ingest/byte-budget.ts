// One budget for the request bytes the receiver holds at once, across both transports:
// compressed bodies being read and buffered, and their decompressed form while it is inflated
// and decoded. Requests are not counted, bytes are: a thousand small exports cost what they
// weigh, and a handful of gzip bombs cannot take gigabytes between them. A request that would
// go past the budget is refused with a retryable status instead of waiting for room.

export class ByteBudget {
  private used = 0;
  private peak = 0;

  constructor(readonly limit: number) {}

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
    return true;
  }

  give(bytes: number): void {
    this.used = Math.max(0, this.used - bytes);
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
