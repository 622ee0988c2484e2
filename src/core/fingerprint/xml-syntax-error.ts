// Go's encoding/xml reports a malformed document as `XML syntax error on line <n>: <what>`
// (xml.SyntaxError.Error()), and what follows the line number is the decoder's account of what
// was wrong with the input: `unexpected EOF`, `element <price> closed by </item>`, `invalid
// character entity &bogus;`, `attribute name without = in element` (Go 1.26.8's encoding/xml,
// checked). Which account a line carries depends on the document one statement was given, never
// on the statement: one feed import's two malformed feeds were two signatures in its log
// (programs/go-bugs-12, bugs-12-programs.test.ts), each account's words read as the statement's
// own. In a log line that account is one value, from the line number to the end of the line; the
// words before it, which say what was being decoded, keep telling statements apart. A span's
// *xml.SyntaxError message does not contribute at all (stacktrace/go.ts, the standard library's
// error types).

/** The tokens before the account, after the line number (masked as `<int>:` or as printed). */
const HEAD = ['XML', 'syntax', 'error', 'on', 'line'];
const LINE_NUMBER = /^(?:<int>|\d{1,9}):$/;

/** Whether `tokens[i]` opens the account after `XML syntax error on line <n>:` in a log line. */
export function opensXmlSyntaxAccount(tokens: readonly string[], i: number): boolean {
  if (i < HEAD.length + 1 || !LINE_NUMBER.test(tokens[i - 1])) return false;
  for (let k = 0; k < HEAD.length; k++) if (tokens[i - 1 - HEAD.length + k] !== HEAD[k]) return false;
  return true;
}
