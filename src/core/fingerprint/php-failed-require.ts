// A `require` whose file cannot be opened, as PHP 7 prints it, read as the Error PHP 8 throws.
//
// PHP 7 reports the failure as a compile error through php_error_docref("function.require", …),
// whose docref puts the construct before the message: `PHP Fatal error:  require(): Failed opening
// required '/x/vendor/composer/../a/b.php' (include_path='.:/usr/share/php') in /x/vendor/composer/
// autoload_real.php on line 66`, after the stream's own warning at the same place (`PHP Warning:
// require(/x/…/b.php): failed to open stream: No such file or directory in … on line 66`). PHP 8
// throws it instead, an Error with the message alone (php-src main/main.c,
// php_message_handler_for_zend, ZMSG_FAILED_REQUIRE_FOPEN: zend_throw_error since 8.0), uncaught
// `PHP Fatal error:  Uncaught Error: Failed opening required '…' (include_path='…') in …:66`.
// One failure, one PHP upgrade apart: read as it stood, PHP 7's was a `PHP Fatal error` typed
// line, PHP 8's an Error, and two signatures; and the warning before it left the pair of lines
// unread (kirby-uniform's bundle missing deep_copy.php under PHP 7.2 and 8.1, threads-32). The
// lines are read as PHP 8's uncaught Error at that place; the warning says nothing the fatal
// line does not.

const LOG_PREFIX = String.raw`(?:\[[^\]]{1,40}\] )?(?:PHP message: )?(?:PHP )?`;
const FATAL = new RegExp(String.raw`^${LOG_PREFIX}Fatal error: +require(?:_once)?\(\): (Failed opening required '.{1,1000}?' \(include_path='.{0,2000}?'\)) in (\S.{0,499}?) on line (\d{1,7})$`);
/** The stream's warning (or notice, for a directory) PHP prints before the fatal error, at the same place. */
const PRELUDE = new RegExp(String.raw`^${LOG_PREFIX}(?:Warning|Notice): +require(?:_once)?\(.{0,1000}\): .{1,500} in (\S.{0,499}?) on line (\d{1,7})$`);

/** PHP 8's text for PHP 7's failed require, when `text` is its fatal error line (after its warning, if printed); else undefined. */
export function phpFailedRequire(text: string): string | undefined {
  if (!text.includes('Failed opening required')) return undefined;
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length > 3) return undefined;
  const fatal = FATAL.exec(lines[lines.length - 1]);
  if (!fatal) return undefined;
  const [, message, file, line] = fatal;
  for (const l of lines.slice(0, -1)) {
    const p = PRELUDE.exec(l);
    if (!p || p[1] !== file || p[2] !== line) return undefined;
  }
  return `PHP Fatal error:  Uncaught Error: ${message} in ${file}:${line}`;
}
