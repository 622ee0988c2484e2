// Monolog 2 with its stack traces (Laravel's log: a LineFormatter allowing line breaks, with
// includeStacktraces) prints the outer exception first, then each previous one as
// `[previous exception] [object] (Type(code: …): message at file:line)` with its own
// `[stacktrace]`. A real PHP 8.2 application's log (programs/php-bugs-4, Debian's php-monolog
// 2.9) of Eloquent's QueryException around a PDOException read the previous exception's header
// as a frame line of the outer one: one exception of 40 frames, whose message (the insert with
// its bindings, `values (Ann B. Smith, …)`) was mined, a signature per name. The previous
// exception is the chain's next, outer first.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePhp } from '../../../src/core/fingerprint/stacktrace/php.js';
import { fingerprintLabelled, mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; release: string; type?: string; message?: string; stacktrace?: string; body?: string }
const load = (name: string) => readFileSync(new URL(`../../fixtures/fingerprint/${name}.ndjson`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const logged = load('php-bugs-4-logged');
// The record's context is JSON: its backslashes are escaped (`Illuminate\\Database\\…`).
const typesOf = (text: string) => parsePhp(text).exceptions.map((e) => e.type.replace(/\\\\/g, '\\'));
const spans = load('php-bugs-4');

describe("Monolog's previous exceptions with their stack traces", () => {
  it('keep one taken email one signature whatever the name, and two statements apart', () => {
    const mine = logged.filter((r) => r.failure.endsWith('email taken'));
    expect(mine).toHaveLength(8);
    const results = fingerprintLabelled(mine, (r) => ({ source: 'log', service: 'shop', body: r.body!, severityText: 'ERROR', runtime: 'php' }));
    expect(splitFailures(results)).toEqual([]);
    expect(mergedFailures(results)).toEqual([]);
  });

  it('read the chain outer first, as PHP’s own print of the same exception reads', () => {
    const body = logged.find((r) => r.failure === 'UserImport::row email taken')!.body!;
    expect(typesOf(body)).toEqual(['Illuminate\\Database\\QueryException', 'PDOException']);
    expect(parsePhp(body).exceptions[1].message).toBe('SQLSTATE[23000]: Integrity constraint violation: 19 UNIQUE constraint failed: users.email');
    // Near miss: PHP's print of it, innermost first with `Next`, is unchanged.
    const printed = spans.find((r) => r.failure === 'UserImport::row email taken')!.stacktrace!;
    expect(parsePhp(printed).exceptions.map((e) => e.type)).toEqual(['Illuminate\\Database\\QueryException', 'PDOException']);
  });

  it('near miss: a logged exception without a previous one stays one exception', () => {
    const body = logged.find((r) => r.failure === 'UserController::show user missing')!.body!;
    expect(typesOf(body)).toEqual(['Illuminate\\Database\\Eloquent\\ModelNotFoundException']);
  });
});
