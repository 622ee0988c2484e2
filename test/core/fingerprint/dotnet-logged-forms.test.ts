// Forms a .NET exception takes in a host's log, found in threads-4 (issue-thread-traces-4.test.ts):
// the logger's own lines before the exception (Microsoft.Extensions.Logging's `fail:
// Category[EventId]` and message, EF Core's `An exception occurred in the database …`), and an
// exception printed without its stack, whose cause is only its ` ---> Inner: message` line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

interface Row { group: string; source: string; type?: string; message?: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-4/dotnet.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fingerprintOf = (group: string) => {
  const r = rows.find((x) => x.group.endsWith(group))!;
  return createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });
};

describe("a .NET exception after its logger's lines", () => {
  it('takes the exception line as the header, not the category line or the message above it', () => {
    const text = 'fail: Microsoft.AspNetCore.Server.Kestrel[13]\n      Connection id "0HL09": An unhandled exception was thrown by the application.\nSystem.NullReferenceException: Object reference not set to an instance of an object.\n   at Shop.Api.Orders.Get(Int32 id) in /src/Orders.cs:line 12\n';
    const [e] = parseStacktrace(text).exceptions;
    expect(e).toMatchObject({ type: 'System.NullReferenceException', message: 'Object reference not set to an instance of an object.' });
    expect(e.frames[0]).toMatchObject({ function: 'Get', line: 12 });
  });

  it('near misses: a header on the first line stays the header, an undotted one too, and a message line below it is message', () => {
    const first = parseStacktrace('Shop.OrderException: order 7 failed\nShop.Detail: more text\n   at Shop.Api.Orders.Get(Int32 id) in /src/Orders.cs:line 12\n').exceptions[0];
    expect(first).toMatchObject({ type: 'Shop.OrderException', message: 'order 7 failed\nShop.Detail: more text' });
    const bare = parseStacktrace('Oops: bad input\n   at Shop.Api.Orders.Get(Int32 id) in /src/Orders.cs:line 12\n').exceptions[0];
    expect(bare).toMatchObject({ type: 'Oops', message: 'bad input' });
  });

  it("real: Kestrel's log of the app's own ParsingException keeps its message (C9Glax/tranga#504)", () => {
    const r = fingerprintOf('tranga-kavita-gettoken');
    expect(r.message).toBe('Could not connect to the Library instance');
    expect(r.message).not.toContain('Kestrel');
  });
});

describe('a .NET exception printed without its stack', () => {
  it("is read as .NET by its ` ---> Ns.Inner: message` line, the inner exception's message the cause", () => {
    const text = "An exception occurred in the database while saving changes for context type 'Shop.Data.ShopContext'.\nMicrosoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.\n ---> Npgsql.PostgresException (0x80004005): 23502: null value in column \"Code\" violates not-null constraint\n";
    const parsed = parseStacktrace(text);
    expect(parsed.runtime).toBe('dotnet');
    expect(parsed.exceptions.map((e) => e.type)).toEqual(['Microsoft.EntityFrameworkCore.DbUpdateException', 'Npgsql.PostgresException']);
    expect(parsed.exceptions[1].message).toContain('violates not-null constraint');
  });

  it('near misses: an arrow in prose, or before an undotted word, is no .NET inner exception', () => {
    expect(parseStacktrace('step one ---> step two: done\n').runtime).not.toBe('dotnet');
    expect(parseStacktrace('Error: outer\n ---> Timeout: inner\n').runtime).not.toBe('dotnet');
  });

  it("real: EF Core's log of a not-null violation is no longer one signature with every DbUpdateException (happy-travel/agent-app-project#1347, Atrejoe/Inky-Calendar-Server#103)", () => {
    const notNull = fingerprintOf('happytravel-netstorming-code-notnull');
    expect(notNull.message).toContain('violates not-null constraint');
    expect(notNull.fingerprint).not.toBe(fingerprintOf('inkycal-bugsnag-dbupdate').fingerprint);
  });
});
