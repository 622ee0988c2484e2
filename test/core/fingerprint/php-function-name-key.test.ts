// A PHP function that is no method is keyed by its namespaced name alone, not the file a release
// put it in (php-function-name-key.ts): Laravel's LogManager failing inside collect(), which
// Laravel 8 moved from Support/helpers.php to Collections/helpers.php, is one signature across
// releases (speedtest-tracker#1523, invoiceninja#7885; threads-58). Near misses: two functions,
// one short name in two namespaces, two closures, two files' top-level code and two loaded files
// stay apart.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { phpFunctionNameKey } from '../../../src/core/fingerprint/php-function-name-key.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

// PHP 8's uncaught-error layout: `callee` thrown at `file`:12, called from Cart.php's line 30.
const uncaught = (file: string, callee: string, message = 'price list is empty') =>
  [
    `PHP Fatal error:  Uncaught RuntimeException: ${message} in ${file}:12`,
    'Stack trace:',
    `#0 /srv/app/src/Cart.php(30): ${callee}(Array)`,
    '#1 /srv/app/public/index.php(8): App\\Cart->total()',
    '#2 {main}',
    `  thrown in ${file} on line 12`,
  ].join('\n');

describe('a PHP function keyed by its name', () => {
  it('real: LogManager\'s collect() from Laravel 10\'s Collections/helpers.php and Laravel 7\'s Support/helpers.php is one signature (threads-58)', () => {
    const rows = loadThreadTraces('threads-58', 'php').filter((r) => r.group === 'php:t58:laravel-logmanager-collect-class-missing');
    expect(rows.map((r) => r.source)).toEqual(['https://github.com/alexjustesen/speedtest-tracker/issues/1523', 'https://github.com/invoiceninja/invoiceninja/issues/7885']);
    expect(new Set(signaturesInOrder(rows)).size).toBe(1);
  });

  it('one function moved to another file by a release is one signature', () => {
    expect(fp(uncaught('/srv/app/src/helpers.php', 'App\\price')).fingerprint).toBe(fp(uncaught('/srv/app/src/Support/prices.php', 'App\\price')).fingerprint);
  });

  it('near miss: two functions of one file stay apart', () => {
    expect(fp(uncaught('/srv/app/src/helpers.php', 'App\\price')).fingerprint).not.toBe(fp(uncaught('/srv/app/src/helpers.php', 'App\\discount')).fingerprint);
  });

  it('near miss: one short name in two namespaces stays apart', () => {
    expect(fp(uncaught('/srv/app/src/helpers.php', 'App\\price')).fingerprint).not.toBe(fp(uncaught('/srv/app/src/helpers.php', 'Shop\\price')).fingerprint);
  });

  it('near miss: closures of two files stay apart (a closure is one of many)', () => {
    expect(fp(uncaught('/srv/app/src/a.php', 'App\\{closure}')).fingerprint).not.toBe(fp(uncaught('/srv/app/src/b.php', 'App\\{closure}')).fingerprint);
  });

  it('what is no declared function keeps no name key', () => {
    expect(phpFunctionNameKey({ function: 'collect' })).toBe('collect');
    expect(phpFunctionNameKey({ function: '\\GuzzleHttp\\Psr7\\str' })).toBe('GuzzleHttp\\Psr7\\str');
    expect(phpFunctionNameKey({ module: 'App\\Cart', function: 'total' })).toBeUndefined();
    for (const f of ['{main}', '{closure}', 'App\\{closure}', '{closure:/app/x.php:12}', '__lambda_func', undefined]) expect(phpFunctionNameKey({ function: f })).toBeUndefined();
  });
});
