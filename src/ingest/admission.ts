// Whether an export may enter, asked by both transports twice: when its headers arrive (a
// refusal then costs nothing more: the body is never read, the gRPC message never decoded) and
// again once its body is in, when it takes its place in the pipeline.
//
// What admission promises an accepted export is a short wait: the pipeline admits events only
// while its queue holds less than `queueTargetSeconds` of commits at the rate it measures, so
// an admitted export is committed by the commit in progress or the next one. The ledger below
// keeps admission's own account of that promise (what each admitted export was expected to
// wait, and how many commits it did wait for), in units that do not depend on how fast the
// machine happens to be: the overload test checks the promise with it.
//
// The pipeline's bound counts commit time only. An admitted export also waits for its decode
// and its fingerprinting, which share the main thread (and the machine) with every other
// request, so under load the queue drains slower than the commit rate says. Admission
// therefore also measures what an export really waits, end to end: by Little's law the wait
// ahead of a new export is the exports in the pipeline divided by the rate at which exports
// leave it, measured over the last second. With a backlog, an export that would wait longer
// than `queueTargetSeconds` on average is refused at once, whatever part of the work is the
// slow one. The average, not the promise: exports leave in bursts (a commit answers a hundred
// at once), so the slowest wait two or three times the mean, and those must stay inside the
// promised wait (the commit in progress and their own: twice `queueTargetSeconds`).
import { BACKLOG_REQUESTS, type Pipeline, type Ticket } from './pipeline.js';
import { IngestError, overloaded } from './status.js';

/** Something that knows whether the event loop is behind (see loop-pressure.ts). */
export interface PressureGauge {
  readonly overloaded: boolean;
}

/** Admission's account of the exports it admitted that carried error events. */
export interface AdmissionAccount {
  /** Exports whose events were queued for a commit. */
  queued: number;
  /**
   * How many of them were queued behind more events than the bound admission holds the queue
   * to (`queueTargetSeconds` of commits at the measured rate, at most one transaction).
   */
  queuedPastTarget: number;
  /**
   * How many commits each waited for, from being queued to being committed: index 1 is "the
   * next commit" (nothing was running), 2 "the one running and then its own", the last index
   * counts everything from there up.
   */
  commitsWaited: number[];
  /** Milliseconds from admission to commit, the most recent exports (up to 10,000). */
  recentWaitsMs: number[];
  queueTargetSeconds: number;
  /** Exports admitted and then refused for having waited in the queue past the promise. */
  shedLate: number;
}

const WAITED_BUCKETS = 6;
const RECENT_WAITS = 10_000;

class AdmissionLedger {
  private queued = 0;
  private queuedPastTarget = 0;
  private readonly commitsWaited = new Array<number>(WAITED_BUCKETS).fill(0);
  private readonly waits: number[] = [];
  private next = 0;

  record(pastTarget: boolean, commitsWaited: number, waitMs: number): void {
    this.queued++;
    if (pastTarget) this.queuedPastTarget++;
    this.commitsWaited[Math.min(WAITED_BUCKETS - 1, Math.max(0, commitsWaited))]++;
    if (this.waits.length < RECENT_WAITS) this.waits.push(waitMs);
    else this.waits[this.next] = waitMs;
    this.next = (this.next + 1) % RECENT_WAITS;
  }

  snapshot(queueTargetSeconds: number, shedLate: number): AdmissionAccount {
    return { queued: this.queued, queuedPastTarget: this.queuedPastTarget, commitsWaited: [...this.commitsWaited], recentWaitsMs: [...this.waits], queueTargetSeconds, shedLate };
  }
}

/** Length of the window the rate of exports leaving the pipeline is measured over. */
const RATE_WINDOW_MS = 1000;
const RATE_SLOTS = 10;

/** Exports that left the pipeline, per tenth of the last second (a ring of counters). */
export class DepartureRate {
  private readonly slots = new Array<number>(RATE_SLOTS).fill(0);
  private slot = 0;
  private slotStartMs: number;
  /** When the meter started: before a full window has passed, the rate is not known yet. */
  private readonly sinceMs: number;

  constructor(private readonly now: () => number = () => performance.now()) {
    this.slotStartMs = this.sinceMs = now();
  }

  record(): void {
    this.advance();
    this.slots[this.slot]++;
  }

  /** Exports per second over the last window; undefined before a whole window was seen. */
  perSecond(): number | undefined {
    this.advance();
    // The ring spans the current tenth and the nine before it.
    if (this.now() - this.sinceMs < RATE_WINDOW_MS - RATE_WINDOW_MS / RATE_SLOTS) return undefined;
    return (this.slots.reduce((a, b) => a + b, 0) * 1000) / RATE_WINDOW_MS;
  }

