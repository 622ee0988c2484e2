// Malformed input must end in a DecodeError (→ 400 / INVALID_ARGUMENT) or, where the bytes
// happen to form a valid shorter message, in a result consistent with the full one — never in
// another exception, a hang, a huge allocation or a stack overflow.
import { describe, expect, it } from 'vitest';
import {
  DecodeError,
  decodeLogsJson,
  decodeLogsProto,
  decodeTracesJson,
  decodeTracesProto,
} from '../../../src/ingest/decode/index.js';
import type { DecodeResult } from '../../../src/ingest/decode/index.js';
import { prng } from '../../../bench/payloads.js';
import { sdkLogsPayload, sdkTracePayload } from '../../helpers/otel-payloads.js';
import { concat, fixed64, group, len, msg, str, tag, varint, varintBytes } from './proto-writer.js';

type Decoder = (b: Uint8Array) => DecodeResult;

function outcome(decode: Decoder, body: Uint8Array): DecodeResult | DecodeError {
  try {
    return decode(body);
  } catch (err) {
    if (err instanceof DecodeError) return err;
    throw err; // anything else is a bug and fails the test
  }
}

const span = (parts: Uint8Array[]) => msg(1, [msg(2, [msg(2, parts)])]);
const TRACE = len(1, new Uint8Array(16).fill(1));
const SPAN = len(2, new Uint8Array(8).fill(2));
const ERROR_STATUS = msg(15, [varint(3, 2)]);

/** An AnyValue nested `levels` deep in ArrayValues, built outside-in in O(levels). */
function deepAnyValue(levels: number): Uint8Array {
  const prefixes: Uint8Array[] = [];
  let inner = 0; // length of the innermost AnyValue (empty)
  const chunks: Uint8Array[] = [];
  for (let k = 0; k < levels; k++) {
    const item = concat([tag(1, 2), varintBytes(inner)]); // ArrayValue.values
    const arrayLen = item.length + inner;
    const head = concat([tag(5, 2), varintBytes(arrayLen)]); // AnyValue.array_value
    chunks.push(item, head);
    inner = head.length + arrayLen;
  }
  for (let k = chunks.length - 1; k >= 0; k--) prefixes.push(chunks[k]);
  return concat(prefixes);
}

describe('truncated bodies', () => {
  for (const [name, make, decode] of [
    ['traces', () => sdkTracePayload({ spans: 40, errorRatio: 0.3, seed: 5 }).proto, decodeTracesProto],
    ['logs', () => sdkLogsPayload({ records: 40, errorRatio: 0.3, seed: 5 }).proto, decodeLogsProto],
  ] as const) {
    it(`${name}: every prefix of a real SDK payload throws DecodeError or yields a prefix of the events`, () => {
      const body = make();
      const full = decode(body);
      expect(full.events.length).toBeGreaterThan(3);
      let errors = 0;
      for (let k = 0; k < body.length; k++) {
        const res = outcome(decode as Decoder, body.subarray(0, k));
        if (res instanceof DecodeError) {
          errors++;
          expect(res.message).toMatch(/offset \d+/);
          continue;
        }
        // Cut exactly between two top-level fields: a valid, shorter request.
        expect(res.events).toEqual(full.events.slice(0, res.events.length));
        expect(res.items).toBeLessThanOrEqual(full.items);
      }
      expect(errors).toBeGreaterThan(body.length - 10);
    });
  }

  it('JSON cut anywhere is a DecodeError', () => {
    const p = sdkTracePayload({ spans: 20, seed: 3 });
    const text = Buffer.from(p.json).toString('utf8');
    for (let k = 0; k < text.length; k += 7) {
      expect(() => decodeTracesJson(text.slice(0, k))).toThrow(DecodeError);
    }
  });
});

