// Several different failures of one Go service's handlers, each met twice or more with other
// data (test/fixtures/fingerprint/programs/go-mistakes/main.go, Go 1.26 and the OpenTelemetry Go
// SDK v1.21.0, which records each error with its stack: span.RecordError with
// trace.WithStackTrace). `failure` names the statement that failed, read from the program.
// A Go error value carries no stack: the trace the SDK records is where the error was recorded
// (the handler, or the service's one helper `record`), so two errors of the service's own type
// (`*main.ValidationError` for a non-positive quantity and a missing SKU, `*main.NotFoundError`
// for an unknown customer and an unknown coupon) had one type and one crash site, and their
// message — the only part saying which failure — did not contribute: one signature each
// (rounds-fp/10). Their message now contributes as a generic type's does (stacktrace/go.ts
// `messageNamesFailure`); the standard library's types (`*json.SyntaxError`) keep theirs out.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter, type FingerprintResult } from '../../../src/core/fingerprint/index.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; type: string; message: string; stacktrace: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/go-mistakes.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

function fingerprinted(): (Row & { result: FingerprintResult })[] {
  const fp = createFingerprinter();
  return rows.map((r) => ({ ...r, result: fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'go' }) }));
}

describe('the failures of a Go service recorded with their stack', () => {
  const results = fingerprinted();

  it('are what the program says: 14 failures, each met twice or more, several with one type at one crash site', () => {
    const failures = new Set(rows.map((r) => r.failure));
    expect(failures.size).toBe(14);
    for (const f of failures) expect(rows.filter((r) => r.failure === f).length, f).toBeGreaterThan(1);
    const own = results.filter((r) => r.type === '*main.ValidationError' || r.type === '*main.NotFoundError');
    expect(new Set(own.map((r) => r.result.culprit))).toEqual(new Set(['main.record (go-mistakes/main.go)']));
    expect(new Set(own.map((r) => r.failure)).size).toBe(4);
  });

  it('makes one signature of each failure, whatever its data', () => {
    expect(splitFailures(results)).toEqual([]);
  });

  it('never makes one signature of two failures', () => {
    expect(mergedFailures(results)).toEqual([]);
  });

  it("reads the message of the service's own type, not of the standard library's", () => {
    const explain = (failure: string) => results.find((r) => r.failure === failure)!.result.explain.join('\n');
    expect(explain('createOrder unknown coupon')).toMatch(/message: ".*" — contributes \(type \*main\.NotFoundError is one type for several failures/);
    expect(explain('createOrder body not json')).toContain('message: ignored: type *json.SyntaxError');
  });
});
