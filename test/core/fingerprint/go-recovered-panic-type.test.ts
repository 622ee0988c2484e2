// A Go panic whose value is an error of its own type (`panic(err)` with a missing file's
// *fs.PathError) reaches a Collector twice: as the span's exception event, RecordError called in
// the recovering function with the value's type, and as the recovery's log record, which prints
// the value's message and debug.Stack() and no type. The two were two signatures, typed
// *fs.PathError and panic. A recovered panic's value (its trace runs through `panic(…)`) is now
// typed as its log would type it (profile `recoveredType`, stacktrace/go.ts). Rows from real runs
// of test/fixtures/fingerprint/programs/go-bugs-14 (Go 1.26.8, OpenTelemetry Go SDK v1.46.0,
// log/slog's JSONHandler).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter, type FingerprintInput } from '../../../src/core/fingerprint/index.js';

interface Row { failure: string; build: string; type?: string; message?: string; stacktrace?: string; body?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/go-bugs-14.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const input = (r: Row): FingerprintInput =>
  r.body !== undefined ? { source: 'log', service: 'shop', body: r.body, severityText: 'ERROR', runtime: 'go' } : { source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'go' };

const recovered = `goroutine 1 [running]:
go.opentelemetry.io/otel/sdk/trace.(*recordingSpan).RecordError(0x21ca40e205a0, {0x6af240, 0x21ca40dc7470}, {0x21ca40d64a50, 0x1, 0x1})
	/root/go/pkg/mod/go.opentelemetry.io/otel/sdk@v1.46.0/trace/span.go:500 +0x585
main.serve.func1()
	/app/main.go:65 +0x2ae
panic({0x656760?, 0x21ca40dc7470?})
	/usr/local/go/src/runtime/panic.go:860 +0x13a
main.loadRates()
	/app/ops.go:74 +0x85
main.main()
	/app/main.go:113 +0x3a7
`;
const recorded = `goroutine 1 [running]:
go.opentelemetry.io/otel/sdk/trace.(*recordingSpan).RecordError(0x21ca40e205a0, {0x6af240, 0x21ca40dc7470}, {0x21ca40d64a50, 0x1, 0x1})
	/root/go/pkg/mod/go.opentelemetry.io/otel/sdk@v1.46.0/trace/span.go:500 +0x585
main.loadRates()
	/app/ops.go:74 +0x85
main.main()
	/app/main.go:113 +0x3a7
`;
const span = (type: string, message: string, stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'shop', type, message, stacktrace, runtime: 'go' });

describe("a recovered panic's value of its own type", () => {
  it('is one signature as the span records it and as the recovery logs it, per loader', () => {
    for (const failure of ['rates loader file missing', 'zones loader file missing']) {
      const fp = createFingerprinter();
      const prints = new Set(rows.filter((r) => r.failure === failure).map((r) => fp.fingerprint(input(r)).fingerprint));
      expect(prints.size, failure).toBe(1);
    }
  });

  it('is typed panic, its message still naming it', () => {
    const r = span('*fs.PathError', 'open /etc/shop/rates.json: no such file or directory', recovered);
    expect(r.type).toBe('panic');
    expect(span('*fs.PathError', 'open /etc/shop/rates.json: permission denied', recovered).fingerprint).not.toBe(r.fingerprint);
  });

  it('near miss: the same error recorded without a panic keeps its type', () => {
    const r = span('*fs.PathError', 'open /etc/shop/rates.json: no such file or directory', recorded);
    expect(r.type).toBe('*fs.PathError');
  });

  it('near miss: a failed type assertion recovered keeps the type the runtime gives it', () => {
    const r = span('*runtime.TypeAssertionError', 'interface conversion: interface {} is string, not int', recovered);
    expect(r.type).toBe('*runtime.TypeAssertionError');
  });
});
