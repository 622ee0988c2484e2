// A column a log view draws at the left of every line, which a copy from the view keeps: a CI
// job's line numbers (line-number-column.ts), a viewer's bar (bar-column.ts). The column hides
// every line's own start from the parsers. It is taken off only when it is the view's: on every
// non-blank line, on enough lines, and with some line going on indented after it, as a frame is
// printed under its header (Go's file line, Java's `\tat`, .NET's `   at`) — a list or table of
// the trace's own has no such line.

/**
 * The text with the column taken off every non-blank line by `rest` (the line as the program
 * printed it, or undefined when the line has no such column: then the text as it is), when at
 * least `minLines` lines had it and `indented` holds of one of them; otherwise the text as it is.
 * `rest` is called on the lines in order.
 */
export function withoutLogViewColumn(text: string, rest: (line: string) => string | undefined, indented: (rest: string) => boolean, minLines: number): string {
  const out: string[] = [];
  let columned = 0;
  let anyIndented = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      out.push(line);
      continue;
    }
    const printed = rest(line);
    if (printed === undefined) return text;
    columned++;
    if (!anyIndented && indented(printed)) anyIndented = true;
    out.push(printed);
  }
  return columned >= minLines && anyIndented ? out.join('\n') : text;
}
