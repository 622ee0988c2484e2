// A .NET trace copied from an inner exception's line on: ` ---> Ns.Type: message` first, the
// outer exception's header left out (stacktrace/dotnet.ts LEADING_INNER). Found in threads-14
// (issue-thread-traces-14.test.ts): MAUI's invalid IL in NavigationViewHandler as
// dotnet/maui#7027 pasted it from logcat, starting at ` ---> System.InvalidProgramException: …`,
// read the whole line, marker and message, as the exception's type.
import { describe, expect, it } from 'vitest';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-14', 'dotnet');
const fromInner = () => rows.find((r) => r.source.endsWith('dotnet/maui/issues/7027'))!;
const whole = () => rows.find((r) => r.source.endsWith('dotnet/maui/issues/7367'))!;

describe("a .NET trace that starts at an inner exception's ` ---> ` line", () => {
  it('real: dotnet/maui#7027 reads the InvalidProgramException, its message and frames', () => {
    const [e] = parseStacktrace(fromInner().stacktrace!).exceptions;
    expect(e.type).toBe('System.InvalidProgramException');
    expect(e.message).toBe('Invalid IL code in Microsoft.Maui.Handlers.NavigationViewHandler:CreatePlatformView (): IL_002a: ldnull');
    expect(e.frames.map((f) => f.function)).toContain('CreatePlatformElement');
  });

  it('near miss: the whole chain (dotnet/maui#7367) still reads its first line as the outer exception and the ` ---> ` line as the inner one', () => {
    const chain = parseStacktrace(whole().stacktrace!).exceptions;
    expect(chain.map((e) => e.type)).toEqual(['android.runtime.JavaProxyThrowable', 'System.InvalidProgramException']);
  });
});
