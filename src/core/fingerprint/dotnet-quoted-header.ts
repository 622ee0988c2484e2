// A .NET exception's header behind the mark of the text that quoted it. Exception.ToString()
// starts with the type (docs/fingerprinting.md, stacktrace/dotnet.ts), but a pasted header can
// carry the quoting of where it was copied to or from: a Markdown block quote's `> ` (the
// first line of a log quoted into an issue, Starcounter/Starcounter#3352, threads-31) or the
// opening `"` of a log viewer's string value (Starcounter's admin log, Starcounter/Starcounter
// #4124). Read as the header, the mark joined the type and the message became part of it
// (`> System.NullReferenceException: Object reference not set…`), so the same failure quoted
// and unquoted were two signatures. The mark is left out only when what follows it is an
// exception's header (`Type: …` with a namespaced type or one named `…Exception`/`…Error`); a
// quoted line that is no header (`> dotnet run`, `"Connection refused"`) stays as it is.
import { STARTS_WITH_HEADER } from './dotnet-logged-lead.js';

/** One or more block-quote marks, or a string's opening double quote, at the start of a line. */
const QUOTE_MARK = /^(?:(?:>[ \t]?)+|")/;

/** The line without the quoting mark before an exception's header; else as it is. */
export function withoutQuoteMark(line: string): string {
  const m = QUOTE_MARK.exec(line);
  if (!m) return line;
  const rest = line.slice(m[0].length);
  return STARTS_WITH_HEADER.test(rest) ? rest : line;
}
