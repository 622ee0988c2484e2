// PHP words a function's broken return declaration after that function (`App\Http::abortUnless():
// never-returning function must not implicitly return`, `App\Guard::allows(): Return value must
// be of type bool, null returned`) and raises it where the function ends: the failure is that
// function's, even when its name or class reads as a throw helper's, as a `never` function's
// usually does (php-own-return-error.ts). Real PHP 8.2 runs: programs/php-bugs-17/run.php (two
// never helpers falling off their end, called from one place, were one signature at their caller)
// and programs/php-bugs-17/near-misses.php (the same helpers failing in the ways error
// machinery is for).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brokeOwnReturn } from '../../../src/core/fingerprint/php-own-return-error.js';
import { fingerprintLabelled, mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; type?: string; message?: string; stacktrace?: string; body?: string }
const load = (name: string): Row[] =>
  readFileSync(new URL(`../../fixtures/fingerprint/${name}.ndjson`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fingerprinted = (rows: Row[]) =>
  fingerprintLabelled(rows, (r) => (r.body !== undefined ? { source: 'log', service: 'shop', body: r.body, severityText: 'ERROR', runtime: 'php' } : { source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'php' }));
const culprit = (results: ReturnType<typeof fingerprinted>, failure: string) => new Set(results.filter((r) => r.failure === failure).map((r) => r.result.culprit?.split(' ')[0]));

describe('a PHP function the engine says broke its own return declaration', () => {
  it('is the crash site though named as a throw helper: two never helpers are two signatures, in span and log form, across releases', () => {
    const rows = load('php-bugs-17').filter((r) => (r.message ?? r.body ?? '').includes('never-returning function'));
    expect(new Set(rows.map((r) => r.failure)).size).toBe(2);
    const results = fingerprinted(rows);
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
    expect(culprit(results, 'Http::abortUnless returns for other codes')).toEqual(new Set(['App\\Http.abortUnless']));
    expect(culprit(results, 'Guard::deny returns for a guest')).toEqual(new Set(['App\\Guard.deny']));
  });

  it("reads a helper's wrong return value the same way, and leaves the helper's own throw and a wrong argument to it at the caller", () => {
    const results = fingerprinted(load('php-bugs-17-near-misses'));
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
    // Reached from Orders::cancel and from Refunds::issue: one signature, the helper's.
    expect(culprit(results, 'Guard::allows returns null')).toEqual(new Set(['App\\Guard.allows']));
    // Near misses: abortUnless throwing as it is meant to, and Guard::deny refusing its argument.
    expect(culprit(results, 'Orders::cancel aborts')).toEqual(new Set(['App\\Orders.cancel']));
    expect(culprit(results, 'Refunds::approve passes Guard::deny an int')).toEqual(new Set(['App\\Refunds.approve']));
  });

  it('is known by the function the message names, with its class', () => {
    const frame = { function: 'deny', module: 'App\\Guard', file: '/app/src/Guard.php', line: 12 };
    expect(brokeOwnReturn(frame, 'App\\Guard::deny(): never-returning function must not implicitly return')).toBe(true);
    expect(brokeOwnReturn(frame, 'App\\Guard::deny(): Return value must be of type bool, null returned')).toBe(true);
    // Near misses: another function or class named, an argument's TypeError, a global function's
    // message for a method's frame, words of the application's own.
    expect(brokeOwnReturn(frame, 'App\\Guard::allow(): never-returning function must not implicitly return')).toBe(false);
    expect(brokeOwnReturn(frame, 'App\\Policy::deny(): never-returning function must not implicitly return')).toBe(false);
    expect(brokeOwnReturn(frame, 'App\\Guard::deny(): Argument #1 ($user) must be of type string, int given, called in /app/src/Orders.php on line 9')).toBe(false);
    expect(brokeOwnReturn(frame, 'deny(): never-returning function must not implicitly return')).toBe(false);
    expect(brokeOwnReturn(frame, 'deny failed: Return value must be of type bool')).toBe(false);
    expect(brokeOwnReturn({ function: 'abort_unless', file: '/app/helpers.php', line: 3 }, 'abort_unless(): never-returning function must not implicitly return')).toBe(true);
  });
});
