// PHP's engine errors read in one wording across the versions that word them differently
// (src/core/fingerprint/php-engine-wording.ts). Found in threads-38 (issue-thread-traces-38.test.ts):
// readability.php's null `->length` read at Readability.php line 1514 was two signatures, PHP 7's
// `Trying to get property 'length' of non-object` and PHP 8.1's `Attempt to read property
// "length" on null`; and in threads-37, TYPO3 7.6's ConfigurationManager line 128 under PHP 5
// (`on a non-object`) and PHP 7 (`on null`).
//
// PHP 8's lines below are PHP 8.2.36's own output (Debian's php-cli, run here on a five-function
// script: `$row['sku']` and `$row[3]` of an empty array, `$node->length` of null and of false, and
// `$view->canShow()` of null); the older wordings are quoted from the threads each test names.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { phpEngineWording } from '../../../src/core/fingerprint/php-engine-wording.js';
import { loadThreadTraces } from './thread-traces.js';

const fingerprintOf = (stacktrace: string, type?: string) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'app', type, stacktrace }).fingerprint;

describe("PHP's engine errors across PHP versions", () => {
  it('real: readability.php line 1514 under PHP 7 and PHP 8.1 is one signature (fivefilters/readability.php#12, #15)', () => {
    const rows = loadThreadTraces('threads-38', 'php').filter((r) => r.group === 'php:t38:readability-siblings-length-null');
    expect(rows).toHaveLength(2);
    expect(fingerprintOf(rows[0].stacktrace!)).toBe(fingerprintOf(rows[1].stacktrace!));
  });

  it('real: TYPO3 7.6 line 128 under PHP 5 and PHP 7 is one signature (Yoast/Yoast-SEO-for-TYPO3#60, bithost-gmbh/pdfviewhelpers#19)', () => {
    const rows = loadThreadTraces('threads-37', 'php').filter((r) => /Yoast-SEO-for-TYPO3\/issues\/60|pdfviewhelpers\/issues\/19/.test(r.source));
    expect(rows).toHaveLength(2);
    expect(fingerprintOf(rows[0].stacktrace!)).toBe(fingerprintOf(rows[1].stacktrace!));
  });

  it("each older wording and level reads as PHP 8's", () => {
    const read = (line: string, type?: string) => phpEngineWording(line, type);
    expect(read('Undefined index: sku', 'PHP Notice')).toEqual(read('Undefined array key "sku"', 'PHP Warning'));
    expect(read('Undefined offset: 3', 'PHP Notice')).toEqual(read('Undefined array key 3', 'PHP Warning'));
    expect(read("Trying to get property 'length' of non-object")).toEqual(read('Attempt to read property "length" on null', 'PHP Warning'));
    expect(read("Attempt to assign property 'id' of non-object", 'PHP Warning')).toEqual(read('Attempt to assign property "id" on null', 'Error'));
    expect(read('Call to a member function canShow() on a non-object', 'PHP Fatal error')).toEqual(read('Call to a member function canShow() on null', 'Error'));
    // PHP 7+'s own wording is kept as printed, the value's type with it.
    expect(read('Call to a member function get() on string', 'PHP Fatal error')).toEqual({ line: 'Call to a member function get() on string', type: 'Error' });
    // The place after the message stays where it was.
    expect(read('Undefined index: step in /x/admin.php on line 44', 'PHP Notice')?.line).toBe('Undefined array key "step" in /x/admin.php on line 44');
    // A framework's wrapper class is kept: Laravel's ErrorException wraps every level alike.
    expect(read('Undefined index: sku', 'ErrorException')).toEqual({ line: 'Undefined array key "sku"', type: 'ErrorException' });
  });

  it("one statement's lines from PHP 8.2 and from PHP 5/7 are one signature", () => {
    const at = ' in /tmp/php39/app.php on line 4';
    expect(fingerprintOf(`PHP Notice:  Trying to get property 'length' of non-object${at}`)).toBe(fingerprintOf(`PHP Warning:  Attempt to read property "length" on null${at}`));
    expect(fingerprintOf('PHP Warning:  Undefined array key "sku" in /tmp/php39/app.php on line 2')).toBe(fingerprintOf('PHP Notice:  Undefined index: sku in /tmp/php39/app.php on line 2'));
    expect(fingerprintOf('PHP Fatal error:  Call to a member function canShow() on a non-object in /tmp/php39/app.php on line 5')).toBe(fingerprintOf('PHP Fatal error:  Uncaught Error: Call to a member function canShow() on null in /tmp/php39/app.php:5'));
  });

  it('near misses: another property or method stays apart, and a missing key is not a property read', () => {
    // A library's file, as readability.php's: no in-app frame, so the message names the failure
    // (at an in-app crash site the function is the key and a quoted name is masked as a value).
    const at = ' in /srv/app/vendor/acme/reader/src/Reader.php on line 20';
    expect(fingerprintOf(`PHP Notice:  Trying to get property 'length' of non-object${at}`)).not.toBe(fingerprintOf(`PHP Warning:  Attempt to read property "textContent" on null${at}`));
    // (A key is read as PHP 8's own always was: a value the request carried, masked by the miner as
    // code-in-message.ts says; an older wording does not change that.)
    expect(fingerprintOf(`PHP Notice:  Undefined index: sku${at}`)).toBe(fingerprintOf(`PHP Warning:  Undefined array key "sku"${at}`));
    expect(fingerprintOf(`PHP Fatal error:  Call to a member function save() on a non-object${at}`)).not.toBe(fingerprintOf(`PHP Fatal error:  Call to a member function delete() on null${at}`));
    // A key PHP 8 names is not another error's: a read of a missing property is not a missing key.
    expect(fingerprintOf(`PHP Warning:  Undefined array key "length"${at}`)).not.toBe(fingerprintOf(`PHP Warning:  Attempt to read property "length" on null${at}`));
  });

  it("near misses: an application's exception with the same words, PHP 5's nameless property read, and prose are left as written", () => {
    expect(phpEngineWording('Undefined index: sku', 'App\\Exception\\LookupFailed')).toBeUndefined();
    expect(phpEngineWording('Call to a member function save() on a non-object', 'Illuminate\\Database\\QueryException')).toBeUndefined();
    expect(phpEngineWording('Trying to get property of non-object', 'PHP Notice')).toBeUndefined();
    expect(phpEngineWording('The undefined index: rebuild it', 'PHP Warning')).toBeUndefined();
    expect(phpEngineWording('Attempt to read property list on null', 'PHP Warning')).toBeUndefined();
    // As a trace's type: the application's class keeps its own message.
    const at = ' in /srv/app/src/Catalog.php:20\nStack trace:\n#0 /srv/app/public/index.php(9): Catalog->find()\n#1 {main}';
    expect(fingerprintOf(`PHP Fatal error:  Uncaught App\\LookupFailed: Undefined index: sku${at}`)).not.toBe(fingerprintOf(`PHP Fatal error:  Uncaught App\\LookupFailed: Undefined array key "sku"${at}`));
  });
});

