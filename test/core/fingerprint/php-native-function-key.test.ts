// PHP's own functions (`iterator_count()`, `json_decode()`) have no source: PHP's trace files
// such a call under the line that made it, so the file a frame of one names is its caller's, and
// holds the deploy's directory. Keyed with it, one failure raised by iterator_count() was a
// signature per release; keyed by its name alone (src/core/fingerprint/stacktrace/php.ts), the
// crash site still says where it was called. Rows from real runs of
// test/fixtures/fingerprint/programs/php-bugs-12 (PHP 8.2.36, Monolog 2.9.1: two releases side by
// side, `releases/1/app.php` and `releases/2/app.php`) and php-bugs-10.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter, type FingerprintInput } from '../../../src/core/fingerprint/index.js';
import { frameKey } from '../../../src/core/fingerprint/frame-key.js';

interface Row { failure: string; release: string; type?: string; message?: string; stacktrace?: string; body?: string }
const load = (name: string) => readFileSync(new URL(`../../fixtures/fingerprint/${name}.ndjson`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const input = (r: Row): FingerprintInput =>
  r.body !== undefined ? { source: 'log', service: 'shop', body: r.body, severityText: 'ERROR', runtime: 'php' } : { source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'php' };
const prints = (rows: Row[], failure: string) => {
  const fp = createFingerprinter();
  return new Set(rows.filter((r) => r.failure === failure).map((r) => fp.fingerprint(input(r)).fingerprint));
};

describe("a frame of one of PHP's own functions", () => {
  const bugs12 = load('php-bugs-12');

  it('is one signature across two releases when iterator_count() raised it, on the span and in the log', () => {
    const rows = bugs12.filter((r) => r.failure === 'Exporter::summary counts a started generator');
    expect(rows.some((r) => r.stacktrace?.includes('/releases/1/app.php(') && r.stacktrace.includes(': iterator_count()'))).toBe(true);
    expect(rows.some((r) => r.stacktrace?.includes('/releases/2/app.php(') && r.stacktrace.includes(': iterator_count()'))).toBe(true);
    expect(prints(bugs12, 'Exporter::summary counts a started generator').size).toBe(1);
  });

  it('is keyed by its name; a class method keeps its class, and PHP code\'s own function is keyed by its name too (php-function-name-key.ts)', () => {
    expect(frameKey({ function: 'iterator_count', file: '/srv/releases/1/app.php', line: 114, native: true }, 'php')).toBe('iterator_count');
    expect(frameKey({ function: 'dequeue', module: 'SplQueue', file: '/srv/releases/1/app.php', line: 27, native: true }, 'php')).toBe('SplQueue.dequeue');
    expect(frameKey({ function: 'money_format_cents', file: '/srv/releases/1/helpers.php', line: 9 }, 'php')).toBe('money_format_cents'); // was `1/helpers.php:…`, the release's directory in the key
  });

  it('near miss: the same message from a foreach in another method stays another signature', () => {
    const summary = [...prints(bugs12, 'Exporter::summary counts a started generator')][0];
    expect(prints(bugs12, 'Exporter::csv iterates a started generator').has(summary)).toBe(false);
  });

  it("near miss: php-bugs-10's json_decode() called by two jobs stays two signatures, each one", () => {
    const bugs10 = load('php-bugs-10');
    const feed = prints(bugs10, 'ImportFeed::run feed not JSON');
    const sync = prints(bugs10, 'SyncPrices::run response not JSON');
    expect(feed.size).toBe(1);
    expect(sync.size).toBe(1);
    expect([...feed][0]).not.toBe([...sync][0]);
  });
});
