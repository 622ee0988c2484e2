// A Go map statement given a key whose dynamic type cannot be hashed panics under two types and
// two wordings in Go 1.26: on an empty map the Swiss map's internal/runtime/maps.unhashableTypeError
// (`hash of unhashable type: []interface {}`), on a filled one the runtime's errorString
// (`runtime error: hash of unhashable type map[string]interface {}`), the type named being the
// key's, the data's (src/core/fingerprint/stacktrace/go.ts). Rows from a real run of
// test/fixtures/fingerprint/programs/go-bugs-12 (Go 1.26.8, OpenTelemetry Go SDK v1.46.0): dedupe's
// one statement met with a list key on an empty map and an object key on a filled one, recorded
// on the span and logged by slog with its goroutine dump, in two builds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter, type FingerprintInput } from '../../../src/core/fingerprint/index.js';
import { canonicalType } from '../../../src/core/fingerprint/exception.js';

interface Row { failure: string; build: string; type?: string; message?: string; stacktrace?: string; body?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/go-bugs-12.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const input = (r: Row): FingerprintInput =>
  r.body !== undefined ? { source: 'log', service: 'shop', body: r.body, severityText: 'ERROR', runtime: 'go' } : { source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'go' };
const of = (failure: string) => rows.filter((r) => r.failure === failure);

describe("a Go map key whose type can't be hashed", () => {
  it('is one signature under both of the runtime\'s types and wordings, on the span and in the log, in both builds', () => {
    const dedupe = of('dedupe key not hashable');
    expect(new Set(dedupe.filter((r) => r.type).map((r) => r.type))).toEqual(new Set(['internal/runtime/maps.unhashableTypeError', 'runtime.errorString']));
    const fp = createFingerprinter();
    expect(new Set(dedupe.map((r) => fp.fingerprint(input(r)).fingerprint)).size).toBe(1);
  });

  it('is typed as the maps package\'s error whichever way the runtime raised and worded it', () => {
    expect(canonicalType('internal/runtime/maps.unhashableTypeError', 'go', 'hash of unhashable type: []interface {}')).toBe('internal/runtime/maps.unhashableTypeError');
    expect(canonicalType('runtime.errorString', 'go', 'runtime error: hash of unhashable type map[string]interface {}')).toBe('internal/runtime/maps.unhashableTypeError');
    expect(canonicalType('panic', 'go', 'hash of unhashable type: []string')).toBe('internal/runtime/maps.unhashableTypeError');
  });

  it("near miss: the runtime's other panics stay `panic`, their message naming them, and so does another internal/runtime type", () => {
    expect(canonicalType('runtime.errorString', 'go', 'runtime error: makeslice: len out of range')).toBe('panic');
    expect(canonicalType('runtime.plainError', 'go', 'close of closed channel')).toBe('panic');
    expect(canonicalType('internal/runtime/maps.someError', 'go', 'concurrent map writes')).toBe('panic');
  });

  it("near miss: an application's own error type that quotes the words keeps its type", () => {
    expect(canonicalType('*main.KeyError', 'go', 'hash of unhashable type: []string')).toBe('*main.KeyError');
    expect(canonicalType('runtime.errorString', 'go', 'runtime error: hash of unhashable type')).toBe('panic');
  });

  it("near miss: go-bugs-12's other panics keep their own signatures", () => {
    const fp = createFingerprinter();
    const prints = new Map<string, Set<string>>();
    for (const r of rows) prints.set(r.failure, (prints.get(r.failure) ?? new Set()).add(fp.fingerprint(input(r)).fingerprint));
    const dedupe = [...prints.get('dedupe key not hashable')!][0];
    for (const [failure, p] of prints) if (failure !== 'dedupe key not hashable') expect(p.has(dedupe), failure).toBe(false);
  });
});
