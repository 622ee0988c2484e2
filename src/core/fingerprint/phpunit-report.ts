// PHPUnit's report of a test that failed on an error prints the test, the error as `Type:
// message`, a blank line, then the stack as bare `file:line` rows, innermost first
// (https://docs.phpunit.de/en/10.5/textui.html); the testdox printer prints the same under
// `✘ name`, each line behind a `│` gutter:
//   24) PhpMyAdmin\Tests\LanguageTest::testSelect#15 with data ('', …)
//   Error: Call to a member function getLanguage() on null
//
//   E:\GitHub\phpmyadmin\test\classes\LanguageTest.php:50
//   E:\GitHub\phpmyadmin\vendor\phpunit\phpunit\phpunit:104
// The rows name no function; each is a frame at its file, as a PHP location alone is (php.ts).
// Read as no frame, every test's error of one message was one signature, whichever test file
// raised it (phpMyAdmin's, WP Acceptance's reports in threads-11).
import { traceLines, type ParsedException } from './types.js';

/** The test: `N) Class::method` (a data set's `#N` or `with data (…)` after it), or testdox's `✘ name`. */
const TEST = /^(?:\d{1,5}\) [\w\\]{1,300}::\w{1,200}(?:#\d{1,6})?(?: with data .{0,2000})?|✘ .{1,300})$/;
/** The error: `Type: message`. */
const ERROR = /^([A-Za-z_\\][\w\\]{0,300}): (.{1,4000})$/;
/** A stack row: a path (a separator in it) to a `.php` file or PHPUnit's launcher, and the line. */
const ROW = /^((?:[A-Za-z]:)?\S{0,499}?[\\/]\S{0,499}?(?:\.php|[\\/]phpunit)):(\d{1,7})$/;

/** The failure a PHPUnit report holds: its error and its rows as frames, or undefined. */
export function phpunitFailure(text: string): ParsedException | undefined {
  if (!text.includes(':')) return undefined;
  const lines = traceLines(text).map((l) => l.trim().replace(/^│ ?/, '').trim());
  const test = lines.findIndex((l) => TEST.test(l));
  if (test < 0) return undefined;
  let at = test + 1;
  while (at < lines.length && lines[at] === '') at++;
  const error = ERROR.exec(lines[at] ?? '');
  if (!error) return undefined;
  const failure: ParsedException = { type: error[1], message: error[2], frames: [] };
  for (let i = at + 1; i < lines.length && failure.frames.length < 200; i++) {
    if (lines[i] === '') continue;
    const row = ROW.exec(lines[i]);
    if (row) failure.frames.push({ file: row[1], line: Number(row[2]) });
    else if (failure.frames.length > 0) break;
    // Before the first row: the rest of a message of several lines.
    else failure.message += `\n${lines[i]}`;
  }
  return failure.frames.length > 0 ? failure : undefined;
}
