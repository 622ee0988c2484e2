// PHP words a wrong argument from the code: `Str::slug(): Argument #1 ($title) must be of type
// string, null given`, `explode(): Argument #2 ($string) …`, `Too few arguments to function
// Money::format(), 1 passed …` — the function and the argument's place are code, the type given
// is the data's (code-in-message.ts). In a log line without a stack (Monolog's one line, whose
// only place is a file), a controller's slug() call and its explode() call two statements below
// were one signature. Real PHP 8.2 runs: programs/php-bugs-2 (run.php `monolog`, argument-calls.php).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { codeNamedByMessage } from '../../../src/core/fingerprint/code-in-message.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; release?: string; body?: string; type?: string; message?: string }
const load = (name: string): Row[] =>
  readFileSync(new URL(`../../fixtures/fingerprint/${name}.ndjson`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

describe('a PHP argument error names the function and the argument', () => {
  it('tells two calls in one file apart where the log line knows only the file, each one across releases', () => {
    const rows = load('php-bugs-2-logged').filter((r) => r.failure.startsWith('TagController::'));
    const fp = createFingerprinter();
    const results = rows.map((r) => ({ ...r, result: fp.fingerprint({ source: 'log', service: 'shop', body: r.body!, severityText: 'ERROR', runtime: 'php' }) }));
    expect(new Set(results.map((r) => r.failure)).size).toBe(2);
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
  });

  it('reads the function and argument, not the type given, and nothing from a return-value error', () => {
    const calls = load('php-bugs-2-argument-calls');
    const named = (failure: string) => { const r = calls.find((c) => c.failure === failure)!; return codeNamedByMessage(r.type!, r.message!); };
    expect(named('CartController::total cents missing')).toBe('argument #1 of App\\Support\\Money::format()');
    expect(named('CartController::short currency not passed')).toBe('arguments of App\\Support\\Money::format()');
    expect(named('Money::label returns null')).toBeUndefined();
  });
});