// An argument or a return value of the wrong type. PHP 8's lines are PHP 8.2.36's own output here
// (a Catalog class's find(int $id, ?string $locale) called with null and with an array, its
// title(): string returning null, and strlen() of an array inside a function). The older lines are
// how PHP 7 words the same calls, as php-src's PHP 7 tests print them (`Argument 2 passed to
// {closure}() must be of the type int or null, string given, called in %s on line %d`; `sort()
// expects parameter 2 to be integer, string given`) and as google/gax-php's tests assert both
// versions' wordings of one call (`PHP_MAJOR_VERSION < 8 ? 'Argument 1 passed to
// …CallOptions::setTimeoutMillis() must be of the type int or null, string given' :
// '…setTimeoutMillis(): Argument #1 ($timeoutMillis) must be of type ?int, string given'`).
describe('a value of the wrong type across PHP 7 and PHP 8', () => {
  const php8 = (message: string, top: string, frames: string) => `PHP Fatal error:  Uncaught TypeError: ${message}\nStack trace:\n${frames}\n  thrown in /tmp/php8/app.php on line ${top}`;
  const call10 = '#0 /tmp/php8/app.php(10): App\\Service\\Catalog->find()\n#1 {main}';
  const call11 = '#0 /tmp/php8/app.php(11): App\\Service\\Catalog->find()\n#1 {main}';
  const call12 = '#0 /tmp/php8/app.php(12): App\\Service\\Catalog->title()\n#1 {main}';

  it("real PHP 8.2 output and PHP 7's wording of one call are one signature", () => {
    expect(fingerprintOf(php8('App\\Service\\Catalog::find(): Argument #1 ($id) must be of type int, null given, called in /tmp/php8/app.php on line 10 and defined in /tmp/php8/app.php:4', '4', call10)))
      .toBe(fingerprintOf(php8('Argument 1 passed to App\\Service\\Catalog::find() must be of the type int, null given, called in /tmp/php8/app.php on line 10 and defined in /tmp/php8/app.php:4', '4', call10.replace('find()', 'find(NULL)'))));
    expect(fingerprintOf(php8('App\\Service\\Catalog::find(): Argument #2 ($locale) must be of type ?string, array given, called in /tmp/php8/app.php on line 11 and defined in /tmp/php8/app.php:4', '4', call11)))
      .toBe(fingerprintOf(php8('Argument 2 passed to App\\Service\\Catalog::find() must be of the type string or null, array given, called in /tmp/php8/app.php on line 11 and defined in /tmp/php8/app.php:4', '4', call11.replace('find()', 'find(5, Array)'))));
    expect(fingerprintOf(php8('App\\Service\\Catalog::title(): Return value must be of type string, null returned in /tmp/php8/app.php:5', '5', call12)))
      .toBe(fingerprintOf(php8('Return value of App\\Service\\Catalog::title() must be of the type string, null returned in /tmp/php8/app.php:5', '5', call12)));
  });

  it("a built-in's argument: PHP 7's warning and PHP 8's TypeError, as an OpenTelemetry SDK reports them, are one signature", () => {
    const frames = '#0 /tmp/php8/app.php(7): strlen()\n#1 /tmp/php8/app.php(13): App\\Service\\measure()\n#2 {main}';
    const of = (type: string, message: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', type, message, stacktrace: frames }).fingerprint;
    expect(of('PHP Warning', 'strlen() expects parameter 1 to be string, array given')).toBe(of('TypeError', 'strlen(): Argument #1 ($string) must be of type string, array given'));
    // PHP 7.0-7.2 named int `integer`.
    expect(phpEngineWording('str_repeat() expects parameter 2 to be integer, string given', 'PHP Warning')).toEqual(phpEngineWording('str_repeat(): Argument #2 ($times) must be of type int, string given', 'TypeError'));
  });

  it('the gax-php pair reads alike, and a class type and an object given are read as PHP 8 names them', () => {
    expect(phpEngineWording('Argument 1 passed to Google\\ApiCore\\Options\\CallOptions::setTimeoutMillis() must be of the type int or null, string given', 'TypeError'))
      .toEqual(phpEngineWording('Google\\ApiCore\\Options\\CallOptions::setTimeoutMillis(): Argument #1 ($timeoutMillis) must be of type ?int, string given', 'TypeError'));
    expect(phpEngineWording('Argument 1 passed to App\\Mailer::send() must be an instance of App\\Message, instance of App\\User given', 'TypeError'))
      .toEqual(phpEngineWording('App\\Mailer::send(): Argument #1 ($message) must be of type App\\Message, App\\User given', 'TypeError'));
  });

  it('near misses: another argument, another function, another return stay apart', () => {
    const arg = (n: number, fn = 'find') => php8(`App\\Service\\Catalog::${fn}(): Argument #${n} ($x) must be of type int, null given, called in /tmp/php8/app.php on line 10 and defined in /tmp/php8/app.php:4`, '4', call10.replace('find()', `${fn}()`));
    expect(fingerprintOf(arg(1))).not.toBe(fingerprintOf(arg(2)));
    expect(phpEngineWording('Argument 1 passed to App\\A::f() must be of the type int, null given', 'TypeError')).not.toEqual(phpEngineWording('Argument 1 passed to App\\A::g() must be of the type int, null given', 'TypeError'));
    expect(phpEngineWording('Argument 1 passed to App\\A::f() must be of the type int, null given', 'TypeError')?.line).not.toBe(phpEngineWording('Return value of App\\A::f() must be of the type int, null returned', 'TypeError')?.line);
    // An application's own exception with the same words is its own.
    expect(phpEngineWording('Argument 1 passed to App\\A::f() must be of the type int, null given', 'App\\Exception\\Invalid')).toBeUndefined();
    // A callback PHP 7 could not call is not a type's mismatch.
    expect(phpEngineWording('array_map() expects parameter 1 to be a valid callback, function \'nope\' not found or invalid function name', 'PHP Warning')).toBeUndefined();
  });
});
