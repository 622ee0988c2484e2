// Monolog's LineFormatter, allowing line breaks as Laravel's does, writes a logged exception's
// message as it is: Guzzle's RequestException quotes the response's body below its first line,
// so the header's ` at file:line)` stood on a line of its own above `[stacktrace]` and was not
// read; the record kept its frames but no type or message, and one call's ClientException (404)
// and ServerException (500) were one signature (stacktrace/php.ts). Real PHP 8.2 runs with
// Debian's php-guzzlehttp-guzzle 7.4.5 and php-monolog 2.9: programs/php-bugs-5 (run.php
// `monolog`, Catalog::product).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; release: string; body: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/php-bugs-5-logged.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const logged = (body: string) => createFingerprinter().fingerprint({ source: 'log', service: 'shop', body, severityText: 'ERROR', runtime: 'php' });

describe("a Laravel log's exception whose message has several lines", () => {
  it("reads its type and first line, and tells one call's 404 from its 500 across releases", () => {
    const picked = rows.filter((r) => r.failure.startsWith('Catalog::product'));
    expect(new Set(picked.map((r) => r.failure)).size).toBe(2);
    const fp = createFingerprinter();
    const results = picked.map((r) => ({ ...r, result: fp.fingerprint({ source: 'log', service: 'shop', body: r.body, severityText: 'ERROR', runtime: 'php' }) }));
    expect(new Set(results.map((r) => r.result.type.replace(/\\\\/g, '\\')))).toEqual(new Set(['GuzzleHttp\\Exception\\ClientException', 'GuzzleHttp\\Exception\\ServerException']));
    for (const r of results) expect(r.result.message).toMatch(/^(?:Client|Server) error: `GET .* response:$/);
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
  });

  it('leaves a one-line header, and a record without its stack trace, as they were read', () => {
    const oneLine = logged(rows.find((r) => r.body.includes('(ArgumentCountError(code: 0)'))!.body);
    expect(oneLine.type).toBe('ArgumentCountError');
    expect(oneLine.message).toMatch(/^Too few arguments to function /);
    // The same ClientException logged without includeStacktraces() (Monolog's LineFormatter,
    // line breaks allowed, PHP 8.2, php-monolog 2.9): no `[stacktrace]`, nothing folded — the
    // record's first line is its message, as before.
    const noStack = logged('[2026-12-05 20:41:13] local.ERROR: Client error: `GET http://127.0.0.1:8095/products/17` resulted in a `404 Not Found` response:\n{"error":"not found"}\n {"exception":"[object] (GuzzleHttp\\\\Exception\\\\ClientException(code: 404): Client error: `GET http://127.0.0.1:8095/products/17` resulted in a `404 Not Found` response:\n{\\"error\\":\\"not found\\"}\n at /usr/share/php/GuzzleHttp/Exception/RequestException.php:113)"} ');
    expect(noStack.frames).toEqual([]);
  });
});
