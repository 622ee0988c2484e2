// OTLP/JSON per the spec (hex ids, int64 as string or number, enum integers) and as lenient as
// the Collector's pdata decoder (snake_case keys, enum names); unknown fields ignored.
import { describe, expect, it } from 'vitest';
import { decodeLogsJson, decodeLogsProto, decodeTracesJson, decodeTracesProto } from '../../../src/ingest/decode/index.js';
import { TYPES, otlpType } from '../../../src/ingest/proto/schema.js';

const TRACE = '5B8EFFF798038103D269B633813FC60C';
const SPAN = 'EEE19B7EC3C1B174';

const spec = {
  resourceSpans: [
    {
      resource: { attributes: [{ key: 'service.name', value: { stringValue: 'checkout' } }, { key: 'service.version', value: { stringValue: '1.2.3' } }] },
      scopeSpans: [
        {
          scope: { name: 'lib', version: '0.1' },
          spans: [
            {
              traceId: TRACE,
              spanId: SPAN,
              name: 'GET /cart',
              kind: 2,
              startTimeUnixNano: '1544712660000000000',
              endTimeUnixNano: '1544712661000000000',
              attributes: [
                { key: 'big', value: { intValue: '9007199254740993' } },
                { key: 'small', value: { intValue: 42 } },
                { key: 'neg', value: { intValue: '-7' } },
                { key: 'd', value: { doubleValue: 'NaN' } },
                { key: 'b', value: { bytesValue: 'AQID' } },
                { key: 'list', value: { arrayValue: { values: [{ boolValue: true }, {}] } } },
                { key: 'map', value: { kvlistValue: { values: [{ key: 'x', value: { doubleValue: 1.5 } }] } } },
              ],
              events: [
                { name: 'log', timeUnixNano: '1544712660100000000' },
                {
                  name: 'exception',
                  timeUnixNano: 1544712660500000000,
                  attributes: [{ key: 'exception.type', value: { stringValue: 'TypeError' } }, { key: 'exception.message', value: { stringValue: 'x is undefined' } }],
                },
              ],
              status: { code: 2, message: 'boom' },
              futureField: { anything: [1, 2, 3] },
            },
            { traceId: TRACE, spanId: 'EEE19B7EC3C1B175', name: 'healthy', status: { code: 1 } },
          ],
        },
      ],
    },
  ],
};

/** The same document with snake_case keys and enum names, as the Collector also accepts. */
const lenient = {
  resource_spans: [
    {
      resource: { attributes: [{ key: 'service.name', value: { string_value: 'checkout' } }, { key: 'service.version', value: { string_value: '1.2.3' } }] },
      scope_spans: [
        {
          scope: { name: 'lib', version: '0.1' },
          spans: [
            {
              trace_id: TRACE.toLowerCase(),
              span_id: SPAN,
              name: 'GET /cart',
              kind: 'SPAN_KIND_SERVER',
              start_time_unix_nano: 1544712660000000000,
              end_time_unix_nano: '1544712661000000000',
              parent_span_id: null,
              attributes: [
                { key: 'big', value: { int_value: '9007199254740993' } },
                { key: 'small', value: { int_value: '42' } },
                { key: 'neg', value: { int_value: -7 } },
                { key: 'd', value: { double_value: 'NaN' } },
                { key: 'b', value: { bytes_value: 'AQID' } },
                { key: 'list', value: { array_value: { values: [{ bool_value: true }, {}] } } },
                { key: 'map', value: { kvlist_value: { values: [{ key: 'x', value: { double_value: '1.5' } }] } } },
              ],
              events: [
                { name: 'log', time_unix_nano: '1544712660100000000' },
                {
                  name: 'exception',
                  time_unix_nano: '1544712660500000000',
                  attributes: [{ key: 'exception.type', value: { string_value: 'TypeError' } }, { key: 'exception.message', value: { string_value: 'x is undefined' } }],
                },
              ],
              status: { code: 'STATUS_CODE_ERROR', message: 'boom' },
            },
            { trace_id: TRACE, span_id: 'EEE19B7EC3C1B175', name: 'healthy', status: { code: 'STATUS_CODE_OK' } },
          ],
        },
      ],
    },
  ],
};

