// A trace a web server wrote into its error log on one line, its line breaks escaped as `\n`
// (Apache httpd escapes what it logs: mod_php's `PHP Fatal error: Uncaught …\nStack trace:\n#0 …`).
// Found in threads-6 (issue-thread-traces-6.test.ts): Typecho's handler, logged so, read no frame.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withLineBreaksUnescaped } from '../../../src/core/fingerprint/stacktrace/detect.js';

interface Row { group: string; source: string; type?: string; message?: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-6/php.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fingerprintOf = (source: string) => {
  const r = rows.find((x) => x.source.endsWith(source))!;
  return createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });
};
const logged = (cls: string, caller: string) =>
  String.raw`[Sat Mar 12 06:48:15.162621 2016] [:error] [pid 13689] PHP Fatal error:  Uncaught Error: Call to a member function get() on null in /var/www/shop/${cls}.php:28\nStack trace:\n#0 /var/www/shop/${caller}(101): ${'Shop\\' + cls}->load('cart')\n#1 {main}\n  thrown in /var/www/shop/${cls}.php on line 28`;

describe('a trace logged with escaped line breaks', () => {
  it('is read with its line breaks: one message in two files is two signatures, one file from two callers one', () => {
    const fp = createFingerprinter();
    const sig = (cls: string, caller: string) => fp.fingerprint({ source: 'span', service: 'app', type: 'Error', message: 'Call to a member function get() on null', stacktrace: logged(cls, caller) });
    const cart = sig('Cart', 'index.php');
    expect(cart.culprit).toContain('Cart.load');
    expect(cart.fingerprint).not.toBe(sig('Order', 'index.php').fingerprint);
    expect(cart.fingerprint).toBe(sig('Cart', 'api.php').fingerprint);
  });

  it('near misses: text with a line break of its own, escapes before no trace line, and a Windows directory keep their backslashes', () => {
    const multi = 'Error: a\\nb\n  at f (x.js:1:1)';
    expect(withLineBreaksUnescaped(multi)).toBe(multi);
    const prose = String.raw`saved to C:\new\notes.txt\nthen failed`;
    expect(withLineBreaksUnescaped(prose)).toBe(prose);
    expect(withLineBreaksUnescaped(String.raw`Error in C:\xampp\htdocs\new\x.php:3\nStack trace:\n#0 {main}`)).toBe('Error in C:\\xampp\\htdocs\\new\\x.php:3\nStack trace:\n#0 {main}');
  });

  it("real: Typecho's exception handler logged on one line is read to its crash site (typecho/typecho#423, #457)", () => {
    expect(fingerprintOf('typecho/pull/423').culprit).toContain('exceptionHandle');
    expect(fingerprintOf('typecho/issues/457').culprit).toContain('exceptionHandle');
    expect(fingerprintOf('typecho/pull/423').fingerprint).toBe(fingerprintOf('typecho/issues/457').fingerprint);
  });
});
