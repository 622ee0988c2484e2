// One stored error sample as a failing span of its trace (ports.ts TraceErrorSample): the local
// telemetry backend builds the traces it assembles from the store with it, and the evidence
// builder fills those traces with the samples co-occurring signatures kept (evidence.ts), so a
// span reads the same whichever found it.
import type { Occurrence } from './model.js';
import type { TraceErrorSample } from './ports.js';

/** `o`, a sample of `signatureId` in the trace `traceId`, as that trace's failing span. */
export function traceErrorSample(o: Occurrence, signatureId: string, traceId: string): TraceErrorSample {
  const message = o.statusMessage ?? o.exception?.message;
  return {
    traceId,
    ...(o.spanId ? { spanId: o.spanId } : {}),
    ...(o.parentSpanId ? { parentSpanId: o.parentSpanId } : {}),
    signatureId,
    service: o.service,
    name: o.spanName ?? o.exception?.type ?? o.severityText ?? 'error',
    timeMs: o.timeMs,
    ...(o.release ? { release: o.release } : {}),
    ...(message ? { statusMessage: message } : {}),
  };
}
