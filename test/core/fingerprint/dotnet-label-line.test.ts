// A crash report's `Exception:` label over the exception's header, and a header past an issue
// form's environment list (dotnet-label-line.ts, stacktrace/dotnet.ts HEADER_WINDOW). Found in
// threads-41 (issue-thread-traces-41.test.ts): Flow Launcher's History.Add null as NLog's record
// (Flow-Launcher/Flow.Launcher#2462) and as the crash dialog's report under `Exception:` (#4246)
// was two signatures, the report's a System.Exception with no message; Git Extensions'
// TeamCityAdapter null under the filled NBug template (gitextensions/gitextensions#6784) had its
// first line, `- Git Extensions 3.1.1.6049`, for a type.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-41', 'dotnet');
const row = (url: string) => rows.find((r) => r.source === url)!;
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

const frames = '\n   at Shop.Orders.Load(Int32 id) in /src/Orders.cs:line 12\n   at Shop.Api.Get() in /src/Api.cs:line 30';
const report = (header: string) => `Shop version: 2.4.1\nOS Version: Microsoft Windows NT 10.0.19045.0\nx64: True\n\nDate: 03/04/2022 19:13:18\nException:\n${header}${frames}`;

describe("a report's label over the exception", () => {
  it('real: History.Add in NLog\'s record and under the crash report\'s `Exception:` is one signature (Flow.Launcher#2462, #4246)', () => {
    const nlog = fp(row('https://github.com/Flow-Launcher/Flow.Launcher/issues/2462').stacktrace!);
    const dialog = fp(row('https://github.com/Flow-Launcher/Flow.Launcher/issues/4246').stacktrace!);
    expect(dialog.type).toBe('System.NullReferenceException');
    expect(dialog.fingerprint).toBe(nlog.fingerprint);
  });

  it('is skipped for the header below it; two exceptions under the label stay apart', () => {
    const labelled = fp(report('System.NullReferenceException: Object reference not set to an instance of an object.'));
    const bare = fp('System.NullReferenceException: Object reference not set to an instance of an object.' + frames);
    const other = fp(report('System.InvalidOperationException: Sequence contains no elements'));
    expect(labelled.type).toBe('System.NullReferenceException');
    expect(labelled.fingerprint).toBe(bare.fingerprint);
    expect(other.type).toBe('System.InvalidOperationException');
    expect(other.fingerprint).not.toBe(labelled.fingerprint);
  });

  it('near miss: a header with a message is no label, and a label with no header below it reads as before', () => {
    // A type in no namespace with a message of its own is a header (the first such line wins).
    const own = fp(`Exception: the order service is down${frames}`);
    expect(own.message).toContain('order service is down');
    // Only the label, the frames below it: the label is still what there is to read.
    const labelOnly = fp(`Exception:${frames}`);
    const labelOnlyAgain = fp(`Exception:\n   at Shop.Orders.Load(Int32 id) in /src/Orders.cs:line 99\n   at Shop.Api.Get() in /src/Api.cs:line 31`);
    expect(labelOnly.fingerprint).toBe(labelOnlyAgain.fingerprint);
  });
});

describe("a header past an issue form's environment list", () => {
  it('real: TeamCityAdapter\'s null under the filled and the empty NBug template is one signature (gitextensions#6784, #7282)', () => {
    const filled = fp(row('https://github.com/gitextensions/gitextensions/issues/6784').stacktrace!);
    const empty = fp(row('https://github.com/gitextensions/gitextensions/issues/7282').stacktrace!);
    expect(filled.type).toBe('System.NullReferenceException');
    expect(filled.fingerprint).toBe(empty.fingerprint);
  });

  it('reads a header twenty lines down, and two failures under one form stay apart', () => {
    const form = (header: string) => `- Shop 2.4.1\n- Build abc\n- Windows 10\n- .NET 8.0.1\n\n## Current behaviour\n\nIt fails.\n\n## Expected behaviour\n\nIt works.\n\n## Steps to reproduce\n\nOpen an order.\nClick Save.\n\n## Error Details\n\`\`\`\n${header}${frames}`;
    const a = fp(form('System.NullReferenceException: Object reference not set to an instance of an object.'));
    const b = fp(form('System.IO.IOException: Disk full'));
    expect(a.type).toBe('System.NullReferenceException');
    expect(b.type).toBe('System.IO.IOException');
    expect(a.fingerprint).not.toBe(b.fingerprint);
  });
});
