// One namespaced method in two .NET MAUI platform heads' files (`Platforms/iOS/Program.cs`,
// `Platforms/MacCatalyst/Program.cs`, both `<App>.Program.Main` by the templates) is two methods:
// keyed by name alone they were one frame. Found in threads-26 (issue-thread-traces-26.test.ts):
// SimpleWeather's NullReferenceException in the iOS head's Program.Main, filed twice, and the
// Mac Catalyst head's, one signature.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { platformHeadOf } from '../../../src/core/fingerprint/dotnet-platform-head.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-26', 'dotnet');
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace }).fingerprint;
const NRE = 'System.NullReferenceException: Object reference not set to an instance of an object.';
const trace = (...frames: string[]) => [NRE, ...frames.map((f) => `   at ${f}`)].join('\n');

describe('the MAUI platform head a .NET frame is in', () => {
  it('real: SimpleWeather\'s Program.Main NRE on iOS (two releases) is one signature, the Mac Catalyst head\'s another', () => {
    const ios = rows.filter((r) => r.group.endsWith('simpleweather-ios-programmain-nre')).map((r) => fingerprintOf(r.stacktrace!));
    const mac = rows.filter((r) => r.group.endsWith('simpleweather-maccatalyst-programmain-nre')).map((r) => fingerprintOf(r.stacktrace!));
    expect(ios).toHaveLength(2);
    expect(ios[1]).toBe(ios[0]);
    expect(mac).toHaveLength(1);
    expect(mac[0]).not.toBe(ios[0]);
  });

  it('near misses: one head on two build machines stays one; shared code under either head, or a head only among the callers, is one frame', () => {
    const main = 'Shop.Maui.Program.Main(String[] args) in ';
    expect(fingerprintOf(trace(`${main}/Users/dev/src/Shop/Platforms/iOS/Program.cs:line 13`))).toBe(fingerprintOf(trace(`${main}/Users/runner/work/Shop/Shop/Platforms/iOS/Program.cs:line 14`)));
    expect(fingerprintOf(trace(`${main}C:\\src\\Shop\\Platforms\\Android\\Program.cs:line 13`))).not.toBe(fingerprintOf(trace(`${main}C:\\src\\Shop\\Platforms\\Windows\\Program.cs:line 13`)));
    const shared = 'Shop.Maui.Cart.Total() in /src/Shop/Cart.cs:line 40';
    expect(fingerprintOf(trace(shared, `${main}/src/Shop/Platforms/iOS/Program.cs:line 13`))).toBe(fingerprintOf(trace(shared, `${main}/src/Shop/Platforms/MacCatalyst/Program.cs:line 13`)));
    expect(platformHeadOf('/src/Shop/Platforms/Linux/Program.cs')).toBeUndefined();
    expect(platformHeadOf('/src/Shop/MyPlatforms/iOS/Program.cs')).toBeUndefined();
    expect(platformHeadOf(undefined)).toBeUndefined();
  });
});
