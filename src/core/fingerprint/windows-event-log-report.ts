// The Windows Application log's report of a .NET process killed by an unhandled exception
// (source `.NET Runtime`, event 1026), as users copy it from the Event Viewer: a preamble, then
// `Exception Info:` before the exception, then its frames (the form ASP.NET Core's "Host ASP.NET
// Core in a Windows Service" page shows; aspnet/KestrelHttpServer#2199, threads-27):
//   Application: AspNetCoreService.exe
//   Framework Version: v4.0.30319            (.NET Core and later: `CoreCLR Version: …`, `.NET Version: …`)
//   Description: The process was terminated due to an unhandled exception.
//   Exception Info: System.ObjectDisposedException
//      at Microsoft.AspNetCore.Server.Kestrel.Internal.Networking.Libuv+NativeMethods.uv_async_send(Microsoft.AspNetCore.…UvAsyncHandle)
// Read as `Exception.ToString()`, the preamble's first line was the exception's type
// (`Framework Version: v4.0.30319`), and .NET Framework's report names a nested type with the
// runtime's `+` (`Libuv+NativeMethods`) where the trace the same process prints writes `.`
// (`Libuv.NativeMethods`, aspnet/KestrelHttpServer#946): Kestrel's libuv finalizer crash as the
// console printed it and as the Event Viewer showed it was two signatures.

/** The report's description line, which says this text is the runtime's report. */
const DESCRIPTION = /^\s*Description: The process was terminated due to an unhandled exception\.\s*$/;
/** The preamble's other lines: the process, the runtime's versions. */
const PREAMBLE = /^\s*(?:Application|Framework Version|CoreCLR Version|\.NET(?: Core)? Version): \S/;
const EXCEPTION_INFO = /^(\s*)Exception Info: (?=\S)/;
/** A frame's qualified method before its argument list: `at Ns.Outer+Inner.Method(`. */
const FRAME_CALLEE = /^(\s*at )([^\s(]{1,600})\(/;

/**
 * The lines of a runtime's unhandled-exception report as `Exception.ToString()` prints them: the
 * preamble gone, `Exception Info: ` taken off the exception's line, and `+` between a nested type
 * and its outer type written `.` in the frames. Lines of any other text as they are.
 */
export function eventLogReportAsToString(lines: string[]): string[] {
  if (!lines.some((l) => DESCRIPTION.test(l))) return lines;
  return lines
    .filter((l) => !DESCRIPTION.test(l) && !PREAMBLE.test(l))
    .map((l) => {
      const info = EXCEPTION_INFO.exec(l);
      if (info) return info[1] + l.slice(info[0].length);
      const frame = FRAME_CALLEE.exec(l);
      return frame ? frame[1] + frame[2].replaceAll('+', '.') + l.slice(frame[0].length - 1) : l;
    });
}
