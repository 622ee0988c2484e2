// PHP's assert() without a description throws AssertionError whose message is the call's own source,
// `assert($qty > 0)`: the statement's code, not its data, so it says which assertion failed where
// a built-in's message otherwise describes the input (php-assertion-expression.ts). Real PHP 8.2.36
// runs: programs/php-bugs-24 (Cart::add's two assertions and Stock::take's, two releases, span and
// error_log forms) and programs/php-bugs-24/near-misses.php (two assertions one operator apart in
// one method; one assertion whose description the code builds from the data).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePhp } from '../../../src/core/fingerprint/stacktrace/php.js';
import { fingerprintLabelled, mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; type?: string; message?: string; stacktrace?: string; body?: string }
const load = (path: string): Row[] =>
  readFileSync(new URL(`../../fixtures/fingerprint/${path}`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fingerprinted = (rows: Row[]) =>
  fingerprintLabelled(rows, (r) => (r.body !== undefined ? { source: 'log', service: 'shop', body: r.body, severityText: 'ERROR', runtime: 'php' } : { source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'php' }));
const signatures = (results: ReturnType<typeof fingerprinted>) => new Set(results.map((r) => r.result.fingerprint)).size;

describe("PHP assert()'s default description", () => {
  it('keeps two assertions of one method apart, each one signature across releases and forms', () => {
    const rows = load('php-bugs-24.ndjson').filter((r) => r.failure.startsWith('Cart::add') || r.failure.startsWith('Stock::take'));
    expect(rows.length).toBe(24);
    const results = fingerprinted(rows);
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
  });

  it('keeps two assertions one operator apart in one method apart, and one assertion failed by other data together', () => {
    const results = fingerprinted(load('programs/php-bugs-24/near-misses.ndjson').filter((r) => r.failure.startsWith('Batch::size')));
    expect(results.length).toBe(4);
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
    expect(signatures(results)).toBe(2);
  });

  it('leaves a description the code built from the data to the rule for a built-in: one statement, one signature', () => {
    const rows = load('programs/php-bugs-24/near-misses.ndjson').filter((r) => r.failure.startsWith('Batch::weight'));
    expect(rows.map((r) => r.message)).toEqual(['weight 0 kg is not positive', 'weight -2.5 kg is not positive']);
    expect(rows.map((r) => parsePhp(r.stacktrace ?? '').exceptions[0].literal)).toEqual([undefined, undefined]);
    expect(splitFailures(fingerprinted(rows))).toEqual([]);
  });

  it('reads the expression only from an AssertionError that the native assert() at the top threw', () => {
    const header = (type: string, message: string, top: string) =>
      `${type}: ${message} in /srv/app/src/Cart.php:17\nStack trace:\n#0 /srv/app/src/Cart.php(17): ${top}\n#1 /srv/app/public/index.php(9): App\\Cart->add()\n#2 {main}`;
    expect(parsePhp(header('AssertionError', 'assert($qty > 0)', 'assert()')).exceptions[0].literal).toBe('assert($qty > 0)');
    // Another type whose message happens to read so, or another function at the top: not the engine's description.
    expect(parsePhp(header('LogicException', 'assert($qty > 0)', 'assert()')).exceptions[0].literal).toBeUndefined();
    expect(parsePhp(header('AssertionError', 'assert($qty > 0)', 'App\\Guard::check()')).exceptions[0].literal).toBeUndefined();
  });
});
