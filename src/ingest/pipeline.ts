// The pipeline between decoding and the acknowledgement: admission control, fingerprinting
// and group commit. A request is admitted (or refused at once when the pipeline is full),
// its error events are fingerprinted, queued, and committed together with whatever other
// requests queued meanwhile in one LMDB transaction; its promise resolves only after that
// commit is durable, so "acked" always means "stored".
import { createHash } from 'node:crypto';
import type { FingerprintResult, Fingerprinter } from '../core/fingerprint/index.js';
import { fingerprintInputOf } from '../core/fingerprint/input-of.js';
import type { HealthyTally } from '../core/attribute-stats.js';
import type { ErrorEvent } from '../core/model.js';
import { eventRedactor } from '../core/redact-event.js';
import { defaultRedactor } from '../core/redact.js';
import type { Clock } from '../core/ports.js';
import type { IngestMetrics } from '../observability/ingest-metrics.js';
import type { BatchResult, IngestCommit, PreparedEvent } from '../core/ports.js';
import { StoreUnavailableError } from '../core/store-errors.js';
import { IngestError, storeRefusal } from './status.js';

export interface PipelineLimits {
  /** Requests admitted but not yet acknowledged. */
  maxInflightRequests: number;
  /** Error events queued for a commit, at most (the queue is usually held far below this). */
  maxPendingEvents: number;
  /**
   * How long an admitted request may wait for its commit: events are admitted while the queue
   * holds less than this many seconds of work at the measured commit rate. Default 1 s.
   */
  queueTargetSeconds?: number;
  /** Most events in one transaction; a larger queue is committed in several. */
  maxBatchEvents: number;
  retryAfterSeconds: number;
  /** Least time between two saves of the template miner's state. */
  minerSaveIntervalMs: number;
}

export interface PipelineLogger {
  error(obj: object, msg: string): void;
}

/** A place in the pipeline, held from admission until the reply is sent. */
export interface Ticket {
  /** Resolves after the commit that holds these events. */
  commit(events: ErrorEvent[], healthy?: HealthyTally[]): Promise<void>;
  /** Gives the place back; safe to call more than once. */
  release(): void;
}

interface Pending {
  prepared: PreparedEvent[];
  resolve: () => void;
  reject: (error: Error) => void;
}

/** The queue may always hold this many events, whatever the measured rate. */
const MIN_QUEUE_EVENTS = 1000;
/** Requests in the pipeline from which the soft signals (slow commit, busy event loop) refuse. */
export const BACKLOG_REQUESTS = 32;
/** Weight of the newest commit in the commit-rate average. */
const RATE_WEIGHT = 0.2;

export class Pipeline {
  private inflight = 0;
  /** Events committed per second of commit time, a moving average; 0 until measured. */
  private commitRate = 0;
  private pendingEvents = 0;
  private queue: Pending[] = [];
  private committing = false;
  /** When the commit in progress was started (performance.now()), while `committing`. */
  private commitStartedMs = 0;
  private closed = false;
  private lastMinerSaveMs = 0;
  private idleWaiters: (() => void)[] = [];
  /**
   * Healthy-span tallies waiting for the next commit. They are statistics, not errors: a
   * request of healthy spans alone is answered at once instead of waiting for a commit, and a
   * crash loses at most these counts, never an error event.
   */
  private healthy: HealthyTally[] = [];

  constructor(
    private readonly writer: IngestCommit,
    private readonly fingerprinter: Fingerprinter,
    private readonly clock: Clock,
    private readonly limits: PipelineLimits,
    private readonly metrics: IngestMetrics,
    private readonly logger: PipelineLogger,
    private readonly onCommitted: (result: BatchResult) => void = () => {},
    /** Applied to every event before it is fingerprinted or stored (core/redact-event.ts). */
    private readonly redact: (event: ErrorEvent) => ErrorEvent = eventRedactor(defaultRedactor),
  ) {
    metrics.queueDepth.track(() => this.inflight, { kind: 'requests' });
    metrics.queueDepth.track(() => this.pendingEvents, { kind: 'events' });
  }

  get inflightRequests(): number {
    return this.inflight;
  }

  /** Events measured to commit per second (0 before the first commit). */
  get eventsPerSecond(): number {
    return this.commitRate;
  }

  /**
   * The queue depth admitted: what the store commits in `queueTargetSeconds` at the measured
   * rate, so an accepted request is answered within about that long and the rest are refused
   * at once instead of waiting behind a deep queue (a Collector gives up after 5 s).
   */
  get pendingEventsBound(): number {
    const byRate = Math.round(this.commitRate * (this.limits.queueTargetSeconds ?? 1));
    return Math.min(this.limits.maxPendingEvents, Math.max(MIN_QUEUE_EVENTS, byRate));
  }

  /** Why a request would be refused now, or undefined when it would be admitted. */
  refusal(): IngestError | undefined {
    if (this.closed) return new IngestError('SHUTTING_DOWN', 'Rounds is shutting down; retry against another instance or after restart', this.limits.retryAfterSeconds);
    if (this.inflight >= this.limits.maxInflightRequests || this.pendingEvents >= this.pendingEventsBound) {
      return new IngestError('OVERLOADED', `Rounds is saturated (${this.inflight} requests, ${this.pendingEvents} events waiting); retry later`, this.limits.retryAfterSeconds);
    }
    // A commit already running past the target (a slow disk, a stalled fsync) means anything
    // admitted now waits at least that long: refuse until the store answers again. Only with
    // a backlog: a few requests cannot queue deep, and a lone export on a slow machine is taken.
    if (this.inflight >= BACKLOG_REQUESTS && performance.now() - this.commitStartedMs > (this.limits.queueTargetSeconds ?? 1) * 1000) {
      return new IngestError('OVERLOADED', 'Rounds is waiting for a slow commit; retry later', this.limits.retryAfterSeconds);
    }
    return undefined;
  }

