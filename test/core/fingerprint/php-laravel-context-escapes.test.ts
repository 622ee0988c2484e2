// Laravel's log writes a logged exception into the record's context, which Monolog encodes as
// JSON: the header and `[stacktrace]` frames after `{"exception":"[object] (` keep the encoder's
// escapes (`App\\Clients\\Inventory->stock()`, `property \"price\"`). Read as they stood, the
// log's record of a call named other classes, functions and messages than the span's record of
// the same call, and each failure was two signatures, one per source (stacktrace/php.ts). Real
// PHP 8.2 runs, each call recorded both ways: programs/php-bugs-5 and programs/php-bugs-4
// (run.php, and run.php `monolog`: Laravel's LineFormatter with its stack traces).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; release: string; type?: string; message?: string; stacktrace?: string; body?: string }
const load = (name: string): Row[] => readFileSync(new URL(`../../fixtures/fingerprint/${name}.ndjson`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

describe("a Laravel log's exception, unescaped from its JSON context", () => {
  for (const set of ['php-bugs-5', 'php-bugs-4']) {
    it(`${set}: the span's and the log's record of each call are one signature, each failure its own`, () => {
      const spans = load(set);
      const logs = load(`${set}-logged`);
      expect(logs.map((r) => r.failure)).toEqual(spans.map((r) => r.failure));
      const fp = createFingerprinter();
      const results = [
        ...spans.map((r) => ({ ...r, result: fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'php' }) })),
        ...logs.map((r) => ({ ...r, result: fp.fingerprint({ source: 'log', service: 'shop', body: r.body!, severityText: 'ERROR', runtime: 'php' }) })),
      ];
      expect(splitFailures(results)).toEqual([]);
      expect(mergedFailures(results)).toEqual([]);
    });
  }

  it('reads the class and the message as PHP wrote them, and leaves a Symfony record of three failures three signatures', () => {
    const listing = load('php-bugs-5-logged').find((r) => r.failure === 'Listing::byPrice null product')!;
    const result = createFingerprinter().fingerprint({ source: 'log', service: 'shop', body: listing.body!, severityText: 'ERROR', runtime: 'php' });
    expect(result.message).toBe('Attempt to read property "price" on null');
    expect(result.culprit).toMatch(/^App\\Services\\Listing\./);
    // Near miss: Symfony's `request.CRITICAL: Uncaught PHP Exception …` with its stack (its own
    // format, test/fixtures/fingerprint/php-monolog-errors.ndjson) keeps one signature a failure.
    const symfony = load('php-monolog-errors').filter((r) => (r as Row & { format?: string }).format === 'line with stack');
    const fp = createFingerprinter();
    const results = symfony.map((r) => ({ ...r, result: fp.fingerprint({ source: 'log', service: 'shop', body: r.body!, severityText: 'ERROR', runtime: 'php' }) }));
    expect(new Set(results.map((r) => r.failure)).size).toBe(3);
    expect(splitFailures(results)).toEqual([]);
    expect(mergedFailures(results)).toEqual([]);
  });
});
