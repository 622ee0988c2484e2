// A .NET exception's header behind a logger's message on its line (dotnet-logged-lead.ts):
// UniverseLib's `… Exception invoking update method for X: System.NullReferenceException: …`
// under two loaders' log layouts is one signature (yukieiji/UnityExplorer#109, #120;
// threads-25, issue-thread-traces-25.test.ts), and a line that already starts with a header, or
// names no namespaced exception type, is read as before.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutLoggedLead } from '../../../src/core/fingerprint/dotnet-logged-lead.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const dotnet = loadThreadTraces('threads-25', 'dotnet');
const explorer = dotnet.filter((r) => r.group === 'dotnet:t25:unityexplorer-uimanager-update-nre');
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

const frames = '\n   at Shop.Store.Save(Order order) in /src/Shop/Store.cs:line 40\n   at Shop.Api.Checkout() in /src/Shop/Api.cs:line 12';

describe('a .NET header behind a logger message on its line', () => {
  it('real: the records two loaders wrote of one NullReferenceException are one signature (yukieiji/UnityExplorer#109, #120)', () => {
    expect(explorer).toHaveLength(2);
    expect(new Set(signaturesInOrder(explorer)).size).toBe(1);
  });

  it('real: the type is the exception, not the logged line', () => {
    expect(fp(explorer[0].stacktrace!).type).toBe('System.NullReferenceException');
  });

  it('the same exception with and without a logged lead reads alike', () => {
    const bare = `System.IO.IOException: The disk is full.${frames}`;
    expect(fp(`2026-12-06 09:30:00 [ERR] Saving the order failed: System.IO.IOException: The disk is full.${frames}`).fingerprint).toBe(fp(bare).fingerprint);
    expect(withoutLoggedLead('[Error] [Store] Save failed: System.Data.SqlClient.SqlException (0x80131904): Timeout expired.')).toBe('System.Data.SqlClient.SqlException (0x80131904): Timeout expired.');
  });

  it('a bare `Exception: ` label is a logger\'s, not a type: the namespaced exception after it is the header', () => {
    // Radarr's log writes its exception field so (the equivalence set's PendingReleaseService NRE).
    expect(withoutLoggedLead('Exception: System.NullReferenceException: Object reference not set to an instance of an object.')).toBe('System.NullReferenceException: Object reference not set to an instance of an object.');
  });

  it('near miss: two exceptions behind the same lead are two signatures', () => {
    const lead = 'Saving the order failed: ';
    expect(fp(`${lead}System.IO.IOException: The disk is full.${frames}`).fingerprint).not.toBe(fp(`${lead}System.UnauthorizedAccessException: Access denied.${frames}`).fingerprint);
  });

  it('near miss: a header that quotes another exception in its message keeps its own type', () => {
    const line = 'System.InvalidOperationException: Import failed: System.IO.IOException: The disk is full.';
    expect(withoutLoggedLead(line)).toBe(line);
    expect(fp(`${line}${frames}`).type).toBe('System.InvalidOperationException');
    expect(withoutLoggedLead('NullReferenceException: while reading: System.IO.IOException: x')).toBe('NullReferenceException: while reading: System.IO.IOException: x');
  });

  it('near miss: the runtime\'s own prefixes are not a logger\'s lead: a quoted exception after them stays in the message', () => {
    expect(fp(`Unhandled exception. System.InvalidOperationException: Import failed: System.IO.IOException: The disk is full.${frames}`).type).toBe('System.InvalidOperationException');
    for (const line of ['---> System.InvalidOperationException: Import failed: System.IO.IOException: x', '--- End of inner exception stack trace ---', 'at Shop.Store.Save(Exception e: System.IO.IOException: x)']) expect(withoutLoggedLead(line)).toBe(line);
  });

  it('near miss: a lead before a name that is not a namespaced exception type is left alone', () => {
    for (const line of ['Update failed: Shop.Store: not ready', 'Update failed: IOException: disk', 'Retrying: System.Exceptional.Value: 3']) expect(withoutLoggedLead(line)).toBe(line);
  });
});

describe("a .NET header in a JSON logger's field, pasted from the middle of the event", () => {
  const hangfire = loadThreadTraces('threads-33', 'dotnet').find((r) => r.source.endsWith('/issues/941'))!;

  it('real: Serilog\'s Exception field is read from its header (HangfireIO/Hangfire#941, threads-33)', () => {
    const x = fp(hangfire.stacktrace!);
    expect(x.type).toBe('System.NullReferenceException');
    expect(x.culprit).toMatch(/^Hangfire\.Dashboard\.Pages\.FailedJobsPage\.Execute/);
  });

  it('a field with or without a space after its key reads as the header alone', () => {
    expect(withoutLoggedLead('Save failed","Exception":"System.IO.IOException: The disk is full.')).toBe('System.IO.IOException: The disk is full.');
    expect(withoutLoggedLead('Save failed", "Exception": "System.IO.IOException: The disk is full.')).toBe('System.IO.IOException: The disk is full.');
  });

  it('real: a record whose line breaks were lost reads its header after the message\'s space (dotnet/orleans#8854)', () => {
    const orleans = loadThreadTraces('threads-33', 'dotnet').find((r) => r.source.endsWith('/issues/8854'))!;
    expect(fp(orleans.stacktrace!).type).toBe('System.InvalidOperationException');
    expect(withoutLoggedLead('warn: Shop.Api[0] Saving failed System.IO.IOException: The disk is full.')).toBe('System.IO.IOException: The disk is full.');
    // a type not followed by `: ` is no header
    expect(withoutLoggedLead('warn: Shop.Api[0] retried after System.IO.IOException twice')).toBe('warn: Shop.Api[0] retried after System.IO.IOException twice');
  });

  it('near miss: a quoted type that is no header (no `: ` after it) is left alone', () => {
    const line = 'Save failed","ExceptionType":"System.IO.IOException","Retry":true';
    expect(withoutLoggedLead(line)).toBe(line);
  });
});