describe('OTLP/JSON traces', () => {
  it('reads the spec encoding: hex ids lowercased, int64 strings and numbers, enum ints', () => {
    const res = decodeTracesJson(JSON.stringify(spec));
    expect(res.items).toBe(2);
    expect(res.events).toHaveLength(1);
    const e = res.events[0];
    expect(e).toMatchObject({
      source: 'span',
      dedupeKey: `s:${TRACE.toLowerCase()}:${SPAN.toLowerCase()}:1`,
      service: 'checkout',
      release: '1.2.3',
      traceId: TRACE.toLowerCase(),
      spanId: SPAN.toLowerCase(),
      spanName: 'GET /cart',
      spanKind: 2,
      statusMessage: 'boom',
      timeMs: 1544712660500,
      handled: false,
      exception: { type: 'TypeError', message: 'x is undefined' },
      scope: { name: 'lib', version: '0.1' },
    });
    expect(e.attributes).toEqual({ big: '9007199254740993', small: 42, neg: -7, d: NaN, b: 'AQID', list: [true, null], map: { x: 1.5 } });
  });

  it('accepts snake_case keys, enum names, numbers for int64 and null fields like the Collector', () => {
    expect(decodeTracesJson(JSON.stringify(lenient))).toEqual(decodeTracesJson(JSON.stringify(spec)));
  });

  it('gives the same events as the protobuf encoding of the same request', () => {
    const type = otlpType(TYPES.traceRequest);
    const hexToB64 = (h: string) => Buffer.from(h, 'hex').toString('base64');
    const s = spec.resourceSpans[0].scopeSpans[0].spans[0];
    const asProto = structuredClone(spec) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    for (const sp of asProto.resourceSpans[0].scopeSpans[0].spans) {
      sp.traceId = hexToB64(sp.traceId);
      sp.spanId = hexToB64(sp.spanId);
    }
    asProto.resourceSpans[0].scopeSpans[0].spans[0].attributes[3].value.doubleValue = NaN;
    const body = type.encode(type.fromObject(asProto)).finish();
    expect(decodeTracesProto(body)).toEqual(decodeTracesJson(JSON.stringify(spec)));
    expect(s.name).toBe('GET /cart');
  });

  it('rejects error spans with invalid ids and accepts the rest (partial success)', () => {
    const doc = structuredClone(spec);
    const spans = doc.resourceSpans[0].scopeSpans[0].spans;
    spans.push({ ...spans[0], traceId: 'abcd' }, { ...spans[0], spanId: 'zz11223344556677' });
    const res = decodeTracesJson(JSON.stringify(doc));
    expect(res.items).toBe(4);
    expect(res.events).toHaveLength(1);
    expect(res.rejected).toBe(2);
    expect(res.rejectionMessage).toBe('rejected 2 spans with invalid ids (first: span "GET /cart": trace_id is 2 bytes, want 16)');
  });
});

describe('OTLP/JSON logs', () => {
  const record = {
    timeUnixNano: '1700000000123456789',
    observedTimeUnixNano: '1700000000200000000',
    severityNumber: 13,
    severityText: 'WARN',
    body: { stringValue: 'payment declined' },
    attributes: [{ key: 'exception.type', value: { stringValue: 'CardError' } }],
    traceId: TRACE,
    spanId: SPAN,
    flags: 1,
  };
  const doc = {
    resourceLogs: [
      {
        resource: { attributes: [{ key: 'k8s.pod.name', value: { stringValue: 'pay-1' } }, { key: 'deployment.environment', value: { stringValue: 'stage' } }] },
        scopeLogs: [{ scope: { name: 'pay' }, logRecords: [record, { ...record, severityNumber: 9, attributes: [] }, { ...record, severityNumber: 'SEVERITY_NUMBER_FATAL', attributes: [] }] }],
      },
    ],
  };

  it('selects error severities and exception-carrying records, handled below the threshold', () => {
    const res = decodeLogsJson(JSON.stringify(doc));
    expect(res.items).toBe(3);
    expect(res.events.map((e) => [e.severityNumber, e.handled])).toEqual([
      [13, true],
      [21, false],
    ]);
    expect(res.events[0]).toMatchObject({
      source: 'log',
      service: 'unknown_service',
      host: 'pay-1',
      environment: 'stage',
      timeMs: 1700000000123,
      body: 'payment declined',
      severityText: 'WARN',
      exception: { type: 'CardError' },
      traceId: TRACE.toLowerCase(),
      scope: { name: 'pay' },
    });
    expect(res.events[0].dedupeKey).toMatch(/^l:[0-9a-f]{32}$/);
  });

  it('hashes the same record to the same key whatever the encoding, and different records differently', () => {
    const a = decodeLogsJson(JSON.stringify(doc)).events;
    const snake = JSON.stringify(doc)
      .replaceAll('observedTimeUnixNano', 'observed_time_unix_nano')
      .replaceAll('timeUnixNano', 'time_unix_nano')
      .replaceAll('severityNumber', 'severity_number')
      .replaceAll('traceId', 'trace_id');
    expect(snake).toContain('observed_time_unix_nano');
    expect(decodeLogsJson(snake).events.map((e) => e.dedupeKey)).toEqual(a.map((e) => e.dedupeKey));
    const changed = structuredClone(doc);
    changed.resourceLogs[0].scopeLogs[0].logRecords[0].body = { stringValue: 'payment declined!' };
    expect(decodeLogsJson(JSON.stringify(changed)).events[0].dedupeKey).not.toBe(a[0].dedupeKey);

    const type = otlpType(TYPES.logsRequest);
    const asProto = structuredClone(doc) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    for (const r of asProto.resourceLogs[0].scopeLogs[0].logRecords) {
      r.traceId = Buffer.from(TRACE, 'hex');
      r.spanId = Buffer.from(SPAN, 'hex');
      if (typeof r.severityNumber === 'string') r.severityNumber = 21;
    }
    const body = type.encode(type.fromObject(asProto)).finish();
    expect(decodeLogsProto(body)).toEqual(decodeLogsJson(JSON.stringify(doc)));
  });

  it('honours the threshold and captureHandled options', () => {
    expect(decodeLogsJson(JSON.stringify(doc), { captureHandled: false }).events.map((e) => e.severityNumber)).toEqual([21]);
    expect(decodeLogsJson(JSON.stringify(doc), { severityThreshold: 9 }).events.map((e) => e.handled)).toEqual([false, false, false]);
  });

  it('falls back to the observed time when the record has no time', () => {
    const noTime = { resourceLogs: [{ scopeLogs: [{ logRecords: [{ ...record, timeUnixNano: undefined, severityNumber: 17 }] }] }] };
    expect(decodeLogsJson(JSON.stringify(noTime)).events[0].timeMs).toBe(1700000000200);
  });
});
