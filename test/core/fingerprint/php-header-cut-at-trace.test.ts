// A PHP throwable's header quoted only up to its `Stack trace:` line (php-header-cut-at-trace.ts).
// Found in threads-52 (issue-thread-traces-52.test.ts): AppAPI's `occ app_api:app:update` TypeError
// (nextcloud/app_api#594) and YunoHost's Symfony dispatcher TypeError (nextcloud_ynh#329), each
// cut at `Stack trace:` under occ's `An unhandled exception has been thrown:`, were both typed by
// that first line and one signature.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { isPhpHeaderCutAtTrace } from '../../../src/core/fingerprint/php-header-cut-at-trace.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-52', 'php');
const row = (source: string) => rows.find((r) => r.source.endsWith(source))!;
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });
const occ = (header: string) => `An unhandled exception has been thrown:\n${header}\nStack trace:`;

describe("a PHP throwable's header cut at its Stack trace line", () => {
  it('real: two commands\' TypeErrors cut at `Stack trace:` are two signatures, each typed and placed by its header', () => {
    const fetcher = fp(row('app_api/issues/594').stacktrace!);
    const dispatcher = fp(row('nextcloud_ynh/issues/329').stacktrace!);
    expect(fetcher.fingerprint).not.toBe(dispatcher.fingerprint);
    expect(fetcher.type).toBe('TypeError');
    expect(fetcher.frames[0]?.file).toMatch(/AppAPIFetcher\.php$/);
  });

  it('one header at one place is one signature, cut or not at `#0 {main}`\'s absence; another file is another', () => {
    const a = fp(occ('Error: Call to a member function stat() on null in /srv/app/lib/Store.php:41'));
    const b = fp(occ('Error: Call to a member function stat() on null in /var/www/app/lib/Store.php:41'));
    const c = fp(occ('Error: Call to a member function stat() on null in /srv/app/lib/Cache.php:41'));
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.fingerprint).not.toBe(c.fingerprint);
  });

  it('near miss: a header not over `Stack trace:`, a row after it, or a place that is no PHP file is not read so', () => {
    expect(isPhpHeaderCutAtTrace('Error: boom in /srv/app/x.php:3')).toBe(false);
    expect(isPhpHeaderCutAtTrace('Error: boom in /srv/app/x.php:3\nStack trace:\n#0 {main}')).toBe(false);
    expect(isPhpHeaderCutAtTrace('Error: boom in /srv/app/x.js:3\nStack trace:')).toBe(false);
    expect(isPhpHeaderCutAtTrace('Stack trace:')).toBe(false);
    expect(isPhpHeaderCutAtTrace('Error: boom in /srv/app/x.php:3\nStack trace:\n\n')).toBe(true);
  });
});