describe('malformed protobuf', () => {
  it('reports a declared length larger than the body, without allocating it', () => {
    const body = concat([tag(1, 2), varintBytes(0xffffffff), new Uint8Array(10)]);
    expect(() => decodeTracesProto(body)).toThrow(/truncated length-delimited field 1 at offset 1: declares 4294967295 bytes, 10 remain/);
    const nested = span([TRACE, SPAN, concat([tag(9, 2), varintBytes(1 << 30)])]);
    expect(() => decodeTracesProto(nested)).toThrow(DecodeError);
    // 2^32 + 1 must not be read as 1 (a 32-bit truncation would accept this body).
    for (const decode of [decodeTracesProto, decodeLogsProto]) {
      const wrapped = concat([tag(1, 2), varintBytes(2n ** 32n + 1n), Uint8Array.of(0)]);
      expect(() => decode(wrapped)).toThrow(/declares 4294967297 bytes/);
      const inSpan = span([concat([tag(3, 2), varintBytes(2n ** 32n + 1n), Uint8Array.of(0x41)])]);
      expect(() => decode(inSpan)).toThrow(/declares 4294967297 bytes/);
    }
  });

  it('rejects wire types 6 and 7, field number 0 and over-long varints', () => {
    expect(() => decodeTracesProto(Uint8Array.of((1 << 3) | 6))).toThrow(/invalid wire type 6 for field 1 at offset 1/);
    expect(() => decodeLogsProto(span([TRACE, Uint8Array.of((3 << 3) | 7)]))).toThrow(/invalid wire type 7/);
    expect(() => decodeTracesProto(Uint8Array.of(0x00, 0x01))).toThrow(/invalid field number 0/);
    expect(() => decodeTracesProto(Uint8Array.of(0x08, ...new Array(11).fill(0xff), 0x01))).toThrow(/varint longer than 10 bytes/);
  });

  it('rejects a child that overruns its parent', () => {
    // The span declares 3 bytes but its fixed64 field needs 9.
    const body = msg(1, [msg(2, [concat([tag(2, 2), varintBytes(3), tag(7, 1), Uint8Array.of(1, 2)])])]);
    expect(() => decodeTracesProto(body)).toThrow(DecodeError);
  });

  it('skips unknown groups, refuses stray or mismatched end-groups and absurd group nesting', () => {
    const ok = span([TRACE, SPAN, ERROR_STATUS, group(77, [varint(1, 1), group(78, [str(2, 'x')])])]);
    expect(decodeTracesProto(ok).events).toHaveLength(1);
    expect(() => decodeTracesProto(span([TRACE, tag(77, 4)]))).toThrow(/unexpected end-group tag for field 77/);
    expect(() => decodeTracesProto(span([tag(77, 3), varint(1, 1), tag(78, 4)]))).toThrow(/mismatched end-group/);
    let nestedGroups: Uint8Array = new Uint8Array(0);
    for (let i = 0; i < 40; i++) nestedGroups = group(200, [nestedGroups]);
    expect(() => decodeTracesProto(span([nestedGroups]))).toThrow(/groups nested deeper than 32/);
  });

  it('refuses AnyValue nesting beyond the limit in an error span, skips it in a healthy one', () => {
    const deep = deepAnyValue(100_000);
    const attr = msg(9, [str(1, 'deep'), len(2, deep)]);
    expect(() => decodeTracesProto(span([TRACE, SPAN, ERROR_STATUS, attr]))).toThrow(/AnyValue nested deeper than 32 levels/);
    const healthy = decodeTracesProto(span([TRACE, SPAN, attr]));
    expect(healthy).toEqual({ events: [], items: 1, rejected: 0 });
    // 30 levels are fine.
    const ok = decodeTracesProto(span([TRACE, SPAN, ERROR_STATUS, msg(9, [str(1, 'deep'), len(2, deepAnyValue(30))])]));
    let v: unknown = ok.events[0].attributes.deep;
    let depth = 0;
    while (Array.isArray(v)) {
      v = v[0];
      depth++;
    }
    expect(depth).toBe(30);
  });

  it('never throws anything but DecodeError on 3000 random mutations of real payloads', () => {
    const rand = prng(99);
    const bodies: [Uint8Array, Decoder][] = [
      [sdkTracePayload({ spans: 30, errorRatio: 0.3, seed: 9 }).proto, decodeTracesProto],
      [sdkLogsPayload({ records: 30, errorRatio: 0.3, seed: 9 }).proto, decodeLogsProto],
    ];
    let decodeErrors = 0;
    for (let i = 0; i < 3000; i++) {
      const [orig, decode] = bodies[i % 2];
      const body = Uint8Array.from(orig);
      const flips = 1 + Math.floor(rand() * 4);
      for (let f = 0; f < flips; f++) body[Math.floor(rand() * body.length)] = Math.floor(rand() * 256);
      if (outcome(decode, body) instanceof DecodeError) decodeErrors++;
    }
    expect(decodeErrors).toBeGreaterThan(100);
  });

  it('accepts an empty body as an empty request', () => {
    expect(decodeTracesProto(new Uint8Array(0))).toEqual({ events: [], items: 0, rejected: 0 });
    expect(decodeLogsProto(Buffer.alloc(0))).toEqual({ events: [], items: 0, rejected: 0 });
  });

  it('takes a Uint8Array view into a larger buffer without reading outside it', () => {
    const inner = span([TRACE, SPAN, ERROR_STATUS, fixed64(8, 1_700_000_000_123_000_000n)]);
    const big = new Uint8Array(inner.length + 20).fill(0xff);
    big.set(inner, 10);
    const res = decodeTracesProto(big.subarray(10, 10 + inner.length));
    expect(res.events[0].timeMs).toBe(1_700_000_000_123);
  });
});

describe('malformed JSON', () => {
  it('names what is wrong', () => {
    expect(() => decodeTracesJson('{"resourceSpans": [')).toThrow(/invalid JSON in ExportTraceServiceRequest/);
    expect(() => decodeTracesJson('[]')).toThrow(/must be a JSON object/);
    expect(() => decodeTracesJson('{"resourceSpans": {}}')).toThrow(/resourceSpans: expected an array/);
    expect(() => decodeTracesJson('{"resourceSpans": [{"scopeSpans": [{"spans": [{"status": {"code": "NOPE"}}]}]}]}')).toThrow(
      /resourceSpans\[0\]\.scopeSpans\[0\]\.spans\[0\]\.status\.code: invalid enum value "NOPE"/,
    );
    expect(() => decodeLogsJson('{"resourceLogs": [{"scopeLogs": [{"logRecords": [{"severityNumber": 17, "timeUnixNano": "12x"}]}]}]}')).toThrow(
      /logRecords\[0\]\.timeUnixNano: expected an unsigned 64-bit integer/,
    );
    expect(() => decodeLogsJson('{"resourceLogs": [{"scopeLogs": [{"logRecords": [{"severityNumber": 17, "attributes": [{"key": "a", "value": {"intValue": "99999999999999999999"}}]}]}]}]}')).toThrow(
      /attributes\[0\]\.value: invalid int64/,
    );
  });

  it('refuses deep AnyValue nesting in JSON with a DecodeError, not a stack overflow', () => {
    const n = 5000;
    const deep = '{"arrayValue":{"values":['.repeat(n) + '{}' + ']}}'.repeat(n);
    const body = `{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"severityNumber":17,"body":${deep}}]}]}]}`;
    expect(() => decodeLogsJson(body)).toThrow(DecodeError);
  });
});
