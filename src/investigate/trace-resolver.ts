// For POST /diagnose with a trace id Rounds has not seen (the alert fired on data that never
// reached it): fetch the trace from the configured trace backends, turn its failing spans into
// error events and put them through the normal pipeline, so they are fingerprinted, stored,
// deduplicated against a later OTLP export of the same spans, and investigated like any other.
import type { ErrorEvent, Signature, SpanView, TraceView } from '../core/model.js';
import type { Clock, SignatureQueries, TelemetryBackend } from '../core/ports.js';
import type { Pipeline } from '../ingest/pipeline.js';
import { IngestError } from '../ingest/status.js';

/** How far around "now" the backends are asked to look for the trace. */
const LOOKBACK_MS = 48 * 3_600_000;

export interface TraceResolverOptions {
  /** Backends that can return a trace by id (jaeger, tempo, signoz); `local` adds nothing here. */
  backends: TelemetryBackend[];
  pipeline: Pipeline;
  store: Pick<SignatureQueries, 'signaturesInTrace' | 'getSignature'>;
  clock: Clock;
}

/** The failing spans of a fetched trace as the decoder would have produced them. */
export function traceErrors(trace: TraceView): ErrorEvent[] {
  const events: ErrorEvent[] = [];
  for (const span of trace.spans) {
    if (!span.error) continue;
    const exceptions = span.events.map((e, index) => ({ e, index })).filter(({ e }) => e.name === 'exception');
    if (exceptions.length === 0) events.push(spanEvent(span, -1, span.startMs + span.durationMs));
    for (const { e, index } of exceptions) {
      const str = (key: string) => (typeof e.attributes[key] === 'string' ? (e.attributes[key] as string) : undefined);
      events.push({
        ...spanEvent(span, index, e.timeMs),
        exception: { type: str('exception.type'), message: str('exception.message'), stacktrace: str('exception.stacktrace') },
      });
    }
  }
  return events;
}

function spanEvent(span: SpanView, index: number, timeMs: number): ErrorEvent {
  const attr = (key: string) => (typeof span.attributes[key] === 'string' ? (span.attributes[key] as string) : undefined);
  return {
    source: 'span',
    // The same key the OTLP decoder gives this span, so a later export of it is a duplicate.
    dedupeKey: `s:${span.traceId}:${span.spanId}:${index}`,
    service: span.service,
    timeMs,
    traceId: span.traceId,
    spanId: span.spanId,
    parentSpanId: span.parentSpanId,
    spanName: span.name,
    statusMessage: span.statusMessage,
    handled: false,
    release: attr('service.version'),
    host: attr('host.name'),
    attributes: span.attributes,
    resource: { 'service.name': span.service },
  };
}

export function traceResolver(options: TraceResolverOptions): (traceId: string) => Promise<string | undefined> {
  const { backends, pipeline, store, clock } = options;
  return async (traceId) => {
    const now = clock.now();
    // Adapters read only the service, trace ids and window; the signature is a placeholder.
    const probe = { id: '', service: '' } as Signature;
    for (const backend of backends) {
      const outcome = await backend.fetchContext({ signature: probe, service: '', traceIds: [traceId], fromMs: now - LOOKBACK_MS, toMs: now });
      if (outcome.status !== 'ok') continue;
      const trace = outcome.value.traces.find((t) => t.traceId === traceId);
      const events = trace ? traceErrors(trace) : [];
      if (events.length === 0) continue;
      const ticket = pipeline.admit();
      if (ticket instanceof IngestError) throw ticket;
      try {
        await ticket.commit(events);
      } finally {
        ticket.release();
      }
      // The deepest failing span is the likeliest cause; its signature is the one to investigate.
      const deepest = events.reduce((a, b) => (depth(trace!, b.spanId) > depth(trace!, a.spanId) ? b : a));
      const ids = await store.signaturesInTrace(traceId, clock.now());
      const match = (await Promise.all(ids.map((id) => store.getSignature(id)))).find((s) => s?.service === deepest.service);
      return match?.id ?? ids[0];
    }
    return undefined;
  };
}

function depth(trace: TraceView, spanId: string | undefined): number {
  const byId = new Map(trace.spans.map((s) => [s.spanId, s]));
  let d = 0;
  for (let s = spanId ? byId.get(spanId) : undefined; s?.parentSpanId && d < 64; s = byId.get(s.parentSpanId)) d++;
  return d;
}
