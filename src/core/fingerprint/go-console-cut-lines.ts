/**
 * A Go panic copied from a console that cut its long lines at the window's width (the Windows
 * console's 80 columns): what went past the last column is on the next row, copied as a line of
 * its own. Hugo 0.13's nil *pager panic from a Windows 8.1 console (gohugoio/hugo#1108, threads-37)
 * reads `…/hugolib/pagination.go:55 +` over `0x22`, and its panic line `… dereference [recover`
 * over `ed]`. The cut file line was no file line, so the crash site's frame was lost, and the
 * message kept `[recover`: the paste was a signature apart from the same panic copied whole. Two
 * cuts are joined again, where the rows read as one of the runtime's own lines only together: a
 * file line (`<file>.go:<line> +0x<offset>`, the runtime's traceback) whose row ends inside it,
 * the rest alone on the next row; and the panic line's `[recovered]` (the runtime's mark of a
 * panic a deferred call recovered and raised again) cut inside the word. A row that reads whole on
 * its own is left as it is, so two lines of a trace are never joined by chance: a width is not
 * looked at, and a release or a host that moves where the cut falls leaves the joined text the same.
 */
/** A file line cut after its file's `.go`: the rest of `:<line> +0x<offset>` on the next row. */
const CUT_FILE_LINE = /^\s+\S.{0,500}\.go(?::\d{0,7}(?: \+?(?:0x?[0-9a-f]{0,16})?)?)?$/;
const WHOLE_FILE_LINE = /^\s+\S.{0,500}\.go:\d{1,7} \+0x[0-9a-f]{1,16}$/;
/** The rest of a cut file line alone on its row (no indentation, no other word). */
const FILE_LINE_REST = /^[:\d +x0-9a-f]{1,30}$/;
/** The panic line's `[recovered]` cut inside the word, and the rest of it on the next row. */
const CUT_RECOVERED = /\[(r(?:e(?:c(?:o(?:v(?:e(?:r(?:e)?)?)?)?)?)?)?)$/;
const RECOVERED_REST = /^([a-z]{1,9})\](.{0,4000})$/;
/**
 * A row that could be the rest of either cut, anywhere in the text: without one no rows are
 * joined, so a trace copied whole (nearly every one) is passed on without being split into rows.
 */
const CUT_REST_ROW = /^(?:[:\d +x0-9a-f]{1,30}\r?$|[a-z]{1,9}\])/m;

/** The text with a file line or a `[recovered]` mark a console cut joined again; else as it is. */
export function withConsoleCutGoLinesJoined(text: string): string {
  if (!text.includes('\n') || (!text.includes('.go') && !text.includes('[r')) || !CUT_REST_ROW.test(text)) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    const next = lines[i + 1].replace(/\r$/, '');
    let joined: string | undefined;
    if (line.includes('.go') && CUT_FILE_LINE.test(line) && !WHOLE_FILE_LINE.test(line) && FILE_LINE_REST.test(next) && WHOLE_FILE_LINE.test(line + next)) joined = line + next;
    const cut = line.includes('panic: ') ? CUT_RECOVERED.exec(line) : null;
    const rest = cut ? RECOVERED_REST.exec(next) : null;
    if (cut && rest && cut[1] + rest[1] === 'recovered') joined = line + next;
    if (joined === undefined) continue;
    lines.splice(i, 2, joined);
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}
