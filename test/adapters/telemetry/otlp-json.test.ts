import { describe, expect, it } from 'vitest';
import { spanIdHex, traceIdHex } from '../../../src/adapters/telemetry/ids.js';
import { nanosToMs, otlpTraces, resourceSpansOf } from '../../../src/adapters/telemetry/otlp-json.js';

describe('OTLP JSON normalisation', () => {
  it('accepts batches, resourceSpans, trace.resourceSpans and result.resourceSpans', () => {
    const list = [{ resource: {}, scopeSpans: [] }];
    for (const body of [{ batches: list }, { resourceSpans: list }, { trace: { resourceSpans: list } }, { result: { resourceSpans: list } }]) {
      expect(resourceSpansOf(body)).toBe(list);
    }
    expect(resourceSpansOf({ data: [] })).toBeUndefined();
    expect(resourceSpansOf('nope')).toBeUndefined();
  });

  it('reads old instrumentationLibrarySpans, int status codes, hex ids and every AnyValue kind', () => {
    const [trace] = otlpTraces(
      [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'cart' } }, { key: 'host.name', value: { stringValue: 'h1' } }] },
          instrumentationLibrarySpans: [
            {
              spans: [
                {
                  traceId: 'AAAAAAAAAAAAAAAAAAAAAQ==',
                  spanId: '00000000000000aa',
                  parentSpanId: 'AAAAAAAAAAE=',
                  name: 'GET /cart',
                  startTimeUnixNano: 1718000000123456789,
                  endTimeUnixNano: '1718000000623456789',
                  status: { code: 2 },
                  attributes: [
                    { key: 'i', value: { intValue: 7 } },
                    { key: 'big', value: { intValue: '9007199254740993' } },
                    { key: 'd', value: { doubleValue: 0.5 } },
                    { key: 'b', value: { boolValue: false } },
                    { key: 'a', value: { arrayValue: { values: [{ stringValue: 'x' }, { intValue: '1' }] } } },
                    { key: 'kv', value: { kvlistValue: { values: [{ key: 'k', value: { stringValue: 'v' } }] } } },
                    { key: 'host.name', value: { stringValue: 'span-wins' } },
                  ],
                  events: [{ timeUnixNano: '1718000000500000000', name: 'exception', attributes: [{ key: 'exception.message', value: { stringValue: 'boom' } }] }],
                },
              ],
            },
          ],
        },
      ],
      'test',
    );
    expect(trace.traceId).toBe('00000000000000000000000000000001');
    expect(trace.spans[0]).toMatchObject({
      spanId: '00000000000000aa',
      parentSpanId: '0000000000000001',
      service: 'cart',
      error: true,
      statusMessage: 'boom',
      durationMs: 500,
      attributes: { 'service.name': 'cart', 'host.name': 'span-wins', i: 7, big: '9007199254740993', d: 0.5, b: false, a: '["x",1]', kv: '{"k":"v"}' },
    });
    expect(trace.spans[0].startMs).toBeCloseTo(1718000000123.46, 1);
  });

  it('groups spans of several traces and omits an all-zero parent', () => {
    const span = (t: string, s: string) => ({ traceId: t, spanId: s, parentSpanId: '0000000000000000', name: s, startTimeUnixNano: '0', endTimeUnixNano: '0' });
    const traces = otlpTraces([{ scopeSpans: [{ spans: [span('a'.repeat(32), '1'.repeat(16)), span('b'.repeat(32), '2'.repeat(16)), span('a'.repeat(32), '3'.repeat(16))] }] }], 'x');
    expect(traces.map((t) => [t.traceId[0], t.spans.length])).toEqual([['a', 2], ['b', 1]]);
    expect(traces[0].spans[0]).not.toHaveProperty('parentSpanId');
    expect(traces[0].spans[0].service).toBe('unknown');
  });

  it('converts ids and times exactly', () => {
    expect(traceIdHex('S/kvNXezTaajzpKdDg5HNg==')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(spanIdHex('APBnqgupArc=')).toBe('00f067aa0ba902b7');
    expect(traceIdHex('4BF92F3577B34DA6')).toBe('00000000000000004bf92f3577b34da6');
    expect(nanosToMs('1718000000250000000')).toBe(1718000000250);
    expect(nanosToMs(undefined)).toBe(0);
  });
});
