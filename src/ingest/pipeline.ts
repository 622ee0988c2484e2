// The pipeline between decoding and the acknowledgement: admission control, fingerprinting
// and group commit. A request is admitted (or refused at once when the pipeline is full),
// its error events are fingerprinted, queued, and committed together with whatever other
// requests queued meanwhile in one LMDB transaction; its promise resolves only after that
// commit is durable, so "acked" always means "stored". One commit runs at a time: a second one
// overlapping the first one's flush was built and measured worse under overload on a 2-core
// machine (it starts with whatever is ready, so batches get small and each carries a
// transaction's and a flush's fixed cost; accepted p99 and exports accepted both worse in 3
// of 4 alternating pairs of bench/overload.ts runs). Measured again on the firehose
// (bench/firehose.ts, 1 % errors), with the second commit asked for once the first has taken
// its batch: half the commits overlapped, but their rate and length did not move (gRPC 84/s of
// 8.4 ms), and neither did the throughput against the floor. A firehose commit's 7–9 ms are
// mostly waits: lmdb-js hands the transaction's callback and the commit's end back through this
// thread's event loop, and under the firehose every hand-over between threads waits 1–3 ms for
// a free core, the sync too (0.1 ms on an idle machine, about 3 ms under that load; timed on a
// writer thread of its own, docs/architecture.md "Commit latency"). Committing synchronously on
// this thread instead gathers nothing (2.4 events per commit) and blocks the loop 2 ms each time
// (0.2–0.26 of the floor).
//
// Preparing the events (redaction and the stateless part of fingerprinting) happens on the
// fingerprint pool's worker threads when there is one (ingest/fingerprint-pool.ts), while the
// main thread decodes and commits; each request keeps its place in the queue from admission
// on, the template miner sees the requests in that order, and a commit takes only the
// prepared head of the queue, so the order and the ack-after-commit guarantee are the same
// with workers as without.
import { createHash } from 'node:crypto';
import type { Analysis, FingerprintResult, Fingerprinter } from '../core/fingerprint/index.js';
import { fingerprintInputOf } from '../core/fingerprint/input-of.js';
import type { HealthyTally } from '../core/attribute-stats.js';
import type { ErrorEvent } from '../core/model.js';
import { eventRedactor } from '../core/redact-event.js';
import { defaultRedactor } from '../core/redact.js';
import type { Clock } from '../core/ports.js';
import type { IngestMetrics } from '../observability/ingest-metrics.js';
import type { BatchResult, CommitInput, IngestCommit, PreparedEvent } from '../core/ports.js';
import { StoreUnavailableError } from '../core/store-errors.js';
import { preparationOf, type EventPreparation, type FailedAnalysis, type PreparedBatch } from './event-preparation.js';
import { LoopUtilization } from './loop-utilization.js';
import { PreparationPlacement } from './preparation-placement.js';
import { IngestError, overloaded, storeRefusal } from './status.js';

