// A fixed-width terminal's line breaks inside a PHP trace (console-wrap-width.ts). Found in
// threads-52 (issue-thread-traces-52.test.ts): Nextcloud 16's `occ` output of the missing
// simplexml_load_file() Error (nextcloud/server#15642), copied at 94 columns, was a typeless
// Throwable beside the same Error from Nextcloud 13 and 15 (#8190, #14511).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withConsoleWidthWrapsJoined } from '../../../src/core/fingerprint/console-wrap-width.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-52', 'php');
const row = (source: string) => rows.find((r) => r.source.endsWith(source))!;
const sig = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace }).fingerprint;

const header = 'Error: Call to a member function stat() on null in /var/www/app/lib/private/Files/Cache.php:41';
const frame0 = "#0 /var/www/app/lib/private/Files/View.php(1290): OC\\Files\\Cache\\Cache->get('/var/www/app/d...')";
const frame1 = '#1 /var/www/app/lib/private/Files/Node/Root.php(188): OC\\Files\\View->getFileInfo()';
const wrapAt = (text: string, width: number) => text.split('\n').flatMap((l) => (l.length <= width ? [l] : [l.slice(0, width), l.slice(width)])).join('\n');

describe("a fixed-width terminal's breaks in a PHP trace", () => {
  it('real: the 94-column copy and the unwrapped outputs of one Error are one signature (nextcloud/server#15642, #8190, #14511)', () => {
    expect(sig(row('server/issues/15642').stacktrace!)).toBe(sig(row('server/issues/8190').stacktrace!));
    expect(sig(row('server/issues/15642').stacktrace!)).toBe(sig(row('server/issues/14511').stacktrace!));
  });

  it('a trace broken at its width reads as the same trace unbroken', () => {
    const whole = `${header}\nStack trace:\n${frame0}\n${frame1}\n#2 {main}`;
    const wrapped = wrapAt(whole, 70);
    expect(wrapped).not.toBe(whole);
    expect(withConsoleWidthWrapsJoined(wrapped)).toBe(whole);
    expect(sig(wrapped)).toBe(sig(whole));
  });

  it('near miss: one break alone, long lines each followed by a row, a narrow width, or no PHP trace are left as they are', () => {
    const once = wrapAt(`${header}\nStack trace:\n#0 {main}`, 70);
    expect(withConsoleWidthWrapsJoined(once)).toBe(once);
    const rowsOfOneLength = `Error: boom in /srv/app/x.php:3\nStack trace:\n#0 /srv/app/aaaa.php(10): A->b()\n#1 /srv/app/bbbb.php(10): A->c()\n#2 {main}`;
    expect(withConsoleWidthWrapsJoined(rowsOfOneLength)).toBe(rowsOfOneLength);
    const narrow = `Error: boom in /srv/x.php:3\nStack trace:\n#0 /srv/a.php(1): f()\nx\n#1 /srv/a.php(2): g()\ny`;
    expect(withConsoleWidthWrapsJoined(narrow)).toBe(narrow);
    const prose = `${'a'.repeat(80)}\nb\n${'c'.repeat(80)}\nd`;
    expect(withConsoleWidthWrapsJoined(prose)).toBe(prose);
  });
});
