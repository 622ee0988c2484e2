// .NET's thread pool starved by synchronous waits on asynchronous calls ("sync-over-async"), as
// an HttpClient timeout shows it. A response that has arrived still needs a pool thread to run the
// continuation that reads it; when the pool's workers are blocked in `.Result` or `.Wait()` on
// other such calls, the pool grows slowly and HttpClient's own timer fires first, so the call
// reads as a callee that never answered (dotnet/corefx#10044: too few pool threads for long enough
// that a timeout fires, the "a task was canceled" of HttpClient, caused by synchronous methods
// blocking on asynchronous I/O).

/**
 * HttpClient's own Timeout, as .NET 5 and later word it (`The request was canceled due to the
 * configured HttpClient.Timeout of 100 seconds elapsing.`, dotnet/runtime#2281), and within an
 * AggregateException's message when `.Result` wraps it.
 */
export const HTTP_CLIENT_TIMEOUT = /\bHttpClient\.Timeout of \d+(?:\.\d+)? seconds elapsing\b/;

/**
 * A synchronous wait on a Task in the failing call's own frames: `Task<T>.Result` (its
 * get_Result and GetResultCore frames) or `Task.Wait()`. Not `TaskAwaiter.GetResult()`, which
 * .NET Framework printed after every plain `await` as well.
 */
const SYNCHRONOUS_WAIT = /\bSystem\.Threading\.Tasks\.Task(?:`1)?\.(?:get_Result\(\)|GetResultCore\(|Wait\(|InternalWait\()/;

/** Whether the frames show the timed-out call blocked a pool thread while it waited (`.Result`, `.Wait()`). */
function blockedOnAsyncCall(frames: string | undefined): boolean {
  return frames !== undefined && SYNCHRONOUS_WAIT.test(frames);
}

/** An HttpClient timeout on a call the frames show a pool thread blocked on: the caller's own thread pool starved. */
export function syncOverAsyncTimeout(text: string, frames?: string): boolean {
  return HTTP_CLIENT_TIMEOUT.test(text) && blockedOnAsyncCall(frames);
}
