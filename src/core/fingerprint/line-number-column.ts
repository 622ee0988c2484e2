// A trace copied from a CI job's log view with the view's line numbers: GitHub Actions and
// CircleCI number every line of a step's output, and a copy of the lines keeps the numbers
// (`1095 goroutine 409 [running]:`, `1097 \t/home/circleci/project/config/include.go:835`).
// The number hid every line's own start from the parsers: terragrunt's concurrent map write
// pasted so (gruntwork-io/terragrunt#3112, threads-15) read no frame and was known by its
// message alone, apart from the same crash pasted without the numbers.

import { withoutLogViewColumn } from './log-view-column.js';

/** A line of the copy: its number, one space, then the line as the job printed it. */
const NUMBERED = /^(\d{1,7})(?: (.*))?$/;
/** Numbered lines needed for a column of numbers to be the view's, not chance. */
const MIN_NUMBERED = 3;

/**
 * The text without the log view's line numbers, when every non-blank line starts with a number
 * (an empty line of the log is its number alone), the numbers rise from line to line (lines left
 * out of the copy leave gaps), and some line goes on indented after its number, as a frame is
 * printed under its header (Go's file line, Java's `\tat`, .NET's `   at`). A numbered list that
 * is the trace's own (PHP's frames `0 /x.php(12): f()` without their `#`, Rollbar's numbered
 * Ruby frames) has no indented line, and is returned as it is.
 */
export function withoutLineNumbers(text: string): string {
  const first = text.charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return text;
  let last = -1;
  return withoutLogViewColumn(
    text,
    (line) => {
      const m = NUMBERED.exec(line);
      if (!m) return undefined;
      const n = Number(m[1]);
      if (n <= last) return undefined;
      last = n;
      return m[2] ?? '';
    },
    (printed) => printed.startsWith(' ') || printed.startsWith('\t'),
    MIN_NUMBERED,
  );
}
