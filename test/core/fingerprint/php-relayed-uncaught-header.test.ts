// An uncaught throwable's header as a web server quotes php-fpm's output, behind the server's
// words and the request's earlier messages (Apache mod_proxy_fcgi's `AH01071: Got error 'PHP
// message: PHP Warning: …; PHP message: PHP Fatal error: Uncaught TypeError: … in
// /x/filters.php:84\nStack trace:\n#0 …`). Found in threads-12 (issue-thread-traces-12.test.ts):
// the header went unread, frame #0's function had no file, and the crash site fell to its caller
// (FAU's fau_searchfilter under WordPress's WP_Hook::apply_filters).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const fau = loadThreadTraces('threads-12', 'php').find((r) => r.source.endsWith('RRZE-Webteam/FAU-Einrichtungen/issues/1574'))!;
const fingerprintOf = (r: { type?: string; message?: string; stacktrace?: string }) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'wordpress', type: r.type, message: r.message, stacktrace: r.stacktrace });

describe("an uncaught throwable's header quoted by a web server", () => {
  it('real: the quoted header is read and its function is the crash site (RRZE-Webteam/FAU-Einrichtungen#1574)', () => {
    const parsed = parseStacktrace(fau.stacktrace!);
    expect(parsed.exceptions[0].type).toBe('TypeError');
    expect(parsed.exceptions[0].frames[0]).toMatchObject({ function: 'fau_searchfilter', file: '/proj/cms/rrze/vhosts/cms.rrze.uni-erlangen.de/websource/wp-content/themes/FAU-Philfak/functions/filters.php' });
    expect(fingerprintOf(fau).culprit).toContain('fau_searchfilter');
  });

  it('real: PHP\'s own printing of the same failure has the same signature', () => {
    const own = fau.stacktrace!.slice(fau.stacktrace!.indexOf('PHP Fatal error: ')).split('\\n').join('\n');
    expect(fingerprintOf({ ...fau, stacktrace: own }).fingerprint).toBe(fingerprintOf(fau).fingerprint);
  });

  it("near misses: a relayed warning is read as PHP's error line as before, and a quoted message that is not uncaught names no header", () => {
    const warning = `2013/12/30 06:47:11 [error] 20735#0: *27238 FastCGI sent in stderr: "PHP message: PHP Warning:  Undefined variable $x in /var/www/a.php on line 7" while reading response header from upstream`;
    expect(parseStacktrace(warning).exceptions[0]).toMatchObject({ type: 'PHP Warning', frames: [{ file: '/var/www/a.php' }] });
    const notice = "AH01071: Got error 'PHP message: PHP Notice: Uncaught exceptions are logged in /var/www/a.php:3'\n#0 /var/www/b.php(4): f()\n#1 {main}";
    expect(parseStacktrace(notice).exceptions[0].type).toBe('Throwable');
  });
});
