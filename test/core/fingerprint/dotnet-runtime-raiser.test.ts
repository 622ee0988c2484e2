// The type of the .NET runtime's method holding the throw of a specific type names which of a
// method's calls raised it (dotnet-runtime-raiser.ts). Real Mono 6.8 runs: programs/dotnet-bugs-22 (Sku.Segment's
// List indexer and Substring, ArgumentOutOfRangeException both, in three builds), and a program
// of two lines written for this test, `static string Head(string s, int width) { return
// s.Substring(0, width); }` called as Head("abc", 9) and Head("abc", -1), compiled with Debian's
// mcs (-debug, folder mapped to /_/) and run with `mono --debug` (Mono 6.8.0.105).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runtimeRaiser } from '../../../src/core/fingerprint/dotnet-runtime-raiser.js';
import { fingerprintLabelled, mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; build?: string; type: string; message: string; stacktrace: string }
const rows = (failures: RegExp): Row[] =>
  readFileSync(new URL('../../fixtures/fingerprint/dotnet-bugs-22.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row).filter((r) => failures.test(r.failure));
const fingerprinted = (rs: Row[]) => fingerprintLabelled(rs, (r) => ({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'dotnet' }));
const raisedBy = (rs: ReturnType<typeof fingerprinted>) => new Set(rs.map((r) => r.result.explain.find((e) => e.startsWith('raised by the runtime'))?.replace(/ — .*/, '')));

// Head("abc", 9) and Head("abc", -1): one statement, two of Substring's messages.
const substring = (message: string, offset: string): Row => ({
  failure: 'Cut.Head cuts the text',
  type: 'System.ArgumentOutOfRangeException',
  message: `${message}\nParameter name: length`,
  stacktrace: `System.ArgumentOutOfRangeException: ${message}\nParameter name: length\n  at System.String.Substring (System.Int32 startIndex, System.Int32 length) [${offset}] in <12b418a7818c4ca0893feeaaf67f1e7f>:0 \n  at Cut.Head (System.String s, System.Int32 width) [0x00004] in /_/Cut.cs:4 \n  at Cut.Main () [0x00024] in /_/Cut.cs:8 `,
});

describe('the .NET runtime method that raised a specific exception', () => {
  it("tells a method's List indexer and Substring apart, each one failure in every build", () => {
    const results = fingerprinted(rows(/^Sku\.Segment/));
    expect(new Set(results.map((r) => r.build))).toEqual(new Set(['1', '2', '3']));
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
    expect(raisedBy(results)).toEqual(new Set(["raised by the runtime's System.Collections.Generic.List", "raised by the runtime's System.String"]));
  });

  // Near misses. One statement whose runtime method words its refusal by the argument at fault
  // stays one failure: the message still does not contribute.
  it('keeps one statement one signature whatever message the runtime method chose', () => {
    const results = fingerprinted([substring('Index and length must refer to a location within the string.', '0x00058'), substring('Length cannot be less than zero.', '0x0003a')]);
    expect(new Set(results.map((r) => r.result.fingerprint)).size).toBe(1);
  });

  // The top frame is the raiser, not the method the crash site called: Copier.Copy's
  // MemoryStream.Read and MemoryStream.Write both raise in MemoryStream.EnsureNotClosed, so the
  // read and the write stay one signature (bugs-22-programs.test.ts lists it as left).
  it('reads the top frame, not the method the crash site called', () => {
    const results = fingerprinted(rows(/^Copier\.Copy/));
    expect(raisedBy(results)).toEqual(new Set(["raised by the runtime's System.IO.MemoryStream"]));
    expect(mergedFailures(results)).toHaveLength(1);
  });

  // The application's own throw (the parser's FormatException), a generic type raised by the
  // runtime (InvalidOperationException from List.ForEach: the function the crash site called
  // names it, as before) and a type the application made (NotImplementedException thrown in its
  // stub) add nothing.
  it("adds nothing to the application's own throws or to generic types", () => {
    for (const failures of [/^Parser\./, /^Basket\.Prune/, /Render stub$/]) expect(raisedBy(fingerprinted(rows(failures)))).toEqual(new Set([undefined]));
  });

  // A null the application passed: the runtime method that refused it is whichever met it first.
  // dotnet-bugs-8's null list met OrderByDescending in one release and a Where added before it
  // in the next (`Parameter name: source` both): one failure, one signature.
  it('leaves ArgumentNullException to the crash site, whichever runtime method refused the null', () => {
    const bugs8 = readFileSync(new URL('../../fixtures/fingerprint/dotnet-bugs-8.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row).filter((r) => r.failure === 'TopSellers.Top lines null');
    expect(new Set(bugs8.map((r) => r.stacktrace.split('\n')[2].replace(/ \(.*/, '')))).toEqual(new Set(['  at System.Linq.OrderedEnumerable`2[TElement,TKey]..ctor', '  at System.Linq.Enumerable.Where[TSource]']));
    expect(new Set(fingerprinted(bugs8).map((r) => r.result.fingerprint)).size).toBe(1);
    expect(runtimeRaiser({ function: 'Where', module: 'System.Linq.Enumerable' }, 'dotnet', 'System.ArgumentNullException')).toBeUndefined();
  });

  // Another runtime release raising in another method of the same type: Jackett's Double.Parse
  // (Jackett/Jackett#8493 on an older Mono: Number.ParseDouble; #7543 on Mono 6.8:
  // Number.ThrowOverflowOrFormatException above it) is one failure, one runtime type.
  it('keys the type, which a runtime release keeps where it moves the throw into a helper', () => {
    const older = { function: 'ParseDouble', module: 'System.Number' };
    const newer = { function: 'ThrowOverflowOrFormatException', module: 'System.Number' };
    expect(runtimeRaiser(older, 'dotnet', 'System.FormatException')).toBe(runtimeRaiser(newer, 'dotnet', 'System.FormatException'));
  });

  it('is .NET only', () => {
    const top = { function: 'substring', module: 'java.lang.String', file: 'String.java', line: 2688 };
    expect(runtimeRaiser(top, 'java', 'java.lang.StringIndexOutOfBoundsException')).toBeUndefined();
    expect(runtimeRaiser({ function: 'Substring', module: 'System.String' }, 'dotnet', 'System.ArgumentOutOfRangeException')).toBe('System.String');
  });
});
