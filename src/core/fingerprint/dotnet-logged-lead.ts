// A .NET exception's header behind a logger's message on the same line: a host that catches an
// exception and logs `its own words: ` + the exception (`{message}: {exception}`), so the line
// reads `[Warning:UnityExplorer] [UniverseLib] Exception invoking update method for
// com.sinai.unityexplorer: System.NullReferenceException: Object reference not set…` and the
// frames follow (UniverseLib's update loop under two mod loaders: yukieiji/UnityExplorer#109,
// #120, threads-25). The header of Exception.ToString() starts with the type
// (docs/fingerprinting.md, stacktrace/dotnet.ts), so a line that does not start with one but
// carries, after `: `, a namespaced type named `…Exception` followed by `: ` or ` (code): ` has
// its header there, and the words before it are the logger's. Unread, the whole line with the
// logger's prefix (its timestamp, level and tags) was the exception's type: one failure under
// two loaders was two signatures. A line that already starts with a header is left alone, so a
// message that quotes another exception (`System.InvalidOperationException: failed:
// System.IO.IOException: …`) keeps its own type. A bare `Exception: ` or `Error: ` is a label (a
// log's exception field, `Exception: System.NullReferenceException: …`), not a type, so what
// follows it is the header. The runtime's own lines are not a logger's: an inner exception's
// `---> Ns.Type: …`, a frame's `at …`, a marker's `--- …` are left as they are, and the caller
// takes off `Unhandled exception. ` first, so a message quoting another exception after either
// keeps the exception's type.
// A JSON logger's field holds the header too, after the key and the value's opening quote
// (`…","Exception":"System.NullReferenceException: …`, Serilog's event as HangfireIO/Hangfire#941
// pasted it from its middle, threads-33): the header is there as after `: `. Read from the line's
// start, the JSON's keys and the message field before it were the type. So it is after a plain
// space, where a logger writes its message and the exception with a space between
// (Microsoft.Extensions.Logging's record with its line breaks lost: `warn: ExternalCallerService[0]
// Error during grain call System.InvalidOperationException: …`, dotnet/orleans#8854, threads-33).
// A logger that writes the exception's type and not its message (`"Exception: " +
// ex.GetType().FullName`, the frames under it) leaves the type alone at the line's end
// (`Exception: System.NullReferenceException`, npgsql/npgsql#1667, threads-34): it is the header
// there as well, its message empty. Read from the line's start, the label was the type
// (`System.Exception`) and the type its message. Only a namespaced type that follows `: ` and
// ends the line: a message that names a type among its words (`Exception: caught
// System.IO.IOException twice`, `retrying after System.IO.IOException`) is no header.
const NAMESPACED_EXCEPTION = String.raw`(?:[A-Za-z_][\w\`+]{0,200}\.){1,30}[A-Za-z_][\w\`+]{0,200}Exception`;
const EMBEDDED_HEADER = new RegExp(String.raw`(?:: | |": ?")(${NAMESPACED_EXCEPTION}(?: \((?:0x[0-9A-Fa-f]{1,8}|-?\d{1,10})\))?: )|: (${NAMESPACED_EXCEPTION})$`);
/** A line that is already an exception's header: `Type: …` with a namespaced type or one named `…Exception`/`…Error`. */
export const STARTS_WITH_HEADER = /^(?:[A-Za-z_][\w`+]{0,200}(?:\.[\w`+]{1,200}){1,30}|[A-Za-z_][\w`+]{0,200}(?:Exception|Error))(?: \((?:0x[0-9A-Fa-f]{1,8}|-?\d{1,10})\))?:(?: |$)/;

/** The line from the exception's header on, when a logger's message precedes it; else as it is. */
export function withoutLoggedLead(line: string): string {
  if (!line.includes('Exception') || line.startsWith('--') || line.startsWith('at ') || STARTS_WITH_HEADER.test(line)) return line;
  const m = EMBEDDED_HEADER.exec(line);
  const header = m?.[1] ?? m?.[2];
  return m && header ? line.slice(m.index + m[0].length - header.length) : line;
}
