// Text from the network (service names, messages, stack traces, log bodies) written to a
// terminal must not be able to drive it: an ESC starts ANSI CSI/OSC sequences that move the
// cursor, rewrite earlier lines, set the window title or plant hyperlinks (ECMA-48; OSC 8), a
// bare CR overwrites the line it ends, NUL and BEL misbehave, C1 codes (U+0080–U+009F) are
// 8-bit introducers some terminals still honour, and bidirectional overrides reorder what
// is shown (the "Trojan Source" problem, Unicode UAX #9). Each such character is shown as a
// visible escape (`\x1b`, `\u202e`) instead, so the operator sees that it was there. The
// result holds none of them, so applying it twice changes nothing.

// C0 except TAB and LF, DEL, C1, the bidi embeddings/overrides/isolates. CR is handled apart.
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

function escape(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` safe to write to a terminal; newlines and tabs stay (a CRLF becomes LF, a lone CR is escaped). */
export function terminalSafe(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(/\r/g, '\\r').replace(UNSAFE, escape);
}
