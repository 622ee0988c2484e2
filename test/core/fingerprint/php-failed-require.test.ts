// A `require` whose file cannot be opened, as PHP 7 prints it (a fatal error after the stream's
// warning), read as the Error PHP 8 throws (php-failed-require.ts); and the autoloader's own
// failed require keyed by its file (composer-loaded-file.ts). Found in threads-32
// (issue-thread-traces-32.test.ts): kirby-uniform's bundle missing deep_copy.php under PHP 7.2
// (its error log) and PHP 8.1 (Whoops' copied page) was two signatures.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { phpFailedRequire } from '../../../src/core/fingerprint/php-failed-require.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-32', 'php');
const row = (source: string) => rows.find((r) => r.source === source)!;
const sig = (input: { type?: string; message?: string; stacktrace?: string }) => createFingerprinter().fingerprint({ source: 'span', service: 'app', ...input });

const missing = '/srv/shop/vendor/composer/../acme/money/src/functions.php';
const php7 = (at: string, line = 71) =>
  `[02-Mar-2024 10:00:00 UTC] PHP Warning:  require(${missing}): failed to open stream: No such file or directory in ${at} on line ${line}\n[02-Mar-2024 10:00:00 UTC] PHP Fatal error:  require(): Failed opening required '${missing}' (include_path='.:/usr/share/php') in ${at} on line ${line}`;
const php8 = (at: string, line = 55) => `PHP Fatal error:  Uncaught Error: Failed opening required '${missing}' (include_path='.:/usr/share/php') in ${at}:${line}`;

describe('a failed require under PHP 7 and PHP 8', () => {
  it('real: kirby-uniform\'s bundle missing deep_copy.php, PHP 7.2\'s log lines and PHP 8.1\'s copied Whoops page, is one signature (kirby-uniform#166, #251)', () => {
    const [a, b] = ['https://github.com/mzur/kirby-uniform/issues/166', 'https://github.com/mzur/kirby-uniform/pull/251'].map((s) => sig(row(s)));
    expect(a.type).toBe('Error');
    expect(b.fingerprint).toBe(a.fingerprint);
  });

  it('near miss: the same autoload line failing on another file\'s warning, turned into an ErrorException by Whoops, stays apart (kirby-uniform#205)', () => {
    expect(sig(row('https://github.com/mzur/kirby-uniform/issues/205')).fingerprint).not.toBe(sig(row('https://github.com/mzur/kirby-uniform/issues/166')).fingerprint);
  });

  it('PHP 7\'s fatal line, with or without its warning, is PHP 8\'s uncaught Error at that place', () => {
    const at = '/srv/shop/app/bootstrap.php';
    expect(phpFailedRequire(php7(at))).toBe(`PHP Fatal error:  Uncaught Error: Failed opening required '${missing}' (include_path='.:/usr/share/php') in ${at}:71`);
    expect(phpFailedRequire(php7(at).split('\n')[1])).toBe(phpFailedRequire(php7(at)));
    expect(sig({ stacktrace: php7(at) }).fingerprint).toBe(sig({ stacktrace: php8(at) }).fingerprint);
    expect(sig({ stacktrace: php7(at) }).fingerprint).not.toBe(sig({ stacktrace: php7('/srv/shop/app/cron.php') }).fingerprint);
  });

  it('near miss: a warning at another place, or include\'s warning-only failure, is not read as a failed require', () => {
    const at = '/srv/shop/app/bootstrap.php';
    expect(phpFailedRequire(php7(at).replace('on line 71\n', 'on line 12\n'))).toBeUndefined();
    expect(phpFailedRequire(`PHP Warning:  include(): Failed opening '${missing}' for inclusion (include_path='.:/usr/share/php') in ${at} on line 71`)).toBeUndefined();
  });

  it('the autoloader\'s own failed require is keyed by its file, not the install\'s generated function or the lines that loaded it', () => {
    const throwIn = (root: string, hash: string, includer: string) =>
      `PHP Fatal error:  Uncaught Error: Failed opening required '${root}/vendor/composer/../acme/money/src/functions.php' (include_path='.:/usr/share/php') in ${root}/vendor/composer/autoload_real.php:55\nStack trace:\n#0 ${root}/vendor/composer/autoload_real.php(38): composerRequire${hash}()\n#1 ${root}/vendor/autoload.php(25): ComposerAutoloaderInit${hash}::getLoader()\n#2 ${includer}: require_once('${root}/...')\n#3 {main}\n  thrown in ${root}/vendor/composer/autoload_real.php on line 55`;
    const a = sig({ stacktrace: throwIn('/srv/shop', '0f1e2d3c4b5a69788796a5b4c3d2e1f0', '/srv/shop/public/index.php(3)') });
    const b = sig({ stacktrace: throwIn('/var/www/site', 'a1b2c3d4e5f60718293a4b5c6d7e8f90', '/var/www/site/bin/console(9)') });
    expect(b.fingerprint).toBe(a.fingerprint);
  });
});
