// .NET's `--- End of stack trace from previous location ---`: the frames below it awaited the
// method that threw. Found in threads-43 (issue-thread-traces-43.test.ts): PowerToys Run's
// NullReferenceException in UWPApplication.Launch's closure, whose frames are library code by their
// Microsoft.* namespace, was pasted through the awaiting UWPApplication.Launch from 0.100.1 and
// without it from 0.89.0 (microsoft/PowerToys#48913, #38113), and the two were two signatures.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-43', 'dotnet');
const row = (suffix: string) => rows.find((r) => r.source.endsWith(suffix))!.stacktrace!;
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'launcher', stacktrace });

const REJOIN = '--- End of stack trace from previous location ---';
const trace = (thrown: string[], awaiting: string[], type = 'System.InvalidOperationException: Sequence contains no elements') =>
  [type, ...thrown.map((f) => `   at ${f}`), REJOIN, ...awaiting.map((f) => `   at ${f}`)].join('\n');

describe('.NET frames past an async rethrow', () => {
  it('real: the 0.100.1 report and the 0.89.0 ones are one signature, named by the closure that threw (microsoft/PowerToys#48913, #38113, #38217)', () => {
    const a = fingerprintOf(row('PowerToys/issues/48913'));
    expect(a.fingerprint).toBe(fingerprintOf(row('PowerToys/issues/38113')).fingerprint);
    expect(a.fingerprint).toBe(fingerprintOf(row('PowerToys/issues/38217')).fingerprint);
    expect(a.explain.join('\n')).toContain('top library frames contribute: Microsoft.Plugin.Program.Programs.UWPApplication.<>c.Launch.lambda');
  });

  it('the parser marks the frames below the line, and an inner exception starts unmarked', () => {
    const parsed = parseStacktrace([
      'System.AggregateException: One or more errors occurred. ---> System.IO.IOException: disk full',
      '   at Vendor.Store.Flush()',
      REJOIN,
      '   at Vendor.Store.SaveAsync()',
      '   --- End of inner exception stack trace ---',
      '   at Vendor.Queue.Drain()',
    ].join('\n'));
    const [outer, inner] = parsed.exceptions;
    expect(inner.frames.map((f) => f.afterRethrow === true)).toEqual([false, true]);
    expect(outer.frames.map((f) => f.afterRethrow === true)).toEqual([false]);
  });

  it('near misses: a thrown part of the runtime\'s code alone keeps the library callers below the line, so two callers stay two signatures', () => {
    const thrown = ['System.Linq.ThrowHelper.ThrowNoElementsException()', 'System.Linq.Enumerable.First[TSource](IEnumerable`1 source)'];
    const a = fingerprintOf(trace(thrown, ['Microsoft.Plugin.Indexer.Main.Query(Query query)']));
    const b = fingerprintOf(trace(thrown, ['Microsoft.Plugin.Shell.Main.Query(Query query)']));
    expect(a.fingerprint).not.toBe(b.fingerprint);
  });

  it('near misses: two library methods that threw stay apart whatever awaited them, and an application frame is the crash site as before', () => {
    const a = fingerprintOf(trace(['Microsoft.Plugin.Program.Programs.Win32Program.Launch()'], ['Microsoft.Plugin.Program.Main.Run()']));
    const b = fingerprintOf(trace(['Microsoft.Plugin.Program.Programs.UWPApplication.Launch()'], ['Microsoft.Plugin.Program.Main.Run()']));
    expect(a.fingerprint).not.toBe(b.fingerprint);
    const app = fingerprintOf(trace(['Shop.Orders.Checkout.Total()'], ['Shop.Orders.Checkout.RunAsync()']));
    expect(app.culprit).toBe('Shop.Orders.Checkout.Total');
  });

  it('made-up: .NET Framework\'s wording of the line (`… where exception was thrown ---`) marks the callers too', () => {
    const older = (awaiting: string) => ['System.InvalidOperationException: Sequence contains no elements', '   at Microsoft.Plugin.Folder.Main.Scan()', '--- End of stack trace from previous location where exception was thrown ---', `   at ${awaiting}`].join('\n');
    expect(fingerprintOf(older('Microsoft.Plugin.Folder.Main.QueryAsync()')).fingerprint).toBe(fingerprintOf(older('Microsoft.Plugin.Folder.Main.ReloadAsync()')).fingerprint);
  });
});
