// A crash printed through logcat's threadtime layout, Android's default (`logcat -v threadtime`:
// the Android developer docs' "Logcat command-line tool"): every line opens with the time, the
// pid and the thread id, then the priority letter and the tag, `05-20 16:27:45.067 22646 22646 E
// AndroidRuntime: ` (stacktrace/detect.ts withoutLineHeaders). The header is cut through the tag:
// cut after the thread id, `E AndroidRuntime: ` stayed before every frame. Found in threads-14
// (issue-thread-traces-14.test.ts): MAUI's invalid-IL crash (dotnet/maui#7367) read as no frame;
// a Java app's crash in the same layout (drrayy001/FlowBytes#6) read as nothing at all.
import { describe, expect, it } from 'vitest';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const maui = loadThreadTraces('threads-14', 'dotnet').find((r) => r.source.endsWith('dotnet/maui/issues/7367'))!;

// drrayy001/FlowBytes#6 (2024), a release build's NullPointerException at splash-screen exit, its
// classes renamed by R8 (`ip3.G0`); the first frames as pasted.
const flowBytes = [
  '08-29 06:50:05.261 25392 25392 E AndroidRuntime: FATAL EXCEPTION: main',
  '08-29 06:50:05.261 25392 25392 E AndroidRuntime: Process: com.ray.flowmeter, PID: 25392',
  "08-29 06:50:05.261 25392 25392 E AndroidRuntime: java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.Class java.lang.Object.getClass()' on a null object reference",
  '08-29 06:50:05.261 25392 25392 E AndroidRuntime:        at ip3.G0(r8-map-id-42f6690adb59951b3a03930fa27cc21c71782457b9e9901a9f7bd2a3958a2875:9)',
  '08-29 06:50:05.261 25392 25392 E AndroidRuntime:        at lu1.w(r8-map-id-42f6690adb59951b3a03930fa27cc21c71782457b9e9901a9f7bd2a3958a2875:7)',
  '08-29 06:50:05.261 25392 25392 E AndroidRuntime:        at fp3.onSplashScreenExit(r8-map-id-42f6690adb59951b3a03930fa27cc21c71782457b9e9901a9f7bd2a3958a2875:143)',
  '08-29 06:50:05.261 25392 25392 E AndroidRuntime:        at android.window.SplashScreen$SplashScreenManagerGlobal.dispatchOnExitAnimation(SplashScreen.java:274)',
].join('\n');

describe("a trace behind logcat's threadtime header", () => {
  it('real: a .NET crash on Android (dotnet/maui#7367) reads its exception chain and frames', () => {
    const parsed = parseStacktrace(maui.stacktrace!);
    expect(parsed.runtime).toBe('dotnet');
    expect(parsed.exceptions.map((e) => e.type)).toContain('System.InvalidProgramException');
    expect(parsed.exceptions.some((e) => e.frames.some((f) => f.function === 'CreatePlatformElement'))).toBe(true);
  });

  it('real: a Java crash in the same layout (drrayy001/FlowBytes#6) reads its header and frames', () => {
    const parsed = parseStacktrace(flowBytes);
    expect(parsed.runtime).toBe('java');
    expect(parsed.exceptions[0]).toMatchObject({ type: 'java.lang.NullPointerException' });
    expect(parsed.exceptions[0].frames[0]).toMatchObject({ module: 'ip3', function: 'G0' });
  });

  it('near miss: the same crash copied without the header parses to the same exception', () => {
    const bare = flowBytes.split('\n').map((l) => l.slice('08-29 06:50:05.261 25392 25392 E AndroidRuntime: '.length)).join('\n');
    expect(parseStacktrace(bare).exceptions).toEqual(parseStacktrace(flowBytes).exceptions);
  });
});
