// Debian and Ubuntu install packaged PHP libraries (php-illuminate-*, php-symfony-*, php-monolog,
// PEAR) under /usr/share/php, their PHP's include_path. A real PHP 8.2 application using Debian's
// php-illuminate-database 8.83 (programs/php-bugs-4) failed inserts in two statements,
// RegisterController::store and UserImport::row; Laravel's global helper `tap()` in
// /usr/share/php/Illuminate/Support/helpers.php, named by no namespace, was the crash site of
// both, one signature for two bugs. Those paths are library code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { defaultInApp } from '../../../src/core/fingerprint/in-app.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; release: string; type: string; message: string; stacktrace: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/php-bugs-4.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

describe("a distribution's PHP libraries", () => {
  it('keep two statements whose inserts Eloquent failed apart, each one signature across releases', () => {
    const mine = rows.filter((r) => r.failure.endsWith('email taken'));
    expect(new Set(mine.map((r) => r.failure))).toEqual(new Set(['RegisterController::store email taken', 'UserImport::row email taken']));
    const fp = createFingerprinter();
    const results = mine.map((r) => ({ ...r, result: fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'php' }) }));
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
    expect(results.map((r) => r.result.culprit?.split(' ')[0])).toContain('App\\Services\\UserImport.row');
  });

  it('are library code under /usr/share/php and /usr/share/pear, and nowhere else', () => {
    expect(defaultInApp({ function: 'tap', file: '/usr/share/php/Illuminate/Support/helpers.php', line: 263 }, 'php')).toBe(false);
    expect(defaultInApp({ function: 'Net_URL2->getURL', file: '/usr/share/pear/Net/URL2.php', line: 90 }, 'php')).toBe(false);
    // Near misses: Debian's phpMyAdmin package is an application under /usr/share/phpmyadmin, and
    // an application deployed elsewhere stays the application's.
    expect(defaultInApp({ function: 'PhpMyAdmin\\Controllers\\HomeController->__invoke', module: 'PhpMyAdmin\\Controllers\\HomeController', file: '/usr/share/phpmyadmin/libraries/classes/Controllers/HomeController.php', line: 40 }, 'php')).toBe(true);
    expect(defaultInApp({ function: 'App\\Services\\UserImport->row', module: 'App\\Services\\UserImport', file: '/srv/share/php/app/Services/UserImport.php', line: 12 }, 'php')).toBe(true);
  });
});
