// A PHP error line wrapped after its place's keyword ` in` or after a frame's number `#N`, the
// place or frame opening the next line, is read joined (php-wrapped-place.ts). Found in threads-35
// (issue-thread-traces-35.test.ts): Magento's Calendar iterator_to_array TypeError on one line
// (magento/magento2#8659) and wrapped by the reporter (Magento-Japan/m2-jplocalize#3) was two
// signatures, the wrapped paste read as no frame.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withWrappedPlacesJoined } from '../../../src/core/fingerprint/php-wrapped-place.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-35', 'php');
const row = (source: string) => rows.find((r) => r.source.endsWith(source))!;
const sig = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

const oneLine = (fn: string, line: number) => `PHP Fatal error:  Uncaught TypeError: count(): Argument #1 ($value) must be of type Countable|array, null given in /srv/shop/src/Cart.php:${line}\nStack trace:\n#0 /srv/shop/src/Cart.php(${line}): count(NULL)\n#1 /srv/shop/src/Checkout.php(20): Shop\\Cart->${fn}()\n#2 {main}\n  thrown in /srv/shop/src/Cart.php on line ${line}`;

describe('a PHP error line wrapped before its place or a frame', () => {
  it('real: Magento\'s Calendar TypeError on one line and wrapped after `in` and after each frame number is one signature (magento/magento2#8659, Magento-Japan/m2-jplocalize#3)', () => {
    expect(sig(row('/m2-jplocalize/issues/3').stacktrace!).fingerprint).toBe(sig(row('/magento2/issues/8659').stacktrace!).fingerprint);
  });

  it('the place and the frames wrapped onto the next lines are joined to the line they continue', () => {
    expect(withWrappedPlacesJoined('Fatal error: Uncaught Error: Class \'Phar\' not found in\n/home/u/composer.phar:23\nStack trace:\n#0 {main}'))
      .toBe('Fatal error: Uncaught Error: Class \'Phar\' not found in /home/u/composer.phar:23\nStack trace:\n#0 {main}');
    expect(withWrappedPlacesJoined('… given in \n C:\\www\\a.php:9 Stack trace: #0 \n C:\\www\\a.php(9): f()')).toBe('… given in C:\\www\\a.php:9 Stack trace: #0 C:\\www\\a.php(9): f()');
    const wrapped = oneLine('total', 14).replace(' in /srv/shop/src/Cart.php:14\n', ' in\n    /srv/shop/src/Cart.php:14\n');
    expect(sig(wrapped).fingerprint).toBe(sig(oneLine('total', 14)).fingerprint);
  });

  it('near miss: a line ending ` in` before words, a path after a line that does not end there, and an item number without a trace are left as they are', () => {
    const words = 'Payment capture failed in\nproduction.\n/srv/shop/var/log is full';
    expect(withWrappedPlacesJoined(words)).toBe(words);
    const listing = 'Files checked:\n/srv/shop/src/Cart.php\n/srv/shop/src/Checkout.php';
    expect(withWrappedPlacesJoined(listing)).toBe(listing);
    const ticket = 'Import failed in\nbatch 4, see ticket #12\n/srv/shop/var/import.csv';
    expect(withWrappedPlacesJoined(ticket)).toBe(ticket);
  });

  it('near miss: the wrapped paste of one statement stays apart from another statement\'s', () => {
    const wrap = (t: string) => t.replace(/ in (\/srv\/shop\/src\/Cart\.php:\d+)\n/, ' in\n $1\n');
    expect(sig(wrap(oneLine('total', 14))).fingerprint).not.toBe(sig(wrap(oneLine('count', 31))).fingerprint);
  });
});
