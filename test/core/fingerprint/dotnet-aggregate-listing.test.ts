// AggregateException.ToString() prints its first inner exception inline, then lists every inner
// exception again, `---> (Inner Exception #N) Type: message` + frames + `<---`. A real Mono 6.8
// service (programs/dotnet-bugs-4) whose Nightly.Run waits on two tasks read that listing as one
// more inner exception whose type was the label and the message (`(Inner Exception #0)
// System.Collections.Generic.KeyNotFoundException: The given key 'USD' was not present in the
// dictionary.`), so each unknown currency was a signature of its own. The listing repeats the
// inline inner exception: it is skipped, and what follows it (an outer exception's frames, where
// one printed the aggregate as its inner one) is read on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseDotnet } from '../../../src/core/fingerprint/stacktrace/dotnet.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; build: string; type: string; message: string; stacktrace: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/dotnet-bugs-4.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const nightly = rows.filter((r) => r.failure.startsWith('Nightly.Run'));

describe("AggregateException's listing of its inner exceptions", () => {
  it('keeps one unknown key one signature, and two inner causes of one Task.WaitAll apart', () => {
    expect(new Set(nightly.map((r) => r.failure))).toEqual(new Set(['Nightly.Run currency unknown', 'Nightly.Run no visits']));
    const fp = createFingerprinter();
    const results = nightly.map((r) => ({ ...r, result: fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'dotnet' }) }));
    expect(splitFailures(results)).toEqual([]);
    expect(mergedFailures(results)).toEqual([]);
  });

  it('reads the chain up to the listing: the outer exception and its inline inner, with its frames', () => {
    const trace = parseDotnet(nightly[0].stacktrace);
    expect(trace.exceptions.map((e) => e.type)).toEqual(['System.AggregateException', 'System.Collections.Generic.KeyNotFoundException']);
    expect(trace.exceptions[1].frames.map((f) => f.function)).toContain('Convert');
  });

  it('near miss: a job wrapping the aggregate (Mono prints the inner one without its listing) keeps its frames, its two causes apart', () => {
    const jobs = rows.filter((r) => r.failure.startsWith('Nightly.Job'));
    expect(jobs).toHaveLength(12);
    const fp = createFingerprinter();
    const results = jobs.map((r) => ({ ...r, result: fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'dotnet' }) }));
    expect(splitFailures(results)).toEqual([]);
    expect(mergedFailures(results)).toEqual([]);
    const trace = parseDotnet(jobs[0].stacktrace);
    expect(trace.exceptions.map((e) => e.type)).toEqual(['System.InvalidOperationException', 'System.AggregateException', 'System.Collections.Generic.KeyNotFoundException']);
    expect(trace.exceptions[0].frames.map((f) => f.function)).toContain('Job');
  });

  it(".NET's own print, every inner exception listed after the inline one, reads the inline one", () => {
    // As https://github.com/dotnet/runtime/issues/49995 shows Task.WhenAll's AggregateException
    // of six exceptions printed by .NET Core 3.1.
    const trace = parseDotnet(
      [
        'System.AggregateException: One or more errors occurred. (0) (1) (2)',
        ' ---> System.Exception: 0',
        '   at Submission#0.<<Initialize>>d__0.MoveNext() in c:\\Users\\d_hig\\source\\yotta\\testy\\main.csx:line 8',
        '   --- End of inner exception stack trace ---',
        ' ---> (Inner Exception #1) System.Exception: 1<---',
        '',
        ' ---> (Inner Exception #2) System.Exception: 2<---',
      ].join('\n'),
    );
    expect(trace.exceptions.map((e) => e.type)).toEqual(['System.AggregateException', 'System.Exception']);
  });

  it('near miss: an inner exception line that is not a listing is still an inner exception', () => {
    // .NET's own format of a wrapped exception (no `(Inner Exception #N)` label).
    const trace = parseDotnet(
      [
        'System.InvalidOperationException: Failed to load settings ---> System.FormatException: Input string was not in a correct format.',
        '   at System.Number.ParseInt32(String s)',
        '   at Shop.Settings.Load(String path) in /src/Settings.cs:line 12',
        '   --- End of inner exception stack trace ---',
        '   at Shop.Settings.Load(String path) in /src/Settings.cs:line 16',
      ].join('\n'),
    );
    expect(trace.exceptions.map((e) => e.type)).toEqual(['System.InvalidOperationException', 'System.FormatException']);
  });
});
