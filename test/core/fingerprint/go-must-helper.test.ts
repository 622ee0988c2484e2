// Go's `Must` idiom — text/template's Must, regexp.MustCompile, and an application's own generic
// `func must[T any](v T, err error) T` (golang/go#60846) — panics with the error its caller
// passed it: the caller is where the failure is. A real Go service (programs/go-bugs-2, the
// OpenTelemetry Go SDK recording the panic) whose pageSize and retryLimit both call
// `must(strconv.Atoi(…))` had `main.must[...]` as the crash site of both, and one signature.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isErrorMachinery } from '../../../src/core/fingerprint/error-machinery.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; build: string; type: string; message: string; stacktrace: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/go-bugs-2.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

describe("a Go application's must helper", () => {
  it('is not the crash site: its two callers are two signatures, each one across two builds', () => {
    const fp = createFingerprinter();
    const mine = rows.filter((r) => r.stacktrace.includes('main.must['));
    expect(new Set(mine.map((r) => r.failure))).toEqual(new Set(['pageSize not a number', 'retryLimit not a number']));
    const results = mine.map((r) => ({ ...r, result: fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'go' }) }));
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
    expect(results[0].result.culprit).toBe('main.pageSize (go-bugs-2/shop.go)');
  });

  it('is the name `must`/`Must` alone, generic or not, and only in Go', () => {
    const frame = (fn: string) => ({ function: fn, module: 'main', file: '/src/shop/shop.go', line: 9 });
    expect(isErrorMachinery(frame('must[...]'), 'go')).toBe(true);
    expect(isErrorMachinery(frame('Must'), 'go')).toBe(true);
    expect(isErrorMachinery({ ...frame('Must[go.shape.int]'), module: 'github.com/acme/shop/internal/x' }, 'go')).toBe(true);
    // Near misses: a function that does the work and panics, and another language's `must`.
    expect(isErrorMachinery(frame('mustBePositive'), 'go')).toBe(false);
    expect(isErrorMachinery(frame('MustParseConfig'), 'go')).toBe(false);
    expect(isErrorMachinery(frame('Map[...]'), 'go')).toBe(false);
    expect(isErrorMachinery({ function: 'must', module: 'lib.checks', file: '/app/lib/checks.rb', line: 3 }, 'ruby')).toBe(false);
  });
});
