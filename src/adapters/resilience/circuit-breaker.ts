// A circuit breaker (Nygard, "Release It!"): after `failureThreshold` consecutive failures the
// circuit opens and calls return a retryable outcome at once, without touching the network;
// after `coolDownMs` one trial call is let through (half-open) and its outcome closes the
// circuit again or re-opens it for another cool-down. A dead backend then costs nothing.
import { retryable, type Clock, type Outcome } from '../../core/ports.js';

export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Names the backend in the outcome's message. */
  name: string;
  failureThreshold?: number;
  coolDownMs?: number;
  clock?: Clock;
  /**
   * Which outcomes count against the backend. By default only retryable ones (timeouts,
   * network errors, 408/429/5xx): a 4xx or an unreadable body means the backend answered,
   * so it is the request that is wrong, not the backend that is down.
   */
  isFailure?: (outcome: Outcome<unknown>) => boolean;
}

export const BREAKER_DEFAULTS = { failureThreshold: 5, coolDownMs: 30_000 } as const;

export class CircuitBreaker {
  private readonly name: string;
  private readonly threshold: number;
  private readonly coolDownMs: number;
  private readonly clock: Clock;
  private readonly isFailure: (outcome: Outcome<unknown>) => boolean;
  private failures = 0;
  private openedAtMs: number | undefined;
  private trialInFlight = false;

  constructor(options: CircuitBreakerOptions) {
    this.name = options.name;
    this.threshold = Math.max(1, options.failureThreshold ?? BREAKER_DEFAULTS.failureThreshold);
    this.coolDownMs = options.coolDownMs ?? BREAKER_DEFAULTS.coolDownMs;
    this.clock = options.clock ?? { now: () => Date.now() };
    this.isFailure = options.isFailure ?? ((o) => o.status === 'retryable');
  }

  get state(): CircuitState {
    if (this.openedAtMs === undefined) return 'closed';
    return this.clock.now() - this.openedAtMs >= this.coolDownMs ? 'half-open' : 'open';
  }

  /** Consecutive failures counted so far. */
  get consecutiveFailures(): number {
    return this.failures;
  }

  async run<T>(operation: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
    const state = this.state;
    if (state === 'open' || (state === 'half-open' && this.trialInFlight)) {
      const waitMs = state === 'open' ? this.openedAtMs! + this.coolDownMs - this.clock.now() : this.coolDownMs;
      return retryable(
        `${this.name}: circuit open after ${this.failures} consecutive failures; not calling the backend for ${Math.ceil(waitMs / 1000)} s`,
        waitMs,
      );
    }
    const trial = state === 'half-open';
    if (trial) this.trialInFlight = true;
    try {
      const outcome = await operation();
      this.record(outcome, trial);
      return outcome;
    } finally {
      if (trial) this.trialInFlight = false;
    }
  }

  private record(outcome: Outcome<unknown>, trial: boolean): void {
    if (!this.isFailure(outcome)) {
      this.failures = 0;
      this.openedAtMs = undefined;
      return;
    }
    this.failures++;
    if (trial || this.failures >= this.threshold) this.openedAtMs = this.clock.now();
  }
}
