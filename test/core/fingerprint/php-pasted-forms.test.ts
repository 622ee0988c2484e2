// Two forms PHP traces take once they leave the program, found in threads-4 (issue-thread-traces-4
// .test.ts): a trace whose line breaks were lost (copied from a page, `Stack trace: #0 … #1 …` on
// one line) and an error reporter's frame list (Bugsnag's `file.php:line - Class::method`). Both
// were read as no frame, so two failures with one message were one signature.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { unfoldOneLinePhpTrace } from '../../../src/core/fingerprint/stacktrace/php.js';

interface Row { group: string; source: string; type?: string; message?: string; stacktrace?: string }
const rows = (dir: string) => readFileSync(new URL(`../../fixtures/fingerprint/${dir}/php.ndjson`, import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fingerprintOf = (r: Row) => createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });

describe('a PHP trace printed on one line', () => {
  it('gets its breaks back before Stack trace:, each #N due, and thrown in', () => {
    const line = "Fatal error: Uncaught Error: Call to a member function get() on null in /w/query.php:28 Stack trace: #0 /w/a.php(101): f('x #2 y') #1 /w/b.php(9): g() #2 {main} thrown in /w/query.php on line 28";
    expect(unfoldOneLinePhpTrace(line).split('\n')).toEqual([
      'Fatal error: Uncaught Error: Call to a member function get() on null in /w/query.php:28',
      'Stack trace:',
      "#0 /w/a.php(101): f('x #2 y')", // `#2` inside an argument: #1 is the number due
      '#1 /w/b.php(9): g()',
      '#2 {main}',
      '  thrown in /w/query.php on line 28',
    ]);
    const parsed = parseStacktrace(line);
    expect(parsed.runtime).toBe('php');
    expect(parsed.exceptions[0].frames.map((f) => [f.function, f.line])).toEqual([['f', 28], ['g', 101], ['{main}', 9]]);
    expect(parsed.exceptions[0].frames[0]).toMatchObject({ function: 'f', file: '/w/query.php', line: 28 });
  });

  it('near misses: a trace already on its lines, or a line with no Stack trace:, is left as it is', () => {
    const multi = 'Error: x in /w/a.php:3\nStack trace:\n#0 /w/b.php(4): f()\n#1 {main}';
    expect(unfoldOneLinePhpTrace(multi)).toBe(multi);
    const noTrace = 'PHP Fatal error:  Uncaught Error: x in /w/a.php:3 #0 is not a trace';
    expect(unfoldOneLinePhpTrace(noTrace)).toBe(noTrace);
  });

  it('real: two WordPress plugins calling get() on null are two failures (schema-and-structured-data-for-wp#1122, preferred-languages#24)', () => {
    const [arlo, gettext] = ['arlo-get-query-var-early', 'preferred-languages-gettext-null'].map((g) => fingerprintOf(rows('threads-4').find((r) => r.group.endsWith(g))!));
    expect(arlo.frames[0]).toMatchObject({ function: 'get_query_var', line: 28 });
    expect(gettext.frames[0]).toMatchObject({ function: 'preferred_languages_filter_gettext', line: 468 });
    expect(arlo.fingerprint).not.toBe(gettext.fingerprint);
  });
});

describe("an error reporter's PHP frame list (file.php:line - Class::method)", () => {
  it('reads each line as the frame it names, the function at its own file and line', () => {
    const text = '## Stacktrace\n\n    app/Http/Controllers/Auth/AuthController.php:473 - Illuminate\\Support\\Facades\\DB::select\n    app/Http/Controllers/Auth/AuthController.php:301 - App\\Http\\Controllers\\Auth\\AuthController::postLogin\n    \\app\\Helper\\helpers.php:223 - getListMailByRole\n';
    const parsed = parseStacktrace(text);
    expect(parsed.runtime).toBe('php');
    expect(parsed.exceptions[0].frames).toEqual([
      { function: 'select', module: 'Illuminate\\Support\\Facades\\DB', file: 'app/Http/Controllers/Auth/AuthController.php', line: 473 },
      { function: 'postLogin', module: 'App\\Http\\Controllers\\Auth\\AuthController', file: 'app/Http/Controllers/Auth/AuthController.php', line: 301 },
      { function: 'getListMailByRole', module: undefined, file: '\\app\\Helper\\helpers.php', line: 223 },
    ]);
  });

  it("near misses: another runtime's reporter list, or prose with a dash, is no PHP frame", () => {
    expect(parseStacktrace('    lib/plug/html.ex:15 - Plug.HTML.html_escape(nil)\n').runtime).not.toBe('php');
    expect(parseStacktrace('see app/x.php:12 - it fails there\n').runtime).not.toBe('php');
  });

  it("real: one application's reports split by the method that failed (faveo-helpdesk, threads-3 and threads-4)", () => {
    // threads-3's Laravel reports (`Trying to get property of non-object` in several controllers) were one signature.
    const reports = rows('threads-3').filter((r) => r.stacktrace?.includes('.php:') && / - [\w\\]+(?:::|->)/.test(r.stacktrace));
    expect(reports.length).toBeGreaterThan(3);
    const byGroup = new Map<string, Set<string>>();
    for (const r of reports) (byGroup.get(r.group) ?? byGroup.set(r.group, new Set()).get(r.group)!).add(fingerprintOf(r).fingerprint);
    const all = new Set([...byGroup.values()].flatMap((s) => [...s]));
    expect(all.size).toBe(byGroup.size);
    // The same 2031 in getParentUsrHelpTopicHtml, lines 423 and 425 after an edit: one failure.
    const same = rows('threads-4').filter((r) => r.group.endsWith('faveo-parenthelp-2031')).map((r) => fingerprintOf(r).fingerprint);
    expect(new Set(same).size).toBe(1);
  });
});
