// Errors of Go's standard-library wrapper types, recorded by a real Go service
// (test/fixtures/fingerprint/programs/go-wrapped-errors/main.go, OpenTelemetry Go SDK v1.21.0,
// its OTLP/protobuf exports concatenated). One helper records every error with its stack, so
// the crash site is the same for all of one function's failures, and the type is the wrapper
// (*fs.PathError {Op, Path, Err}, *strconv.NumError {Func, Num, Err}, *net.OpError): the
// wrapped error is what failed (rounds-fp/9). Each failure happens twice with different data
// (another file, port, input); each span's name says which failure it carries.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { fingerprintInputOf } from '../../../src/core/fingerprint/input-of.js';
import { decodeTracesProto } from '../../../src/ingest/decode/index.js';

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(keyOf(item), [...(out.get(keyOf(item)) ?? []), item]);
  return out;
}

const body = readFileSync(new URL('../../fixtures/fingerprint/otlp/go-wrapped-errors.pb', import.meta.url));
const events = decodeTracesProto(body, { severityThreshold: 17, captureHandled: true }).events;

describe("errors of Go's wrapper types from one function (a real Go service)", () => {
  it('are what the fixture says: each failure twice, with its data in the message', () => {
    const byFailure = groupBy(events, (e) => e.spanName!);
    expect([...byFailure.keys()].sort()).toEqual(['connect refused', 'fetch refused', 'fetch timeout', 'quantity range', 'quantity syntax', 'readTemplate directory', 'readTemplate missing', 'readTemplate not-a-directory']);
    for (const [, pair] of byFailure) {
      expect(pair).toHaveLength(2);
      expect(pair[0].exception?.message).not.toBe(pair[1].exception?.message);
    }
    expect(new Set(byFailure.get('readTemplate missing')!.map((e) => e.exception?.type))).toEqual(new Set(['*fs.PathError']));
  });

  it('are one signature per failure and never one for two', () => {
    const fp = createFingerprinter();
    const fingerprints = new Map<string, Set<string>>();
    for (const e of events) {
      const f = fp.fingerprint(fingerprintInputOf(e)).fingerprint;
      fingerprints.set(e.spanName!, (fingerprints.get(e.spanName!) ?? new Set()).add(f));
    }
    for (const [failure, set] of fingerprints) expect(set.size, failure).toBe(1);
    const all = [...fingerprints.values()].map((s) => [...s][0]);
    expect(new Set(all).size).toBe(fingerprints.size);
  });

  it('say which wrapped error failed in the message they show', () => {
    const fp = createFingerprinter();
    const shown = (name: string) => fp.fingerprint(fingerprintInputOf(events.find((e) => e.spanName === name)!)).message;
    expect(shown('readTemplate missing')).toMatch(/no such file or directory$/);
    expect(shown('readTemplate directory')).toMatch(/is a directory$/);
    expect(shown('quantity range')).toMatch(/value out of range$/);
  });
});
