// A recovered panic as zap's production logger writes it (`panic recovered`, the value in
// `panic`, and the stack zap takes with runtime.Callers) is the same failure as its traceback on
// a span: the runtime's raising function under `runtime.gopanic` is dropped as the traceback
// never prints it (stacktrace/go.ts), a generic function's `[...]` frame is read
// (stacktrace/go.ts, bareFunctionName), and the recovered value is the record's message
// (embedded-trace.ts, withFramesHeader). Real Go 1.26 panics, each in both forms
// (programs/go-bugs-25/nearmiss), and zap records that are no recovered panic.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter, type FingerprintResult } from '../../../src/core/fingerprint/index.js';

interface Row { case: string; type?: string; message?: string; stacktrace?: string; body?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/programs/go-bugs-25/nearmiss/nearmiss.ndjson', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Row);

const fp = createFingerprinter();
const asSpan = (c: string): FingerprintResult => {
  const r = rows.find((x) => x.case === c && x.stacktrace !== undefined)!;
  return fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'go' });
};
const asZap = (c: string): FingerprintResult => {
  const r = rows.find((x) => x.case === c && x.body !== undefined)!;
  return fp.fingerprint({ source: 'log', service: 'shop', body: r.body!, severityText: 'ERROR', runtime: 'go' });
};

describe("a recovered panic in zap's frames", () => {
  const panics = ['storeA nil map', 'storeA divide', 'storeB nil map', 'Pick int', 'Pick string', 'Last float64', 'Ring int', 'Ring string', 'MustCompile'];

  it('is one signature with its traceback on the span, for every panic', () => {
    for (const c of panics) expect(asZap(c).fingerprint, c).toBe(asSpan(c).fingerprint);
  });

  it('names the frame that panicked, the generic one too, not the runtime function under gopanic', () => {
    expect(asZap('storeA divide').culprit).toMatch(/^main\.storeA /);
    expect(asZap('Pick int').culprit).toMatch(/^main\.Pick\[\.\.\.\] /);
    expect(asZap('Ring string').culprit).toMatch(/^main\.\(\*Ring\[\.\.\.\]\)\.At /);
    expect(asZap('storeA nil map').message).toBe('assignment to entry in nil map');
  });

  it('keeps apart two panics of one function, one panic in two functions, and two generic functions', () => {
    const [nilA, divA, nilB, pickInt, pickString, last, ringInt, ringString, compile] = panics.map((c) => asZap(c).fingerprint);
    expect(new Set([nilA, divA, nilB, pickInt, last, ringInt, compile]).size).toBe(7);
    // One generic function or method at two types is one statement.
    expect(pickString).toBe(pickInt);
    expect(ringString).toBe(ringInt);
  });

  it("keeps a standard library's raising frame, which the traceback prints too", () => {
    expect(asZap('MustCompile').frames.some((f) => f.module === 'regexp' && f.function === 'MustCompile')).toBe(true);
  });

  it('leaves a record that is no recovered panic under its own words', () => {
    expect(asZap('logged error').message).toContain('quote failed');
    expect(asZap('logged error').message).toContain('tariff missing');
    expect(asZap('recovered without value').message).toContain('worker crashed');
    expect(asZap('recovered without value').fingerprint).not.toBe(asZap('storeB nil map').fingerprint);
  });
});
