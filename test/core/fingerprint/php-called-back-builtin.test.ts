// One of PHP's own functions called back by another — a first-class callable `trim(...)` handed to
// array_map (https://www.php.net/manual/en/functions.first_class_callable_syntax.php) — is
// printed `#0 [internal function]: trim()` over `#1 app.php(19): array_map()`: PHP names no file
// for it, and the place the TypeError names is where array_map was called. Read as PHP code, it
// was the crash site of every such failure, keyed by the caller's file (the release's directory):
// two statements one signature, one statement a signature per release. It is native now
// (src/core/fingerprint/stacktrace/php.ts), and the method that called array_map is the crash
// site. Rows from real runs of test/fixtures/fingerprint/programs/php-bugs-14 (PHP 8.2.36, Monolog
// 2.9: two releases side by side).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter, type FingerprintInput } from '../../../src/core/fingerprint/index.js';

interface Row { failure: string; release: string; type?: string; message?: string; stacktrace?: string; body?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/php-bugs-14.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const input = (r: Row): FingerprintInput =>
  r.body !== undefined ? { source: 'log', service: 'shop', body: r.body, severityText: 'ERROR', runtime: 'php' } : { source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'php' };
const prints = (failure: string) => {
  const fp = createFingerprinter();
  return new Set(rows.filter((r) => r.failure === failure).map((r) => fp.fingerprint(input(r)).fingerprint));
};
const span = (trace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'shop', type: 'TypeError', message: trace.split('\n')[0].replace(/^\w+: /, '').replace(/ in \S+$/, ''), stacktrace: trace, runtime: 'php' });

describe("one of PHP's own functions called back by another", () => {
  it('is not the crash site: trim(...) under array_map in two methods is two signatures, each one across releases, span and log', () => {
    const tags = prints('Tags::clean trim(...) over a nested tag');
    const names = prints('Names::clean trim(...) over a nested name');
    expect(tags.size).toBe(1);
    expect(names.size).toBe(1);
    expect([...tags][0]).not.toBe([...names][0]);
    const r = createFingerprinter().fingerprint(input(rows.find((x) => x.failure === 'Tags::clean trim(...) over a nested tag' && x.stacktrace)!));
    expect(r.culprit).toMatch(/App\\Tags\.clean/);
  });

  const builtin = (file: string, fn: string) => `TypeError: trim(): Argument #1 ($string) must be of type string, array given in /srv/app/${file}:19
Stack trace:
#0 [internal function]: trim()
#1 /srv/app/${file}(19): array_map()
#2 /srv/app/index.php(7): App\\${fn}()
#3 {main}`;

  it('the same call in another deploy directory is the same signature', () => {
    const a = span(builtin('Tags.php', 'Tags->clean'));
    const b = span(builtin('Tags.php', 'Tags->clean').replaceAll('/srv/app/', '/srv/releases/42/'));
    expect(a.fingerprint).toBe(b.fingerprint);
  });

  it('near miss: a user callback called back by array_map, throwing in its body, stays the crash site', () => {
    const r = span(`TypeError: App\\Tags::normalise(): Return value must be of type string, array returned in /srv/app/Tags.php:31
Stack trace:
#0 [internal function]: App\\Tags->normalise()
#1 /srv/app/Tags.php(19): array_map()
#2 /srv/app/index.php(7): App\\Tags->clean()
#3 {main}`);
    expect(r.culprit).toMatch(/normalise/);
  });

  it('near miss: an arrow function written on the line that hands it to array_map, throwing there, stays the crash site', () => {
    const r = span(`InvalidArgumentException: invalid email address: bob@ in /srv/app/shop.php:141
Stack trace:
#0 [internal function]: App\\{closure}()
#1 /srv/app/shop.php(141): array_map()
#2 /srv/app/shop.php(157): App\\run_bug()
#3 {main}`);
    expect(r.frames[0]).toMatchObject({ function: 'App\\{closure}', inApp: true });
  });

  it('near miss: a built-in called back at one place and raised at another is left as it was', () => {
    const r = span(`TypeError: trim(): Argument #1 ($string) must be of type string, array given in /srv/app/Tags.php:25
Stack trace:
#0 [internal function]: trim()
#1 /srv/app/Tags.php(19): array_map()
#2 /srv/app/index.php(7): App\\Tags->clean()
#3 {main}`);
    expect(r.culprit).toMatch(/trim/);
  });
});
