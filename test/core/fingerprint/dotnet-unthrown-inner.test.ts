// Kestrel 1.1's connection reset while a request body is read, as three threads pasted it
// (threads-22, issue-thread-traces-22.test.ts): an AggregateException whose `--->` ends its line,
// the same chain on one line, and the IOException logged without the AggregateException. Three
// rules make the first and the third one signature (the second's stored excerpt ends before the
// third library frame, which the other two key on):
// - a line ending in `--->` continues on the next when that one opens an exception
//   (dotnet-arrow-line-end.ts);
// - an inner exception that has no frames was made and handed to its wrapper, never thrown
//   (.NET fills StackTrace only when an exception is thrown,
//   https://learn.microsoft.com/dotnet/api/system.exception.stacktrace): without an in-app frame,
//   the innermost exception that has frames is the crash site's, not that frameless one;
// - AggregateException, like a reflection wrapper, only says how the failing task was waited for
//   (Task.Wait wraps, await rethrows the inner exception:
//   https://learn.microsoft.com/dotnet/standard/parallel-programming/exception-handling-task-parallel-library).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { joinArrowAtLineEnd } from '../../../src/core/fingerprint/dotnet-arrow-line-end.js';
import { parseDotnet } from '../../../src/core/fingerprint/stacktrace/dotnet.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const dotnet = loadThreadTraces('threads-22', 'dotnet');
const row = (url: string) => dotnet.find((r) => r.source === url)!;
const wrappedAfterArrow = row('https://github.com/aspnet/KestrelHttpServer/issues/1814');
const oneLine = row('https://github.com/aspnet/KestrelHttpServer/issues/1182');
const unwrapped = row('https://github.com/aspnet/KestrelHttpServer/issues/1857');
const writeSide = row('https://github.com/aspnet/KestrelHttpServer/issues/882');

const signature = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

describe('a .NET inner exception that was never thrown, and its chain wrapped after the arrow', () => {
  it('real: the reset wrapped after the arrow and logged without AggregateException is one signature (KestrelHttpServer#1814, #1857)', () => {
    expect(new Set(signaturesInOrder([wrappedAfterArrow, unwrapped])).size).toBe(1);
  });

  it('real: the one-line chain keys on the IOException\'s frames, not the frameless UvException (#1182)', () => {
    const r = signature(oneLine.stacktrace!);
    expect(r.type).toBe('System.IO.IOException');
    expect(r.explain.join('\n')).toContain('top library frames contribute: Microsoft.AspNetCore.Server.Kestrel.Internal.Http.SocketInput.CheckConnectionError');
  });

  it('real: the arrow at the end of a line keeps the chain (#1814)', () => {
    const types = parseDotnet(wrappedAfterArrow.stacktrace!).exceptions.map((e) => e.type);
    expect(types).toEqual(['System.AggregateException', 'System.IO.IOException', 'Microsoft.AspNetCore.Server.Kestrel.Internal.Networking.UvException']);
  });

  it('near miss: the reset while the response is written (Kestrel RC1, #882) stays apart', () => {
    expect(new Set(signaturesInOrder([unwrapped, writeSide])).size).toBe(2);
  });

  it('near miss: an arrow before a frame or a blank line is not joined', () => {
    const lines = ['System.Exception: outer --->', '   at Shop.Api.Run()', 'x --->', '', 'System.IO.IOException: y'];
    expect(joinArrowAtLineEnd(lines)).toEqual(lines);
  });

  it('near miss: the frameless inner exception under an outer raised in another library stays apart', () => {
    const under = (frames: string) => `System.IO.IOException: Error -4077 ECONNRESET connection reset by peer ---> Microsoft.AspNetCore.Server.Kestrel.Internal.Networking.UvException: Error -4077 ECONNRESET connection reset by peer\n   --- End of inner exception stack trace ---\n${frames}`;
    const read = signature(under('   at Microsoft.AspNetCore.Server.Kestrel.Internal.Http.SocketInput.CheckConnectionError()\n   at Microsoft.AspNetCore.Server.Kestrel.Internal.Http.SocketInputExtensions.<PeekAsyncAwaited>d__3.MoveNext()'));
    const written = signature(under('   at Microsoft.AspNetCore.Server.Kestrel.Internal.Http.SocketOutput.WriteAsync()\n   at Microsoft.AspNetCore.Server.Kestrel.Internal.Http.Frame.WriteChunked()'));
    expect(read.fingerprint).not.toBe(written.fingerprint);
  });

  it('near miss: the innermost exception with frames of its own is still the crash site\'s', () => {
    const r = signature('System.InvalidOperationException: outer ---> System.FormatException: bad number\n   at System.Number.ParseInt32(String s)\n   --- End of inner exception stack trace ---\n   at Newtonsoft.Json.JsonReader.ReadAsInt32()');
    expect(r.explain.join('\n')).toContain('System.Number.ParseInt32');
  });

  it('near miss: an AggregateException thrown alone keeps its type, and one around another failure stays apart', () => {
    const alone = signature('System.AggregateException: One or more errors occurred.\n   at System.Threading.Tasks.Task.Wait()');
    expect(alone.type).toBe('System.AggregateException');
    const other = signature('System.AggregateException: One or more errors occurred. ---> System.TimeoutException: The operation has timed out.\n   at Microsoft.AspNetCore.Server.Kestrel.Internal.Http.SocketInput.CheckConnectionError()\n   at Microsoft.AspNetCore.Server.Kestrel.Internal.Http.SocketInputExtensions.<PeekAsyncAwaited>d__3.MoveNext()');
    expect(new Set([signaturesInOrder([unwrapped])[0], other.fingerprint]).size).toBe(2);
  });
});
