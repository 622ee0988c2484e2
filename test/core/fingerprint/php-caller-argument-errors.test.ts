// PHP raises a userland function's argument TypeError (`f(): Argument #1 ($x) must be of type
// string, null given, called in <file> on line <n>`) and a call's ArgumentCountError (`Too few
// arguments to function f(), 1 passed in <file> on line <n> …`) at the callee's declaration,
// frame #0 being the callee; the message names the call. The crash site is the caller, as for
// one of PHP's own functions refusing an argument (stacktrace/php.ts CALLER_ARGUMENT_ERROR).
// Real PHP 8.2 runs: programs/php-bugs-2/run.php (Str::slug given null by two controllers, from
// two releases) and programs/php-bugs-2/argument-calls.php (near misses).
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

describe("a PHP argument error the engine raises at the callee for its caller's call", () => {
  it('is the calling function\'s failure: one helper given null by two controllers is two signatures, each one across releases', () => {
    const rows = load('php-bugs-2').filter((r) => r.message.includes('Str::slug(): Argument #1'));
    expect(new Set(rows.map((r) => r.failure))).toEqual(new Set(['ArticleController::store title missing', 'TagController::import label missing']));
    const results = fingerprinted(rows);
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
    expect(results.find((r) => r.failure.startsWith('TagController'))!.result.culprit).toBe('App\\Http\\Controllers\\TagController.import (Controllers/TagController.php)');
  });

  it('reads a missing argument (ArgumentCountError) the same way, and leaves a return-value TypeError at the callee', () => {
    const results = fingerprinted(load('php-bugs-2-argument-calls'));
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
    const culprit = (failure: string) => results.find((r) => r.failure === failure)!.result.culprit;
    expect(culprit('OrderController::short currency not passed')).toMatch(/^App\\Http\\OrderController\.short /);
    expect(culprit('CartController::total cents missing')).toMatch(/^App\\Http\\CartController\.total /);
    // Near miss: the callee's own return value is its failure, whoever called it.
    expect(culprit('Money::label returns null')).toMatch(/^App\\Support\\Money\.label /);
  });

  it('leaves a TypeError whose message names no call, or names another place, at its throw site', () => {
    const own = 'TypeError: amount must be an int, called in checkout in /app/src/Money.php:9\nStack trace:\n#0 /app/src/Cart.php(12): App\\Money::of()\n#1 {main}';
    const x = createFingerprinter().fingerprint({ source: 'span', service: 'shop', type: 'TypeError', message: 'amount must be an int, called in checkout', stacktrace: own, runtime: 'php' });
    expect(x.culprit).toMatch(/^App\\Money\.of /);
  });
});
