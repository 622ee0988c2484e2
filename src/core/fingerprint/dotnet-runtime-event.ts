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
const VERSION_ROW = /^(?:Framework Version|CoreCLR Version|\.NET Core Version|\.NET Version): \S{1,64}$/;
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
