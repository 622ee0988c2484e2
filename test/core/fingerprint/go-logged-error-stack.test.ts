// A Go handler that logs an error value (not a panic) with the stack where it handled it, as
// log/slog's JSONHandler writes `slog.Error("request failed", "err", err, "stack",
// string(debug.Stack()))`: the goroutine's dump has no `panic(` frame and no `panic:` line, and
// the error is in the record's `err` field. Read from its frames alone, every error one function
// logged was one signature with no message. The records are go-bugs-16's (programs/go-bugs-16,
// Go 1.26.8): basketStats's and margins's json.Marshal errors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

interface Row { failure: string; build: string; body?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/go-bugs-16.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const logged = (failure: string) => rows.filter((r) => r.failure.startsWith(failure) && r.body !== undefined).map((r) => r.body!);
const fingerprint = (body: string) => createFingerprinter().fingerprint({ source: 'log', service: 'shop', body, severityText: 'ERROR', runtime: 'go' });
/** The record with its `err` field's text replaced (another error the same statement logged). */
const withErr = (body: string, err: string) => JSON.stringify({ ...JSON.parse(body), err });

describe("a Go error logged with the handler's stack", () => {
  it("is read with the error it logged as its message", () => {
    const [first] = logged('margins');
    expect(fingerprint(first).message).toBe('json: unsupported value: +Inf');
  });

  it('is one signature for one error across builds and data, two for two errors at one site', () => {
    const margins = logged('margins');
    expect(new Set(margins.map((b) => fingerprint(b).fingerprint)).size).toBe(1);
    // Another error logged by the same statement (json's UnsupportedTypeError wording): another signature.
    const other = withErr(margins[0], 'json: unsupported type: func() int');
    expect(fingerprint(other).fingerprint).not.toBe(fingerprint(margins[0]).fingerprint);
  });

  it("leaves a recovered panic's record as it was: its `panic` field is the value", () => {
    const nil = rows.find((r) => r.failure.startsWith('remind') && r.body !== undefined)!.body!;
    expect(fingerprint(withErr(nil, 'reminder not sent')).message).toBe(fingerprint(nil).message);
  });
});
