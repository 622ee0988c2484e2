// The selection rules and ErrorEvent fields, stated case by case on hand-written protobuf.
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeLogsProto, decodeTracesProto } from '../../../src/ingest/decode/index.js';
import { fixed64, len, msg, str, varint } from './proto-writer.js';

const T = new Uint8Array(16).fill(0xab);
const S = new Uint8Array(8).fill(0xcd);
const TRACE_HEX = 'ab'.repeat(16);
const SPAN_HEX = 'cd'.repeat(8);
const kv = (field: number, key: string, value: string) => msg(field, [str(1, key), msg(2, [str(1, value)])]);
const status = (code: number, message = '') => msg(15, [...(message ? [str(2, message)] : []), varint(3, code)]);
const event = (name: string, timeNs: bigint, attrs: Uint8Array[] = []) => msg(11, [fixed64(1, timeNs), str(2, name), ...attrs]);
const exceptionEvent = (type: string, timeNs = 2_000_000_000n) =>
  event('exception', timeNs, [kv(3, 'exception.type', type), kv(3, 'exception.message', `${type} happened`)]);

function traces(resource: Uint8Array[], spans: Uint8Array[][], scope: Uint8Array[] = [str(1, 'lib')]): Uint8Array {
  return msg(1, [msg(1, resource), msg(2, [msg(1, scope), ...spans.map((s) => msg(2, [len(1, T), len(2, S), str(5, 'op'), fixed64(7, 1_000_000n), fixed64(8, 3_000_000n), ...s]))])]);
}

describe('span selection', () => {
  it('a status-only ERROR span gives one event with index -1, not handled', () => {
    const res = decodeTracesProto(traces([kv(1, 'service.name', 'api')], [[status(2, 'failed')], [status(1)], []]));
    expect(res.items).toBe(3);
    expect(res.events).toEqual([
      {
        source: 'span',
        dedupeKey: `s:${TRACE_HEX}:${SPAN_HEX}:-1`,
        service: 'api',
        timeMs: 3,
        handled: false,
        attributes: {},
        resource: { 'service.name': 'api' },
        traceId: TRACE_HEX,
        spanId: SPAN_HEX,
        spanName: 'op',
        statusMessage: 'failed',
        scope: { name: 'lib' },
      },
    ]);
  });

  it('one event per exception event, indexed among all the span events; handled when the span is not ERROR', () => {
    const res = decodeTracesProto(
      traces([], [[event('retry', 1n), exceptionEvent('A'), event('log', 1n), exceptionEvent('B', 0n), status(2)], [exceptionEvent('C')]]),
    );
    expect(res.events.map((e) => [e.dedupeKey.split(':')[3], e.exception?.type, e.handled, e.timeMs])).toEqual([
      ['1', 'A', false, 2000],
      ['3', 'B', false, 3], // no event time: the span's end
      ['0', 'C', true, 2000],
    ]);
    expect(decodeTracesProto(traces([], [[exceptionEvent('C')]]), { captureHandled: false }).events).toEqual([]);
  });

  it('derives service, release, environment and host from the resource, with the documented fallbacks', () => {
    const full = decodeTracesProto(
      traces(
        [
          kv(1, 'service.name', 'api'),
          kv(1, 'service.version', '9.1'),
          kv(1, 'deployment.environment', 'old'),
          kv(1, 'deployment.environment.name', 'prod'),
          kv(1, 'k8s.pod.name', 'pod'),
          kv(1, 'host.name', 'host'),
        ],
        [[status(2)]],
      ),
    ).events[0];
    expect([full.service, full.release, full.environment, full.host]).toEqual(['api', '9.1', 'prod', 'host']);
    const fallback = decodeTracesProto(traces([kv(1, 'deployment.environment', 'old'), kv(1, 'k8s.pod.name', 'pod')], [[status(2)]])).events[0];
    expect([fallback.service, fallback.release, fallback.environment, fallback.host]).toEqual(['unknown_service', undefined, 'old', 'pod']);
  });

  it('decodes a resource only when it holds an error (a broken resource without errors goes unnoticed)', () => {
    let deep: Uint8Array = new Uint8Array(0);
    for (let i = 0; i < 40; i++) deep = msg(5, [msg(1, [deep])]);
    const resource = [msg(1, [str(1, 'deep'), len(2, deep)])];
    expect(decodeTracesProto(traces(resource, [[status(1)], [event('log', 1n)]])).events).toEqual([]);
    expect(() => decodeTracesProto(traces(resource, [[status(2)]]))).toThrow(DecodeError);
  });

  it('finds the resource wherever it sits in ResourceSpans, and shares it between the events of that resource', () => {
    const body = msg(1, [
      msg(2, [msg(2, [len(1, T), len(2, S), status(2)]), msg(2, [len(1, T), len(2, S), exceptionEvent('X')])]),
      msg(1, [kv(1, 'service.name', 'late')]),
    ]);
    const events = decodeTracesProto(body).events;
    expect(events.map((e) => e.service)).toEqual(['late', 'late']);
    expect(events[0].resource).toBe(events[1].resource);
    expect(events[0].scope).toBeUndefined();
  });

  it('rejects error spans with ids of the wrong size and keeps the others', () => {
    const body = msg(1, [
      msg(2, [
        msg(2, [len(1, T.subarray(0, 5)), len(2, S), str(5, 'bad-trace'), status(2)]),
        msg(2, [len(1, T), len(2, S), len(4, S.subarray(0, 3)), str(5, 'bad-parent'), status(2)]),
        msg(2, [len(1, T.subarray(0, 5)), len(2, S), str(5, 'healthy-bad-id')]),
        msg(2, [len(2, S), str(5, 'no-trace'), status(2)]),
      ]),
    ]);
    const res = decodeTracesProto(body);
    expect(res.items).toBe(4);
    expect(res.events.map((e) => e.spanName)).toEqual(['no-trace']);
    // Without a trace id the span is keyed by its content, so two different id-less errors
    // are not mistaken for retries of each other.
    expect(res.events[0].dedupeKey).toMatch(/^s:h:[0-9a-f]{32}$/);
    expect(res.rejected).toBe(2);
    expect(res.rejectionMessage).toBe('rejected 2 spans with invalid ids (first: span "bad-trace": trace_id is 5 bytes, want 16)');
  });

  it('converts timestamps exactly, even past 2^53 nanoseconds', () => {
    // 1_790_000_000_123_999_999 ns: a double rounds it up to ...124 ms.
    const res = decodeTracesProto(traces([], [[status(2), fixed64(8, 1_790_000_000_123_999_999n)]]));
    expect(res.events[0].timeMs).toBe(1_790_000_000_123);
  });
});

