/**
 * A trace's header pasted in Markdown strong emphasis: `**` before its first character at the
 * start of a line and `**` after its last character at the end of the same line or of a later one
 * (https://spec.commonmark.org/0.31.2/#emphasis-and-strong-emphasis), as a reporter bolds the
 * exception's lines of a log. Read with the marks, Kestrel's `fail:` record with
 * `**System.ObjectDisposedException: Cannot access a disposed object.` and `Object name:
 * 'SslStream'.**` under it (aspnet/KestrelHttpServer#747, threads-27) had no exception header:
 * the logger's `fail:` was the type and its category the message. Only an opening run of exactly
 * two asterisks at a line's very start (a source line a Python traceback quotes, `**kwargs)`, is
 * indented) and its closing run at a line's end within a few lines, before any indented line (a
 * frame), are taken off; any other text is left as it is.
 */
const OPENING = /^\*\*(?=[^*\s])/;
const CLOSING = /(?<=[^*\s])\*\*(?=\s*$)/;
/** How many lines a bolded header may span: its message's lines, not the frames. */
const MAX_SPAN_LINES = 8;

/** The text without the strong-emphasis marks around a header; any other text as it is. */
export function withoutStrongEmphasisMarks(text: string): string {
  if (!text.includes('**')) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (!OPENING.test(lines[i])) continue;
    const opened = lines[i].slice(2);
    for (let j = i; j < lines.length && j < i + MAX_SPAN_LINES; j++) {
      const line = j === i ? opened : lines[j];
      if (j > i && /^\s/.test(line)) break;
      const close = CLOSING.exec(line);
      if (!close) continue;
      const closed = line.slice(0, close.index) + line.slice(close.index + 2);
      lines[i] = opened;
      lines[j] = closed;
      changed = true;
      i = j;
      break;
    }
  }
  return changed ? lines.join('\n') : text;
}
