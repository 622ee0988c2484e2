// `lambda_method`, a compiled expression tree's method, is the runtime's code, not the
// application's (src/core/fingerprint/dotnet-compiled-expression-frame.ts). Found reading threads-47's
// jellyfin#12357 and Sonarr#6694 from their own records (dotnet-previous-record-tail.ts): Ombi v4's
// resend job, read so, had `lambda_method` as its crash site as Ombi v3's movie list and TV
// approval did (threads-45), and all three were one signature.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isCompiledExpressionFrame } from '../../../src/core/fingerprint/dotnet-compiled-expression-frame.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-45', 'dotnet');
const row = (suffix: string) => rows.find((r) => r.source.endsWith(suffix))!.stacktrace!;
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'requests', stacktrace });
const nre = (frames: string[]) => ['System.NullReferenceException: Object reference not set to an instance of an object.', ...frames.map((f) => `   at ${f}`)].join('\n');

describe('a compiled expression\'s lambda_method frame', () => {
  it('real: Ombi v4\'s resend job and Ombi v3\'s movie list are two signatures (Ombi-app/Ombi#3995, #2726)', () => {
    const v4 = fingerprintOf(row('Ombi/issues/3995'));
    expect(v4.fingerprint).not.toBe(fingerprintOf(row('Ombi/issues/2726')).fingerprint);
    expect(v4.culprit ?? '').not.toContain('lambda_method');
  });

  it('names: lambda_method with or without .NET 5\'s number, and no declaring type', () => {
    expect(isCompiledExpressionFrame({ function: 'lambda_method' })).toBe(true);
    expect(isCompiledExpressionFrame({ function: 'lambda_method1100' })).toBe(true);
    expect(isCompiledExpressionFrame({ function: 'lambda_method', module: 'Shop.Rules.Engine' })).toBe(false);
    expect(isCompiledExpressionFrame({ function: 'lambda_methods' })).toBe(false);
    expect(isCompiledExpressionFrame({ function: 'Main' })).toBe(false);
  });

  it('near misses: the application\'s method that ran two compiled maps is the crash site, and two such methods stay apart', () => {
    const a = fingerprintOf(nre(['lambda_method(Closure , Order , OrderDto , ResolutionContext )', 'Shop.Orders.OrderQueries.Get(Int32 id) in /src/Shop/Orders/OrderQueries.cs:line 30']));
    const b = fingerprintOf(nre(['lambda_method(Closure , Customer , CustomerDto , ResolutionContext )', 'Shop.Customers.CustomerQueries.Get(Int32 id) in /src/Shop/Customers/CustomerQueries.cs:line 22']));
    expect(a.culprit).toContain('Shop.Orders.OrderQueries.Get');
    expect(a.fingerprint).not.toBe(b.fingerprint);
  });

  it('near misses: an action the invoker ran through lambda_method keeps the action as the crash site', () => {
    const a = fingerprintOf(nre(['Shop.Api.CartController.Add(Int32 id) in /src/Shop/Api/CartController.cs:line 18', 'lambda_method(Closure , Object , Object[] )', 'Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.SyncObjectResultExecutor.Execute(IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)']));
    expect(a.culprit).toContain('Shop.Api.CartController.Add');
  });
});
