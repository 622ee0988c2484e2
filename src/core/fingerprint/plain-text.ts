// One trace, however the text that carries it ends its lines. Windows writes `\r\n`
// (Exception.ToString() under .NET on Windows, a log file opened there, a paste from a Windows
// browser), editors and chat clients leave spaces at the ends of lines, and a paste keeps the
// blank lines around it. Each parser reads lines, and most of their patterns anchor at a line's
// end: with a `\r` or a space left there, a Go frame's `file.go:42 +0x1d`, a JavaScript frame's
// `(file.js:10:5)` or a header's last word read otherwise, and the same trace pasted twice was
// two signatures (another-occurrence.test.ts's line-end rewrites over every issue-thread trace
// found 68 rows moved by `\r\n`, 178 by trailing spaces, 46 by blank lines around the paste).
// So a trace and a message are read with `\n` line ends, no spaces or tabs ending a line and no
// blank lines before or after them. A paste quoted in a reply (`> ` before every line) or indented
// as a whole (a Markdown code block by indentation, a log's continuation lines) is the paste:
// a mark or an indentation every line shares goes; a line's own indentation beyond it is kept
// (it separates a Python trace's source lines and a Go trace's file lines from their frames).

import { LIMITS } from './types.js';
import { unquoteTrace } from './stacktrace/detect.js';

/** Whether a character code is a space, a tab or a line break. */
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * Whether a text needs reading beyond its end: a carriage return, a line ending in a space or a
 * tab, space or a quote mark at its start (string searches: this runs on every error's trace).
 */
function needsLines(text: string): boolean {
  const first = text.charCodeAt(0);
  if (isSpace(first) || first === 62 || text.includes('\r')) return true;
  // A space or a tab ending a line, looked for at each line break: a search for ` \n` stops at
  // every space of the text (a third of this reading's cost on Node.js traces).
  for (let at = text.indexOf('\n', 1); at > 0; at = text.indexOf('\n', at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (before === 32 || before === 9) return true;
  }
  return false;
}

/** `text` with `\n` line ends, no trailing spaces on any line, no blank lines at either end, no shared quote mark or indentation. */
export function plainText(text: string): string {
  // Only what the parsers read is read here (a trace is cut at LIMITS.maxTraceChars before it is
  // split into lines, types.ts), so a huge input costs no more than its cut.
  const read = text.length > LIMITS.maxTraceChars ? text.slice(0, LIMITS.maxTraceChars) : text;
  if (!needsLines(read)) {
    // The common case: plain already, or ending in a line break (Java's printStackTrace ends
    // every line so) and needing nothing else, whose end is cut without reading its lines.
    return read === text && isSpace(text.charCodeAt(text.length - 1)) ? text.trimEnd() : text;
  }
  const lines = read.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/^\n+/, '').replace(/\n+$/, '');
  // A reply's quote marks or an indentation every line shares, as the parsers read them off (detect.ts).
  return unquoteTrace(lines);
}
