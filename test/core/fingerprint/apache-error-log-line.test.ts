// PHP's error line as Apache httpd's error log writes it for mod_php: httpd's fields before it
// (2.2: time, level, client; 2.4: time, module:level, pid, client) and the request's referer after
// it. Found in threads-40 (issue-thread-traces-40.test.ts): ilios/ilios#1564's two lines read no
// frame, so the file they name fell to `<path>` and any file's `Call to a member function
// setSession() on null` would have been their signature.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutApacheErrorLogFields } from '../../../src/core/fingerprint/apache-error-log-line.js';
import { loadThreadTraces } from './thread-traces.js';

const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'ilios', stacktrace });
const ERROR = 'PHP Fatal error:  Call to a member function setSession() on null in /web/ilios/current/src/Ilios/CoreBundle/Entity/Session.php on line 407';
const OTHER_FILE = ERROR.replace('Entity/Session.php', 'Entity/Offering.php');

describe("httpd's error-log fields around mod_php's PHP error", () => {
  it('real: the two lines of ilios/ilios#1564 (another referer each) read their file and level, one signature with PHP\'s own log line', () => {
    const rows = loadThreadTraces('threads-40', 'php').filter((r) => r.source.endsWith('ilios/issues/1564'));
    expect(rows).toHaveLength(2);
    const [a, b] = rows.map((r) => fingerprintOf(r.stacktrace!));
    expect(a.type).toBe('PHP Fatal error');
    expect(a.message).toBe('Call to a member function setSession() on null');
    expect(a.culprit).toBe('Entity/Session.php');
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(fingerprintOf(`[29-Aug-2016 11:32:23 UTC] ${ERROR}`).fingerprint).toBe(a.fingerprint);
  });

  it("made-up: httpd 2.4's fields (module:level, pid and tid, error code, client with port) read as 2.2's and as the bare line", () => {
    const bare = fingerprintOf(ERROR).fingerprint;
    for (const line of [
      `[Thu Apr 21 07:33:39.212368 2022] [php:error] [pid 37] [client 127.0.0.1:41912] ${ERROR}`,
      `[Wed Jul 10 16:20:07.685294 2019] [:error] [pid 2280:tid 140245] [client 192.168.1.65:58547] ${ERROR}, referer: https://example.org/a?b=1`,
      `[Mon Aug 29 11:32:23 2016] [error] [client 10.37.30.20] ${ERROR}, referer: https://curriculum.example.edu/courses/1/sessions/2`,
    ])
      expect(fingerprintOf(line).fingerprint, line).toBe(bare);
  });

  it('near miss: the same message in another file stays another signature behind the same fields', () => {
    const fields = '[Mon Aug 29 11:32:23 2016] [error] [client 10.37.30.20] ';
    expect(fingerprintOf(fields + OTHER_FILE).fingerprint).not.toBe(fingerprintOf(fields + ERROR).fingerprint);
    expect(fingerprintOf(`[Thu Apr 21 07:33:39.212368 2022] [php:error] [pid 37] [client 127.0.0.1:41912] ${OTHER_FILE}`).fingerprint).not.toBe(fingerprintOf(ERROR).fingerprint);
  });

  it("near misses: httpd's own entries and a bracketed line that is no httpd entry are left as they are", () => {
    for (const text of [
      '[Mon Aug 29 11:32:23 2016] [error] [client 10.37.30.20] File does not exist: /var/www/favicon.ico, referer: https://x.example/',
      '[29-Aug-2016 11:32:23 UTC] PHP Warning:  Undefined variable $x in /srv/a.php on line 3',
      '[Mon Aug 29 11:32:23 2016] [fatal] [client 10.37.30.20] PHP Fatal error:  x in /srv/a.php on line 3',
      `${ERROR}, referer: https://x.example/`,
    ])
      expect(withoutApacheErrorLogFields(text)).toBe(text);
  });

  it('made-up: only the first line is httpd\'s; a trace below it keeps its lines', () => {
    const text = '[Thu Apr 21 07:33:39.212368 2022] [php:error] [pid 37] [client 127.0.0.1:41912] PHP Fatal error:  Uncaught Error: Call to undefined function f() in /srv/a.php:3\nStack trace:\n#0 {main}\n  thrown in /srv/a.php on line 3, referer: https://x.example/';
    expect(withoutApacheErrorLogFields(text)).toBe('PHP Fatal error:  Uncaught Error: Call to undefined function f() in /srv/a.php:3\nStack trace:\n#0 {main}\n  thrown in /srv/a.php on line 3, referer: https://x.example/');
  });
});

describe("an uncaught throwable's line alone, relayed by a web server behind `PHP message: `", () => {
  const bare = 'PHP Fatal error:  Uncaught TypeError: uasort(): Argument #1 ($array) must be of type array, null given in /path/to/my/revive-adserver-6.0.1/www/admin/account-settings-email.php:43';

  it('real: Revive Adserver\'s relayed line reads its type and file, one signature with PHP\'s own line (revive-adserver/revive-adserver#1595)', () => {
    const [row] = loadThreadTraces('threads-40', 'php').filter((r) => r.source.endsWith('revive-adserver/issues/1595'));
    const a = fingerprintOf(row.stacktrace!);
    expect(a.type).toBe('TypeError');
    expect(a.culprit).toBe('admin/account-settings-email.php');
    expect(a.fingerprint).toBe(fingerprintOf(bare).fingerprint);
  });

  it('near miss: the same relayed message thrown in another file is another signature', () => {
    const relayed = (file: string) => `in request:example.org/www/admin/x...:PHP message: ${bare.replace('admin/account-settings-email.php', file)}`;
    expect(fingerprintOf(relayed('admin/other.php')).fingerprint).not.toBe(fingerprintOf(relayed('admin/account-settings-email.php')).fingerprint);
  });

  it("near miss: a relayed line whose file is no PHP source is not read as PHP's", () => {
    const a = fingerprintOf('upstream said: PHP message: PHP Fatal error:  Uncaught TypeError: f(): x in /srv/a.txt:3');
    expect(a.culprit).toBeUndefined();
  });
});
