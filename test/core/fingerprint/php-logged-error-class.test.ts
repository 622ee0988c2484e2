// PHP's engine errors have the base class `Error`, a word loggers also write as a level. In a
// Laravel log (Monolog's LineFormatter with its stack traces), `[object] (Error(code: 0): Cannot
// instantiate interface … at …)` names the class where no logger writes a level; read as a level,
// the record lost its type and message, and two engine errors at one crash site were one
// signature (embedded-trace.ts). Real PHP 8.2 runs with Debian's php-monolog 2.9:
// programs/php-bugs-5 (run.php `monolog`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; release: string; body: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/php-bugs-5-logged.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const logged = (body: string) => createFingerprinter().fingerprint({ source: 'log', service: 'shop', body, severityText: 'ERROR', runtime: 'php' });

describe("a Laravel log's PHP Error is the exception's class, not a level", () => {
  it('reads the type and message, and tells two unbound interfaces apart across releases', () => {
    const picked = rows.filter((r) => r.body.includes('[object] (Error(code: 0)'));
    expect(new Set(picked.map((r) => r.failure)).size).toBe(2);
    const fp = createFingerprinter();
    const results = picked.map((r) => ({ ...r, result: fp.fingerprint({ source: 'log', service: 'shop', body: r.body, severityText: 'ERROR', runtime: 'php' }) }));
    for (const r of results) expect(r.result.type).toBe('Error');
    expect(results[0].result.message).toContain('Cannot instantiate interface');
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
  });

  it('leaves a level over a trace alone, and other classes as they were', () => {
    // Monolog's record of `$log->error('Report failed' . "\n" . $e->getTraceAsString())`, PHP 8.2
    // and php-monolog 2.9: `ERROR` is the record's level, the trace has no header.
    const levelOverTrace = logged('[2026-12-05 20:36:29] local.ERROR: Report failed\n#0 /tmp/nm.php(10): Report->run()\n#1 {main}  ');
    expect(levelOverTrace.type).not.toBe('Error');
    expect(levelOverTrace.type).not.toBe('ERROR');
    const argumentCount = rows.find((r) => r.body.includes('(ArgumentCountError(code: 0)'))!;
    expect(logged(argumentCount.body).type).toBe('ArgumentCountError');
  });
});
