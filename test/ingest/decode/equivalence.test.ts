// The protobuf readers' skip path was reworked for speed (inline span and status reads, attribute
// keys remembered between requests, healthy-span sampling without per-span allocations). Their
// outputs must not change. Every outcome — the result (events, counts, rejections, healthy
// tallies) or the DecodeError message — of SDK-built exports, the benchmark's 512-span exports,
// seeded random requests that use the whole wire format (unknown fields and groups, merged
// messages, wrong wire types, empty messages), hand-made edge cases, and corrupted and truncated
// bodies, under five option sets, is digested per set and compared with
// test/fixtures/decode/equivalence.json. Those digests were written by the readers as they were
// before the rework. A deliberate change of outputs rewrites the file with
// ROUNDS_WRITE_EQUIVALENCE=1 and says so in its commit.
import { hash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { keySelection } from '../../../src/core/attribute-stats.js';
import { DecodeError, decodeLogsProto, decodeTracesProto, type DecodeOptions, type DecodeResult } from '../../../src/ingest/decode/index.js';
import { buildTracePayload, prng } from '../../../bench/payloads.js';
import { concat, fixed32, len, msg, str, tag, varint, varintBytes } from './proto-writer.js';
import { randomLogsRequest, randomTraceRequest } from './random-payloads.js';

type Decode = (body: Uint8Array, options?: Partial<DecodeOptions>) => DecodeResult;

const SNAPSHOT = new URL('../../fixtures/decode/equivalence.json', import.meta.url);
/**
 * Exports built by the OTel SDK (test/helpers/otel-payloads.ts, seeds 1–6 and 9), captured once:
 * the SDK stamps span end times from the clock, so a body built at test time would digest
 * differently on every run.
 */
const SDK_BODIES: Record<string, string> = JSON.parse(gunzipSync(readFileSync(new URL('../../fixtures/decode/sdk-bodies.json.gz', import.meta.url))).toString('utf8'));
const sdkBody = (name: string) => new Uint8Array(Buffer.from(SDK_BODIES[name], 'base64'));
const WRITE = process.env.ROUNDS_WRITE_EQUIVALENCE === '1';

const OPTIONS: Partial<DecodeOptions>[] = [
  {},
  { captureHandled: false },
  { severityThreshold: 13 },
  { healthyKeys: keySelection() },
  // The random requests' keys (test/ingest/decode/random-payloads.ts), so their spans are counted too.
  { healthyKeys: keySelection(['http.method', 'user.id', 'k', 'exception.type', 'service.version']), captureHandled: false },
];

/** JSON with sorted keys and no undefined members, so a digest depends on values only. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'bigint') return `${v}n`;
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
    if (v instanceof Map) return { map: [...v.entries()] };
    if (v instanceof Uint8Array) return { bytes: Buffer.from(v).toString('hex') };
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) if ((v as Record<string, unknown>)[k] !== undefined) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}

function outcome(decode: Decode, body: Uint8Array, options: Partial<DecodeOptions>): DecodeResult | { error: string } {
  try {
    return decode(body, options);
  } catch (error) {
    if (error instanceof DecodeError) return { error: error.message };
    throw error; // anything else is a bug in the reader
  }
}

/** One set's outcomes, digested in order. */
class OutcomeDigest {
  private readonly lines: string[] = [];
  errors = 0;

  add(decode: Decode, body: Uint8Array): number {
    let errors = 0;
    for (const options of OPTIONS) {
      const result = outcome(decode, body, options);
      if ('error' in result) errors++;
      this.lines.push(canonicalJson(result));
    }
    this.errors += errors;
    return errors;
  }

  get digest(): { outcomes: number; digest: string } {
    return { outcomes: this.lines.length, digest: hash('sha256', this.lines.join('\n')) };
  }
}

const committed: Record<string, { outcomes: number; digest: string }> = WRITE ? {} : JSON.parse(readFileSync(SNAPSHOT, 'utf8'));
const written: Record<string, { outcomes: number; digest: string }> = {};

/** Digests a set and compares it with the committed digest (or records it, when writing). */
function check(name: string, d: OutcomeDigest): void {
  written[name] = d.digest;
  if (!WRITE) expect(d.digest, name).toEqual(committed[name]);
}

afterAll(() => {
  if (WRITE) writeFileSync(fileURLToPath(SNAPSHOT), JSON.stringify(written, null, 2) + '\n');
});

const TRACES: Decode = decodeTracesProto;
const LOGS: Decode = decodeLogsProto;

describe('the reworked protobuf readers give what the readers before the rework gave', () => {
  it('on SDK-built trace and logs exports', () => {
    const d = new OutcomeDigest();
    for (let seed = 1; seed <= 6; seed++) {
      d.add(TRACES, sdkBody(`traces-${seed}`));
      d.add(LOGS, sdkBody(`logs-${seed}`));
    }
    check('sdk exports', d);
  });

  it("on the benchmark's 512-span exports, healthy and all errors", () => {
    const d = new OutcomeDigest();
    for (const [errorRatio, seed] of [[0.01, 1], [0.01, 2], [0, 3], [0.3, 4], [1, 5]] as const) {
      const payload = buildTracePayload({ spans: 512, errorRatio, seed });
      d.add(TRACES, payload.body);
      expect(TRACES(payload.body).events).toHaveLength(payload.errors);
    }
    check('bench exports', d);
  });

  it('on 200 seeded random requests of each signal', () => {
    const d = new OutcomeDigest();
    let events = 0;
    for (let seed = 1; seed <= 200; seed++) {
      d.add(TRACES, randomTraceRequest(seed));
      d.add(LOGS, randomLogsRequest(seed));
      events += TRACES(randomTraceRequest(seed)).events.length;
    }
    expect(events).toBeGreaterThan(100);
    check('random requests', d);
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
    const d = new OutcomeDigest();
    for (const [, body] of cases) d.add(TRACES, body);
    expect(d.errors).toBeGreaterThan(0);
    check('edge cases', d);
  });

  it('on 1200 corrupted bodies and the truncations of one, with the same DecodeError messages', () => {
    const rand = prng(4242);
    const originals: [Uint8Array, Decode][] = [
      [sdkBody('traces-mutated'), TRACES],
      [buildTracePayload({ spans: 24, errorRatio: 0.25, seed: 9 }).body, TRACES],
      [sdkBody('logs-mutated'), LOGS],
    ];
    const d = new OutcomeDigest();
    for (let i = 0; i < 1200; i++) {
      const [original, decode] = originals[i % originals.length];
      const body = Uint8Array.from(original);
      const flips = 1 + Math.floor(rand() * 4);
      for (let f = 0; f < flips; f++) body[Math.floor(rand() * body.length)] = Math.floor(rand() * 256);
      d.add(decode, body);
    }
    const [small] = originals[1];
    for (let k = 0; k < small.length; k += 7) d.add(TRACES, small.subarray(0, k));
    expect(d.errors).toBeGreaterThan(300);
    check('corrupted and truncated bodies', d);
  });
});
