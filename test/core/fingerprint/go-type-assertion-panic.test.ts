// A Go type assertion's panic (`interface conversion: interface {} is string, not float64`) is a
// *runtime.TypeAssertionError (Go's runtime/error.go): the OpenTelemetry Go SDK types the span's
// exception so, and a goroutine dump headed `panic: interface conversion: …` (an unrecovered
// panic, or a Recoverer's slog record with the value and debug.Stack()) is read as that type too
// (src/core/fingerprint/stacktrace/go.ts), so one panic in both forms is one signature. Rows from
// a real run of test/fixtures/fingerprint/programs/go-bugs-11 (Go 1.26, OpenTelemetry Go SDK
// v1.46.0) and go-bugs-4's logged rows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter, type FingerprintInput } from '../../../src/core/fingerprint/index.js';
import { parseGo } from '../../../src/core/fingerprint/stacktrace/go.js';

interface Row { failure: string; build: string; type?: string; message?: string; stacktrace?: string; body?: string }
const load = (name: string) => readFileSync(new URL(`../../fixtures/fingerprint/${name}.ndjson`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const rows = load('go-bugs-11');
const input = (r: Row): FingerprintInput =>
  r.body !== undefined ? { source: 'log', service: 'shop', body: r.body, severityText: 'ERROR', runtime: 'go' } : { source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'go' };
const of = (failure: string, form: 'span' | 'log') => rows.filter((r) => r.failure === failure && (form === 'log') === (r.body !== undefined));

describe("a Go type assertion's panic", () => {
  it('is one signature recorded on the span and logged with its goroutine dump, with a string and a bool, in both builds', () => {
    const fp = createFingerprinter();
    const failure = 'chargeAmount asserts a float64';
    const prints = new Set([...of(failure, 'span'), ...of(failure, 'log')].map((r) => fp.fingerprint(input(r)).fingerprint));
    expect(prints.size).toBe(1);
  });

  it('is read from a dump as *runtime.TypeAssertionError, the value its message', () => {
    const t = parseGo('panic: interface conversion: interface {} is string, not float64 [recovered]\n\ngoroutine 1 [running]:\nmain.chargeAmount(...)\n\t/src/shop/ops.go:61 +0x1d\nmain.main()\n\t/src/shop/main.go:20 +0x25\n');
    expect(t.exceptions[0].type).toBe('*runtime.TypeAssertionError');
    expect(t.exceptions[0].message).toBe('interface conversion: interface {} is string, not float64');
  });

  it("near miss: another runtime panic's dump stays a `panic` read with its value", () => {
    const t = parseGo('panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\nmain.(*Stats).Inc(...)\n\t/src/shop/ops.go:44 +0x1d\nmain.main()\n\t/src/shop/main.go:20 +0x25\n');
    expect(t.exceptions[0].type).toBe('panic');
    expect(t.exceptions[0].message).toBe('assignment to entry in nil map');
  });

  it('near miss: the nil-map panics of two methods stay two signatures, each one in both forms', () => {
    const fp = createFingerprinter();
    const stats = new Set([...of('Stats.Inc writes a nil map', 'span'), ...of('Stats.Inc writes a nil map', 'log')].map((r) => fp.fingerprint(input(r)).fingerprint));
    const cache = new Set([...of('PriceCache.Put writes a nil map', 'span'), ...of('PriceCache.Put writes a nil map', 'log')].map((r) => fp.fingerprint(input(r)).fingerprint));
    const charge = fp.fingerprint(input(of('chargeAmount asserts a float64', 'log')[0])).fingerprint;
    expect(stats.size).toBe(1);
    expect(cache.size).toBe(1);
    expect(new Set([...stats, ...cache, charge]).size).toBe(3);
  });

  it("near miss: go-bugs-4's logged assertion met with a string and a bool stays one signature", () => {
    const fp = createFingerprinter();
    const listen = load('go-bugs-4-logged').filter((r) => r.failure === 'listenPort port not a number');
    expect(new Set(listen.map((r) => JSON.parse(r.body!).panic as string)).size).toBe(2);
    expect(new Set(listen.map((r) => fp.fingerprint(input(r)).fingerprint)).size).toBe(1);
  });
});
