// The source line Ruby's error_highlight (Ruby 3.1+, https://github.com/ruby/error_highlight
// README) prints under an error's first line: a blank line, the code, then carets under the call
// that failed. It names the statement, as a traceback's source line does (types.ts RawFrame.code).
/** error_highlight's marker under the code: spaces, then carets. */
export const CARETS = /^ {0,400}\^{1,400}$/;
const SOURCE_LINE_CHARS = 200;
// A frame's location (`app.rb:12:in 'm'`, `from …`): a trace's line, not highlighted code.
const FRAME_LINE = /^\s*(?:from )?\S{1,600}:\d{1,7}:in /;
// did_you_mean's suggestions, which Ruby appends after error_highlight's lines (`Did you mean?
// Binding`, the other candidates indented under it): the names the program has, not its code.
const SUGGESTIONS = /^Did you mean\? /;
// The classes error_highlight decorates (its README: NameError and NoMethodError since Ruby 3.1,
// TypeError and ArgumentError a C method raised since 3.3), named on the message's first line
// (`NameError: uninitialized constant …`, `#<NoMethodError: undefined method …`). Other
// programs print a line and a caret under it too — PostgreSQL's `LINE 1: SELECT … FORM users`
// over `^` in a client's error — whose line is the input, not code.
const DECORATED = /(?:^|[\s#<(])(?:NameError|NoMethodError|TypeError|ArgumentError): /;
// Exception#inspect closes the message it wraps with `>` (`#<NoMethodError: … ^^^^^>`, Puma's
// error log): after the carets, that is no part of them.
const INSPECT_CLOSE = /(\^)>$/;

/**
 * The source line error_highlight printed in a message's lines after its first (`['',
 * "  count = payload['cart'].size", '       ^^^^^']`), whitespace collapsed; undefined when they
 * are not that shape.
 */
export function highlightedCode(lines: readonly string[]): string | undefined {
  const rest = lines.filter((l) => l.trim() !== '');
  if (rest.length !== 2 || !CARETS.test(rest[1]) || FRAME_LINE.test(rest[0])) return undefined;
  const code = rest[0].trim().replace(/\s+/g, ' ');
  return code.length > SOURCE_LINE_CHARS ? code.slice(0, SOURCE_LINE_CHARS) : code;
}

/**
 * The highlighted source line of a logged error message without a trace (Sidekiq's
 * `logger.warn("#{ex.class.name}: #{ex.message}")`, Puma's `#<NameError: …>`): the lines after
 * its first, less did_you_mean's suggestions and Exception#inspect's closing `>`, where the first
 * names a class error_highlight decorates and a blank line follows it.
 */
export function loggedHighlightedCode(text: string): string | undefined {
  const nl = text.indexOf('\n');
  if (nl < 0 || !DECORATED.test(text.slice(0, nl))) return undefined;
  const lines = text.slice(nl + 1).split('\n');
  // error_highlight puts a blank line between the message and the code.
  if (lines[0].trim() !== '') return undefined;
  const end = lines.findIndex((l) => SUGGESTIONS.test(l));
  const kept = end < 0 ? lines : lines.slice(0, end);
  if (kept.length) kept[kept.length - 1] = kept[kept.length - 1].trimEnd().replace(INSPECT_CLOSE, '$1');
  return highlightedCode(kept);
}
