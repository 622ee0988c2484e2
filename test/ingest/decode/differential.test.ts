// The selective readers must agree with a full protobufjs decode followed by a plain
// selection (reference.ts): on seeded random payloads that use the whole wire format, and on
// payloads serialized by the real OpenTelemetry JS SDK. The same SDK payloads in OTLP/JSON
// must give the same events as their protobuf form.
import { describe, expect, it } from 'vitest';
import { decodeLogsJson, decodeLogsProto, decodeTracesJson, decodeTracesProto } from '../../../src/ingest/decode/index.js';
import { sdkLogsPayload, sdkTracePayload } from '../../helpers/otel-payloads.js';
import { randomLogsRequest, randomTraceRequest } from './random-payloads.js';
import { referenceLogs, referenceTraces } from './reference.js';

const OPTION_SETS = [
  { severityThreshold: 17, captureHandled: true },
  { severityThreshold: 17, captureHandled: false },
  { severityThreshold: 13, captureHandled: true },
];

describe('selective protobuf readers vs protobufjs full decode', () => {
  it('agree on 300 random trace requests under every option set', () => {
    let events = 0;
    let rejected = 0;
    let handled = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const body = randomTraceRequest(seed);
      const opts = OPTION_SETS[seed % OPTION_SETS.length];
      const expected = referenceTraces(body, opts);
      const actual = decodeTracesProto(body, opts);
      expect(actual.events, `seed ${seed}`).toEqual(expected.events);
      expect(actual.items, `seed ${seed}`).toBe(expected.items);
      expect(actual.rejected, `seed ${seed}`).toBe(expected.rejected);
      expect(actual.rejectionMessage !== undefined).toBe(expected.rejected > 0);
      events += actual.events.length;
      rejected += actual.rejected;
      handled += actual.events.filter((e) => e.handled).length;
    }
    // The generator must actually exercise the interesting cases.
    expect(events).toBeGreaterThan(200);
    expect(rejected).toBeGreaterThan(5);
    expect(handled).toBeGreaterThan(30);
  });

  it('agree on 300 random logs requests under every option set', () => {
    let events = 0;
    let rejected = 0;
    let handled = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const body = randomLogsRequest(seed);
      const opts = OPTION_SETS[seed % OPTION_SETS.length];
      const expected = referenceLogs(body, opts);
      const actual = decodeLogsProto(body, opts);
      expect(actual.events, `seed ${seed}`).toEqual(expected.events);
      expect(actual.items, `seed ${seed}`).toBe(expected.items);
      expect(actual.rejected, `seed ${seed}`).toBe(expected.rejected);
      events += actual.events.length;
      rejected += actual.rejected;
      handled += actual.events.filter((e) => e.handled).length;
    }
    expect(events).toBeGreaterThan(200);
    expect(rejected).toBeGreaterThan(5);
    expect(handled).toBeGreaterThan(20);
  });

  it('agree on real SDK trace exports, and JSON gives the same events', () => {
    for (const seed of [1, 2, 3]) {
      const p = sdkTracePayload({ spans: 300, seed, services: seed });
      const expected = referenceTraces(p.proto);
      const actual = decodeTracesProto(p.proto);
      expect(actual.events).toEqual(expected.events);
      expect(actual.events.length).toBe(p.expectedEvents);
      expect(actual.events.filter((e) => e.handled).length).toBe(p.handledEvents);
      expect(actual.items).toBe(300);
      expect(actual.rejected).toBe(0);
      expect(decodeTracesJson(p.json)).toEqual(actual);
      expect(decodeTracesJson(Buffer.from(p.json).toString('utf8'))).toEqual(actual);

      const strict = decodeTracesProto(p.proto, { captureHandled: false });
      expect(strict.events).toEqual(referenceTraces(p.proto, { severityThreshold: 17, captureHandled: false }).events);
      expect(strict.events.length).toBe(p.expectedEvents - p.handledEvents);
      expect(decodeTracesJson(p.json, { captureHandled: false })).toEqual(strict);
    }
  });

  it('agree on real SDK log exports, and JSON gives the same events and dedupe keys', () => {
    for (const seed of [1, 2, 3]) {
      const p = sdkLogsPayload({ records: 300, seed, services: seed });
      const expected = referenceLogs(p.proto);
      const actual = decodeLogsProto(p.proto);
      expect(actual.events).toEqual(expected.events);
      expect(actual.events.length).toBe(p.expectedEvents);
      expect(actual.events.filter((e) => e.handled).length).toBe(p.handledEvents);
      expect(actual.items).toBe(300);
      expect(decodeLogsJson(p.json)).toEqual(actual);

      const lowered = decodeLogsProto(p.proto, { severityThreshold: 9, captureHandled: false });
      expect(lowered.events).toEqual(referenceLogs(p.proto, { severityThreshold: 9, captureHandled: false }).events);
      expect(decodeLogsJson(p.json, { severityThreshold: 9, captureHandled: false })).toEqual(lowered);
    }
  });
});
