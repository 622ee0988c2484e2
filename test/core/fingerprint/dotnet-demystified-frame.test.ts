// Ben.Demystifier's frames (dotnet-demystified-frame.ts): the return type before the callee made
// every frame two words, so a demystified trace had no frames (dotnet/orleans's remote grain call
// in threads-15 was all header). The frame forms are those Ben.Demystifier's own threads show
// (benaadams/Ben.Demystifier#72, #163, #218).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { demystifiedFrameLine } from '../../../src/core/fingerprint/dotnet-demystified-frame.js';
import { loadThreadTraces } from './thread-traces.js';

const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

const demystified = (method: string) => `System.InvalidOperationException: Sequence contains no elements
   at TSource System.Linq.ThrowHelper.ThrowNoElementsException()
   at TSource System.Linq.Enumerable.First<TSource>(IEnumerable<TSource> source)
   at async Task<Invoice> Billing.Api.InvoiceService.${method}(int customerId)+(Invoice i) => { } in /src/Billing.Api/InvoiceService.cs:line 41
   at async Task<IActionResult> Billing.Api.InvoicesController.Get(int id) in /src/Billing.Api/InvoicesController.cs:line 18`;
const plain = `System.InvalidOperationException: Sequence contains no elements
   at System.Linq.ThrowHelper.ThrowNoElementsException()
   at System.Linq.Enumerable.First[TSource](IEnumerable\`1 source)
   at Billing.Api.InvoiceService.LatestAsync(Int32 customerId) in /src/Billing.Api/InvoiceService.cs:line 44
   at Billing.Api.InvoicesController.Get(Int32 id) in /src/Billing.Api/InvoicesController.cs:line 18`;

describe("Ben.Demystifier's frames", () => {
  it('real: the Orleans call demystified has its frames and its crash site (dotnet/orleans, threads-15)', () => {
    const row = loadThreadTraces('threads-15', 'dotnet').find((r) => r.group === 'dotnet:t15:orleans-remote-grain-list-add-null')!;
    const r = fp(row.stacktrace!);
    expect(r.culprit).toContain('Carbon.Hosting.Controllers.MyController.MyRequestAsync');
  });

  it('a demystified trace is the signature of the same trace as ToString() prints it; another method is apart', () => {
    const a = fp(demystified('LatestAsync'));
    expect(a.culprit).toContain('Billing.Api.InvoiceService.LatestAsync');
    expect(fp(plain).fingerprint).toBe(a.fingerprint);
    expect(fp(demystified('OldestAsync')).fingerprint).not.toBe(a.fingerprint);
  });

  it('a demystified trace without locations is read as .NET', () => {
    const r = fp(demystified('LatestAsync').replace(/ in \/src\S+/g, ''));
    expect(r.explain.join('\n')).toContain('dotnet format');
    expect(r.culprit).toContain('Billing.Api.InvoiceService.LatestAsync');
  });

  it('rewrites the frame as ToString() prints the method that holds the code', () => {
    expect(demystifiedFrameLine('at async Task<T> Orleans.Internal.OrleansTaskExtentions.ToTypedTask<T>(Task<object> task)+ConvertAsync(?)')).toBe('at Orleans.Internal.OrleansTaskExtentions.<ToTypedTask>g__ConvertAsync[T](Task<object> task)'); // a local function keeps its name (dotnet-demystified-local-function.ts)
    expect(demystifiedFrameLine('   at async Task demo.Program.Main()+(?) => { } in demo/Program.cs:line 22')).toBe('   at demo.Program.Main() in demo/Program.cs:line 22');
    expect(demystifiedFrameLine('   at bool System.Linq.Enumerable+WhereSelectListIterator<TSource, TResult>.MoveNext()')).toBe('   at System.Linq.Enumerable+WhereSelectListIterator`2.MoveNext()');
    expect(demystifiedFrameLine('   at Dictionary<string, int> Shop.Orders.Index(IEnumerable<Order> orders)')).toBe('   at Shop.Orders.Index(IEnumerable<Order> orders)');
  });

  it("near miss: ToString()'s and Mono's frames, a broken paste, JavaScript's frames and prose stay as they are", () => {
    for (const line of [
      '   at Shop.Orders.Index(IEnumerable`1 orders) in /src/Orders.cs:line 9',
      '   at Shop.Orders.Index (System.Collections.Generic.IEnumerable`1[T] orders) [0x00012] in <abc>:0',
      '   at (wrapper managed-to-native) System.Object.__icall_wrapper_mono_gc_alloc_obj(intptr,intptr)',
      '   at Microsoft.Data.SqlClient.Sq lConnection.OnError(SqlException exception, Boolean breakConnection)',
      '    at async Promise.all (index 0)',
      '    at new OrderStore (/app/src/store.js:12:5)',
      '    at Object.<anonymous> (/app/index.js:3:1)',
      'at least one item failed (see inner exception)',
    ]) expect(demystifiedFrameLine(line)).toBe(line);
  });
});
