// A function run once through Go's sync.OnceValue (or OnceFunc, OnceValues) that panics: "If f
// panics, the returned function will panic with the same value on every call"
// (https://pkg.go.dev/sync#OnceValue). The first call's stack runs into the function (a package
// variable's closure, `main.init.func1`, whose number the crash site leaves out), every later
// call's only into the wrapper's re-panic (`sync.OnceValue[...].func1`) and its caller. Read
// as they were, two loaders' first calls were one signature (`main.init`) and each loader's
// later calls another. The crash site of a stack through such a wrapper is now the wrapper's
// caller, the one frame every call shows (profile `replaysOutcome`, exception.ts). Rows from real
// runs of test/fixtures/fingerprint/programs/go-bugs-14 (Go 1.26.8, OpenTelemetry Go SDK
// v1.46.0; build 2 without inlining and with -trimpath, where the wrapper is the sync package's
// own frame).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter, type FingerprintInput } from '../../../src/core/fingerprint/index.js';
import { goProfile } from '../../../src/core/fingerprint/stacktrace/go.js';

interface Row { failure: string; build: string; type?: string; message?: string; stacktrace?: string; body?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/go-bugs-14.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const span = (r: Row): FingerprintInput => ({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'go' });
const spanPrints = (failure: string) => {
  const fp = createFingerprinter();
  return new Set(rows.filter((r) => r.failure === failure && r.stacktrace).map((r) => fp.fingerprint(span(r)).fingerprint));
};

describe('a panic replayed by sync.OnceValue', () => {
  it("is one signature per loader, first call and later calls, in both builds; two loaders two", () => {
    const rates = rows.filter((r) => r.failure === 'rates loader file missing' && r.stacktrace);
    // The first call's stack runs into the loader, the next one's does not.
    expect(rates.some((r) => r.stacktrace!.includes('main.init.func1()'))).toBe(true);
    expect(rates.some((r) => !r.stacktrace!.includes('main.init.func1()') && r.stacktrace!.includes('sync.OnceValue[...].func1()'))).toBe(true);
    const a = spanPrints('rates loader file missing');
    const b = spanPrints('zones loader file missing');
    expect(a.size).toBe(1);
    expect(b.size).toBe(1);
    expect([...a][0]).not.toBe([...b][0]);
  });

  it("the crash site is the wrapper's caller, and the wrapper is not said to raise it", () => {
    const first = rows.find((r) => r.failure === 'zones loader file missing' && r.stacktrace?.includes('main.init.func2()'))!;
    const r = createFingerprinter().fingerprint(span(first));
    expect(r.culprit).toMatch(/^main\.zoneOf/);
    expect(r.explain.join('\n')).not.toMatch(/raised by: sync/);
  });

  it('knows the wrapper by its file, or by its name where no file is printed', () => {
    const replays = goProfile.replaysOutcome!;
    expect(replays({ function: 'init.OnceValue[...].func3.1', module: 'main', file: '/usr/local/go/src/sync/oncefunc.go' })).toBe(true);
    expect(replays({ function: 'OnceValue[...].func1', module: 'sync', file: 'sync/oncefunc.go' })).toBe(true);
    expect(replays({ function: 'OnceFunc.func2', module: 'sync' })).toBe(true);
    // Near misses: sync.Once itself runs the function once but replays nothing (a panic in Do's
    // function is raised once, later calls do nothing), and an application's own once helper.
    expect(replays({ function: '(*Once).doSlow', module: 'sync', file: '/usr/local/go/src/sync/once.go' })).toBe(false);
    expect(replays({ function: 'loadOnce.func1', module: 'main', file: '/app/oncefunc_test.go' })).toBe(false);
    expect(replays({ function: 'OnceValueCache', module: 'main', file: '/app/cache.go' })).toBe(false);
  });

  it('near miss: a panic in a closure of a package variable with no wrapper keeps its crash site', () => {
    const trace = `goroutine 1 [running]:
main.main.func1.1()
	/app/main.go:20 +0x2ae
panic({0x64b6a0?, 0x8bc080?})
	/usr/local/go/src/runtime/panic.go:860 +0x13a
main.init.func1()
	/app/ops.go:74 +0x85
main.convert(...)
	/app/ops.go:92
main.main()
	/app/main.go:113 +0x3a7
`;
    const r = createFingerprinter().fingerprint({ source: 'span', service: 'shop', type: '*fs.PathError', message: 'open /etc/shop/rates.json: no such file or directory', stacktrace: trace, runtime: 'go' });
    expect(r.culprit).toMatch(/^main\.init/);
  });
});
