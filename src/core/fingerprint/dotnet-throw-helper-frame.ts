// A .NET throw helper on top of a trace that has no frame of the application's: a method that
// exists only to build and throw an exception for its caller (`SqliteException.ThrowExceptionForRC`,
// `CancellationTokenSource.ThrowObjectDisposedException`, `System.ThrowHelper.ThrowKeyNotFound…`),
// split out of the caller so the JIT can inline the caller's fast path. Whether a trace prints it
// depends on the release, not on the failure: since .NET 6 the runtime marks its helpers
// [StackTraceHidden] and the trace leaves them out (System.Diagnostics.StackTraceHiddenAttribute,
// learn.microsoft.com), and a library may add, mark or drop one between its versions. Where the top
// library frames name the failure (exception.ts topLibraryFrames) the helper took one of the three
// places, so one failure was two signatures by the release that printed it: Kavita's
// `database is locked` on saving its DataContext showed Microsoft.Data.Sqlite's ThrowExceptionForRC
// over SqliteDataRecord.Dispose under one release and Dispose alone under the next
// (Kareadita/Kavita#2289, #2985, threads-47). The helper's name repeats the exception's type,
// which the key already holds; the frame that called it says where. So a leading run of helpers
// is left out, and kept where nothing else is left.

/** `Throw`, `ThrowExceptionForRC`, `ThrowObjectDisposedException`, `ThrowIfDisposed`: the name opens with the word `Throw`. */
const THROW_HELPER_FUNCTION = /^Throw(?:[A-Z]\w*)?$/;

/** The runtime's and many libraries' class of helpers (`System.ThrowHelper`, `Microsoft.Extensions.Internal.ThrowHelper`). */
const THROW_HELPER_TYPE = /(?:^|[.+])ThrowHelper$/;

/** Whether a frame is a throw helper by its name. */
export function isDotnetThrowHelper(frame: { function?: string; module?: string }): boolean {
  return (frame.function !== undefined && THROW_HELPER_FUNCTION.test(frame.function)) || (frame.module !== undefined && THROW_HELPER_TYPE.test(frame.module));
}

/** The frames after the leading run of throw helpers, or all of them when only helpers are there. */
export function withoutLeadingThrowHelpers<F extends { function?: string; module?: string }>(frames: readonly F[]): readonly F[] {
  let k = 0;
  while (k < frames.length && isDotnetThrowHelper(frames[k])) k++;
  return k > 0 && k < frames.length ? frames.slice(k) : frames;
}
