// The .NET runtime's event text read as its `Description:` row and the exception it names
// (src/core/fingerprint/dotnet-runtime-event.ts). Event texts from the threads named beside them;
// the 1023s are in os-logs-src/windows.txt.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { withDotnetRuntimeEventDescription } from '../../../src/core/fingerprint/dotnet-runtime-event.js';
import { resolveAliases } from '../../helpers/loghub.js';

function signatures(bodies: string[]): string[] {
  const fp = createFingerprinter();
  return resolveAliases(bodies.map((body) => fp.fingerprint({ source: 'log', service: 'windows-eventlog', body, severityText: 'ERROR' })));
}

// dotnet/runtime#36660 (.NET Core 3.1) and Devolutions/UniGetUI#2056 (.NET 8, as Event Viewer shows it)
const INTERNAL_CORE31 = 'Application: NameOfMyApp.exe\nCoreCLR Version: 4.700.19.60701\n.NET Core Version: 3.1.1\nDescription: The process was terminated due to an internal error in the .NET Runtime at IP 00007FFF06600F8B (00007FFF06470000) with exit code c0000006.';
const INTERNAL_NET8 = 'Application: WingetUI.exe\nCoreCLR Version: 8.0.324.11423\n.NET Version: 8.0.3\nDescription: The process was terminated due to an internal error in the .NET Runtime at IP 0x00007FFCFDE9C5E4 (0x00007FFCFDD10000) with exit code 0x80131506.';
// srwi/EverythingToolbar#125 and kangyu-california/PersistentWindows#296 (.NET Framework), their first frame
const UNHANDLED_NRE = 'Application: Explorer.EXE\nFramework Version: v4.0.30319\nDescription: The process was terminated due to an unhandled exception.\nException Info: System.NullReferenceException\n   at EverythingToolbar.ToolbarControl.OnUnloaded(System.Object, System.Windows.RoutedEventArgs)';
const UNHANDLED_RANGE = 'Application: PersistentWindows.exe\nFramework Version: v4.0.30319\nDescription: The process was terminated due to an unhandled exception.\nException Info: System.ArgumentOutOfRangeException\n   at System.String.Substring(Int32, Int32)';

describe("the .NET runtime's event text", () => {
  it('is its description: one internal error of two apps and two runtimes is one signature', () => {
    const [core31, net8] = signatures([INTERNAL_CORE31, INTERNAL_NET8]);
    expect(core31).toBe(net8);
    expect(withDotnetRuntimeEventDescription(INTERNAL_NET8)).toBe('The process was terminated due to an internal error in the .NET Runtime at IP 0x00007FFCFDE9C5E4 (0x00007FFCFDD10000) with exit code 0x80131506.');
  });

  it('names the exception of an unhandled one: two exception types, two signatures, neither the internal error', () => {
    const [nre, range, internal] = signatures([UNHANDLED_NRE, UNHANDLED_RANGE, INTERNAL_NET8]);
    expect(new Set([nre, range, internal]).size).toBe(3);
    expect(withDotnetRuntimeEventDescription(UNHANDLED_NRE)).toBe('The process was terminated due to an unhandled exception. Exception Info: System.NullReferenceException');
  });

  it('keeps other texts that open with `Application:` as they were', () => {
    const kept = (text: string) => expect(withDotnetRuntimeEventDescription(text)).toBe(text);
    // No version row: an application's own report.
    kept('Application: billing\nDescription: nightly export failed');
    // The rows out of the runtime's order.
    kept('Application: X.exe\nDescription: The process was terminated due to an unhandled exception.\nFramework Version: v4.0.30319');
    // A sentence, not a row of a name.
    kept('Application: started in 4.2s');
    // Version rows but no description after them.
    kept('Application: X.exe\nFramework Version: v4.0.30319\nException Info: System.Exception');
  });
});
