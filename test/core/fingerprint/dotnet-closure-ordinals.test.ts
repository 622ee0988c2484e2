// The classes and methods a .NET compiler makes for lambdas are numbered by counters that move
// when a method or lambda is added above: older C# compilers' `<>c__DisplayClass7` (in
// hexadecimal in some, `<>c__DisplayClass1c`), Roslyn's class for a generic method's lambdas
// `` <>c__27`1 `` (the method's ordinal), Visual Basic's `_Closure$__19-1` and `_Lambda$__19-0`
// or `_Lambda$__3`. Each is read as the unnumbered class or lambda, as Roslyn's own
// `<>c__DisplayClass12_0` already was; a lambda's ordinal within its method stays. And an
// async state machine whose `<` a paste lost (`Frame.InitializeResponseAwaited>d__190`,
// aspnet/KestrelHttpServer#1518) is its method. Found by renumbering compiler-made names in
// every issue-thread trace (release-and-host-invariance.test.ts): ILSpy, MassTransit, Wox,
// EF Core, ServiceInsight and ASP.NET MVC frames were another signature per build.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';

const fp = (frame: string) => createFingerprinter().fingerprint({
  source: 'span',
  service: 'app',
  type: 'System.NullReferenceException',
  message: 'Object reference not set to an instance of an object.',
  stacktrace: [
    'System.NullReferenceException: Object reference not set to an instance of an object.',
    `   at ${frame}`,
    '   at System.Threading.Tasks.Task.Execute()',
  ].join('\n'),
});
const sig = (frame: string) => fp(frame).fingerprint;

describe("compiler-made .NET names' counters", () => {
  it("older C# compilers' closure classes, decimal and hexadecimal", () => {
    expect(sig('ICSharpCode.ILSpy.AboutPage.<>c__DisplayClass7.<AddUpdateCheckButton>b__6()')).toBe(sig('ICSharpCode.ILSpy.AboutPage.<>c__DisplayClass10.<AddUpdateCheckButton>b__9()'));
    expect(sig('Shop.Web.Checkout.<>c__DisplayClass1c.<Pay>b__19()')).toBe(sig('Shop.Web.Checkout.<>c__DisplayClass4c.<Pay>b__19()'));
  });

  it("Roslyn's class for a generic method's lambdas", () => {
    expect(sig('Wox.Core.Plugin.PluginManager.<>c__27`1.<GetPluginsForInterface>b__27_0(PluginPair p)')).toBe(sig('Wox.Core.Plugin.PluginManager.<>c__30`1.<GetPluginsForInterface>b__30_0(PluginPair p)'));
  });

  it("Visual Basic's closures and lambdas", () => {
    expect(sig('RailgunVB.Core.Events._Closure$__19-1._Lambda$__0()')).toBe(sig('RailgunVB.Core.Events._Closure$__22-1._Lambda$__0()'));
    expect(sig('Shop.Orders._Lambda$__19-0(Object a0)')).toBe(sig('Shop.Orders._Lambda$__23-0(Object a0)'));
  });

  it('an async state machine whose `<` a paste lost', () => {
    expect(sig('Shop.Web.Frame.InitializeResponseAwaited>d__190.MoveNext()')).toBe(sig('Shop.Web.Frame.<InitializeResponseAwaited>d__184.MoveNext()'));
  });

  it('near miss: two lambdas of one method, and lambdas of two methods, stay apart', () => {
    expect(sig('Shop.Orders.<>c__DisplayClass4_0.<Place>b__12_0()')).not.toBe(sig('Shop.Orders.<>c__DisplayClass4_0.<Place>b__12_1()'));
    expect(sig('Shop.Orders._Lambda$__19-0(Object a0)')).not.toBe(sig('Shop.Orders._Lambda$__19-1(Object a0)'));
    expect(sig('Shop.Web.Checkout.<>c__DisplayClass1c.<Pay>b__19()')).not.toBe(sig('Shop.Web.Checkout.<>c__DisplayClass1c.<Refund>b__19()'));
  });

  it('near miss: a type whose own name ends in digits is left as written', () => {
    expect(fp('Shop.Orders.Handler__2.Place()').frames[0].function).toBe('Place');
    expect(sig('Shop.Orders.Handler__2.Place()')).not.toBe(sig('Shop.Orders.Handler__3.Place()'));
  });
});
