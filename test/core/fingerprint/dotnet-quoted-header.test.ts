// A .NET exception's header behind a Markdown block quote's `> ` or a log viewer's opening `"`
// (dotnet-quoted-header.ts). Found in threads-31 (issue-thread-traces-31.test.ts): Starcounter's
// Processor.RunTask NullReferenceException pasted plain and, from another build, with the first
// line block-quoted was two signatures, the quoted one typed `> System.NullReferenceException:
// Object reference …`.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutQuoteMark } from '../../../src/core/fingerprint/dotnet-quoted-header.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-31', 'dotnet');
const row = (issue: string) => rows.find((r) => r.source.endsWith(`/issues/${issue}`))!;
const sig = (input: { type?: string; message?: string; stacktrace?: string }) => createFingerprinter().fingerprint({ source: 'span', service: 'app', ...input });

describe('a .NET exception header behind a quoting mark', () => {
  it('real: Starcounter\'s RunTask plain and block-quoted is one signature (Starcounter/Starcounter#3122, #3352)', () => {
    const [plain, quoted] = ['3122', '3352'].map((i) => sig(row(i)));
    expect(quoted.type).toBe('System.NullReferenceException');
    expect(quoted.fingerprint).toBe(plain.fingerprint);
  });

  it('real: the log viewer\'s quoted string reads its type (Starcounter/Starcounter#4124), and is the same trace unquoted', () => {
    const quoted = row('4124').stacktrace!;
    expect(sig({ stacktrace: quoted }).type).toBe('System.NullReferenceException');
    const unquoted = quoted.replace(/^"/, '').replace(/\n"$/, '');
    expect(sig({ stacktrace: quoted }).fingerprint).toBe(sig({ stacktrace: unquoted }).fingerprint);
  });

  it('reads nested block quotes and a quote without its space', () => {
    expect(withoutQuoteMark('> > System.IO.IOException: disk full')).toBe('System.IO.IOException: disk full');
    expect(withoutQuoteMark('>InvalidOperationException: bad state')).toBe('InvalidOperationException: bad state');
  });

  it('near miss: a quoted line that is no exception header stays as it is', () => {
    expect(withoutQuoteMark('> dotnet run --project Api')).toBe('> dotnet run --project Api');
    expect(withoutQuoteMark('"Connection refused"')).toBe('"Connection refused"');
    expect(withoutQuoteMark('> note: see below')).toBe('> note: see below');
    expect(withoutQuoteMark('System.Exception: "quoted" message')).toBe('System.Exception: "quoted" message');
  });

  it('near miss: the quoted RunTask header keeps apart from EstimateNeededSize\'s, the same type and message at another site', () => {
    expect(sig(row('3352')).fingerprint).not.toBe(sig(row('4124')).fingerprint);
  });
});
