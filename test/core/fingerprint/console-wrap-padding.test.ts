// A console's wrap padding inside a one-line PHP trace copied from a terminal
// (console-wrap-padding.ts). Found in threads-48 (issue-thread-traces-48.test.ts): httpd's
// error_log line of Faveo's `Class 'Bugsnag' not found` (faveo-helpdesk#2489) had 30 blanks at
// each wrap point, inside `App\\E…xceptions`, so its crash site was another class than the same
// error printed by `php artisan` (faveo-helpdesk#6732).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutConsoleWrapPadding } from '../../../src/core/fingerprint/console-wrap-padding.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-48', 'php');
const row = (source: string) => rows.find((r) => r.source.endsWith(source))!;
const sig = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace }).fingerprint;
const pad = (n: number) => ' '.repeat(n);

describe("a console's wrap padding in a one-line PHP trace", () => {
  it("real: httpd's padded line and artisan's stderr of one error are one signature (faveo-helpdesk#2489, #6732)", () => {
    expect(sig(row('issues/2489').stacktrace!)).toBe(sig(row('issues/6732').stacktrace!));
  });

  it('the shortest run is the padding: a run one blank longer keeps the blank the line had there', () => {
    const text = `Uncaught Error: boom in /srv/${pad(30)}app/x.php:3\\nStack trace:\\n#0 {main}\\n  thrown in /srv/app/x.php on line${pad(31)}3`;
    expect(withoutConsoleWrapPadding(text)).toBe('Uncaught Error: boom in /srv/app/x.php:3\\nStack trace:\\n#0 {main}\\n  thrown in /srv/app/x.php on line 3');
  });

  it('near miss: one run alone, short runs, or no PHP trace are left as they are', () => {
    const one = `Uncaught Error: boom in /srv/${pad(30)}app/x.php:3\\nStack trace:\\n#0 {main}`;
    expect(withoutConsoleWrapPadding(one)).toBe(one);
    const short = `Uncaught Error: a${pad(8)}b in /srv/app/x.php:3\\nStack trace:\\n#0 {main}${pad(8)}x`;
    expect(withoutConsoleWrapPadding(short)).toBe(short);
    const table = `name${pad(20)}value${pad(20)}unit`;
    expect(withoutConsoleWrapPadding(table)).toBe(table);
  });
});
