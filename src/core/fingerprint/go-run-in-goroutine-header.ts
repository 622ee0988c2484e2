// A goroutine's header run into the line before it. Go's net/http logs a recovered panic as
// `http: panic serving ADDR: VALUE` + `\n` + the stack (server.go, `http: panic serving %v: %v\n%s`),
// whose first line is `goroutine N [running]:`; a paste that lost that line break (a console
// rewrapping, an issue form collapsing it) leaves `…: slice bounds out of rangegoroutine 4
// [running]:`, with or without a space. Read as it was, the text had no goroutine header, so
// the logged value on the line before it was never read and the panic's message was empty:
// the same panic pasted whole was another signature (puma/puma-dev#34 vs #23, threads-25).
// Only a header at the end of a line that is followed by a Go frame — a function line with its
// argument list, then its indented `file.go:N` — is moved to its own line; prose that names a
// goroutine without a frame under it is left as it is.
const RUN_IN_HEADER = /^(.{0,2000}?\S)[ \t]?(goroutine \d{1,12}(?: gp=0x[0-9a-f]{1,16} m=(?:\d{1,6} mp=0x[0-9a-f]{1,16}|nil))? \[[^\]\n]{1,100}\]:)$/;
const FUNCTION_LINE = /^[^\s(][^\s]{0,500}\([^()]{0,400}\)$/;
const FILE_LINE = /^\s+\S.{0,599}\.(?:go|s|c):\d{1,7}(?: |$)/;

/** The text with a goroutine header that ended another line put on a line of its own. */
export function withGoroutineHeaderOnItsOwnLine(text: string): string {
  if (!text.includes('goroutine ')) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i + 2 < lines.length; i++) {
    const m = RUN_IN_HEADER.exec(lines[i].trimEnd());
    if (!m || !FUNCTION_LINE.test(lines[i + 1].trim()) || !FILE_LINE.test(lines[i + 2])) continue;
    lines[i] = `${m[1]}\n${m[2]}`;
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}
