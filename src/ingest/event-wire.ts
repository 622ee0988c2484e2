// Error events as they cross to a fingerprint pool's worker (ingest/fingerprint-pool.ts) and
// back. postMessage copies with V8's structured clone, which costs per object and per property:
// sending whole decoded events cost the main thread 4.1–4.9 µs per event on the all-errors
// bench's 20-frame traces and the worker 3.8–5.4 µs to rebuild them, a tenth of what preparing
// the event costs. A worker reads only what redaction and fingerprinting read
// (`FingerprintedRecord`), so only that is sent, as one flat array of plain values: each event's
// fields in a fixed order, its attributes as key/value pairs, and each resource once per request
// (the events of one export share theirs). Measured on the same batches: 2.6–2.8 µs per event to
// flatten and serialise, about 2.9 to deserialise and rebuild; in the all-errors bench's CPU
// profile the main thread's share of the hand-over fell from 4.8 to 2.7 µs per event.
//
// The way back carries only what redaction may change, and only for the events it changed
// (nearly none carry a secret); the main thread lays those fields over the event it kept.
import type { FingerprintedRecord } from '../core/fingerprint/input-of.js';
import type { Attributes, ErrorEvent } from '../core/model.js';
import type { RedactableEvent } from '../core/redact-event.js';

/** Events flattened for a worker (`toWire`); opaque to everything but `fromWire`. */
export type WireEvents = unknown[];

/** Marks a resource sent before the event that first uses it. */
const NEW_RESOURCE = -1;

/** The fields of `events` that preparation reads, flattened (see above). */
export function toWire(events: readonly ErrorEvent[]): WireEvents {
  const out: unknown[] = [];
  const resources = new Map<Attributes, number>();
  for (const e of events) {
    let resource = resources.get(e.resource);
    if (resource === undefined) {
      resource = resources.size;
      resources.set(e.resource, resource);
      out.push(NEW_RESOURCE, e.resource);
    }
    const x = e.exception;
    out.push(resource, e.source, e.service, e.spanName, e.spanKind, e.statusMessage, e.body, e.severityText, e.severityNumber, x !== undefined, x?.type, x?.message, x?.stacktrace);
    const attributes = e.attributes;
    const keys = Object.keys(attributes);
    out.push(keys.length);
    for (const k of keys) out.push(k, attributes[k]);
  }
  return out;
}

/** The records `toWire` flattened, in order; the events of one resource share its object again. */
export function fromWire(wire: WireEvents): FingerprintedRecord[] {
  const resources: Attributes[] = [];
  const out: FingerprintedRecord[] = [];
  let i = 0;
  while (i < wire.length) {
    let resource = wire[i++] as number;
    if (resource === NEW_RESOURCE) {
      resources.push(wire[i++] as Attributes);
      resource = wire[i++] as number;
    }
    const record: FingerprintedRecord = {
      source: wire[i++] as ErrorEvent['source'],
      service: wire[i++] as string,
      spanName: wire[i++] as string | undefined,
      spanKind: wire[i++] as number | undefined,
      statusMessage: wire[i++] as string | undefined,
      body: wire[i++] as string | undefined,
      severityText: wire[i++] as string | undefined,
      severityNumber: wire[i++] as number | undefined,
      attributes: {},
      resource: resources[resource],
    };
    const hasException = wire[i++] as boolean;
    const type = wire[i++] as string | undefined;
    const message = wire[i++] as string | undefined;
    const stacktrace = wire[i++] as string | undefined;
    if (hasException) record.exception = { type, message, stacktrace };
    const count = wire[i++] as number;
    const attributes: Attributes = record.attributes;
    for (let k = 0; k < count; k++, i += 2) attributes[wire[i] as string] = wire[i + 1] as Attributes[string];
    out.push(record);
  }
  return out;
}

/** What redaction changed in one event: every field it may change (core/redact-event.ts). */
export type RedactedFields = RedactableEvent;

/** The fields redaction may change, taken from a redacted record. */
export function redactedFields(record: RedactableEvent): RedactedFields {
  return { spanName: record.spanName, statusMessage: record.statusMessage, body: record.body, exception: record.exception, attributes: record.attributes, resource: record.resource };
}

/** `event` with the fields a worker's redaction changed laid over it. */
export function withRedactedFields(event: ErrorEvent, changed: RedactedFields): ErrorEvent {
  return { ...event, ...changed };
}
