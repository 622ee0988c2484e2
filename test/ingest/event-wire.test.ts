// Events as the fingerprint pool sends them to a worker (ingest/event-wire.ts): the worker must
// read exactly what the main thread's preparation reads, so a record rebuilt from the wire gives
// the same fingerprint input and the same redaction as the event it came from.
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { buildTracePayload } from '../../bench/payloads.js';
import { fingerprintInputOf } from '../../src/core/fingerprint/input-of.js';
import type { ErrorEvent } from '../../src/core/model.js';
import { eventRedactor } from '../../src/core/redact-event.js';
import { defaultRedactor } from '../../src/core/redact.js';
import { decodeTracesProto } from '../../src/ingest/decode/index.js';
import { fromWire, redactedFields, toWire, withRedactedFields } from '../../src/ingest/event-wire.js';

/** Through V8's structured clone, as postMessage copies it. */
const across = <T>(value: T): T => deserialize(serialize(value)) as T;

const base = (over: Partial<ErrorEvent>): ErrorEvent => ({
  source: 'span',
  dedupeKey: 's:1:2:0',
  service: 'checkout',
  timeMs: 1_790_000_000_000,
  traceId: '0af7651916cd43dd8448eb211c80319c',
  spanId: 'b7ad6b7169203331',
  handled: false,
  attributes: {},
  resource: { 'service.name': 'checkout' },
  ...over,
});

describe('event wire', () => {
  it('rebuilds what preparation reads of real decoded events, with one resource object per resource', () => {
    const payload = buildTracePayload({ spans: 64, errorRatio: 1, stackLines: 20, seed: 7 });
    const events = decodeTracesProto(payload.body, { severityThreshold: 17, captureHandled: true }).events;
    expect(events.length).toBeGreaterThan(10);
    const records = fromWire(across(toWire(events)));
    expect(records.map(fingerprintInputOf)).toEqual(events.map(fingerprintInputOf));
    expect(records.map((r) => Object.keys(r.attributes))).toEqual(events.map((e) => Object.keys(e.attributes)));
    // The decoder shares one resource object among a resource's events; so does the rebuild
    // (the worker's redactor redacts each resource once per request by identity).
    expect(new Set(records.map((r) => r.resource)).size).toBe(new Set(events.map((e) => e.resource)).size);
  });

  it('keeps absent, empty and nested fields as they were', () => {
    const shared = { 'service.name': 'billing', 'telemetry.sdk.language': 'java' };
    const events: ErrorEvent[] = [
      base({ exception: { type: 'java.io.IOException' }, resource: shared }),
      base({ source: 'log', body: 'disk full', severityText: 'ERROR', severityNumber: 17, resource: shared }),
      base({ statusMessage: '', spanName: 'GET /x', attributes: { 'http.route': '/x', list: ['a', 1, true], map: { inner: { deeper: null } }, '42': 'numeric key' } }),
    ];
    const records = fromWire(across(toWire(events)));
    expect(records.map(fingerprintInputOf)).toEqual(events.map(fingerprintInputOf));
    expect(records[0].exception).toEqual({ type: 'java.io.IOException', message: undefined, stacktrace: undefined });
    expect(records[1].exception).toBeUndefined();
    expect(records[2].attributes).toEqual(events[2].attributes);
    expect(records[0].resource).toBe(records[1].resource);
    expect(records[2].resource).not.toBe(records[0].resource);
    expect(fromWire(toWire([]))).toEqual([]);
  });

  it('a redaction done on the worker, laid over the kept event, is the redaction done here', () => {
    const secret = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
    const event = base({ exception: { type: 'Error', message: `token ${secret} refused`, stacktrace: 'Error: x\n    at f (/app/a.js:1:2)' }, attributes: { 'http.request.header.authorization': `Bearer ${secret}`, 'http.route': '/pay' } });
    const redact = eventRedactor(defaultRedactor);
    const [record] = fromWire(across(toWire([event])));
    const redacted = redact(record);
    expect(redacted).not.toBe(record);
    const merged = withRedactedFields(event, across(redactedFields(redacted)));
    expect(merged).toEqual(redact(event));
    expect(JSON.stringify(merged)).not.toContain(secret);
    // What the worker never saw is the kept event's own.
    expect(merged.dedupeKey).toBe(event.dedupeKey);
    expect(merged.traceId).toBe(event.traceId);
  });
});
