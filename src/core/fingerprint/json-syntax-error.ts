// Go's encoding/json reports a malformed document as *json.SyntaxError, whose text is the
// decoder's account of the input: `unexpected end of JSON input`, `invalid character 'x' looking
// for beginning of value`, `invalid character ' ' in literal null (expecting 'l')`, `invalid
// character '}' after object key:value pair` (encoding/json's scanner, Go 1.26.8, checked). Which
// account an error carries depends on the document one statement was given, never on the
// statement, and a span whose type is *json.SyntaxError leaves its message out for that
// (stacktrace/go.ts, the standard library's error types). The same account also ends the message
// of an error wrapped around it with %w (`GET /invoices/{id}: invoices: decode invoice 19: …`,
// type *fmt.wrapError, whose message names the failure), where it was read as the statement's own
// words: one decoding statement's truncated and misspelt records were two signatures
// (programs/go-bugs-13, bugs-13-programs.test.ts). In an exception's message the account is one
// value, from its first word to the end; the words before it, which say what was being decoded,
// keep telling statements apart. A log line keeps the account's words: the logs' own labels tell
// a log statement's scanner errors apart by kind (server-logs-14's go-slog, server-logs-11's and
// -13's: `looking for beginning of value` / `unexpected end`), and a log record has no crash site
// to say which statement it was.

const END_OF_INPUT = ['unexpected', 'end', 'of', 'JSON', 'input'];

/** Whether `tokens[i]` opens encoding/json's account of a malformed document (see above). */
export function opensJsonSyntaxAccount(tokens: readonly string[], i: number): boolean {
  const token = tokens[i];
  if (token === 'invalid') {
    // `invalid character '<c>' …`: the character is quoted, a space in quotes split in two tokens.
    return tokens[i + 1] === 'character' && tokens[i + 2] !== undefined && tokens[i + 2].startsWith("'") && tokens[i + 3] !== undefined;
  }
  if (token !== 'unexpected' || i + END_OF_INPUT.length > tokens.length) return false;
  for (let k = 1; k < END_OF_INPUT.length; k++) if (tokens[i + k] !== END_OF_INPUT[k]) return false;
  // The account ends the text: a later word would be someone else's.
  return i + END_OF_INPUT.length === tokens.length;
}
