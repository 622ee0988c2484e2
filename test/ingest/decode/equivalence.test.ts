// The protobuf readers' skip path was reworked for speed (inline span and status reads, attribute
// keys remembered between requests, healthy-span sampling without per-span allocations). Their
// outputs must not change: the current readers are compared with the previous ones (kept in
// ./previous/) on SDK-built exports, the benchmark's 512-span exports, seeded random requests that
// use the whole wire format (unknown fields and groups, merged messages, wrong wire types, empty
// messages), hand-made edge cases, and corrupted and truncated bodies. Either both give the same
// result (events, counts, rejections, healthy tallies), or both throw a DecodeError with the same
// message.
import { describe, expect, it } from 'vitest';
import { keySelection } from '../../../src/core/attribute-stats.js';
import { DecodeError, decodeLogsProto, decodeTracesProto, type DecodeOptions, type DecodeResult } from '../../../src/ingest/decode/index.js';
import { buildTracePayload, prng } from '../../../bench/payloads.js';
import { sdkLogsPayload, sdkTracePayload } from '../../helpers/otel-payloads.js';
import { decodeLogsProto as previousLogs } from './previous/logs-proto.js';
import { decodeTracesProto as previousTraces } from './previous/traces-proto.js';
import { concat, fixed32, len, msg, str, tag, varint, varintBytes } from './proto-writer.js';
import { randomLogsRequest, randomTraceRequest } from './random-payloads.js';

type Decode = (body: Uint8Array, options?: Partial<DecodeOptions>) => DecodeResult;

const OPTIONS: Partial<DecodeOptions>[] = [
  {},
  { captureHandled: false },
  { severityThreshold: 13 },
  { healthyKeys: keySelection() },
  // The random requests' keys (test/ingest/decode/random-payloads.ts), so their spans are counted too.
  { healthyKeys: keySelection(['http.method', 'user.id', 'k', 'exception.type', 'service.version']), captureHandled: false },
];

function outcome(decode: Decode, body: Uint8Array, options: Partial<DecodeOptions>): DecodeResult | { error: string } {
  try {
    return decode(body, options);
  } catch (error) {
    if (error instanceof DecodeError) return { error: error.message };
    throw error; // anything else is a bug in either reader
  }
}

/** Compares both readers on one body under every option set; returns how many outcomes were errors. */
function same(current: Decode, previous: Decode, body: Uint8Array, what: string): number {
  let errors = 0;
  for (const options of OPTIONS) {
    const expected = outcome(previous, body, options);
    expect(outcome(current, body, options), `${what} ${JSON.stringify(options)}`).toEqual(expected);
    if ('error' in expected) errors++;
  }
  return errors;
}

const traces = (body: Uint8Array, what: string) => same(decodeTracesProto, previousTraces, body, what);
const logs = (body: Uint8Array, what: string) => same(decodeLogsProto, previousLogs, body, what);

