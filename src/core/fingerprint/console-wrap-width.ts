// A terminal of a fixed width breaks every longer line of a PHP trace at that width, and a copy
// taken from it keeps the breaks as line breaks: Nextcloud 16's `occ` printed its uncaught Error
// as `… in /var/www/nextcloud/lib/priva` / `te/App/InfoParser.php:64` and its frames as `#0 …
// InfoParser->parse('/var/www/` / `nextcl...')`, each cut line exactly 94 characters long
// (nextcloud/server#15642, threads-52). Read line by line, the header was no header (its place
// split), the rows around a break no rows, and the trace a typeless Throwable beside the same
// Error pasted unwrapped. (A console that pads each wrap point with blanks instead is
// console-wrap-padding.ts.)
//
// The width is the longest line's length; a line of exactly that length, followed by a line
// that does not begin anything PHP's trace begins a line with (`#N `, `Stack trace:`, `Next `,
// `thrown`, `{main}`, PHP's `PHP ` levels, a blank line), is joined to the next with nothing in
// between — the break fell where the column ran out, inside a word as often as not. Only in a
// text holding `Stack trace:` and a `#N` row, at a width of 60 columns or more, and where two
// lines or more broke so: one long line followed by a line of its own is no evidence of a width,
// and lines of equal length each followed by a row are left as they are.

const MIN_WIDTH = 60;
const OPENS_OWN_LINE = /^(?:#\d{1,5} |Stack trace:|Next |\s*thrown|\{main\}|PHP |\[|\s*$)/;

/** `text` with the breaks a fixed-width terminal put into a PHP trace's long lines taken out; else as it is. */
export function withConsoleWidthWrapsJoined(text: string): string {
  if (!text.includes('Stack trace:') || !text.includes('\n#')) return text;
  const lines = text.split('\n');
  const width = Math.max(...lines.map((l) => l.length));
  if (width < MIN_WIDTH) return text;
  const broken = (i: number) => lines[i].length === width && i + 1 < lines.length && !OPENS_OWN_LINE.test(lines[i + 1]);
  let breaks = 0;
  for (let i = 0; i < lines.length; i++) if (broken(i)) breaks++;
  if (breaks < 2) return text;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    // A continuation as long as the width broke again: keep joining.
    while (broken(i)) line += lines[++i];
    out.push(line);
  }
  return out.join('\n');
}
