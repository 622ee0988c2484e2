// A paste that opens inside the previous record's trace: its last frames (or the end of a message
// that quoted one), then the record the reporter meant, its header and its own frames. Sonarr's
// log as a user copied it began with the ASP.NET Core middleware frames that closed the record
// before, then `2024-04-07 16:08:57.4|Fatal|SonarrErrorPipeline|Request Failed. …` and the
// NullReferenceException with its frames (Sonarr/Sonarr#6694, threads-47); Jellyfin's began with
// the last frames its record's message quoted, then the DbUpdateException (jellyfin/jellyfin#12357).
// Its first line being a frame, the trace was read as an `Exception.StackTrace` with no header
// (stacktrace/dotnet.ts): the exception's type and message were lost and the earlier record's
// frames were taken for its own, so the failure was another signature than the same record copied
// from its own first line. Where the leading run of frame and marker lines (and blank ones) is
// followed by a line that is an exception's header as ToString() writes it (a namespaced
// `Type: message`, after a logger's tags or lead), and that header by a frame or an inner
// exception's ` ---> ` line of its own, the trace is read from that header. A run followed by no
// such header (the stack alone), by an AggregateException's ` ---> (Inner Exception #0) …`
// listing or by a header with no frame under it (a record that printed only the exception's first
// line) stays as it was.

/** A frame line or one of ToString()'s marker lines (`--- End of …`), as the run before the record goes. */
const TAIL_LINE = /^\s*(?:at\s|---\s)/;

/** What opens an exception's own lines under its header: a frame or an inner exception. */
const OWN_LINE = /^\s*(?:at\s|---> )/;

/** The longest run of the previous record's lines looked past. */
const MAX_TAIL = 200;

/**
 * The index of the header past the previous record's tail, for a trace whose first line (`first`)
 * is a frame; undefined where there is none. `headerFrom(k)` finds the header from line k on as the
 * parser does; `isHeader` says whether a line, its logger's lead taken off, is an exception's.
 */
export function headerPastPreviousTail(lines: readonly string[], first: number, headerFrom: (k: number) => number, isHeader: (line: string) => boolean): number | undefined {
  let k = first;
  while (k < lines.length && k < first + MAX_TAIL && (lines[k].trim() === '' || TAIL_LINE.test(lines[k]))) k++;
  if (k === first || k >= lines.length || k >= first + MAX_TAIL) return undefined;
  const h = headerFrom(k);
  if (h >= lines.length || !isHeader(lines[h])) return undefined;
  let n = h + 1;
  while (n < lines.length && lines[n].trim() === '') n++;
  return n < lines.length && OWN_LINE.test(lines[n]) ? h : undefined;
}
