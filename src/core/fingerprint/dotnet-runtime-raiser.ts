// Which of the .NET runtime's methods raised a specific exception under an application's method.
//
// One method of the application can call two runtime methods that raise one specific type
// (ArgumentOutOfRangeException from a List's indexer and from Substring): the crash site is the
// same, the type is the same, and a specific type's message does not contribute (it carries
// data), so the two statements were one signature (programs/dotnet-bugs-22, Sku.Segment). The
// method the crash site called is not what tells them apart in .NET, as it is in Java
// (profile.ts `callsNameFailure`): the JIT inlines small methods, and an inlined one has no frame.
// The runtime's type at the top of the trace is: its method holds the `throw`, and the JIT does
// not inline a method that never returns (dotnet/coreclr#6103; the runtime's ThrowHelper methods
// exist so that their callers can be inlined without them). The type and not the method: a
// runtime release moves a throw into a helper of the same type (Double.Parse's FormatException
// raised in Number.ParseDouble on an older Mono, in Number.ThrowOverflowOrFormatException on
// Mono 6.8 and .NET Core 3: one Jackett failure in the corpus, threads-dotnet). Only a run of the runtime's own
// frames from the top down to the crash site counts (exception.ts `stdlibRun`): a library's
// frames between them, or the application's own throw, leave the key as it was.
// Not ArgumentNullException: a null the application passed is refused by whichever runtime method
// receives it first, so which one it was is the order of the application's calls, not the
// failure (programs/dotnet-bugs-8: a release that filters a null list with Where before its
// OrderByDescending meets the same null in Where; `Parameter name: source` both).
import { frameKey } from './frame-key.js';
import type { RawFrame, Runtime } from './types.js';

/** The type of the runtime method that raised an exception of this type, for a .NET trace; undefined elsewhere. */
export function runtimeRaiser(top: RawFrame, runtime: Runtime, type: string): string | undefined {
  if (runtime !== 'dotnet' || /(?:^|\.)ArgumentNullException$/.test(type)) return undefined;
  return frameKey({ module: top.module }, runtime).replace(/\.$/, '');
}
