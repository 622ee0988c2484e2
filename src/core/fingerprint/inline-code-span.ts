/**
 * A trace pasted inside Markdown inline code: the backtick run that opens a code span
 * (https://spec.commonmark.org/0.31.2/#code-spans) left before the exception's header, and the
 * run that closes it after the last frame when the paste kept it. A span is opened by one or two
 * backticks; three or more open a fenced code block, whose line is no part of the trace and is
 * left to the readers that know fences. No runtime prints a backtick as a trace's first
 * character (.NET's generic arity, `List`1`, follows a name), so the run is only the paste's.
 * Read with it, Radarr's `` `System.ArgumentNullException: Value cannot be null.`` took its
 * whole first line for the type (Radarr/Radarr#3987, threads-23), and the same failure pasted
 * without it was another signature.
 */
const OPENING_SPAN = /^(`{1,2})(?=[^`\s])/;

/** The text without the code span's backtick runs around it; any other text as it is. */
export function withoutInlineCodeMarks(text: string): string {
  const start = text.length - text.trimStart().length;
  const open = OPENING_SPAN.exec(text.slice(start));
  if (!open) return text;
  const run = open[1];
  let body = text.slice(start + run.length);
  // The closing run, when the paste kept it: the same number of backticks, not part of a longer run.
  const end = body.trimEnd();
  if (end.endsWith(run) && end[end.length - run.length - 1] !== '`') body = end.slice(0, end.length - run.length);
  return body;
}
