// Kestrel 2.0's connection reset while a request body is read, as Application Insights' call stack
// (aspnet/KestrelHttpServer#2615) and as an NLog line `EXCEPTION OCCURRED:type|message|method|stack`
// copied from a log viewer that HTML-escaped it (#2995) (threads-22,
// issue-thread-traces-22.test.ts): one failure, two signatures until the fields were read
// (dotnet-pipe-fields.ts) and the escaped frames unescaped (dotnet-escaped-frame.ts).
import { describe, expect, it } from 'vitest';
import { pipeFieldsAsToString } from '../../../src/core/fingerprint/dotnet-pipe-fields.js';
import { unescapedFrameLine } from '../../../src/core/fingerprint/dotnet-escaped-frame.js';
import { parseDotnet } from '../../../src/core/fingerprint/stacktrace/dotnet.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const dotnet = loadThreadTraces('threads-22', 'dotnet');
const row = (url: string) => dotnet.find((r) => r.source === url)!;
const insights = row('https://github.com/aspnet/KestrelHttpServer/issues/2615');
const nlog = row('https://github.com/aspnet/KestrelHttpServer/issues/2995');
const writeSide = row('https://github.com/aspnet/KestrelHttpServer/issues/882');

describe("an exception's fields on one line, and frames HTML-escaped", () => {
  it('real: the reset in Application Insights and in an escaped NLog line is one signature (KestrelHttpServer#2615, #2995)', () => {
    expect(new Set(signaturesInOrder([insights, nlog])).size).toBe(1);
  });

  it('real: the NLog line reads as its type, its message and its first frame (#2995)', () => {
    const [e] = parseDotnet(nlog.stacktrace!).exceptions;
    expect(e.type).toBe('Microsoft.AspNetCore.Server.Kestrel.Transport.Abstractions.Internal.ConnectionResetException');
    expect(e.message).toBe('Error -4077 ECONNRESET connection reset by peer');
    expect(e.frames[0].function).toBe('ThrowFailed');
    expect(e.frames.some((f) => (f.module ?? '').endsWith('MessageBody.<ReadAsync>d__22'))).toBe(true);
  });

  it('near miss: the write-side reset of another Kestrel (#882) stays apart', () => {
    expect(new Set(signaturesInOrder([nlog, writeSide])).size).toBe(2);
  });

  it('near miss: a log line of fields without an exception type, and a frame of a local function, are left as they are', () => {
    // Nethermind's NLog records (NethermindEth/nethermind#966): date|thread|message|exception message.
    const record = '2019-11-05 22:11:01.8210|75|Connection id "0HLR1EROQTJJG", Request id "0HLR1EROQTJJG:00000001": An unhandled exception was thrown by the application.|Unexpected end of request content.';
    expect(pipeFieldsAsToString(record)).toEqual([record]);
    const frame = '   at Microsoft.AspNetCore.Mvc.Infrastructure.ResourceInvoker.<InvokeResultAsync>g__Logged|22_0(ResourceInvoker invoker, IActionResult result)';
    expect(pipeFieldsAsToString(frame)).toEqual([frame]);
  });

  it('near miss: character references outside a frame line stay', () => {
    const message = 'System.Exception: Tom &amp; Jerry &lt;3';
    expect(unescapedFrameLine(message)).toBe(message);
    expect(unescapedFrameLine('   at Pipe.GetResult(ReadResult&amp; result)')).toBe('   at Pipe.GetResult(ReadResult& result)');
  });
});