export interface PipelineLimits {
  /** Requests admitted but not yet acknowledged. */
  maxInflightRequests: number;
  /** Error events queued for a commit, at most (the queue is usually held far below this). */
  maxPendingEvents: number;
  /**
   * How long an admitted request may wait for its commit: events are admitted while the queue
   * holds less than this many seconds of work at the measured commit rate. Default 0.5 s.
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

/** Prepares events off the main thread (ingest/fingerprint-pool.ts). */
export interface PreparationPool {
  prepare(events: ErrorEvent[]): Promise<PreparedBatch>;
  /** Requests with the workers. */
  readonly backlog: number;
  /** Workers running, or to start on first use. */
  readonly size: number;
  /** Whether the workers have been started (they start when first given work). */
  readonly started: boolean;
}

/**
 * Requests per worker waiting at the pool beyond which the main thread prepares a request itself:
 * when the workers are the bottleneck (all-errors traffic on few cores) the main thread takes a
 * share instead of idling while it waits for them.
 */
const POOL_BACKLOG_PER_WORKER = 8;

interface Pending {
  /** Events in the request (counted from admission, before they are prepared). */
  count: number;
  /** When it was queued (performance.now()). */
  queuedMs: number;
  /** Back from the pool, waiting for the main thread's part (the miner) in queue order. */
  batch?: PreparedBatch;
  /** Ready to commit. */
  prepared?: PreparedEvent[];
  /** The request's healthy-span tallies: committed with its events, or dropped if it is refused. */
  healthy?: HealthyTally[];
  resolve: () => void;
  reject: (error: Error) => void;
}

/** The queue may hold this many events before the commit rate has been measured. */
const COLD_QUEUE_EVENTS = 1000;
/** …and at least this many once it has, however slow the store measured. */
const MIN_QUEUE_EVENTS = 100;
/**
 * Default for `queueTargetSeconds`. A request admitted behind a full queue waits for the commit
 * in progress and then its own, each holding at most this long's worth of events: about twice
 * this in all, inside the 2 s that leaves a Collector (5 s timeout) room for a retry elsewhere.
 */
const QUEUE_TARGET_SECONDS = 0.5;
/**
 * Requests in the pipeline from which the soft signals (slow commit, busy event loop) refuse:
 * more than a Collector's worth of concurrent exports (10 consumers per exporter by default,
 * a few pipelines), so a burst from one Collector is taken even on a machine slowed by
 * something else, and only a real pile-up is refused on these signals.
 */
export const BACKLOG_REQUESTS = 32;
/** Weight of the newest commit in the commit-rate average. */
const RATE_WEIGHT = 0.2;

export class Pipeline {
  private inflight = 0;
  /** Commits finished (or failed) since start: admission counts how many an export waited for. */
  private commitsFinished = 0;
  /** Events committed per second of commit time, a moving average; 0 until measured. */
  private commitRate = 0;
  private pendingEvents = 0;
  private queue: Pending[] = [];
  /** When the commit in progress was started (performance.now()); undefined while none runs. */
  private commitStartedMs: number | undefined;
  private shedRequests = 0;
  private closed = false;
  private lastMinerSaveMs = 0;
  private idleWaiters: (() => void)[] = [];
  /**
   * Healthy-span tallies of requests without errors, waiting for the next commit. They are
   * statistics, not errors: a request of healthy spans alone is answered at once instead of
   * waiting for a commit, and a crash loses at most these counts, never an error event. A
   * request with errors keeps its tallies in its queue entry instead (Pending.healthy).
   */
  private healthy: HealthyTally[] = [];
  /** Redaction and analysis on this thread: without a pool, for small requests while that is cheap, and when the pool is backed up. */
  private readonly preparation: EventPreparation;
  private readonly loop = new LoopUtilization();
  private readonly placement = new PreparationPlacement(() => this.loop.current());

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
    /** Worker threads that redact and analyse (FINGERPRINT_WORKERS); without, this thread does. */
    private readonly pool?: PreparationPool,
  ) {
    this.preparation = preparationOf(redact, fingerprinter);
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
    if (this.commitRate === 0) return Math.min(this.limits.maxPendingEvents, COLD_QUEUE_EVENTS);
    const byRate = Math.round(this.commitRate * this.queueTargetSeconds);
    // Never more than one transaction's worth: an admitted export then waits for the commit in
    // progress and its own, never for a third.
    return Math.min(this.limits.maxPendingEvents, this.limits.maxBatchEvents, Math.max(MIN_QUEUE_EVENTS, byRate));
  }

  get queueTargetSeconds(): number {
    return this.limits.queueTargetSeconds ?? QUEUE_TARGET_SECONDS;
  }

  /** Error events fingerprinted and waiting for (or in) a commit. */
  get queuedEvents(): number {
    return this.pendingEvents;
  }

  get commitsDone(): number {
    return this.commitsFinished;
  }

