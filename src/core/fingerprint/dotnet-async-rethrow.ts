// The line .NET prints where an exception was captured and thrown again on another stack
// (ExceptionDispatchInfo: an `await` of a failed task, Task.ThrowAsync posting an `async void`
// method's exception to the dispatcher): `--- End of stack trace from previous location ---`
// (`… where exception was thrown ---` before .NET Core 3.0). The frames above it are where the
// exception was thrown; those below are the methods that awaited it, its callers.
//
// Where no frame of a trace is the application's by its namespace, the first library frames
// outside the runtime's own name the failure (exception.ts topLibraryFrames); the awaiting callers
// past the line are more or fewer depending on where a copy ends, and two copies of one report
// were two signatures: PowerToys Run's NullReferenceException in UWPApplication.Launch's
// thread-pool closure (its Microsoft.Plugin.* frames are library code by their namespace) was
// pasted through `UWPApplication.Launch(…)` below the line from 0.100.1 and without it from 0.89.0
// (microsoft/PowerToys#48913, #38113, threads-43). So, where the frames above the first such line
// hold one outside the runtime's own, those name the failure; a trace whose thrown part is the
// runtime's code alone keeps its callers, which are then all that tells one use of it from another.

/** The line, in either wording. */
export const ASYNC_REJOIN = /^\s*--- End of stack trace from previous location(?: where exception was thrown)? ---\s*$/;

/** The frames before the first one past a rethrow, where one of them passes `outside`; else undefined. */
export function thrownPart<F extends { afterRethrow?: boolean }>(frames: readonly F[], outside: (f: F) => boolean): F[] | undefined {
  const cut = frames.findIndex((f) => f.afterRethrow === true);
  if (cut <= 0) return undefined;
  const thrown = frames.slice(0, cut);
  return thrown.some(outside) ? thrown : undefined;
}
