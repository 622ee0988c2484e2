// Ruby 2.5–2.7's reversed backtrace (`N: from` lines outermost first, the raise site's head last):
// found in threads-55 (issue-thread-traces-55.test.ts), where administrate's source_reflection
// failure printed by Ruby 2.5 read as the head alone, a cause with one frame
// (src/core/fingerprint/ruby-numbered-backtrace.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

interface Row { group: string; source: string; type?: string; message?: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-55/ruby.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', type: 'ZeroDivisionError', message: 'divided by 0', stacktrace }).fingerprint;

const TOP_ORDER = [
  "/app/lib/calc.rb:2:in `divide': divided by 0 (ZeroDivisionError)",
  "\tfrom /app/lib/calc.rb:5:in `run'",
  "\tfrom /app/bin/calc:10:in `<main>'",
].join('\n');
const BOTTOM_ORDER = [
  'Traceback (most recent call last):',
  "\t2: from /app/bin/calc:10:in `<main>'",
  "\t1: from /app/lib/calc.rb:5:in `run'",
  "/app/lib/calc.rb:2:in `divide': divided by 0 (ZeroDivisionError)",
].join('\n');

describe("Ruby's reversed (numbered) backtrace", () => {
  it('is read raise site first, frame 1 its caller, with or without the Traceback line', () => {
    const t = parseStacktrace(BOTTOM_ORDER);
    expect(t.runtime).toBe('ruby');
    expect(t.exceptions).toHaveLength(1);
    expect(t.exceptions[0].type).toBe('ZeroDivisionError');
    expect(t.exceptions[0].frames.map((f) => f.function)).toEqual(['divide', 'run', '<main>']);
    const cut = BOTTOM_ORDER.split('\n').slice(2).join('\n');
    expect(parseStacktrace(cut).exceptions[0].frames.map((f) => f.function)).toEqual(['divide', 'run']);
  });

  it('is one signature with the same exception printed top first', () => {
    expect(fp(BOTTOM_ORDER)).toBe(fp(TOP_ORDER));
  });

  it('near misses: another raise site under the same numbered callers stays apart; unnumbered `from` lines read as before', () => {
    const otherRaise = BOTTOM_ORDER.replace("calc.rb:2:in `divide'", "calc.rb:3:in `modulo'");
    expect(fp(otherRaise)).not.toBe(fp(BOTTOM_ORDER));
    // A `from` line without a number is the top-order continuation, read as before.
    expect(parseStacktrace(TOP_ORDER).exceptions[0].frames.map((f) => f.function)).toEqual(['divide', 'run', '<main>']);
  });

  it("real: administrate's source_reflection failure in Ruby 2.5's tail reads the generator's frames (#1881)", () => {
    const row = rows.find((r) => r.source.endsWith('/administrate/issues/1881'))!;
    const t = parseStacktrace(row.stacktrace!);
    expect(t.exceptions).toHaveLength(1);
    expect(t.exceptions[0].frames.map((f) => f.function)).toEqual(['source_reflection', 'derive_class_name', 'class_name', 'relationship_options_string', 'association_type']);
  });
});
