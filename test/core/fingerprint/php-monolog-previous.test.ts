// Monolog 2's LineFormatter (a Laravel application's text log) writes a logged exception on one
// line without its stack, `[object] (Type(code: 0): message at path:line)`, and each previous
// exception after it as `[previous exception] [object] (…)` — on a line of its own where the
// formatter allows line breaks (Laravel's does), else after the JSON context's escaped `\n`.
// The chain is read, innermost first; and where the one line names only the callee of a wrong
// argument (`Str::slug(): Argument #1 … called in <file> on line <n>`), the call is the place.
// Real PHP 8.2 + Debian's php-monolog 2.9 runs: programs/php-bugs-2/run.php's `monolog` and
// `monolog-inline` modes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; release: string; body: string }
const load = (name: string): Row[] =>
  readFileSync(new URL(`../../fixtures/fingerprint/${name}.ndjson`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

function fingerprinted(rows: Row[]) {
  const fp = createFingerprinter();
  return rows.map((r) => ({ ...r, result: fp.fingerprint({ source: 'log', service: 'shop', body: r.body, severityText: 'ERROR', runtime: 'php' }) }));
}

describe("Monolog's one-line exception with its previous ones", () => {
  it('reads the chain in both forms: two views wrapping one warning are two signatures, each one across releases and forms', () => {
    const rows = [...load('php-bugs-2-logged'), ...load('php-bugs-2-logged-inline')].filter((r) => r.failure.includes(' view '));
    expect(rows.some((r) => r.body.includes('\n[previous exception]'))).toBe(true);
    expect(rows.some((r) => r.body.includes('\\n[previous exception]'))).toBe(true);
    const results = fingerprinted(rows);
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
    expect(results[0].result.explain.join('\n')).toContain('type chain: App\\Exceptions\\ViewException ← ErrorException');
  });

  it("places a wrong argument at the call the message names: one helper's TypeError from two controllers is two signatures", () => {
    const results = fingerprinted(load('php-bugs-2-logged').filter((r) => r.body.includes('Str::slug(): Argument #1')));
    expect(new Set(results.map((r) => r.failure)).size).toBe(2);
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
  });

  it('leaves a single exception where it was', () => {
    const results = fingerprinted(load('php-bugs-2-logged').filter((r) => r.failure.startsWith('UserController::')));
    expect(results[0].result.culprit).toBe('Controllers/UserController.php');
    expect(splitFailures(results)).toEqual([]);
  });
});
