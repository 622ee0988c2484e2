// A Go runtime error (`runtime error: index out of range [4] with length 3`, `slice bounds out of
// range [:8] with capacity 5`) that a Recoverer middleware logged with log/slog (`"panic", err,
// "stack", string(debug.Stack())`) is read with the recovered value as the dump's message, as any
// other recovered value is (src/core/fingerprint/embedded-trace.ts, withPanicHeader); a type
// assertion's panic too, read as a *runtime.TypeAssertionError whose words (the value's dynamic
// type) do not contribute (go-type-assertion-panic.test.ts). Rows from a real run of
// test/fixtures/fingerprint/programs/go-bugs-10 (Go 1.26, OpenTelemetry Go SDK v1.46.0): each
// panic recorded on the request's span and logged by the middleware.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter, type FingerprintInput } from '../../../src/core/fingerprint/index.js';

interface Row { failure: string; build: string; type?: string; message?: string; stacktrace?: string; body?: string }
const load = (name: string) => readFileSync(new URL(`../../fixtures/fingerprint/${name}.ndjson`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const rows = load('go-bugs-10');
const input = (r: Row): FingerprintInput =>
  r.body !== undefined ? { source: 'log', service: 'shop', body: r.body, severityText: 'ERROR', runtime: 'go' } : { source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'go' };
const of = (failure: string, form: 'span' | 'log') => rows.filter((r) => r.failure === failure && (form === 'log') === (r.body !== undefined));

describe("a slog record of a recovered runtime error with its goroutine dump", () => {
  it('is the signature of the same panic recorded on the span, in both builds and with other indexes', () => {
    const fp = createFingerprinter();
    for (const failure of ['Page past the end of the catalogue', 'topCustomers rank past the ranking']) {
      const prints = new Set([...of(failure, 'span'), ...of(failure, 'log')].map((r) => fp.fingerprint(input(r)).fingerprint));
      expect(prints.size, failure).toBe(1);
    }
  });

  it('reads the recovered value as the message', () => {
    const r = createFingerprinter().fingerprint(input(of('topCustomers rank past the ranking', 'log')[0]));
    expect(r.explain.join('\n')).toMatch(/message: "runtime error: index out of range/);
  });

  it('near miss: the two handlers, one slicing and one indexing, stay two signatures', () => {
    const fp = createFingerprinter();
    const page = fp.fingerprint(input(of('Page past the end of the catalogue', 'log')[0])).fingerprint;
    const top = fp.fingerprint(input(of('topCustomers rank past the ranking', 'log')[0])).fingerprint;
    expect(page).not.toBe(top);
  });

  it("near miss: a type assertion's panic is read without its dynamic type (a string and a bool met at one assertion are one signature)", () => {
    // programs/go-bugs-4's slog records of listenPort's `port.(float64)`.
    const logged = load('go-bugs-4-logged');
    const fp = createFingerprinter();
    const listen = logged.filter((r) => r.failure === 'listenPort port not a number');
    expect(new Set(listen.map((r) => JSON.parse(r.body!).panic as string)).size).toBe(2);
    expect(new Set(listen.map((r) => fp.fingerprint(input(r)).fingerprint)).size).toBe(1);
    expect(fp.fingerprint(input(listen[0])).explain.join('\n')).not.toContain('interface conversion');
  });
});
