// A trace copied from an HTML page (PHP's display_errors with html_errors: `<b>Fatal error</b>`,
// `-&gt;`, `&#039;`) is read with its markup removed (html-page.ts). Before, a frame
// written `Front-&gt;convert_inline_js_into_json(…)` did not parse and WordPress's
// `WP_Hook-&gt;apply_filters`, which calls every plugin's hooks, was the crash site
// (cabrerahector/wordpress-popular-posts#266, threads-8).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutHtmlMarkup } from '../../../src/core/fingerprint/html-page.js';
import { loadThreadTraces } from './thread-traces.js';

const row = loadThreadTraces('threads-8', 'php').find((r) => r.source.endsWith('wordpress-popular-posts/issues/266'))!;

describe('a trace copied from an HTML page', () => {
  it("reads the plugin's own frame as the crash site (wordpress-popular-posts#266)", () => {
    const x = createFingerprinter().fingerprint({ source: 'span', service: 'app', type: row.type, message: row.message, stacktrace: row.stacktrace });
    expect(x.culprit).toMatch(/^WordPressPopularPosts\\Front\\Front\.convert_inline_js_into_json/);
  });

  it('is the same signature as the plain text of the same trace', () => {
    const fp = createFingerprinter();
    const plain = withoutHtmlMarkup(row.stacktrace!);
    expect(plain).toContain("Front->convert_inline_js_into_json('<script type='t...'");
    expect(plain).not.toContain('<b>');
    const a = fp.fingerprint({ source: 'span', service: 'app', type: row.type, message: row.message, stacktrace: row.stacktrace });
    const b = fp.fingerprint({ source: 'span', service: 'app', type: row.type, message: row.message, stacktrace: plain });
    expect(a.fingerprint).toBe(b.fingerprint);
  });

  it('leaves text without HTML markup as it is', () => {
    // Near misses: a reference without tags (a message that quotes escaped HTML), tags without
    // references (a template's own markup in a message), a plain PHP trace.
    for (const text of [
      "Error: unexpected '&gt;' in template\n#0 /app/src/View.php(12): View->render()",
      'Error: <b>bold</b> is not allowed\n#0 /app/src/View.php(12): View->render()',
      "PHP Fatal error:  Uncaught Error: Call to a member function set() on null in /app/a.php:3\nStack trace:\n#0 /app/b.php(9): A->b()\n#1 {main}",
    ]) expect(withoutHtmlMarkup(text)).toBe(text);
  });
});