  private advance(): void {
    const slotMs = RATE_WINDOW_MS / RATE_SLOTS;
    const now = this.now();
    let steps = Math.floor((now - this.slotStartMs) / slotMs);
    if (steps <= 0) return;
    this.slotStartMs += steps * slotMs;
    for (steps = Math.min(steps, RATE_SLOTS); steps > 0; steps--) {
      this.slot = (this.slot + 1) % RATE_SLOTS;
      this.slots[this.slot] = 0;
    }
  }
}

/** What admission reads of the pipeline (ingest/pipeline.ts). */
type PipelineView = Pick<Pipeline, 'refusal' | 'admit' | 'inflightRequests' | 'queuedEvents' | 'pendingEventsBound' | 'commitsDone' | 'queueTargetSeconds' | 'shedCount'>;

export class Admission {
  private readonly ledger = new AdmissionLedger();
  private readonly departures: DepartureRate;
  private refusedForWait = 0;
  /** Since when the pipeline has held exports without a pause, while it does. */
  private busySinceMs: number | undefined;

  constructor(
    private readonly pipeline: PipelineView,
    private readonly pressure: PressureGauge | undefined,
    private readonly retryAfterSeconds: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.departures = new DepartureRate(now);
  }

  /** Why an export would be refused now, or undefined. */
  refusal(): IngestError | undefined {
    return this.pipeline.refusal() ?? this.loopRefusal() ?? this.waitRefusal();
  }

  /** A ticket, held while the export is decoded and committed, or the refusal. */
  admit(): Ticket | IngestError {
    const refusal = this.loopRefusal() ?? this.waitRefusal();
    if (refusal) return refusal;
    const ticket = this.pipeline.admit();
    if (ticket instanceof IngestError) return ticket;
    const admittedMs = performance.now();
    this.busySinceMs ??= this.now();
    let left = false;
    return {
      commit: async (events, healthy) => {
        const pipeline = this.pipeline;
        // What this export is expected to wait: the events ahead of it at the measured rate.
        const pastTarget = pipeline.queuedEvents > pipeline.pendingEventsBound;
        const commitsBefore = pipeline.commitsDone;
        await ticket.commit(events, healthy);
        if (events.length > 0) this.ledger.record(pastTarget, pipeline.commitsDone - commitsBefore, performance.now() - admittedMs);
      },
      release: () => {
        if (!left) this.departures.record();
        left = true;
        ticket.release();
        if (this.pipeline.inflightRequests === 0) this.busySinceMs = undefined;
      },
    };
  }

  /**
   * The wait ahead of an export admitted now, in seconds: exports in the pipeline over the rate
   * they left it in the last second (infinite when none left). Undefined unless the pipeline
   * held exports throughout that second: after a pause the rate says nothing about capacity.
   */
  expectedWaitSeconds(): number | undefined {
    if (this.busySinceMs === undefined || this.now() - this.busySinceMs < RATE_WINDOW_MS) return undefined;
    const rate = this.departures.perSecond();
    if (rate === undefined) return undefined;
    return rate === 0 ? Infinity : this.pipeline.inflightRequests / rate;
  }

  /** Exports refused because the wait ahead of them was longer than admission promises. */
  get waitRefusals(): number {
    return this.refusedForWait;
  }

  /** Admission's own account of what the exports it let in waited (see AdmissionAccount). */
  account(): AdmissionAccount {
    return this.ledger.snapshot(this.pipeline.queueTargetSeconds, this.pipeline.shedCount ?? 0);
  }

  /**
   * A busy event loop refuses only when exports are piling up in the pipeline: on a machine
   * slowed by something else, a lone export is still taken.
   */
  private loopRefusal(): IngestError | undefined {
    if (!this.pressure?.overloaded || this.pipeline.inflightRequests < BACKLOG_REQUESTS) return undefined;
    return overloaded('Rounds is behind on decoding exports; retry later', this.retryAfterSeconds);
  }

  /**
   * With a backlog, an export that would wait longer than `queueTargetSeconds` on average is
   * refused. Without one it is taken: a few exports cannot wait long, and a slow machine still
   * serves a lone Collector.
   */
  private waitRefusal(): IngestError | undefined {
    if (this.pipeline.inflightRequests < BACKLOG_REQUESTS) return undefined;
    const wait = this.expectedWaitSeconds();
    if (wait === undefined || wait <= this.pipeline.queueTargetSeconds) return undefined;
    this.refusedForWait++;
    return overloaded(`Rounds is answering exports ${wait === Infinity ? 'slowly' : `in about ${wait.toFixed(1)} s`}; retry later`, this.retryAfterSeconds);
  }
}
