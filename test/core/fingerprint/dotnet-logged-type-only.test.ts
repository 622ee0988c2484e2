// A logger that writes a .NET exception's type and not its message (`"Exception: " +
// ex.GetType().FullName`, the frames under it): the type alone at the line's end after `: ` is
// the header (dotnet-logged-lead.ts). Npgsql 3.2.5's Cleanup NullReferenceException from the
// issue and from a second report written so is one signature (npgsql/npgsql#1667, threads-34,
// issue-thread-traces-34.test.ts); a type named among other words is not a header.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withoutLoggedLead } from '../../../src/core/fingerprint/dotnet-logged-lead.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const cleanup = loadThreadTraces('threads-34', 'dotnet').filter((r) => r.group === 'dotnet:t34:npgsql-connector-cleanup-nre');
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });
const frames = '\n   at Shop.Store.Save(Order order) in /src/Shop/Store.cs:line 40\n   at Shop.Api.Checkout() in /src/Shop/Api.cs:line 12';

describe("a .NET exception's type logged alone after a label", () => {
  it('real: the two reports of one Npgsql NullReferenceException are one signature (npgsql/npgsql#1667)', () => {
    expect(cleanup).toHaveLength(2);
    expect(new Set(signaturesInOrder(cleanup)).size).toBe(1);
  });

  it('real: the label is not the type', () => {
    const logged = cleanup.find((r) => r.stacktrace!.startsWith('Exception: '))!;
    expect(fp(logged.stacktrace!).type).toBe('System.NullReferenceException');
  });

  it('the type alone after a label or a logger\'s message is the header, its message empty', () => {
    expect(withoutLoggedLead('Exception: System.NullReferenceException')).toBe('System.NullReferenceException');
    expect(withoutLoggedLead('2026-12-06 09:30:00 [ERR] Saving the order failed: System.IO.IOException')).toBe('System.IO.IOException');
    expect(fp(`Exception: System.IO.IOException${frames}`).type).toBe('System.IO.IOException');
  });

  it('near miss: two types logged so are two signatures', () => {
    expect(fp(`Exception: System.IO.IOException${frames}`).fingerprint).not.toBe(fp(`Exception: System.UnauthorizedAccessException${frames}`).fingerprint);
  });

  it('near miss: a type named among a message\'s words, or not after `: `, is not a header', () => {
    for (const line of ['Exception: caught System.IO.IOException twice', 'Exception: caught System.IO.IOException', 'retrying after System.IO.IOException', 'Exception: IOException', 'Exception: Shop.Store.NotReady']) expect(withoutLoggedLead(line)).toBe(line);
  });

  it('near miss: a line that is already a header keeps its type, its message the type it names', () => {
    const line = 'System.InvalidOperationException: System.IO.IOException';
    expect(withoutLoggedLead(line)).toBe(line);
    expect(fp(`${line}${frames}`).type).toBe('System.InvalidOperationException');
  });
});
