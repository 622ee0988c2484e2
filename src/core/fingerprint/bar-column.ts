// A trace copied from a log view that draws a bar at the left of every line: the lines of gin's
// issue #1040 (a Go panic under net/http's recovery, threads-50) each open with `|` and nothing
// between it and the line the program printed (`|goroutine 109 [running]:`, `|\t/usr/lib/golang/
// src/net/http/server.go:1491 +0x12a`). The bar hid every line's start from the parsers, and the
// dump read as no trace at all. A compose service column (`web_1 | `) names its service before the
// bar and is a line header (stacktrace/detect.ts); a Markdown table closes its rows with a bar too;
// Python's exception groups draw theirs after an indentation (`  | `): none of these is this.

import { withoutLogViewColumn } from './log-view-column.js';

/** A line of the copy: the bar, then the line as printed (never a second bar: `||` is an operator or a table's empty cell). */
const BARRED = /^\|(?!\|)(.*)$/;
/** Barred lines needed for the bar to be the view's, not chance. */
const MIN_BARRED = 3;

/**
 * The text without the view's bar, when every non-blank line opens with a single `|`, no line
 * closes with one (a table's row), and some line goes on indented after it, as a frame's file or
 * `at` line is printed under its header. Otherwise the text as it is.
 */
export function withoutBarColumn(text: string): string {
  if (text.charCodeAt(0) !== 124) return text;
  return withoutLogViewColumn(
    text,
    (line) => {
      const m = BARRED.exec(line);
      return m && !line.trimEnd().endsWith('|') ? m[1] : undefined;
    },
    (printed) => printed.startsWith('\t') || printed.startsWith('  '),
    MIN_BARRED,
  );
}
