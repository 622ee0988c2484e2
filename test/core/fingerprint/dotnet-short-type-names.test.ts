// ASP.NET Core's developer exception page, Unity's console and crash reporters print an
// exception's type by its short name (`NullReferenceException: …`), Exception.ToString() by its
// full one (`System.NullReferenceException: …`): one failure, two type chains. Found in threads-19
// (issue-thread-traces-19.test.ts): the .NET 6 Router.Refresh prerender bug pasted as the page
// (dotnet/aspnetcore#38945, #40593) and as the console trace (#43763) was two signatures. A bare
// name that is one of the runtime's own types reads as its full name
// (src/core/fingerprint/dotnet-system-types.ts); any other bare name stays as it is.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const row = (collection: string, source: string) => loadThreadTraces(collection, 'dotnet').find((r) => r.source.endsWith(source))!;
const fingerprintOf = (r: { type?: string; message?: string; stacktrace?: string }, runtime?: string) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'web', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime });

describe('.NET types printed by their short name', () => {
  it('real: the developer page and the console trace of one bug are one signature (dotnet/aspnetcore#38945, #40593, #43763)', () => {
    const page = fingerprintOf(row('threads-19', 'dotnet/aspnetcore/issues/38945'));
    const tabs = fingerprintOf(row('threads-19', 'dotnet/aspnetcore/issues/40593'));
    const console = fingerprintOf(row('threads-19', 'dotnet/aspnetcore/issues/43763'));
    expect(page.type).toBe('System.NullReferenceException');
    expect(page.fingerprint).toBe(console.fingerprint);
    expect(tabs.fingerprint).toBe(console.fingerprint);
  });

  it("real near misses: a bare name the runtime does not declare stays as it is (Unity's UnassignedReferenceException, PontusAhlin/HorrorGame#71; SqlClient's SqlException, openiddict/openiddict-core#1153)", () => {
    const unity = row('threads-11', 'PontusAhlin/HorrorGame/issues/71');
    expect(parseStacktrace(unity.stacktrace!).exceptions[0].type).toBe('UnassignedReferenceException');
    const sql = row('threads-14', 'openiddict/openiddict-core/issues/1153');
    expect(parseStacktrace(sql.stacktrace!).exceptions[0].type).toBe('SqlException');
  });

  it('near misses: names two libraries declare, namespaced names and other runtimes keep their type', () => {
    const page = (type: string) => `${type}: The JSON value could not be converted.\nShop.Api.Orders.Read(string body, int id)`;
    // System.Text.Json's and Newtonsoft.Json's JsonException: a bare name does not say which.
    expect(parseStacktrace(page('JsonException'), 'dotnet').exceptions[0].type).toBe('JsonException');
    // A full name is read as written, the runtime's or a library's of the same short name.
    expect(parseStacktrace('System.IO.IOException: disk full\n   at Shop.Files.Save(String path)', 'dotnet').exceptions[0].type).toBe('System.IO.IOException');
    expect(parseStacktrace('Shop.Errors.TimeoutException: no reply\n   at Shop.Files.Save(String path)', 'dotnet').exceptions[0].type).toBe('Shop.Errors.TimeoutException');
    // A type given by a span of another runtime is not read as .NET's.
    const py = fingerprintOf({ type: 'TimeoutException', message: 'no reply', stacktrace: 'Traceback (most recent call last):\n  File "/app/shop/files.py", line 3, in save\n    raise TimeoutException("no reply")\nTimeoutException: no reply' });
    expect(py.type).toBe('TimeoutException');
  });

  it("an exception.type attribute given by its short name reads as the stack's full one", () => {
    const stack = 'System.TimeoutException: no reply\n   at Shop.Files.Save(String path) in /src/Shop/Files.cs:line 12';
    expect(fingerprintOf({ type: 'TimeoutException', message: 'no reply', stacktrace: stack }).fingerprint)
      .toBe(fingerprintOf({ type: 'System.TimeoutException', message: 'no reply', stacktrace: stack }).fingerprint);
  });
});
