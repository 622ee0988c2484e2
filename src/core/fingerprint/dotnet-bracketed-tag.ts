// A .NET exception's header behind a logger's bracketed tags on its line: the *arr programs
// (Sonarr, Radarr, Lidarr: NzbDrone's log layout) print the exception after their version,
// `[v2.0.0.4753] System.Data.SQLite.SQLiteException (0x80004005): database is locked`, and
// other loggers put a level or a thread the same way (`[Error] [12] Ns.Type: message`).
// The header of Exception.ToString() (docs/fingerprinting.md, stacktrace/dotnet.ts) starts with
// the type, and a type never starts with `[`; so a run of bracketed words without spaces at the
// start of a line, followed by a namespaced `Type: ` or `Type (code): `, is the logger's, and the
// header is what follows. Unread, the tagged line was not a header at all: the record's first
// line (`17-6-3 19:14:27.4|Error|TaskExtensions|Task Error`) or the whole tagged line became the
// type, so one failure under two releases was two signatures and every failure a task logged
// was one. A bracket holding spaces (ASP.NET's `[NullReferenceException: Object reference …]`)
// or not followed by a namespaced header is left alone.
const TAGGED_HEADER = /^((?:\[[^\s[\]]{1,64}\] ){1,4})[A-Za-z_][\w`+]{0,200}(?:\.[\w`+]{1,200}){1,30}(?: \((?:0x[0-9A-Fa-f]{1,8}|-?\d{1,10})\))?: /;

/** The line without the bracketed tags a logger put before the exception's header, else as it is. */
export function withoutBracketedTags(line: string): string {
  if (!line.startsWith('[')) return line;
  const m = TAGGED_HEADER.exec(line);
  return m ? line.slice(m[1].length) : line;
}
