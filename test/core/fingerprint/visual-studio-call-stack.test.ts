// Visual Studio's Call Stack window pasted as text (`Module.dll!Ns.Type.Method(args) Line N`) reads
// its frames, a getter `Type.Property.get()` as `get_Property` and a constructor `Type.Type()` as
// `.ctor` (visual-studio-call-stack.ts); a header that is only .NET's text for a null dereference
// is the message of an exception of no type (stacktrace/dotnet.ts). Found in threads-35
// (issue-thread-traces-35.test.ts): Akka.Remote's Transport getter NullReferenceException from the
// debugger's window (akkadotnet/akka.net#7316) and from Visual Studio's exception details
// (akkadotnet/akka.net#4677) was two signatures, the window's rows read as no frame.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { visualStudioCallStackAsToString, looksLikeVisualStudioCallStack } from '../../../src/core/fingerprint/visual-studio-call-stack.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-35', 'dotnet');
const row = (issue: string) => rows.find((r) => r.source.endsWith(`/issues/${issue}`))!;
const sig = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

const window = (top: string) => [
  'Object reference not set to an instance of an object.',
  `Shop.Orders.dll!Shop.Orders.OrderStore.${top} Line 88`,
  'Shop.Orders.dll!Shop.Orders.OrderService.Checkout(Shop.Orders.Cart cart) Line 41\tC#',
  '[External Code]',
  'Shop.Api.dll!Shop.Api.OrdersController.Post(Shop.Api.OrderRequest request) Line 23\tC#',
].join('\n');

describe('Visual Studio\'s Call Stack window pasted as text', () => {
  it('real: Akka.Remote\'s Transport getter from the window and from the exception details is one signature (akkadotnet/akka.net#7316, #4677)', () => {
    expect(sig(row('7316').stacktrace!).fingerprint).toBe(sig(row('4677').stacktrace!).fingerprint);
  });

  it('rows become Exception.ToString()\'s frames: accessors and constructors by the runtime\'s names, the debugger\'s marker rows dropped', () => {
    expect(visualStudioCallStackAsToString([
      'Akka.Remote.dll!Akka.Remote.RemoteActorRefProvider.Transport.get() Line 172',
      'Akka.dll!Akka.Actor.FSM<Akka.Remote.RemoteActorRefProvider.TerminatorState, Akka.Remote.RemoteActorRefProvider.Internals>.FSM() Line 687',
      '[Native to Managed Transition]',
      'Shop.dll!Shop.Cart.Total.set(decimal value) Line 9\tC#',
      'Shop.dll!Shop.Cart.<CheckoutAsync>d__4.MoveNext() Line 30',
    ])).toEqual([
      '   at Akka.Remote.RemoteActorRefProvider.get_Transport()',
      '   at Akka.Actor.FSM..ctor()',
      '   at Shop.Cart.set_Total(decimal value)',
      '   at Shop.Cart.<CheckoutAsync>d__4.MoveNext()',
    ]);
    const x = sig(window('Find(int id)'));
    expect(x.type).toBe('System.NullReferenceException');
    expect(x.culprit).toContain('OrderStore.Find');
  });

  it('near miss: two getters, or a property\'s getter and its setter, stay apart', () => {
    expect(sig(window('Total.get()')).fingerprint).not.toBe(sig(window('Count.get()')).fingerprint);
    expect(sig(window('Total.get()')).fingerprint).not.toBe(sig(window('Total.set(decimal value)')).fingerprint);
  });

  it('near miss: prose naming a module with `!` is not a row, and a message that only contains the null-reference words keeps its own type', () => {
    expect(looksLikeVisualStudioCallStack('Could not load Shop.Orders.dll! Check the bin folder.')).toBe(false);
    const own = window('Find(int id)').replace('Object reference', 'Checkout failed: Object reference');
    expect(sig(own).type).not.toBe('System.NullReferenceException');
  });
});
