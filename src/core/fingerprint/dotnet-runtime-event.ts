// The .NET runtime's own events in the Windows Application log (source `.NET Runtime`): 1023, the
// runtime's internal error, and 1026, an unhandled exception, whose text the runtime composes as
// labelled rows: `Application: <exe>`, the runtime's version rows (`Framework Version: v4.0.30319`
// of the .NET Framework; `CoreCLR Version:` with `.NET Core Version:` or, since .NET 5, `.NET
// Version:`), then `Description: <what happened>` and, for 1026, `Exception Info: <type>[:
// <message>]` with the exception's frames.
//
// The first row names the program, not what happened: read as the message (a record's first line,
// head-only-line.ts), an app's internal error and its unhandled exceptions were one template, and
// one event of two apps two (the os-logs corpus: dotnet/runtime#36660 and Devolutions/UniGetUI#2056,
// one 1023 text, two signatures). The message is the `Description:` row, with the `Exception Info:`
// row after it when there is one: the runtime's account of the failure and the exception it names.
// Only where the rows open the text in the runtime's order, the version rows between; any other
// `Application:` line keeps its text.

const APPLICATION = /^Application: \S[^\n]{0,259}$/;
/** The runtime's version rows: .NET Framework's, then .NET Core's and (since .NET 5) .NET's. */
const VERSION_ROW_NAME = String.raw`(?:Framework Version|CoreCLR Version|\.NET(?: Core)? Version)`;
const VERSION_ROW = new RegExp(String.raw`^${VERSION_ROW_NAME}: \S{1,64}$`);
const DESCRIPTION = /^Description: (\S[^\n]{0,999})$/;
const EXCEPTION_INFO = /^Exception Info: (\S[^\n]{0,999})$/;

/** The runtime's description (and the exception it names) of a .NET runtime event's text, or `text` itself. */
export function withDotnetRuntimeEventDescription(text: string): string {
  if (!text.startsWith('Application: ')) return text;
  const lines = text.split('\n', 8).map((l) => l.trimEnd());
  if (!APPLICATION.test(lines[0])) return text;
  let i = 1;
  while (i < lines.length && VERSION_ROW.test(lines[i])) i++;
  if (i === 1 || i > 3) return text;
  const description = DESCRIPTION.exec(lines[i] ?? '');
  if (!description) return text;
  const exception = EXCEPTION_INFO.exec(lines[i + 1] ?? '');
  return exception ? `${description[1]} Exception Info: ${exception[1]}` : description[1];
}

// The same event as a stack trace reads it: users copy 1026 from the Event Viewer with the
// exception's frames after `Exception Info:` (the form ASP.NET Core's "Host ASP.NET Core in a
// Windows Service" page shows; aspnet/KestrelHttpServer#2199, threads-27):
//   Application: AspNetCoreService.exe
//   Framework Version: v4.0.30319
//   Description: The process was terminated due to an unhandled exception.
//   Exception Info: System.ObjectDisposedException
//      at Microsoft.AspNetCore.Server.Kestrel.Internal.Networking.Libuv+NativeMethods.uv_async_send(Microsoft.AspNetCore.…UvAsyncHandle)
// Read as `Exception.ToString()`, the preamble's first line was the exception's type
// (`Framework Version: v4.0.30319`), and .NET Framework's report names a nested type with the
// runtime's `+` (`Libuv+NativeMethods`) where the trace the same process prints writes `.`
// (`Libuv.NativeMethods`, aspnet/KestrelHttpServer#946): Kestrel's libuv finalizer crash as the
// console printed it and as the Event Viewer showed it was two signatures.

/** The report's description line, which says this text is the runtime's report. */
const REPORT_DESCRIPTION = /^\s*Description: The process was terminated due to an unhandled exception\.\s*$/;
/** The preamble's other lines: the process, the runtime's versions. */
const PREAMBLE = new RegExp(String.raw`^\s*(?:Application|${VERSION_ROW_NAME}): \S`);
const REPORT_EXCEPTION_INFO = /^(\s*)Exception Info: (?=\S)/;
/** A frame's qualified method before its argument list: `at Ns.Outer+Inner.Method(`. */
const FRAME_CALLEE = /^(\s*at )([^\s(]{1,600})\(/;

/**
 * The lines of a runtime's unhandled-exception report as `Exception.ToString()` prints them: the
 * preamble gone, `Exception Info: ` taken off the exception's line, and `+` between a nested type
 * and its outer type written `.` in the frames. Lines of any other text as they are.
 */
export function eventLogReportAsToString(lines: string[]): string[] {
  if (!lines.some((l) => REPORT_DESCRIPTION.test(l))) return lines;
  return lines
    .filter((l) => !REPORT_DESCRIPTION.test(l) && !PREAMBLE.test(l))
    .map((l) => {
      const info = REPORT_EXCEPTION_INFO.exec(l);
      if (info) return info[1] + l.slice(info[0].length);
      const frame = FRAME_CALLEE.exec(l);
      return frame ? frame[1] + frame[2].replaceAll('+', '.') + l.slice(frame[0].length - 1) : l;
    });
}
