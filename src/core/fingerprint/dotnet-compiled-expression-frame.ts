// `lambda_method`: the method System.Linq.Expressions' compiler emits for a compiled expression
// tree (a DynamicMethod with that name; numbered, `lambda_method1100`, since .NET 5). No type
// declares it, so its frame has no namespace, and a frame without one was read as the
// application's: it was the crash site of every failure raised in compiled code, whichever
// expression it was. EF Core compiles the closure that evaluates a query's parameter, AutoMapper
// its maps, ASP.NET Core its action invokers, all under that one name: Ombi v3's movie list and TV
// approval were one signature by it (threads-45), and so, once its paste was read from its own
// record (dotnet-previous-record-tail.ts), was Ombi v4's resend job (Ombi-app/Ombi#3995's
// `IResendFailedRequests`, threads-45 and threads-47). It is the runtime's code: its frame is a
// library frame, so the frames of the library that compiled it, or the application's below, say
// which failure it was.

const COMPILED_LAMBDA = /^lambda_method\d{0,6}$/;

/** Whether a frame is a compiled expression's method: `lambda_method`, with no declaring type. */
export function isCompiledExpressionFrame(frame: { function?: string; module?: string }): boolean {
  return frame.module === undefined && frame.function !== undefined && COMPILED_LAMBDA.test(frame.function);
}

/** Marks every compiled expression's frame as the runtime's (RawFrame.library). */
export function markCompiledExpressions(chain: readonly { frames: { function?: string; module?: string; library?: boolean }[] }[]): void {
  for (const e of chain) for (const f of e.frames) if (isCompiledExpressionFrame(f)) f.library = true;
}
