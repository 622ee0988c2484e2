// An error handler that promotes a built-in's warning to ErrorException runs inside that built-in,
// called by the engine (`#0 [internal function]: App\{closure}()` over `#1 <file>(<line>):
// file_get_contents()`), and the exception names the warning's line: the handler is never the crash
// site, the function that called the built-in is (php-error-handler-frame.ts). Real PHP 8.2.36
// runs: programs/php-bugs-23 (Template::load's warning in two releases, span and error_log forms)
// and programs/php-bugs-23/near-misses.php (a closure that throws on the line handing it to
// array_walk: the same shape of trace, the closure's own failure; two statements calling
// file_get_contents under one handler: two failures).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fingerprintLabelled, mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; type?: string; message?: string; stacktrace?: string; body?: string }
const load = (path: string): Row[] =>
  readFileSync(new URL(`../../fixtures/fingerprint/${path}`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fingerprinted = (rows: Row[]) =>
  fingerprintLabelled(rows, (r) => (r.body !== undefined ? { source: 'log', service: 'shop', body: r.body, severityText: 'ERROR', runtime: 'php' } : { source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'php' }));
const culprits = (results: ReturnType<typeof fingerprinted>, failure: string) => new Set(results.filter((r) => r.failure === failure).map((r) => r.result.culprit?.split(' ')[0]));

describe('the error handler the engine called inside a built-in', () => {
  it('is not the crash site of the warning it promoted: one statement, one signature across releases and forms', () => {
    const rows = load('php-bugs-23.ndjson').filter((r) => r.failure === 'Template::load reads a template not there');
    expect(rows.length).toBe(8);
    const results = fingerprinted(rows);
    expect(splitFailures(results)).toEqual([]);
    expect(culprits(results, 'Template::load reads a template not there')).toEqual(new Set(['App\\Template.load']));
  });

  it('keeps two statements that call the built-in under one handler apart', () => {
    const results = fingerprinted(load('programs/php-bugs-23/near-misses.ndjson').filter((r) => r.type === 'ErrorException'));
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
    expect(culprits(results, 'Exports::header reads a file not there')).toEqual(new Set(['App\\Exports.header']));
  });

  it('leaves a closure that throws on the line handing it to array_walk its own crash site (not an ErrorException)', () => {
    const results = fingerprinted(load('programs/php-bugs-23/near-misses.ndjson').filter((r) => r.type === 'RuntimeException'));
    expect(results.length).toBe(2);
    expect(splitFailures(results)).toEqual([]);
    expect([...culprits(results, 'Exports::check closure throws on its own line')][0]).toContain('{closure}');
  });
});
