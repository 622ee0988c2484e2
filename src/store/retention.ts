// Background pruning, so a long-running instance stays bounded: a sweep every interval asks
// the store to drop what is past its retention (RetentionStore.pruneExpired: samples, minute
// and hourly counters, dedupe keys, trace-index hours), and due time-based mutes are ended.
// One task runs at a time; the store does the work in small transactions so ingest commits
// interleave.
import type { Logger } from 'pino';
import type { Clock, LifecycleActions, PruneResult, RetentionStore } from '../core/ports.js';

export interface RetentionSettings {
  occurrencesMs: number;
  minuteCountersMs: number;
  hourlyCountersMs: number;
  /** How often a pruning sweep starts. */
  sweepIntervalMs?: number;
  /** How often due time-based mutes are ended. */
  muteCheckIntervalMs?: number;
}

export type { PruneResult };

export class Retention {
  private timers: NodeJS.Timeout[] = [];
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(
    private readonly store: Pick<RetentionStore, 'pruneExpired'>,
    private readonly settings: RetentionSettings,
    private readonly clock: Clock,
    private readonly actions?: Pick<LifecycleActions, 'expireMutes'>,
    private readonly logger?: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    const sweep = this.settings.sweepIntervalMs ?? 10 * 60_000;
    const mutes = this.settings.muteCheckIntervalMs ?? 30_000;
    this.timers.push(setInterval(() => this.schedule(() => this.pruneOnce()), sweep).unref());
    if (this.actions) this.timers.push(setInterval(() => this.schedule(() => this.actions!.expireMutes()), mutes).unref());
    // A first sweep soon after start-up, when an instance restarts after a long pause.
    this.timers.push(setTimeout(() => this.schedule(() => this.pruneOnce()), Math.min(sweep, 5_000)).unref());
  }

  /** Waits for the step in progress; no new step starts afterwards. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
    await this.running?.catch(() => undefined);
  }

  /** One task at a time: a sweep that outlasts its interval is not started twice. */
  private schedule(task: () => Promise<unknown>): void {
    if (this.running || this.stopped) return;
    this.running = task()
      .then(
        (result) => this.logger?.debug({ result }, 'retention step done'),
        (error) => this.logger?.warn({ err: error }, 'retention step failed; retrying at the next interval'),
      )
      .finally(() => (this.running = undefined));
  }

  pruneOnce(): Promise<PruneResult> {
    const nowMs = this.clock.now();
    return this.store.pruneExpired(
      {
        nowMs,
        occurrencesBeforeMs: nowMs - this.settings.occurrencesMs,
        minuteCountersBeforeMs: nowMs - this.settings.minuteCountersMs,
        hourlyCountersBeforeMs: nowMs - this.settings.hourlyCountersMs,
      },
      () => this.stopped,
    );
  }
}
