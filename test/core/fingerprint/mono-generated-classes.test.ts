// Mono's compiler names an iterator's class `<Method>c__IteratorN` and a closure's
// `<Method>c__AnonStoreyN`, N a counter over the containing type: adding one above renumbers
// the others. A real Mono 6.8 service (programs/dotnet-bugs-2) whose Csv.Quantities and
// Csv.Prices iterators fail in int.Parse was two signatures per failure across two builds
// (an iterator added above them in build 2; build 3 is its release build); the method's name in
// the class name is kept.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { frameKey } from '../../../src/core/fingerprint/frame-key.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; build: string; type: string; message: string; stacktrace: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/dotnet-bugs-2.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

describe("Mono's generated iterator and closure classes", () => {
  it('keep one iterator one signature across builds, and two iterators of one class apart', () => {
    const mine = rows.filter((r) => r.failure.startsWith('Csv.'));
    expect(new Set(mine.map((r) => r.build))).toEqual(new Set(['1', '2', '3']));
    const fp = createFingerprinter();
    const results = mine.map((r) => ({ ...r, result: fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'dotnet' }) }));
    expect(splitFailures(results)).toEqual([]);
    expect(mergedFailures(results)).toEqual([]);
  });

  it('drop the counter and keep the method, for closures too', () => {
    const key = (fn: string) => frameKey({ function: fn, module: 'Shop.Billing.Reports', file: '/_/Bugs.cs', line: 9 }, 'dotnet');
    expect(key('<FirstSku>c__AnonStorey1.<>m__0')).toBe(key('<FirstSku>c__AnonStorey0.<>m__0'));
    expect(key('<FirstSku>c__AnonStorey1.<>m__0')).not.toBe(key('<CheapestLine>c__AnonStorey0.<>m__0'));
    // Near miss: Roslyn's names keep their own rules (a lambda's ordinal in its method stays).
    expect(key('<Quote>b__3_0')).not.toBe(key('<Quote>b__3_1'));
  });
});
