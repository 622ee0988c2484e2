// A header repeated before every line of a trace (trace-line-headers.test.ts) that ends with a
// service column's separator: docker compose's `worker-1    | ` and honcho's `13:58:01 web.1  | `
// (the name padded, then `| `). Found in threads-11 (issue-thread-traces-11.test.ts): the header
// was cut after its last token holding a digit, so `| ` stayed before every line (Resgrid's
// SqlException, geemusic's KeyError) or the header was too short to be one, and the trace read as
// no frame.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace, withoutLineHeaders } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const row = (runtime: string, source: string) => loadThreadTraces('threads-11', runtime).find((r) => r.source.endsWith(source))!;
const fingerprintOf = (r: { type?: string; message?: string; stacktrace?: string }) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });

describe("a line header ending with a service column's separator", () => {
  it("real: docker compose's `worker-1    | ` goes from every line, and the .NET frames are read (Resgrid/Core#169)", () => {
    const r = row('dotnet', 'Resgrid/Core/issues/169');
    expect(withoutLineHeaders(r.stacktrace!).split('\n')[0]).toBe('   at System.Data.SqlClient.SqlCommand.EndExecuteNonQueryInternal(IAsyncResult asyncResult)');
    const parsed = parseStacktrace(r.stacktrace!);
    expect(parsed.runtime).toBe('dotnet');
    expect(parsed.exceptions.at(-1)!.frames.map((f) => f.function)).toContain('CleanUpOIDCTokensAsync');
    expect(fingerprintOf(r).culprit).toContain('IdentityRepository.CleanUpOIDCTokensAsync');
  });

  it("real: honcho's `13:58:01 web.1  | ` goes from every line, and the traceback is read (stevenleeg/geemusic#187)", () => {
    const r = row('python', 'geemusic/issues/187');
    const plain = withoutLineHeaders(r.stacktrace!);
    expect(plain.split('\n')[0]).toBe('Traceback (most recent call last):');
    const x = fingerprintOf(r);
    expect(x.culprit).toContain('geemusic/__init__.py');
    expect(fingerprintOf({ ...r, stacktrace: plain }).fingerprint).toBe(x.fingerprint);
  });

  it('near misses: a short name without a separator, words after a number, and the headers read before are read as before', () => {
    // A short service column with its separator is a header since threads-12
    // (trace-line-header-short-service-column.test.ts: `web_1 | `, `worker_1 | `); the name alone is none.
    const short = 'job-12 panic: boom\njob-12 goroutine 1 [running]:\njob-12 main.main()';
    expect(withoutLineHeaders(short)).toBe(short);
    const words = 'order 12 failed: a\norder 12 failed: b\norder 12 failed: c';
    expect(withoutLineHeaders(words)).toBe(words);
    const syslog = ['panic: boom', 'goroutine 1 [running]:', 'main.main()', '#011/app/main.go:9 +0x25'].map((l) => `Dec  4 10:01:02 web-3 shop[812]: ${l}`).join('\n');
    expect(withoutLineHeaders(syslog).split('\n')[3]).toBe('\t/app/main.go:9 +0x25');
    // A separator that is the trace's own: a Go frame line `| ` would not follow a header this way,
    // but a Markdown table row does; its cells share no digit-bearing header.
    const table = '| a | 1 |\n| b | 2 |\n| c | 3 |';
    expect(withoutLineHeaders(table)).toBe(table);
  });
});
