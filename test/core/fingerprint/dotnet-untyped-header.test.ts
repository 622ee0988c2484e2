// A .NET trace's first line that is no `Type: message` (dotnet-untyped-header.ts): read whole as the
// type, its numbers, times and counters were the type's, so each occurrence of one failure was a
// signature of its own. Found by re-reading the issue-thread collections with another occurrence's
// values on the first line: StackExchange.Redis's timeout pasted without its type
// (StackExchange/StackExchange.Redis#2777, threads-34), NLog's pipe layout with the time first
// (ServiceStack/Issues#699, threads-21), a debugger's watch copied with its brace
// (marcojak/MauiMTAdmob#67, threads-28) and Mono's `Thread started:  #9` lines above the error.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { untypedHeader } from '../../../src/core/fingerprint/dotnet-untyped-header.js';
import { loadThreadTraces } from './thread-traces.js';

const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });
const row = (collection: string, url: string) => loadThreadTraces(collection, 'dotnet').find((r) => r.source === url)!.stacktrace!;

describe('a header line that is no `Type: message`', () => {
  it('real: a Redis timeout pasted without its type is one signature whatever its counters (StackExchange.Redis#2777)', () => {
    const pasted = row('threads-34', 'https://github.com/StackExchange/StackExchange.Redis/issues/2777');
    const other = pasted.replace('(10000ms)', '(5000ms)').replace('inst: 0, qu: 0, qs: 0', 'inst: 3, qu: 17, qs: 2').replace('sync-ops: 46187', 'sync-ops: 50412');
    expect(other).not.toBe(pasted);
    const a = fp(pasted);
    expect(a.type).toBe('');
    expect(fp(other).fingerprint).toBe(a.fingerprint);
  });

  it("real: NLog's record with the time first names the exception's type, and another time is the same signature (ServiceStack/Issues#699)", () => {
    const logged = row('threads-21', 'https://github.com/ServiceStack/Issues/issues/699');
    const later = logged.replace('2019-12-12 12:14:29.2455', '2019-12-13 08:02:51.0071').replace('Process ID 55', 'Process ID 71');
    const a = fp(logged);
    expect(a.type).toBe('System.Data.SqlClient.SqlException');
    expect(fp(later).fingerprint).toBe(a.fingerprint);
  });

  it("real: a debugger's watch copied with its brace reads as its type and message (MauiMTAdmob#67)", () => {
    const watch = fp(row('threads-28', 'https://github.com/marcojak/MauiMTAdmob/issues/67'));
    expect(watch.type).toBe('System.DllNotFoundException');
  });

  it("Mono's thread lines above the error are the same signature whichever threads started", () => {
    const trace = (threads: number[]) =>
      `${threads.map((n) => `Thread started:  #${n}`).join('\n')}\n[0:] An error occurred: '__Internal'. Callstack: '   at Shop.Ads.BannerHandler.CreatePlatformView()\n   at Shop.Ads.BannerHandler.Connect()`;
    expect(fp(trace([9, 10, 11])).fingerprint).toBe(fp(trace([23, 24, 25])).fingerprint);
  });

  it('near miss: two untyped messages of different failures at one place stay apart', () => {
    const frames = '\n   at Shop.Cache.Store.Set(String key) in /src/Store.cs:line 40\n   at Shop.Api.Put() in /src/Api.cs:line 12';
    const timeout = fp(`Timeout performing SET (5000ms), next: SET cart:9, inst: 0, qu: 3${frames}`);
    const noConnection = fp(`No connection is active/available to service this operation: SET cart:9, inst: 0, qu: 3${frames}`);
    expect(noConnection.fingerprint).not.toBe(timeout.fingerprint);
  });

  it('near miss: a `Type: message` header and a bare type read as before', () => {
    const frames = '\n   at Shop.Orders.Load(Int32 id) in /src/Orders.cs:line 12';
    expect(fp(`System.InvalidOperationException: Sequence contains no elements${frames}`).type).toBe('System.InvalidOperationException');
    expect(fp(`System.InvalidOperationException${frames}`).type).toBe('System.InvalidOperationException');
    expect(untypedHeader('System.InvalidOperationException')).toBeUndefined();
  });

  it('reads the type a line names as a word, not a method named `…Error`, and cuts a frame glued to the line', () => {
    expect(untypedHeader('{System.DllNotFoundException: __Internal')).toEqual({ type: 'System.DllNotFoundException', message: '__Internal' });
    expect(untypedHeader('Rerun the transaction. System.Data.SqlClient.SqlException Void OnError(Boolean b)    at System.Data.SqlClient.SqlConnection.OnError(SqlException exception)')).toEqual({
      type: 'System.Data.SqlClient.SqlException',
      message: 'Rerun the transaction.',
    });
    expect(untypedHeader('call to Shop.Client.OnError(x) failed')).toEqual({ type: '', message: 'call to Shop.Client.OnError(x) failed' });
    expect(untypedHeader('Stack trace:   в Microsoft.EntityFrameworkCore.ChangeTracking.Internal.IdentityMap`1.Add(TKey key)')).toEqual({ type: '', message: '' });
  });
});