describe('log selection', () => {
  const logs = (records: Uint8Array[][], resource: Uint8Array[] = [kv(1, 'service.name', 'worker')]) =>
    msg(1, [msg(1, resource), msg(2, [msg(1, [str(1, 'log'), str(2, '2')]), ...records.map((r) => msg(2, r))])]);

  it('errors are severity ≥ threshold, or exception.* attributes at any severity (handled)', () => {
    const body = logs([
      [varint(2, 17), str(3, 'ERROR'), msg(5, [str(1, 'db down')]), fixed64(1, 5_000_000n)],
      [varint(2, 9), msg(5, [str(1, 'fine')])],
      [varint(2, 13), kv(6, 'exception.type', 'Timeout'), kv(6, 'exception.stacktrace', 'at x')],
      [varint(2, 24), msg(5, [msg(6, [msg(1, [str(1, 'k'), msg(2, [varint(3, 5)])])])]), fixed64(11, 7_000_000n)],
    ]);
    const res = decodeLogsProto(body);
    expect(res.items).toBe(4);
    expect(res.events.map((e) => [e.severityNumber, e.handled, e.body, e.timeMs])).toEqual([
      [17, false, 'db down', 5],
      [13, true, undefined, 0],
      [24, false, '{"k":5}', 7],
    ]);
    expect(res.events[1].exception).toEqual({ type: 'Timeout', stacktrace: 'at x' });
    expect(res.events[0]).toMatchObject({ source: 'log', service: 'worker', severityText: 'ERROR', scope: { name: 'log', version: '2' } });
    expect(decodeLogsProto(body, { captureHandled: false }).events.map((e) => e.severityNumber)).toEqual([17, 24]);
    expect(decodeLogsProto(body, { severityThreshold: 21, captureHandled: false }).events.map((e) => e.severityNumber)).toEqual([24]);
  });

  it('the same record re-sent hashes the same; any field change hashes differently', () => {
    const rec = [varint(2, 17), msg(5, [str(1, 'x')]), fixed64(1, 5_000_000n), len(9, T), kv(6, 'a', 'b')];
    const key = (r: Uint8Array[], res?: Uint8Array[]) => decodeLogsProto(logs([r], res)).events[0].dedupeKey;
    expect(key(rec)).toBe(key([...rec]));
    expect(key(rec)).toMatch(/^l:[0-9a-f]{32}$/);
    const variants = [
      [varint(2, 18), ...rec.slice(1)],
      [rec[0], msg(5, [str(1, 'y')]), ...rec.slice(2)],
      [...rec.slice(0, 2), fixed64(1, 5_000_001n), ...rec.slice(3)],
      [...rec, fixed64(11, 1n)],
      [...rec.slice(0, 3), len(9, S.subarray(0, 0)), rec[4]],
      [...rec.slice(0, 4), kv(6, 'a', 'c')],
      [...rec, str(3, 'ERROR')],
    ];
    const keys = new Set([key(rec), ...variants.map((v) => key(v)), key(rec, [kv(1, 'service.name', 'other')])]);
    expect(keys.size).toBe(variants.length + 2);
  });

  it('rejects error records with wrong-size ids; ids are optional on logs', () => {
    const res = decodeLogsProto(logs([[varint(2, 17), len(9, T.subarray(0, 15))], [varint(2, 17), len(10, new Uint8Array(9))], [varint(2, 17)]]));
    expect(res.events).toHaveLength(1);
    expect(res.events[0].traceId).toBeUndefined();
    expect(res.rejected).toBe(2);
    expect(res.rejectionMessage).toBe('rejected 2 log records with invalid ids (first: log record "17": trace_id is 15 bytes, want 16)');
    const one = decodeLogsProto(logs([[varint(2, 17), str(3, 'ERROR'), len(10, new Uint8Array(9))]]));
    expect(one.rejectionMessage).toBe('rejected 1 log record with invalid ids: log record "ERROR": span_id is 9 bytes, want 8');
  });

  it('keeps a __proto__ attribute as data', () => {
    const res = decodeLogsProto(logs([[varint(2, 17), kv(6, '__proto__', 'polluted')]]));
    const attrs = res.events[0].attributes;
    expect(Object.getPrototypeOf(attrs)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(attrs, '__proto__')?.value).toBe('polluted');
  });
});
