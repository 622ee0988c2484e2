// A trace pasted with every line break doubled (or tripled): a CRLF log copied through a tool
// that turned `\r` and `\n` into a line break each, or a rich-text editor's paragraphs. Every
// line of it then stands alone between blank lines, and a parser that reads a blank line as the
// end of a multi-line message or of a block lost what followed: .NET's message continuation
// (System.Data.SQLite's `database is locked` + `\n` + its detail, stacktrace/dotnet.ts) stopped
// at the first blank line, so one failure pasted twice read two messages (Radarr/Radarr#3427 vs
// Sonarr/Sonarr#1960, threads-24). A trace printed by a runtime never has a blank line after
// each of its lines; so when no two non-blank lines of at least four are adjacent, the blank
// lines are the paste's and are dropped. A trace with any two adjacent lines is left as it is
// (a log record's header, a blank line, then the exception: the blank line is the record's).
const MIN_LINES = 4;

/** The lines without the blank ones when every line of the paste stands between blank lines. */
export function withoutDoubledLineBreaks(lines: readonly string[]): readonly string[] {
  let nonBlank = 0;
  let previousBlank = true;
  for (const line of lines) {
    const blank = line.trim() === '';
    if (!blank) {
      if (!previousBlank) return lines;
      nonBlank++;
    }
    previousBlank = blank;
  }
  if (nonBlank < MIN_LINES || nonBlank === lines.length) return lines;
  return lines.filter((l) => l.trim() !== '');
}