describe('reworked protobuf readers give what the previous ones gave', () => {
  it('on SDK-built trace and logs exports', () => {
    for (let seed = 1; seed <= 6; seed++) {
      traces(sdkTracePayload({ spans: 60, errorRatio: 0.2, handledRatio: 0.1, services: 1 + (seed % 3), seed }).proto, `sdk traces ${seed}`);
      logs(sdkLogsPayload({ records: 60, errorRatio: 0.2, services: 1 + (seed % 3), seed }).proto, `sdk logs ${seed}`);
    }
  });

  it("on the benchmark's 512-span exports, healthy and all errors", () => {
    for (const [errorRatio, seed] of [[0.01, 1], [0.01, 2], [0, 3], [0.3, 4], [1, 5]] as const) {
      const payload = buildTracePayload({ spans: 512, errorRatio, seed });
      traces(payload.body, `bench ${errorRatio} ${seed}`);
      const result = decodeTracesProto(payload.body);
      expect(result.events).toHaveLength(payload.errors);
    }
  });

  it('on 200 seeded random requests of each signal', () => {
    let events = 0;
    for (let seed = 1; seed <= 200; seed++) {
      traces(randomTraceRequest(seed), `random traces ${seed}`);
      logs(randomLogsRequest(seed), `random logs ${seed}`);
      events += decodeTracesProto(randomTraceRequest(seed)).events.length;
    }
    expect(events).toBeGreaterThan(100);
  });

  it('on edge cases of the inline reads: span lengths, status forms, empty messages', () => {
    const ids = [len(1, new Uint8Array(16).fill(7)), len(2, new Uint8Array(8).fill(4))];
    const request = (spans: Uint8Array[]) => msg(1, [msg(1, [msg(1, [str(1, 'service.name'), msg(2, [str(1, 'svc')])])]), msg(2, [msg(1, [str(1, 'scope')]), ...spans])]);
    const big = (status: Uint8Array[]) => [...ids, str(5, 'x'.repeat(200)), ...status]; // a two-byte span length
    // A span written with a non-minimal (padded) length varint: 0x80-continued, then the value.
    const padded = (parts: Uint8Array[]) => {
      const body = concat(parts);
      return concat([tag(2, 2), Uint8Array.of((body.length & 0x7f) | 0x80, (body.length >> 7) | 0x80, 0), body]);
    };
    const cases: [string, Uint8Array][] = [
      ['empty request', new Uint8Array(0)],
      ['empty span', request([msg(2, [])])],
      ['empty status', request([msg(2, [...ids, msg(15, [])])])],
      ['status code only', request([msg(2, [...ids, msg(15, [varint(3, 2)])])])],
      ['status code 0 explicit', request([msg(2, [...ids, msg(15, [varint(3, 0)])])])],
      ['status message and code', request([msg(2, [...ids, msg(15, [str(2, 'boom'), varint(3, 2)])])])],
      ['status code then message', request([msg(2, big([msg(15, [varint(3, 2), str(2, 'late')])]))])],
      ['status merged: error then empty', request([msg(2, big([msg(15, [varint(3, 2)]), msg(15, [])]))])],
      ['status merged: error then ok', request([msg(2, [...ids, msg(15, [varint(3, 2)]), msg(15, [varint(3, 1)])])])],
      ['status code as a long varint', request([msg(2, [...ids, msg(15, [tag(3, 0), Uint8Array.of(0x82, 0x80, 0)])])])],
      ['status code with a wrong wire type', request([msg(2, [...ids, msg(15, [fixed32(3, 2)])])])],
      ['status code 2 negative-looking', request([msg(2, [...ids, msg(15, [tag(3, 0), varintBytes(-2n & 0xffffffffffffffffn)])])])],
      ['two-byte span length', request([msg(2, big([msg(15, [varint(3, 2)])])), msg(2, big([]))])],
      ['padded span length', request([padded(big([msg(15, [varint(3, 2)])])), padded([...ids])])],
      ['span length past its scope', concat([tag(1, 2), varintBytes(8), tag(2, 2), varintBytes(6), tag(2, 2), Uint8Array.of(0x90, 0x03, 0, 0, 0)])],
      ['span length cut short', request([concat([tag(2, 2), Uint8Array.of(0xff)])])],
      ['status length past its span', request([msg(2, [...ids, tag(15, 2), varintBytes(9), varint(3, 2)])])],
      ['flags field (two-byte tag)', request([msg(2, [...ids, msg(15, [varint(3, 2)]), fixed32(16, 0x101)])])],
    ];
    let errors = 0;
    for (const [what, body] of cases) errors += traces(body, what);
    expect(errors).toBeGreaterThan(0);
  });

  it('on 1200 corrupted bodies and the truncations of one, with the same DecodeError messages', () => {
    const rand = prng(4242);
    const originals: [Uint8Array, typeof traces][] = [
      [sdkTracePayload({ spans: 30, errorRatio: 0.3, seed: 9 }).proto, traces],
      [buildTracePayload({ spans: 24, errorRatio: 0.25, seed: 9 }).body, traces],
      [sdkLogsPayload({ records: 30, errorRatio: 0.3, seed: 9 }).proto, logs],
    ];
    let errors = 0;
    for (let i = 0; i < 1200; i++) {
      const [original, compare] = originals[i % originals.length];
      const body = Uint8Array.from(original);
      const flips = 1 + Math.floor(rand() * 4);
      for (let f = 0; f < flips; f++) body[Math.floor(rand() * body.length)] = Math.floor(rand() * 256);
      errors += compare(body, `mutation ${i}`);
    }
    const [small] = originals[1];
    for (let k = 0; k < small.length; k += 7) errors += traces(small.subarray(0, k), `prefix ${k}`);
    expect(errors).toBeGreaterThan(300);
  });
});
