// Error events for the contract suite, shaped as the OTLP decoder produces them (a span's
// exception event), fingerprinted by the real fingerprinter as the pipeline does.
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import type { ErrorEvent } from '../../../src/core/model.js';
import type { PreparedEvent, Store } from '../../../src/core/ports.js';

export const T0 = Date.UTC(2026, 10, 22, 10, 0, 0);
const fingerprinter = createFingerprinter();
let seq = 0;

export function errorEvent(type: string, over: Partial<ErrorEvent> = {}): PreparedEvent {
  seq++;
  const event: ErrorEvent = {
    source: 'span',
    dedupeKey: `contract:${process.pid}:${seq}`,
    service: 'checkout',
    timeMs: T0,
    traceId: seq.toString(16).padStart(32, '0'),
    spanId: seq.toString(16).padStart(16, '0'),
    spanName: 'POST /checkout',
    handled: false,
    attributes: {},
    resource: { 'service.name': 'checkout' },
    exception: { type, message: `${type} in the payment step` },
    ...over,
  };
  return { event, fp: fingerprinter.fingerprint({ source: event.source, service: event.service, type: event.exception?.type, message: event.exception?.message, body: event.body }) };
}

/** Commits `batch` through the store's ingest writer and returns the signature id of each event. */
export async function commitEvents(store: Store, batch: PreparedEvent[], nowMs: number): Promise<string[]> {
  await store.ingest!.commit(batch, nowMs);
  const ids: string[] = [];
  for (const p of batch) ids.push((await store.findByFingerprint(p.fp.fingerprint))!.id);
  return ids;
}