  /** Why a request would be refused now, or undefined when it would be admitted. */
  refusal(): IngestError | undefined {
    if (this.closed) return new IngestError('SHUTTING_DOWN', 'Rounds is shutting down; retry against another instance or after restart', this.limits.retryAfterSeconds);
    if (this.inflight >= this.limits.maxInflightRequests || this.pendingEvents >= this.pendingEventsBound) {
      return overloaded(`Rounds is saturated (${this.inflight} requests, ${this.pendingEvents} events waiting); retry later`, this.limits.retryAfterSeconds);
    }
    // A commit already running past what an admitted export may wait in all (a slow disk, a
    // stalled fsync) means anything admitted now waits longer: refuse until the store answers
    // again. Only with a backlog: a few requests cannot queue deep, and a lone export on a slow
    // machine is taken.
    if (this.commitStartedMs !== undefined && this.inflight >= BACKLOG_REQUESTS && performance.now() - this.commitStartedMs > this.queueTargetSeconds * 2000) {
      return overloaded('Rounds is waiting for a slow commit; retry later', this.limits.retryAfterSeconds);
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
        // A request with errors can still be refused (a full queue, a late or failed commit),
        // and its sender then sends it again: its tallies count once, with its events, or not at
        // all. Held apart they were counted on the refused attempt and on the retry, so under
        // overload the baseline over-counted the resources whose exports were refused, and any
        // other host could then stand out among the errors (test/ingest/pipeline-healthy-tallies.test.ts).
        if (events.length > 0) return this.enqueue(events, healthy?.length ? healthy : undefined);
        if (healthy?.length) this.holdHealthy(healthy);
        return Promise.resolve();
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
    this.pump();
  }

  private takeHealthy(): HealthyTally[] {
    const taken = this.healthy;
    this.healthy = [];
    return taken;
  }

  private enqueue(events: ErrorEvent[], healthy: HealthyTally[] | undefined): Promise<void> {
    if (this.pendingEvents + events.length > this.pendingEventsBound && this.pendingEvents > 0) {
      return Promise.reject(overloaded(`Rounds is saturated (${this.pendingEvents} events waiting); retry later`, this.limits.retryAfterSeconds));
    }
    this.pendingEvents += events.length;
    return new Promise<void>((resolve, reject) => {
      const pending: Pending = { count: events.length, queuedMs: performance.now(), healthy, resolve, reject };
      this.queue.push(pending);
      if (this.pool && this.pool.backlog < this.pool.size * POOL_BACKLOG_PER_WORKER && !this.placement.onMainThread(events.length, this.pool.started)) {
        this.pool.prepare(events).then(
          (batch) => {
            pending.batch = batch;
            this.finishPrepared();
          },
          (error: unknown) => this.failPending(pending, error),
        );
        return;
      }
      // Secrets go before the fingerprinter rewrites the text (and before anything is stored).
      const started = performance.now();
      pending.batch = this.preparation.prepare(events);
      this.placement.measured(events.length, performance.now() - started);
      this.finishPrepared();
    });
  }

  /**
   * Finishes, in queue order, every request back from preparation up to the first that is not:
   * the template miner learns from messages in the order the requests were admitted. Then
   * starts a commit if one may start (pump).
   */
  private finishPrepared(): void {
    for (const p of this.queue) {
      if (p.prepared) continue;
      if (!p.batch) break;
      const { events, analyses } = p.batch;
      p.prepared = events.map((event, i) => ({ event, fp: this.fingerprint(event, analyses[i]) }));
      p.batch = undefined;
    }
    this.pump();
  }

  /** A request whose preparation failed outright (a bug): answered as retryable, never stored half. */
  private failPending(pending: Pending, error: unknown): void {
    const at = this.queue.indexOf(pending);
    if (at >= 0) this.queue.splice(at, 1);
    this.pendingEvents -= pending.count;
    this.logger.error({ err: error }, 'preparing events failed; the request is refused as retryable');
    pending.reject(new IngestError('STORE_FAILED', 'Rounds could not prepare the events for storing; retry later', this.limits.retryAfterSeconds));
    this.finishPrepared();
  }

  private fingerprint(event: ErrorEvent, analysis: Analysis | FailedAnalysis): FingerprintResult {
    try {
      if (analysis.kind === 'failed') throw new Error(analysis.error);
      return this.fingerprinter.complete(fingerprintInputOf(event), analysis);
    } catch (error) {
      // A fingerprinting bug must not lose the error: group it coarsely and say so.
      this.logger.error({ err: error, service: event.service }, 'fingerprinting failed; using the fallback fingerprint');
      const type = event.exception?.type ?? event.severityText ?? 'error';
      const message = (event.exception?.message ?? event.body ?? event.statusMessage ?? '').slice(0, 200);
      const fingerprint = createHash('sha256').update(['fallback', event.service, type, message].join('\u0000')).digest('hex').slice(0, 32);
      return { fingerprint, algorithm: 'fallback', type, message, frames: [], aliases: [], explain: ['fingerprinting failed'] };
    }
  }

  /** Starts a commit of the queue's prepared head (and of the healthy tallies) unless one runs. */
  private pump(): void {
    if (this.commitStartedMs !== undefined) return;
    this.shedLate();
    // Only the prepared head of the queue: a request still with the pool holds back those
    // admitted after it (finishPrepared pumps again when it is back).
    if (this.queue[0]?.prepared || this.healthy.length > 0) this.startCommit();
  }

  /**
   * With a backlog, refuses (retryably, with the hint) the requests at the head of the queue
   * that waited longer than admission promises an export (the commit in progress and its own,
   * twice `queueTargetSeconds`) instead of committing them now. Admission looks ahead from the
   * rates it measured; a stall it could not foresee (the machine's CPU taken by something else,
   * a slow flush) holds the whole queue, and committing what is already late would answer it
   * near or past a Collector's timeout and make everything behind it late too. Nothing of a
   * refused request is stored, its healthy-span tallies included (its sender sends it again). Without a
   * backlog nothing is shed: a lone export on a slow machine is still taken.
   */
  private shedLate(): void {
    if (this.inflight < BACKLOG_REQUESTS) return;
    const now = performance.now();
    const limitMs = this.queueTargetSeconds * 2000;
    while (this.queue[0]?.prepared && now - this.queue[0].queuedMs > limitMs) {
      const late = this.queue.shift() as Pending;
      this.pendingEvents -= late.count;
      this.shedRequests++;
      late.reject(overloaded(`Rounds could not commit this export within ${limitMs / 1000} s; retry later`, this.limits.retryAfterSeconds));
    }
  }

  /** Requests refused after waiting in the queue past the promise (see shedLate). */
  get shedCount(): number {
    return this.shedRequests;
  }

  private startCommit(): void {
    let taken: Pending[] | undefined;
    let events = 0;
    // Called by the store once its write transaction is ready (IngestCommit.commitTaken): the
    // requests prepared while it got there are in this commit too.
    const take = (): CommitInput => {
      taken = [];
      while (this.queue[0]?.prepared && (taken.length === 0 || events + this.queue[0].count <= this.limits.maxBatchEvents)) {
        const next = this.queue.shift() as Pending;
        taken.push(next);
        events += next.count;
      }
      const batch = taken.length === 1 ? taken[0].prepared! : taken.flatMap((p) => p.prepared!);
      const now = this.clock.now();
      let minerState: unknown;
      if (this.fingerprinter.dirty && now - this.lastMinerSaveMs >= this.limits.minerSaveIntervalMs) {
        minerState = this.fingerprinter.exportState();
        this.lastMinerSaveMs = now;
      }
      const healthy = this.takeHealthy();
      for (const p of taken) if (p.healthy) for (const t of p.healthy) healthy.push(t);
      return { batch, nowMs: now, minerState, healthy };
    };
    const started = performance.now();
    this.commitStartedMs = started;
    // A store that refused at once (an outage) did not take: what it would have taken is refused.
    const answerTaken = (done: { result: BatchResult } | { error: unknown }) => {
      if (!taken) take();
      this.answer(taken!, events, started, done);
    };
    this.writer
      .commitTaken(take, this.clock.now())
      .then(
        (result) => answerTaken({ result }),
        (error: unknown) => answerTaken({ error }),
      )
      .catch((error: unknown) => this.logger.error({ err: error }, 'answering a commit failed'));
  }

  private answer(taken: Pending[], events: number, started: number, done: { result: BatchResult } | { error: unknown }): void {
    const finished = performance.now();
    try {
      if ('result' in done) {
        this.metrics.commitSeconds.observe((finished - started) / 1000);
        // The rate is measured from the commit's start to the pipeline resuming after it, not
        // the commit alone: when the event loop is busy, resuming takes time too, and the queue
        // drains only as fast as that cycle (the next commit starts as this one is answered).
        this.measureRate(events, (finished - started) / 1000);
        this.metrics.duplicates.inc({}, done.result.duplicates);
        for (const p of taken) p.resolve();
        this.onCommitted(done.result);
      } else {
        // A store outage (disk full) is logged once by the writer, not per batch.
        if (!(done.error instanceof StoreUnavailableError)) this.logger.error({ err: done.error }, 'LMDB commit failed; the requests are refused as retryable');
        const refusal = storeRefusal(done.error, this.limits.retryAfterSeconds);
        for (const p of taken) p.reject(refusal);
      }
    } finally {
      this.pendingEvents -= events;
      this.commitsFinished++;
      this.commitStartedMs = undefined;
      this.pump();
      if (this.inflight === 0 && this.commitStartedMs === undefined) this.wakeIdle();
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
    while (this.inflight > 0 || this.commitStartedMs !== undefined) {
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
