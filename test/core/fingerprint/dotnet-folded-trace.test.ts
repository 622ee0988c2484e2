// A whole .NET trace folded onto one line, its header and ToString()'s markers too
// (src/core/fingerprint/dotnet-culture.ts, splitRunTogetherFrames). Found in threads-11
// (issue-thread-traces-11.test.ts): Jackett's rarbg indexer test printed Mono's exception chain,
// frames and `--- End of inner exception stack trace ---` on one line, which read as no frame and
// one exception whose message was the whole line.
import { describe, expect, it } from 'vitest';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const jackett = loadThreadTraces('threads-11', 'dotnet').find((r) => r.source.endsWith('Jackett/Jackett/issues/2699'))!;

describe('a .NET trace folded onto one line', () => {
  it("real: the chain, the innermost exception's frames and the outer ones are read (Jackett/Jackett#2699)", () => {
    const parsed = parseStacktrace(jackett.stacktrace!);
    expect(parsed.runtime).toBe('dotnet');
    expect(parsed.exceptions.map((e) => e.type)).toEqual(['Jackett.IndexerException', 'System.Net.Http.HttpRequestException', 'System.Net.WebException', 'System.Net.Sockets.SocketException']);
    expect(parsed.exceptions[3].frames.map((f) => f.function)).toEqual(['Connect', 'Connect']);
    expect(parsed.exceptions[2].frames.map((f) => f.function)).toEqual(['EndGetResponse', 'FromAsyncCoreLogic']); // the rethrow's ExceptionDispatchInfo.Throw is no frame of its own
    expect(parsed.exceptions[3].message).toBe('Connection refused');
  });

  it('near misses: a message naming one frame, frames run together after their own `at`, and a trace on its lines read as before', () => {
    const once = parseStacktrace('System.InvalidOperationException: failed  at Shop.Cart.Total(Int32 n) while pricing\n   at Shop.Api.Get() in /src/Api.cs:line 3');
    expect(once.exceptions[0].message).toBe('failed  at Shop.Cart.Total(Int32 n) while pricing');
    expect(once.exceptions[0].frames.map((f) => f.function)).toEqual(['Get']);
    const together = parseStacktrace('System.NullReferenceException: Object reference not set to an instance of an object.\n   at Shop.Page.Page_Load(Object sender, EventArgs e)   at System.Web.UI.Control.LoadRecursive()');
    expect(together.exceptions[0].frames.map((f) => f.function)).toEqual(['Page_Load', 'LoadRecursive']);
    const lines = parseStacktrace('System.Exception: outer ---> System.IO.IOException: inner\n   at Shop.Disk.Read() in /src/Disk.cs:line 4\n   --- End of inner exception stack trace ---\n   at Shop.Api.Get() in /src/Api.cs:line 3');
    expect(lines.exceptions.map((e) => e.frames.map((f) => f.function))).toEqual([['Get'], ['Read']]);
  });
});