  /** A ticket, or an IngestError to answer with when full or shutting down. */
  admit(): Ticket | IngestError {
    const refusal = this.refusal();
    if (refusal) return refusal;
    this.inflight++;
    let released = false;
    return {
      commit: (events, healthy) => {
        if (healthy?.length) this.holdHealthy(healthy);
        return this.enqueue(events);
      },
      release: () => {
        if (released) return;
        released = true;
        this.inflight--;
        if (this.inflight === 0) this.wakeIdle();
      },
    };
  }

  private holdHealthy(tallies: HealthyTally[]): void {
    for (const t of tallies) this.healthy.push(t);
    // Group commit as for errors: while one commit runs, the tallies of later requests gather
    // and go into the next one.
    if (!this.committing) void this.commitLoop();
  }

  private takeHealthy(): HealthyTally[] {
    const taken = this.healthy;
    this.healthy = [];
    return taken;
  }

  private enqueue(events: ErrorEvent[]): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    if (this.pendingEvents + events.length > this.pendingEventsBound && this.pendingEvents > 0) {
      return Promise.reject(new IngestError('OVERLOADED', `Rounds is saturated (${this.pendingEvents} events waiting); retry later`, this.limits.retryAfterSeconds));
    }
    // Secrets go before the fingerprinter rewrites the text (and before anything is stored).
    const prepared = events.map((raw) => {
      const event = this.redact(raw);
      return { event, fp: this.fingerprint(event) };
    });
    this.pendingEvents += prepared.length;
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ prepared, resolve, reject });
      if (!this.committing) void this.commitLoop();
    });
  }

  private fingerprint(event: ErrorEvent): FingerprintResult {
    try {
      return this.fingerprinter.fingerprint(fingerprintInputOf(event));
    } catch (error) {
      // A fingerprinting bug must not lose the error: group it coarsely and say so.
      this.logger.error({ err: error, service: event.service }, 'fingerprinting failed; using the fallback fingerprint');
      const type = event.exception?.type ?? event.severityText ?? 'error';
      const message = (event.exception?.message ?? event.body ?? event.statusMessage ?? '').slice(0, 200);
      const fingerprint = createHash('sha256').update(['fallback', event.service, type, message].join('\u0000')).digest('hex').slice(0, 32);
      return { fingerprint, algorithm: 'fallback', type, message, frames: [], aliases: [], explain: ['fingerprinting failed'] };
    }
  }

  /** Commits queued requests in batches until the queue is empty. */
  private async commitLoop(): Promise<void> {
    this.committing = true;
    // The rate is measured over the loop's whole cycle, commit to commit, not the commit alone:
    // when the event loop is busy, resuming after a commit takes time too, and the queue drains
    // only as fast as the cycle.
    let cycleStart = performance.now();
    try {
      while (this.queue.length > 0 || this.healthy.length > 0) {
        const taken: Pending[] = [];
        let events = 0;
        while (this.queue.length > 0 && (taken.length === 0 || events + this.queue[0].prepared.length <= this.limits.maxBatchEvents)) {
          const next = this.queue.shift() as Pending;
          taken.push(next);
          events += next.prepared.length;
        }
        const batch = taken.length === 1 ? taken[0].prepared : taken.flatMap((p) => p.prepared);
        const started = performance.now();
        this.commitStartedMs = started;
        const now = this.clock.now();
        let minerState: unknown;
        if (this.fingerprinter.dirty && now - this.lastMinerSaveMs >= this.limits.minerSaveIntervalMs) {
          minerState = this.fingerprinter.exportState();
          this.lastMinerSaveMs = now;
        }
        try {
          const result = await this.writer.commit(batch, now, minerState, this.takeHealthy());
          const finished = performance.now();
          this.metrics.commitSeconds.observe((finished - started) / 1000);
          this.measureRate(events, (finished - cycleStart) / 1000);
          cycleStart = finished;
          this.metrics.duplicates.inc({}, result.duplicates);
          for (const p of taken) p.resolve();
          this.onCommitted(result);
        } catch (error) {
          // A store outage (disk full) is logged once by the writer, not per batch.
          if (!(error instanceof StoreUnavailableError)) this.logger.error({ err: error }, 'LMDB commit failed; the requests are refused as retryable');
          const refusal = storeRefusal(error, this.limits.retryAfterSeconds);
          for (const p of taken) p.reject(refusal);
        } finally {
          this.pendingEvents -= events;
        }
      }
    } finally {
      this.committing = false;
      if (this.inflight === 0) this.wakeIdle();
    }
  }

  private measureRate(events: number, seconds: number): void {
    // Small batches measure the commit's fixed cost more than its throughput; the floor on the
    // queue (MIN_QUEUE_EVENTS) covers light load, so only batches worth measuring count.
    if (events < 100 || seconds <= 0) return;
    const sample = events / seconds;
    this.commitRate = this.commitRate === 0 ? sample : this.commitRate + RATE_WEIGHT * (sample - this.commitRate);
  }

  /** Saves the miner state if it changed since the last save (used at shutdown). */
  async saveMinerState(): Promise<void> {
    if (this.fingerprinter.dirty || this.healthy.length) await this.writer.commit([], this.clock.now(), this.fingerprinter.dirty ? this.fingerprinter.exportState() : undefined, this.takeHealthy());
  }

  /** Stops admitting; resolves once every admitted request has been answered. */
  async drain(): Promise<void> {
    this.closed = true;
    while (this.inflight > 0 || this.committing) {
      await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    }
    await this.saveMinerState();
  }

  private wakeIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}
