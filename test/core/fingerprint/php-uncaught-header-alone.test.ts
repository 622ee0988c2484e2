// An uncaught PHP throwable's first line copied without the `Stack trace:` PHP prints under it:
// `Fatal error: Uncaught TypeError: count(): … in plugins\…\gutenberg.php:1198`. Its file and
// line are where it was thrown, read as its one frame, as a PHP error line's are. Found in
// threads-12 (issue-thread-traces-12.test.ts): SASWP's count() error read as no frame and had
// PublishPress Blocks' signature, one message in two programs.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const row = (source: string) => loadThreadTraces('threads-12', 'php').find((r) => r.source.endsWith(source))!;
const fingerprintOf = (r: { type?: string; message?: string; stacktrace?: string }) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'wordpress', type: r.type, message: r.message, stacktrace: r.stacktrace });

describe("an uncaught throwable's header alone", () => {
  it('real: the header names the frame (ahmedkaludi/schema-and-structured-data-for-wp#1533)', () => {
    const r = row('schema-and-structured-data-for-wp/issues/1533');
    const parsed = parseStacktrace(r.stacktrace!);
    expect(parsed.runtime).toBe('php');
    expect(parsed.exceptions[0].frames[0].file).toBe('plugins\\schema-and-structured-data-for-wp\\output\\gutenberg.php');
    expect(fingerprintOf(r).fingerprint).not.toBe(fingerprintOf(row('publishpress-blocks/issues/1335')).fingerprint);
  });

  it('real: the header with the trace PHP printed under it has the same crash site', () => {
    const r = row('Sucuri/sucuri-wordpress-plugin/issues/113');
    const header = r.stacktrace!.split('\n')[0];
    expect(fingerprintOf({ ...r, stacktrace: header }).culprit).toContain('sitecheck.lib.php');
  });

  it('near misses: a header in a file that is no PHP source, a line without `Uncaught`, and a header whose file has no line are left unread', () => {
    expect(parseStacktrace('Fatal error: Uncaught TypeError: boom in /app/notes.txt:3').runtime).not.toBe('php');
    expect(parseStacktrace('TypeError: boom in /app/index.php:3').runtime).not.toBe('php');
    expect(parseStacktrace('Fatal error: Uncaught TypeError: boom in /app/index.php').runtime).not.toBe('php');
  });
});
