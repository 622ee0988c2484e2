// PHP's DivisionByZeroError and ArithmeticError are the engine's one type per kind of arithmetic
// failure, and the message names the operation that failed (`Division by zero` for `/` and
// intdiv(), `Modulo by zero` for `%`; `Bit shift by negative number`, `Division of PHP_INT_MIN by
// -1 is not an integer`): the message contributes, as for the other types raised for every
// reason their operation fails (exception.ts QUALIFIED_REASON_TYPES, docs/fingerprinting.md).
// Rows are real PHP 8.2 output, as a span's exception and as a Laravel Monolog line
// (test/fixtures/fingerprint/programs/php-bugs-19: run.php, near-misses.php).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fingerprintLabelled, mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; type?: string; message?: string; stacktrace?: string; body?: string }

const load = (name: string): Row[] =>
  readFileSync(new URL(`../../fixtures/fingerprint/${name}.ndjson`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

const fingerprint = (rows: Row[]) =>
  fingerprintLabelled(rows, (r) =>
    r.body !== undefined ? { source: 'log', service: 'shop', body: r.body, severityText: 'ERROR', runtime: 'php' } : { source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'php' },
  );

describe('PHP arithmetic errors', () => {
  it("one method's intdiv() by zero and its % by zero are two signatures, each one across releases", () => {
    const results = fingerprint(load('php-bugs-19').filter((r) => r.failure.startsWith('Split::share')));
    expect(new Set(results.map((r) => r.failure)).size).toBe(2);
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
  });

  it("one method's negative shift and its intdiv(PHP_INT_MIN, -1), both ArithmeticError, are two signatures", () => {
    const results = fingerprint(load('php-bugs-19-near-misses').filter((r) => r.failure.startsWith('Bits::pack')));
    expect(new Set(results.map((r) => r.failure)).size).toBe(2);
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
  });

  // Both word a zero divisor `Division by zero`, but intdiv() is the runtime's function that
  // raised it, which a generic type's crash site adds (`raised by`), and `/` is an operator. Before,
  // they were one signature. Two `/` statements of one method stay one (line numbers never contribute).
  it("one method's / by zero and intdiv() by zero, both `Division by zero`, are two signatures", () => {
    const results = fingerprint(load('php-bugs-19-near-misses').filter((r) => r.failure.startsWith('Ratio::of')));
    expect(new Set(results.map((r) => r.failure)).size).toBe(2);
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
  });
});
