// OTLP's SpanKind numbers (opentelemetry-proto trace.proto), as events and samples keep them.
// A CLIENT span is a call another component answers and a PRODUCER span a message handed to one:
// only they name a peer; a SERVER span's `server.address` is its own name.

/** A span whose kind its instrumentation did not set: INTERNAL by trace.proto's default. */
export const SPAN_KIND_UNSPECIFIED = 0;
export const SPAN_KIND_INTERNAL = 1;
export const SPAN_KIND_SERVER = 2;
export const SPAN_KIND_CLIENT = 3;
export const SPAN_KIND_PRODUCER = 4;
export const SPAN_KIND_CONSUMER = 5;

/** Whether a span of this kind reaches out to another component (a call, a message sent). */
export function reachesOut(kind: number | undefined): boolean {
  return kind === SPAN_KIND_CLIENT || kind === SPAN_KIND_PRODUCER;
}

/** Whether a span of this kind handles what another component sent (a request served, a message consumed). */
export function handlesIncoming(kind: number | undefined): boolean {
  return kind === SPAN_KIND_SERVER || kind === SPAN_KIND_CONSUMER;
}
