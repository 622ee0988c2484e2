// PHP before 8.4 names a closure by its class and namespace alone (`ExportController->App\Http\
// Controllers\{closure}()`), so the closures two methods of one class hand to array_map or a
// collection had one crash site, and one message (`Call to a member function getName() on null`)
// made them one signature. The method of that class the closure ran under — the next in-app
// frame of the same class — is now added to the crash site (profile.closureNamedByClass).
// Real PHP 8.2 runs: programs/php-bugs-2/run.php (ExportController, two releases) and
// programs/php-bugs-2/closures.php (near misses).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; type: string; message: string; stacktrace: string }
const load = (name: string): Row[] =>
  readFileSync(new URL(`../../fixtures/fingerprint/${name}.ndjson`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

function fingerprinted(rows: Row[]) {
  const fp = createFingerprinter();
  return rows.map((r) => ({ ...r, result: fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'php' }) }));
}

describe('a PHP closure named by its class alone', () => {
  it("is told apart by the class's method it ran under, the same across two releases", () => {
    const results = fingerprinted(load('php-bugs-2').filter((r) => r.failure.startsWith('ExportController::')));
    expect(new Set(results.map((r) => r.failure)).size).toBe(2);
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
    expect(results[0].result.explain.join('\n')).toContain('{closure} in App\\Http\\Controllers\\ExportController.customers');
  });

  it("looks past another class's frames (the application's own collection), static closures too", () => {
    const results = fingerprinted(load('php-bugs-2-closures'));
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
    expect(results.find((r) => r.failure.startsWith('Sales::totals'))!.result.explain.join('\n')).toContain('{closure} in App\\Reports\\Sales.totals');
  });

  it('leaves a closure outside any class, and a method, as they were', () => {
    const results = fingerprinted(load('php-bugs-2-closures').filter((r) => r.failure.startsWith('/sales')));
    expect(results[0].result.explain.join('\n')).toMatch(/crash site: php-bugs-2\/closures\.php:\{closure\} — contributes/);
    const method = fingerprinted(load('php-bugs-2').filter((r) => r.failure.startsWith('UserController::')));
    expect(method[0].result.explain.join('\n')).toMatch(/crash site: App\\Http\\Controllers\\UserController\.show — contributes/);
  });
});
