// The background investigator loop. The queue is the store's (InvestigationQueue in
// core/ports.ts: the pipeline adds NEW and REGRESSED signatures in the same transaction that
// creates or reopens them; the CLI and the API add manual requests), so nothing is lost across
// a restart: an entry is removed only once its investigation has finished, and a signature
// left `investigating` by a crash is picked up again. Back-off state (attempts, notBeforeMs,
// lastError) is written to the entry itself. An investigation runs under a lease taken in the
// store and renewed while it runs, so where several processes share a store exactly one
// investigates a signature, and another takes over once a dead holder's lease lapses.
//
// A tick reads only the head of the queue's priority index (manual, then regressed, then new;
// oldest first), a bounded number of rows, so its cost does not grow with the backlog. When an
// incident floods the queue with new signatures, the newest beyond `shedAbove` are shed: they
// leave the queue uninvestigated, each signature's history says so (and `rounds diagnose`
// still asks for one), and one log line per tick sums up what was shed, by service.
import type { Logger } from 'pino';
import type { InvestigateOptions, InvestigationOutcome } from '../core/investigator.js';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Clock, InvestigationQueue, SignatureQueries } from '../core/ports.js';
import { rank, type QueueEntry, type TriageCandidate, type TriagePolicy } from '../core/triage.js';

export type SchedulerStore = Pick<SignatureQueries, 'getSignature' | 'listOccurrences' | 'counts'> &
  Pick<InvestigationQueue, 'queueHead' | 'queueSize' | 'shedNewInvestigations' | 'rescheduleInvestigation' | 'dequeueInvestigation' | 'takeLease' | 'renewLease' | 'releaseLease'> &
  Partial<Pick<SignatureQueries, 'refresh'>>;

export interface InvestigationRunner {
  investigate(id: string, options?: InvestigateOptions): Promise<InvestigationOutcome>;
}

export interface SchedulerOptions {
  store: SchedulerStore;
  investigator: InvestigationRunner;
  clock: Clock;
  policy: TriagePolicy;
  /** INVESTIGATION_CONCURRENCY. */
  concurrency: number;
  /** How often the queue is looked at. Default 1 s. */
  pollIntervalMs?: number;
  /** First retry delay, doubled per attempt up to `maxBackoffMs`. Defaults 5 s and 1 h. */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** The last attempt uses the investigator's fallback; after it the entry is given up. Default 6. */
  maxAttempts?: number;
  /** New-signature entries kept queued; the newest beyond are shed. Default 1000. */
  shedAbove?: number;
  logger?: Pick<Logger, 'info' | 'warn' | 'error' | 'debug'>;
  /** Called after each investigation (the demo and tests watch progress with it). */
  onOutcome?: (id: string, outcome: InvestigationOutcome) => void;
  /** Who holds this scheduler's leases; default host, pid and a random part. */
  holder?: string;
  /** How long a lease lasts unless renewed; renewed every third of it. Default 60 s. */
  leaseTtlMs?: number;
}

const MINUTE = 60_000;
/** Ready entries whose activity is read each tick (the cheap ranking picks them). */
const ACTIVITY_SHORTLIST = 50;
/** Queue rows one tick reads from the head of the priority index. */
const HEAD_ROWS = 256;
/** Most entries one tick sheds (one write transaction of bounded size). */
const SHED_PER_TICK = 2_000;
const DEFAULT_LEASE_TTL_MS = 60_000;

export class InvestigationScheduler {
  private readonly running = new Map<string, Promise<void>>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ticking = false;
  private stopped = true;
  private queued = 0;
  private readonly holder: string;
  private readonly leaseTtlMs: number;

  constructor(private readonly options: SchedulerOptions) {
    this.holder = options.holder ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
    this.leaseTtlMs = options.leaseTtlMs ?? DEFAULT_LEASE_TTL_MS;
  }

  get active(): number {
    return this.running.size;
  }

  /** Queue entries at the last tick (for the metrics gauge, which reads synchronously). */
  get queueSize(): number {
    return this.queued;
  }

