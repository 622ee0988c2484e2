// A closure returned by a closure of a function the compiler inlined lands twice: pricer's
// closure returns a closure, and where pricer and its closure are both inlined into quote, the
// inner closure is named after where each landed, `main.quote.quote.pricer.func1.func2` (Go
// 1.26.8, programs/go-bugs-15); a build without inlining (-gcflags=all=-l) names it
// `main.pricer.func1.1`, and a closure added above it `main.pricer.func2.1`. Each landing is read
// off as one inlined closure's is (go-inlined-closures.test.ts), so all of them are keyed by the
// function that declares them, `main.pricer`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseGo } from '../../../src/core/fingerprint/stacktrace/go.js';
import { frameKey } from '../../../src/core/fingerprint/frame-key.js';

interface Row { failure: string; build: string; type?: string; message?: string; stacktrace?: string; body?: string }

const rows = readFileSync(new URL('../../fixtures/fingerprint/go-bugs-15.ndjson', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Row)
  .filter((r) => r.stacktrace !== undefined);

const fns = (trace: string) => parseGo(trace).exceptions[0].frames.map((f) => `${f.module}.${f.function}`);
const frame = (fn: string, line: number) => `${fn}(...)\n\t/srv/app/ops.go:${line}\n`;
const trace = (...fs: string[]) => `goroutine 1 [running]:\n${fs.join('')}`;

describe('a Go closure returned by a closure, both inlined into one function', () => {
  it("keeps each closure's panic in one signature across the inlined and the -l build", () => {
    const fp = createFingerprinter();
    for (const failure of ["pricer's per-unit closure over zero units", "splitter's share closure over zero parties"]) {
      const own = rows.filter((r) => r.failure === failure);
      expect(own.map((r) => r.build)).toEqual(['1', '1', '2', '2']);
      expect(own[0].stacktrace).toMatch(/main\.(quote\.quote\.pricer|split\.split\.splitter)\.func1\.func2\(/);
      expect(own[2].stacktrace).toMatch(/main\.(pricer|splitter)\.func2\.1\(/);
      const prints = new Set(own.map((r) => fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'go' }).fingerprint));
      expect(prints.size, failure).toBe(1);
    }
    // Near miss: the two declaring functions' closures, one message, stay two signatures.
    const one = (failure: string) => fp.fingerprint({ source: 'span', service: 'shop', ...rows.find((r) => r.failure === failure), runtime: 'go' }).fingerprint;
    expect(one("pricer's per-unit closure over zero units")).not.toBe(one("splitter's share closure over zero parties"));
  });

  it('reads off every landing in a function the trace holds a frame of, and no other', () => {
    expect(fns(trace(frame('main.quote.quote.pricer.func1.func2', 94), frame('main.quote', 112)))).toEqual(['main.pricer.func1.func2', 'main.quote']);
    expect(fns(trace(frame('main.(*Desk).Quote.(*Desk).Quote.pricer.func1.func2', 94), frame('main.(*Desk).Quote', 112)))).toEqual(['main.pricer.func1.func2', 'main.(*Desk).Quote']);
    // Near misses: quote2's own closure's closure inlined into quote2 (`main.quote2.func1.1`
    // built with -l; Go 1.26.8) lands once, its `func1.func2` naming no inlined function;
    // without a frame of quote in the trace the first name may be a type's (a value method's
    // closure) and stays.
    expect(fns(trace(frame('main.quote2.quote2.func1.func2', 10), frame('main.quote2', 12)))).toEqual(['main.quote2.func1.func2', 'main.quote2']);
    expect(frameKey({ function: 'quote2.func1.func2', module: 'main', file: '/srv/app/ops.go', line: 10 }, 'go')).toBe(frameKey({ function: 'quote2.func1.1', module: 'main', file: '/srv/app/ops.go', line: 10 }, 'go'));
    expect(fns(trace(frame('main.quote.quote.pricer.func1.func2', 94), frame('main.handle', 112)))).toEqual(['main.quote.quote.pricer.func1.func2', 'main.handle']);
  });
});
