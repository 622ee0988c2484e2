// Whether an export may enter, asked by both transports twice: when its headers arrive (a
// refusal then costs nothing more: the body is never read, the gRPC message never decoded) and
// again once its body is in, when it takes its place in the pipeline.
import { BACKLOG_REQUESTS, type Pipeline, type Ticket } from './pipeline.js';
import { IngestError } from './status.js';

/** Something that knows whether the event loop is behind (see loop-pressure.ts). */
export interface PressureGauge {
  readonly overloaded: boolean;
}

export class Admission {
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
    return this.loopRefusal() ?? this.pipeline.admit();
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
