// Laravel compiles a Blade template into storage/framework/views under a hash of the template's
// path and reports a failure inside it from that file, wrapped with `(View: <template>)`. A real
// PHP 8.2 application (programs/php-bugs-4, Debian's php-illuminate-view 8.83) deployed as two
// releases side by side, its storage shared, compiled each template under two names: each
// template's failure was a signature per release. A compiled template's frames are filed under
// the template the message names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePhp } from '../../../src/core/fingerprint/stacktrace/php.js';
import { fingerprintLabelled, mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; release: string; type?: string; message?: string; stacktrace?: string; body?: string }
const load = (name: string) => readFileSync(new URL(`../../fixtures/fingerprint/${name}.ndjson`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const isView = (r: Row) => r.failure.includes(' view ');

describe('compiled Blade templates', () => {
  it('keep one template one signature across releases, and two templates apart', () => {
    const spans = load('php-bugs-4').filter(isView);
    const logged = load('php-bugs-4-logged').filter(isView);
    expect(new Set(spans.map((r) => r.release))).toEqual(new Set(['1', '2']));
    const a = fingerprintLabelled(spans, (r) => ({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'php' }));
    const b = fingerprintLabelled(logged, (r) => ({ source: 'log', service: 'shop', body: r.body!, severityText: 'ERROR', runtime: 'php' }));
    for (const results of [a, b]) {
      expect(splitFailures(results)).toEqual([]);
      expect(mergedFailures(results)).toEqual([]);
    }
  });

  it('file the compiled file’s frames under the template the message names', () => {
    const row = load('php-bugs-4').find((r) => r.failure === 'cart view cart has no owner' && r.release === '2')!;
    const inner = parsePhp(row.stacktrace!).exceptions.at(-1)!;
    expect(inner.frames[0].file).toMatch(/releases\/2\/resources\/views\/cart\.blade\.php$/);
  });

  it('near misses: a compiled file no message names, and a view no compiled file ran, are left as they are', () => {
    const row = load('php-bugs-4').find((r) => r.failure === 'cart view cart has no owner')!;
    // The inner ErrorException printed alone (PHP's print up to its `Next`): no `(View: …)`.
    const alone = row.stacktrace!.split('\n\nNext ')[0];
    expect(parsePhp(alone).exceptions[0].frames[0].file).toMatch(/storage\/framework\/views\/[0-9a-f]{40}\.php$/);
    // php-bugs-2's views are plain PHP files the application includes, named as they are.
    const plain = load('php-bugs-2').find((r) => r.type?.endsWith('ViewException'))!;
    const files = parsePhp(plain.stacktrace!).exceptions.flatMap((e) => e.frames.map((f) => f.file));
    expect(files.some((f) => f?.endsWith('/resources/views/profile.php') || f?.endsWith('/resources/views/invoice.php'))).toBe(true);
  });
});
