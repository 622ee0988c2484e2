// The TraceIngest port (core/ports.ts) on the pipeline: the events take a place like an
// export does (refused with the same IngestError when there is no room) and are committed
// in the same group commit, so a later OTLP export of the same spans is a duplicate.
import type { ErrorEvent } from '../core/model.js';
import type { TraceIngest } from '../core/ports.js';
import type { Pipeline } from './pipeline.js';
import { IngestError } from './status.js';

export function pipelineTraceIngest(pipeline: Pipeline): TraceIngest {
  return {
    async ingest(events: ErrorEvent[]): Promise<void> {
      const ticket = pipeline.admit();
      if (ticket instanceof IngestError) throw ticket;
      try {
        await ticket.commit(events);
      } finally {
        ticket.release();
      }
    },
  };
}
