// Background pruning, so a long-running instance stays bounded: occurrence samples and
// minute counters past their retention, hourly counters after a longer one, dedupe buckets
// the writer no longer consults, and trace-index hours. Work is done in small write
// transactions (BATCH rows) with a turn of the event loop between them, so the receiver's
// commits interleave and no single step holds the loop for long. LMDB puts the freed pages
// on its free list and reuses them before growing the file.
import type { Key } from 'lmdb';
import type { Logger } from 'pino';
import type { Clock } from '../core/ports.js';
import type { Tables } from './environment.js';
import { dedupeBucket, hourBucket, minuteBucket } from './keys.js';
import type { SignatureActions } from './signature-actions.js';

export interface RetentionSettings {
  occurrencesMs: number;
  minuteCountersMs: number;
  hourlyCountersMs: number;
  /** How often a pruning sweep starts. */
  sweepIntervalMs?: number;
  /** How often due time-based mutes are ended. */
  muteCheckIntervalMs?: number;
}

export interface PruneResult {
  occurrences: number;
  minuteCounters: number;
  hourlyCounters: number;
  dedupe: number;
  traceIndex: number;
}

/** Rows per write transaction: a few milliseconds of work. */
const BATCH = 1000;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class Retention {
  private timers: NodeJS.Timeout[] = [];
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(
    private readonly tables: Tables,
    private readonly settings: RetentionSettings,
    private readonly clock: Clock,
    private readonly actions?: SignatureActions,
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

  async pruneOnce(): Promise<PruneResult> {
    const now = this.clock.now();
    const { dedupe, traceIndex, occurrences } = this.tables;
    const result: PruneResult = { occurrences: 0, minuteCounters: 0, hourlyCounters: 0, dedupe: 0, traceIndex: 0 };
    // The writer checks the current dedupe bucket and the one before; older ones are dead.
    result.dedupe = await this.removeRange(dedupe, [dedupeBucket(now) - 1]);
    result.traceIndex = await this.removeRange(traceIndex, [hourBucket(now - this.settings.minuteCountersMs)]);
    result.occurrences = await this.pruneOccurrences(occurrences, now - this.settings.occurrencesMs);
    const counters = await this.pruneCounters(minuteBucket(now - this.settings.minuteCountersMs), hourBucket(now - this.settings.hourlyCountersMs));
    result.minuteCounters = counters.minute;
    result.hourlyCounters = counters.hour;
    return result;
  }

  /** Removes every key below `end`, a batch per transaction. */
  private async removeRange(db: Tables['dedupe'], end: Key[]): Promise<number> {
    let removed = 0;
    while (!this.stopped) {
      const keys = [...db.getKeys({ end, limit: BATCH })];
      if (keys.length === 0) break;
      await this.tables.root.transaction(() => {
        for (const key of keys) db.removeSync(key);
      });
      removed += keys.length;
      await nextTurn();
    }
    return removed;
  }

  /** Samples carry their own time; the table is walked in key order, a batch at a time. */
  private async pruneOccurrences(db: Tables['occurrences'], cutoffMs: number): Promise<number> {
    let removed = 0;
    let start: Key[] | undefined;
    while (!this.stopped) {
      const old: Key[] = [];
      let read = 0;
      let last: Key[] | undefined;
      for (const { key, value } of db.getRange({ start, limit: BATCH })) {
        read++;
        last = key as Key[];
        if ((value as { timeMs: number }).timeMs < cutoffMs) old.push(key as Key);
      }
      if (old.length) {
        await this.tables.root.transaction(() => {
          for (const key of old) db.removeSync(key);
        });
        removed += old.length;
      }
      if (read < BATCH || !last) break;
      // Resume just after the last key read; sequence numbers are integers.
      start = [last[0], (last[1] as number) + 0.5];
      await nextTurn();
    }
    return removed;
  }

  /** Per signature, minute rows before `minuteCut` and hour rows before `hourCut`. */
  private async pruneCounters(minuteCut: number, hourCut: number): Promise<{ minute: number; hour: number }> {
    const { signatures, counters } = this.tables;
    const out = { minute: 0, hour: 0 };
    let after: string | undefined;
    while (!this.stopped) {
      const ids = [...signatures.getKeys({ start: after === undefined ? undefined : after + '\u0000', limit: 200 })] as string[];
      if (ids.length === 0) break;
      after = ids.at(-1);
      const minute: Key[] = [];
      const hour: Key[] = [];
      for (const id of ids) {
        for (const key of counters.getKeys({ start: [id, 'm'], end: [id, 'm', minuteCut] })) minute.push(key as Key);
        for (const key of counters.getKeys({ start: [id, 'h'], end: [id, 'h', hourCut] })) hour.push(key as Key);
      }
      const all = [...minute, ...hour];
      for (let i = 0; i < all.length; i += BATCH) {
        const chunk = all.slice(i, i + BATCH);
        await this.tables.root.transaction(() => {
          for (const key of chunk) counters.removeSync(key);
        });
      }
      out.minute += minute.length;
      out.hour += hour.length;
      await nextTurn();
    }
    return out;
  }
}
