// PHPUnit's report of a test that failed on an error: the error as `Type: message`, then bare
// `file:line` rows (testdox behind a `│` gutter), src/core/fingerprint/phpunit-report.ts. Found
// in threads-11 (issue-thread-traces-11.test.ts): phpMyAdmin's LanguageTest report and WP
// Acceptance's testdox report read as no frame, known by the message alone, so the same member
// called on null in two test files would have been one signature.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-11', 'php');
const fingerprintOf = (r: { type?: string; message?: string; stacktrace?: string }) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'ci', type: r.type, message: r.message, stacktrace: r.stacktrace });

describe("PHPUnit's report of an error", () => {
  it('real: the rows are frames at their files, every data set of one test one signature (phpmyadmin/phpmyadmin#20405)', () => {
    const sets = rows.filter((r) => r.source.endsWith('phpmyadmin/pull/20405'));
    expect(sets).toHaveLength(4);
    const parsed = parseStacktrace(sets[3].stacktrace!); // `testSelect#0 with data (…)`: a data set's #0 is no PHP frame
    expect(parsed.runtime).toBe('php');
    expect(parsed.exceptions[0]).toMatchObject({ type: 'Error', message: 'Call to a member function getLanguage() on null' });
    expect(parsed.exceptions[0].frames.map((f) => [f.file, f.line])).toEqual([
      ['E:\\GitHub\\phpmyadmin\\test\\classes\\LanguageTest.php', 50], ['E:\\GitHub\\phpmyadmin\\vendor\\phpunit\\phpunit\\phpunit', 104], ['E:\\GitHub\\phpmyadmin\\vendor\\bin\\phpunit', 122],
    ]);
    const first = fingerprintOf(sets[0]);
    expect(first.culprit).toContain('LanguageTest.php');
    for (const r of sets.slice(1)) expect(fingerprintOf(r).fingerprint).toBe(first.fingerprint);
  });

  it("real: testdox's `│` gutter (10up/wpacceptance#6)", () => {
    const r = rows.find((x) => x.source.endsWith('wpacceptance/issues/6'))!;
    const parsed = parseStacktrace(r.stacktrace!);
    expect(parsed.exceptions[0].frames[0]).toMatchObject({ line: 81 });
    expect(parsed.exceptions[0].frames[0].file).toContain('PHPUnit/TestCase.php');
    expect(parsed.exceptions[0].frames).toHaveLength(7);
  });

  it('the same member on null in another test file is another signature', () => {
    const r = rows.find((x) => x.source.endsWith('phpmyadmin/pull/20405'))!;
    const other = r.stacktrace!.replace('LanguageTest.php:50', 'ConfigTest.php:50');
    expect(fingerprintOf({ ...r, stacktrace: other }).fingerprint).not.toBe(fingerprintOf(r).fingerprint);
  });

  it("near misses: PHP's own trace under a test's name, a test name without rows, and Go's bare rows are read as before", () => {
    const own = parseStacktrace("1) App\\Tests\\CartTest::testTotal\nPHP Fatal error:  Uncaught Error: Call to a member function total() on null in /app/src/Cart.php:12\nStack trace:\n#0 /app/tests/CartTest.php(20): App\\Cart->sum()\n#1 {main}\n  thrown in /app/src/Cart.php on line 12");
    expect(own.exceptions[0].frames[0]).toMatchObject({ function: 'sum', line: 12 });
    expect(parseStacktrace('1) App\\Tests\\CartTest::testTotal\nFailed asserting that 2 matches expected 3.').exceptions[0]?.frames.length ?? 0).toBe(0);
    expect(parseStacktrace('goroutine 1 [running]:\nmain.main()\n\t/app/main.go:9 +0x25').runtime).toBe('go');
  });
});
