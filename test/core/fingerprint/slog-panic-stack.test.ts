// A Go panic a recovering handler logged with log/slog (`"panic", r, "stack",
// string(debug.Stack())`): the goroutine dump is read with the recovered value as its message
// (src/core/fingerprint/embedded-trace.ts, withPanicHeader). Rows from a real run of
// test/fixtures/fingerprint/programs/go-bugs-9 (Go 1.26, OpenTelemetry Go SDK v1.46.0): the same
// panic recorded on the request's span and logged by slog.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter, type FingerprintInput } from '../../../src/core/fingerprint/index.js';

interface Row { failure: string; build: string; type?: string; message?: string; stacktrace?: string; body?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/go-bugs-9.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const input = (r: Row): FingerprintInput =>
  r.body !== undefined ? { source: 'log', service: 'shop', body: r.body, severityText: 'ERROR', runtime: 'go' } : { source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'go' };
const first = (failure: string, form: 'span' | 'log', build = '1') => rows.find((r) => r.failure === failure && r.build === build && (form === 'log') === (r.body !== undefined))!;

describe('a slog record of a recovered panic with its goroutine dump', () => {
  it('is the signature of the same panic recorded on the span, per handler', () => {
    const fp = createFingerprinter();
    const price = ['span', 'log'].map((f) => fp.fingerprint(input(first('priceBatch Done per repeated sku', f as 'span' | 'log'))).fingerprint);
    const stock = ['span', 'log'].map((f) => fp.fingerprint(input(first('stockBatch Done per repeated sku', f as 'span' | 'log'))).fingerprint);
    expect(price[1]).toBe(price[0]);
    expect(stock[1]).toBe(stock[0]);
    expect(price[0]).not.toBe(stock[0]);
  });

  it('reads the recovered value as the message', () => {
    const r = createFingerprinter().fingerprint(input(first('priceBatch Done per repeated sku', 'log')));
    expect(r.explain.join('\n')).toContain('message: "sync: negative WaitGroup counter"');
  });

  it('near misses: without a `panic` field, or with a stack that is not a goroutine dump, the record is read as before', () => {
    const body = JSON.parse(first('priceBatch Done per repeated sku', 'log').body!) as Record<string, string>;
    const { panic: _, ...withoutPanic } = body;
    const r = createFingerprinter().fingerprint({ source: 'log', service: 'shop', body: JSON.stringify(withoutPanic), severityText: 'ERROR', runtime: 'go' });
    expect(r.explain.join('\n')).toContain('message: empty');
    // zap's frames-first stack keeps its record header (msg and error), not a panic line.
    const zap = { level: 'error', msg: 'request failed', error: 'unknown time zone Europe/Pari', panic: 'not read', stacktrace: 'main.scheduleReport\n\t/app/ops.go:97\nmain.main\n\t/app/main.go:40' };
    const z = createFingerprinter().fingerprint({ source: 'log', service: 'shop', body: JSON.stringify(zap), severityText: 'ERROR', runtime: 'go' });
    expect(z.explain.join('\n')).not.toContain('not read');
  });

  it("near miss: the runtime's own panics keep their reading (a type assertion met with a string and a bool is one signature)", () => {
    // programs/go-bugs-4's slog records of listenPort's `port.(float64)` (test/fixtures/fingerprint/go-bugs-4-logged.ndjson).
    const logged = readFileSync(new URL('../../fixtures/fingerprint/go-bugs-4-logged.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
    const fp = createFingerprinter();
    const prints = new Set(logged.filter((r) => r.failure === 'listenPort port not a number').map((r) => fp.fingerprint(input(r)).fingerprint));
    expect(prints.size).toBe(1);
  });
});
