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
import { BACKLOG_REQUESTS, type Pipeline, type Ticket } from './pipeline.js';
import { IngestError } from './status.js';

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

  snapshot(queueTargetSeconds: number): AdmissionAccount {
    return { queued: this.queued, queuedPastTarget: this.queuedPastTarget, commitsWaited: [...this.commitsWaited], recentWaitsMs: [...this.waits], queueTargetSeconds };
  }
}

export class Admission {
  private readonly ledger = new AdmissionLedger();

  constructor(
    private readonly pipeline: Pipeline,
    private readonly pressure: PressureGauge | undefined,
    private readonly retryAfterSeconds: number,
  ) {}

  /** Why an export would be refused now, or undefined. */
  refusal(): IngestError | undefined {
    return this.pipeline.refusal() ?? this.loopRefusal();
  }

  /** A ticket, held while the export is decoded and committed, or the refusal. */
  admit(): Ticket | IngestError {
    const refusal = this.loopRefusal();
    if (refusal) return refusal;
    const ticket = this.pipeline.admit();
    if (ticket instanceof IngestError) return ticket;
    const admittedMs = performance.now();
    return {
      commit: async (events, healthy) => {
        const pipeline = this.pipeline;
        // What this export is expected to wait: the events ahead of it at the measured rate.
        const pastTarget = pipeline.queuedEvents > pipeline.pendingEventsBound;
        const commitsBefore = pipeline.commitsDone;
        await ticket.commit(events, healthy);
        if (events.length > 0) this.ledger.record(pastTarget, pipeline.commitsDone - commitsBefore, performance.now() - admittedMs);
      },
      release: () => ticket.release(),
    };
  }

  /** Admission's own account of what the exports it let in waited (see AdmissionAccount). */
  account(): AdmissionAccount {
    return this.ledger.snapshot(this.pipeline.queueTargetSeconds);
  }

  /**
   * A busy event loop refuses only when exports are piling up in the pipeline: on a machine
   * slowed by something else, a lone export is still taken.
   */
  private loopRefusal(): IngestError | undefined {
    if (!this.pressure?.overloaded || this.pipeline.inflightRequests < BACKLOG_REQUESTS) return undefined;
    return new IngestError('OVERLOADED', 'Rounds is behind on decoding exports; retry later', this.retryAfterSeconds);
  }
}
