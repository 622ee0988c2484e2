// A console that wraps a long line and is then copied from can hand the copy back as one line with
// each wrap point filled by the blanks it padded the row with: httpd's error_log line of an uncaught
// error (its line breaks escaped as `\n`, so the whole trace is one line) pasted from a terminal as
// `Class 'Bugsnag' not found in /var/www/html/<30 blanks>faveo/app/Exceptions/Handler.php:50\nStack
// trace:\n#0 …: App\\E<30 blanks>xceptions\\Handler->report(…)` (faveo-helpdesk#2489, threads-48).
// The blanks fall wherever the column ran out — inside a path, a class name, between `on line` and
// its number — so the frame's class read `App\E<blanks>xceptions\Handler` and the report was
// another signature than the same error pasted unwrapped. Every wrap point gets the same padding,
// so the shortest of the runs is its width: that many blanks are taken out of every run (a run one
// longer kept the one blank the line had there). Only in a PHP trace (its `Stack trace:`; read
// after httpd's escapes are undone, so its lines may be several) with two runs or more of at least
// MIN_PADDING blanks: one run alone could be a value's own alignment, and PHP prints no such run
// of its own (a frame's string argument is cut to 15 characters).
const MIN_PADDING = 16;
const PADDING_RUN = new RegExp(`(?<=\\S) {${MIN_PADDING},}(?=\\S)`, 'g');

/** `text` without the padding a console's wrap left at each wrap point of a PHP trace; else as it is. */
export function withoutConsoleWrapPadding(text: string): string {
  if (!text.includes('Stack trace:')) return text;
  const runs = text.match(PADDING_RUN);
  if (!runs || runs.length < 2) return text;
  const width = Math.min(...runs.map((r) => r.length));
  return text.replace(PADDING_RUN, (run) => ' '.repeat(run.length - width));
}
