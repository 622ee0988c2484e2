// For tests of receivers that read request bodies into pooled buffers (src/ingest/body-pool.ts):
// exports that each say which they are, a receiver's parts that record what the decoder got, and
// the check that every export was decoded from its own bytes. A buffer given back before its
// body was decoded is overwritten by the next request, and shows up as another export's events.
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { ErrorEvent } from '../../src/core/model.js';
import type { SignalDecoders } from '../../src/ingest/export-handler.js';
import type { Ticket } from '../../src/ingest/pipeline.js';
import { signalDecoders } from '../../src/ingest/signals.js';
import { traceRequest } from './otlp-requests.js';

/** Exports per run, sent eight at a time so that buffers come back and are taken again. */
export const POOLED_EXPORTS = 48;
const AT_A_TIME = 8;
const ERRORS_PER_EXPORT = 100;

/**
 * Export `n`: service `svc-n`, whose messages start `n:i:` and go on with random, incompressible
 * text, so that its gzip body is over the pool's minimum too.
 */
export const distinctExport = (n: number): Buffer =>
  traceRequest(`svc-${n}`, Array.from({ length: ERRORS_PER_EXPORT }, (_, i) => ({ type: 'PoolError', message: `${n}:${i}:${randomBytes(800).toString('base64')}` })));

/** Admits everything; commits at once. */
export const admitAll = {
  refusal: () => undefined,
  admit: (): Ticket => ({ commit: () => Promise.resolve(), release: () => {} }),
};

/** The real decoders, with what the trace decoder returned, export by export. */
export function recordingDecoders(): { decoders: SignalDecoders; seen: ErrorEvent[][] } {
  const seen: ErrorEvent[][] = [];
  const decoders = signalDecoders({ severityThreshold: 17, captureHandled: true });
  const traces = decoders.traces;
  decoders.traces = (body, encoding) => {
    const decoded = traces(body, encoding);
    seen.push((decoded as { events: ErrorEvent[] }).events);
    return decoded;
  };
  return { decoders, seen };
}

/** Sends exports 0…POOLED_EXPORTS-1 with `send`, AT_A_TIME at once; resolves with what each send resolved to. */
export async function sendAll<T>(send: (n: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let from = 0; from < POOLED_EXPORTS; from += AT_A_TIME) results.push(...(await Promise.all(Array.from({ length: AT_A_TIME }, (_, k) => send(from + k)))));
  return results;
}

/** Every export was decoded once, whole, from its own bytes. */
export function expectEachFromItsOwnBytes(seen: ErrorEvent[][]): void {
  expect(seen).toHaveLength(POOLED_EXPORTS);
  const services = new Set<string>();
  for (const events of seen) {
    expect(events).toHaveLength(ERRORS_PER_EXPORT);
    const n = Number(events[0].service.slice(4));
    services.add(events[0].service);
    expect(events.map((e) => e.exception?.message?.split(':').slice(0, 2).join(':'))).toEqual(events.map((_, i) => `${n}:${i}`));
  }
  expect(services.size).toBe(POOLED_EXPORTS);
}