  /** Resolves when the investigations running now have finished. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running.values()]);
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /**
   * Stops picking new work and waits for running investigations, at most `timeoutMs`; one still
   * running then keeps its queue entry and is resumed after the next start.
   */
  async stop(timeoutMs = 10_000): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.running.size === 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finished = await Promise.race([
      Promise.allSettled([...this.running.values()]).then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
    ]);
    clearTimeout(timer);
    if (!finished) this.options.logger?.warn({ running: [...this.running.keys()] }, 'investigations still running at shutdown; they resume after restart');
  }

  /** One look at the queue: drops what must never run, starts the best ready entries. */
  async tick(): Promise<void> {
    if (this.ticking) return;
    this.ticking = true;
    try {
      const { store, clock, policy } = this.options;
      // Manual requests are written by other processes (`rounds diagnose`); a fresh read
      // snapshot sees them even while this process has written nothing since.
      store.refresh?.();
      const now = clock.now();
      await this.shedBacklog(now);
      const candidates: TriageCandidate[] = [];
      for (const [id, entry] of await store.queueHead(Math.max(HEAD_ROWS, this.options.concurrency * 10))) {
        if (this.running.has(id)) continue;
        candidates.push({ id, entry, signature: await store.getSignature(id), lastHourCount: 0, hosts: 0, releases: 0 });
      }
      const ranked = rank(candidates, policy, now);
      for (const { id, reason } of ranked.dropped) {
        this.options.logger?.debug({ signature: id, reason }, 'investigation dropped');
        await this.removeIfUnchanged(id, candidates.find((c) => c.id === id)!.entry);
      }
      const free = this.options.concurrency - this.running.size;
      if (free <= 0 || ranked.ready.length === 0) return;
      // The costlier facts (counters, samples) are read only for entries that can run now, and
      // only for the best of them by the cheap ranking, so a backlog of thousands of new
      // signatures after a bad deploy does not make every tick read thousands of counters.
      const shortlist = ranked.ready.slice(0, Math.max(ACTIVITY_SHORTLIST, free * 10));
      const ready = rank(await Promise.all(shortlist.map((c) => this.withActivity(c, now))), policy, now).ready;
      let launched = 0;
      for (const c of ready) {
        if (launched >= free) break;
        // Another process sharing the store investigates it now: leave it to that one.
        if (!(await store.takeLease(c.id, this.holder, clock.now(), this.leaseTtlMs))) continue;
        this.launch(c.id, c.entry, c.why);
        launched++;
      }
    } finally {
      this.ticking = false;
    }
  }

  /** Sheds the newest new-signature entries beyond `shedAbove`, a bounded number per tick. */
  private async shedBacklog(now: number): Promise<void> {
    const { store, logger } = this.options;
    const keep = this.options.shedAbove ?? 1_000;
    const queued = await store.queueSize();
    this.queued = queued;
    if (queued <= keep) return;
    const reason = `not investigated on its own: ${queued} investigations were queued, more than the ${keep} kept during an incident (ask for one with \`rounds diagnose <id>\`)`;
    const shed = await store.shedNewInvestigations(keep, SHED_PER_TICK, now, reason);
    this.queued = queued - shed.length;
    if (shed.length === 0) return;
    const byService: Record<string, number> = {};
    for (const sig of shed) byService[sig.service] = (byService[sig.service] ?? 0) + 1;
    const byType: Record<string, number> = {};
    for (const sig of shed) byType[sig.type] = (byType[sig.type] ?? 0) + 1;
    const topTypes = Object.entries(byType).sort((a, b) => b[1] - a[1]).slice(0, 10);
    logger?.warn({ shed: shed.length, queuedBefore: queued, kept: keep, byService, topTypes }, 'investigation backlog: new signatures shed without individual diagnosis');
  }

  private async withActivity(c: TriageCandidate, now: number): Promise<TriageCandidate> {
    const { store } = this.options;
    const [samples, minutes] = await Promise.all([store.listOccurrences(c.id, 25), store.counts(c.id, 'minute', now - 60 * MINUTE, now)]);
    return {
      ...c,
      lastHourCount: minutes.reduce((a, b) => a + b, 0),
      hosts: new Set(samples.map((o) => o.host).filter(Boolean)).size,
      releases: new Set(samples.map((o) => o.release).filter(Boolean)).size,
      handledOnly: samples.length > 0 && samples.every((o) => o.handled),
    };
  }

  private launch(id: string, entry: QueueEntry, why: string[]): void {
    const maxAttempts = this.options.maxAttempts ?? 6;
    const { store, clock } = this.options;
    this.options.logger?.info({ signature: id, reason: entry.reason, attempt: entry.attempts + 1, priority: why }, 'investigating');
    let leaseLost = false;
    const renewal = setInterval(() => {
      store.renewLease(id, this.holder, clock.now(), this.leaseTtlMs).then(
        (held) => {
          if (held || leaseLost) return;
          leaseLost = true;
          this.options.logger?.warn({ signature: id }, 'investigation lease lapsed and was taken by another process; its outcome will not be recorded here');
        },
        (error) => this.options.logger?.warn({ signature: id, err: error }, 'could not renew the investigation lease; retrying'),
      );
    }, Math.max(1, Math.floor(this.leaseTtlMs / 3)));
    renewal.unref?.();
    const run = (async () => {
      let outcome: InvestigationOutcome;
      try {
        outcome = await this.options.investigator.investigate(id, { reason: entry.reason, lastAttempt: entry.attempts + 1 >= maxAttempts });
      } catch (error) {
        // A bug, not an expected outcome; the entry backs off like a retryable failure so one
        // bad signature cannot spin the loop.
        this.options.logger?.error({ signature: id, err: error }, 'investigation threw');
        outcome = { status: 'retryable', error: (error as Error).message, retryInMs: 0 };
      } finally {
        clearInterval(renewal);
      }
      // The new holder owns the entry now; it settles it.
      if (!leaseLost) await this.settle(id, entry, outcome, maxAttempts);
      this.options.onOutcome?.(id, outcome);
    })()
      .catch((error) => this.options.logger?.error({ signature: id, err: error }, 'could not record the investigation outcome'))
      .finally(async () => {
        await store.releaseLease(id, this.holder).catch((error) => this.options.logger?.warn({ signature: id, err: error }, 'could not release the investigation lease; it lapses on its own'));
        this.running.delete(id);
        if (!this.stopped) this.schedule(0);
      });
    this.running.set(id, run);
  }

  private async settle(id: string, entry: QueueEntry, outcome: InvestigationOutcome, maxAttempts: number): Promise<void> {
    const log = this.options.logger;
    if (outcome.status === 'diagnosed') {
      const failedNotifiers = outcome.notifications.filter((n) => n.status !== 'ok');
      if (failedNotifiers.length) log?.warn({ signature: id, notifications: failedNotifiers }, 'some notifiers failed');
      log?.info({ signature: id, model: outcome.diagnosis.model, confidence: outcome.diagnosis.confidence }, 'diagnosed');
    } else if (outcome.status === 'skipped') {
      log?.info({ signature: id, reason: outcome.reason }, 'investigation skipped');
    } else if (outcome.status === 'retryable' && entry.attempts + 1 < maxAttempts) {
      const attempts = entry.attempts + 1;
      const base = this.options.baseBackoffMs ?? 5_000;
      const delay = Math.max(outcome.retryInMs, Math.min(this.options.maxBackoffMs ?? 3_600_000, base * 2 ** (attempts - 1)));
      // A newer request (a manual one, a regression) replaced the entry meanwhile: it wins.
      const retried = await this.options.store.rescheduleInvestigation(id, entry, { ...entry, attempts, notBeforeMs: this.options.clock.now() + delay, lastError: outcome.error });
      if (retried) log?.warn({ signature: id, attempts, retryInMs: delay, error: outcome.error }, 'investigation will be retried');
      return;
    } else {
      log?.error({ signature: id, attempts: entry.attempts + 1, error: outcome.error }, 'investigation gave up');
    }
    await this.removeIfUnchanged(id, entry);
  }

  /** Removes the entry unless a newer request replaced it meanwhile. */
  private async removeIfUnchanged(id: string, entry: QueueEntry): Promise<void> {
    await this.options.store.dequeueInvestigation(id, entry);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.tick()
        .catch((error) => this.options.logger?.error({ err: error }, 'investigation queue tick failed'))
        .finally(() => {
          if (!this.stopped && !this.timer) this.schedule(this.options.pollIntervalMs ?? 1_000);
        });
    }, delayMs);
    this.timer.unref?.();
  }
}
