// Errors a Go service reports through OpenTelemetry's own Go APIs (rounds-fp/10): a real service
// (test/fixtures/fingerprint/programs/go-otel-errors, OpenTelemetry Go SDK 1.47, the official
// otelzap bridge 0.21 over zap 1.28), its OTLP/protobuf exports concatenated. Two handlers fail
// with one error (sql.ErrNoRows), one of them also with a refused connection; each failure twice
// with other data. On the handlers' spans, span.RecordError records no stack: where it happened
// is the span. Through otelzap, zap's stack of frames only is the exception's stack trace.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { fingerprintInputOf } from '../../../src/core/fingerprint/input-of.js';
import type { ErrorEvent } from '../../../src/core/model.js';
import { decodeLogsProto, decodeTracesProto } from '../../../src/ingest/decode/index.js';

const options = { severityThreshold: 17, captureHandled: true };
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/fingerprint/otlp/${name}`, import.meta.url));
const spans = decodeTracesProto(fixture('go-record-error-spans.pb'), options).events;
const logs = decodeLogsProto(fixture('go-otelzap-logs.pb'), options).events;

function signatures(events: ErrorEvent[], failureOf: (e: ErrorEvent) => string) {
  const fp = createFingerprinter();
  const results = events.map((e) => ({ failure: failureOf(e), result: fp.fingerprint(fingerprintInputOf(e)) }));
  const byFailure = new Map<string, Set<string>>();
  for (const r of results) byFailure.set(r.failure, (byFailure.get(r.failure) ?? new Set()).add(r.result.fingerprint));
  return { results, byFailure };
}

describe('a Go service\'s errors without a stack trace (span.RecordError)', () => {
  it('are what the fixture says: one error from two handlers, no stack', () => {
    expect(spans).toHaveLength(6);
    expect(spans.every((e) => e.exception && !e.exception.stacktrace)).toBe(true);
    const noRows = spans.filter((e) => e.exception?.message === 'sql: no rows in result set').map((e) => e.spanName);
    expect(new Set(noRows)).toEqual(new Set(['order not found', 'user not found']));
  });

  it('are one signature per failure and never one for two: the span says where', () => {
    const { results, byFailure } = signatures(spans, (e) => e.spanName!);
    expect([...byFailure.values()].map((s) => s.size)).toEqual([1, 1, 1]);
    expect(new Set(results.map((r) => r.result.fingerprint)).size).toBe(3);
    expect(results[0].result.explain.join('\n')).toMatch(/the span it was recorded on: order not found/);
  });
});

describe('a Go service\'s errors logged through otelzap', () => {
  it('carry zap\'s frames-only stack as their stack trace', () => {
    expect(logs).toHaveLength(6);
    expect(logs[0].exception?.stacktrace).toMatch(/^main\.\(\*server\)\.getOrder\n\t/);
  });

  it('are one signature per failure, shown by the error\'s own message, not the first frame', () => {
    const { results, byFailure } = signatures(logs, (e) => String(e.attributes.failure));
    expect([...byFailure.values()].map((s) => s.size)).toEqual([1, 1, 1]);
    expect(new Set(results.map((r) => r.result.fingerprint)).size).toBe(3);
    expect(results.find((r) => r.failure === 'user not found')!.result).toMatchObject({ message: 'sql: no rows in result set', culprit: expect.stringMatching(/^main\.\(\*server\)\.getUser/) });
  });
});

describe('the same records without zap\'s stack (a logger without AddStacktrace)', () => {
  // otelzap adds exception.stacktrace only when zap took a stack; it always names the caller
  // (code.function.name, code.file.path, code.line.number) when zap has AddCaller.
  const withoutStack = logs.map((e) => ({ ...e, exception: { ...e.exception!, stacktrace: undefined } }));

  it('name their caller, which says where', () => {
    expect(withoutStack[0].attributes['code.function.name']).toBe('main.(*server).getOrder');
    const { results, byFailure } = signatures(withoutStack, (e) => String(e.attributes.failure));
    expect([...byFailure.values()].map((s) => s.size)).toEqual([1, 1, 1]);
    expect(new Set(results.map((r) => r.result.fingerprint)).size).toBe(3);
    expect(results[0].result.explain.join('\n')).toMatch(/the code the record names: main\.\(\*server\)\.getOrder/);
  });
});
