// Generic code whose trace does not print its type arguments (Go's `main.firstOf[...]`,
// `main.(*Cache[...]).Put`; a method of a .NET generic type, `` Repository`1[T].Get ``) is a
// helper its callers hand their own values to, once per instantiation. Real programs
// (programs/go-bugs-3, the OpenTelemetry Go SDK's span.End with its stack; programs/dotnet-bugs-3,
// Mono 6.8) had two handlers taking the first of an empty list through one generic `firstOf`,
// two caches of two types written through one `Cache[K, V].Put`, and two services reading a
// missing id through one `Repository<T>.Get`, each pair at one crash site and one signature. The
// first in-app caller that is not generic now joins the crash site, standing for the type
// arguments; the same failure stays one signature across builds (lines moved, inlining off,
// -trimpath; a release build without symbols).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { dotnetProfile } from '../../../src/core/fingerprint/stacktrace/dotnet.js';
import { goProfile } from '../../../src/core/fingerprint/stacktrace/go.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; type?: string; message?: string; stacktrace?: string; body?: string }
const load = (name: string): Row[] => readFileSync(new URL(`../../fixtures/fingerprint/${name}.ndjson`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

function fingerprinted(rows: Row[], runtime: string) {
  const fp = createFingerprinter();
  return rows.map((r) => ({ ...r, result: fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime }) }));
}

describe("generic code's caller", () => {
  it('tells two uses of one generic Go function or method apart, one signature each across three builds', () => {
    const rows = load('go-bugs-3').filter((r) => /firstOf|Cache\.Put/.test(r.failure));
    expect(rows).toHaveLength(24);
    const results = fingerprinted(rows, 'go');
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
    expect(results[0].result.explain).toContain("generic code's caller: main.latestOrder — contributes (the crash site is generic code, written once for every type it is instantiated with, and the trace does not print the type arguments: the caller says which use of it failed)");
  });

  it('tells two callers of one method of a .NET generic type apart, with and without debug symbols', () => {
    const rows = load('dotnet-bugs-3').filter((r) => r.failure.startsWith('Billing.') || r.failure.startsWith('Cart.'));
    expect(rows).toHaveLength(12);
    const results = fingerprinted(rows, 'dotnet');
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
  });

  it('leaves other crash sites as they were: callers do not contribute', () => {
    // One worker started by two go statements is one failure (programs/go-bugs-3 drain), and a
    // .NET dictionary read in a plain method from two keys (Catalog.PriceOf) is one.
    const rows = load('go-bugs-3').filter((r) => r.failure === 'drain send on closed channel');
    expect(new Set(fingerprinted(rows, 'go').map((r) => r.result.fingerprint)).size).toBe(1);
    const priced = load('dotnet-bugs-3').filter((r) => r.failure === 'Catalog.PriceOf sku unknown');
    const results = fingerprinted(priced, 'dotnet');
    expect(new Set(results.map((r) => r.result.fingerprint)).size).toBe(1);
    expect(results.every((r) => !r.result.explain.some((e) => e.startsWith("generic code's caller")))).toBe(true);
  });

  it('is known by the frame: Go `[...]`, a .NET type with an arity, not the compiler\'s classes of a generic method', () => {
    expect(goProfile.genericCode!({ module: 'main', function: 'firstOf[...]' })).toBe(true);
    expect(goProfile.genericCode!({ module: 'main', function: '(*Cache[...]).Put' })).toBe(true);
    expect(goProfile.genericCode!({ module: 'main', function: 'main.func2' })).toBe(false);
    expect(goProfile.genericCode!({ module: 'main', function: '(*Reports).exportCSV' })).toBe(false);
    expect(dotnetProfile.genericCode!({ module: 'Shop.Sales.Repository`1', function: 'Get' })).toBe(true);
    expect(dotnetProfile.genericCode!({ module: 'NzbDrone.Core.Datastore.BasicRepository`1', function: 'Get' })).toBe(true);
    // Wox#4134: a lambda of the generic method PluginManager.GetPluginsForInterface<T>; its
    // report in Wox#4050 was cut after this frame, and the two stay one signature.
    expect(dotnetProfile.genericCode!({ module: 'Wox.Core.Plugin.PluginManager.<>c__27`1', function: '<GetPluginsForInterface>b__27_0' })).toBe(false);
    expect(dotnetProfile.genericCode!({ module: 'Shop.Sales.Catalog', function: 'PriceOf' })).toBe(false);
  });
});
