// Visual Studio's Exception Helper details (`Message=`, `Source=`, `StackTrace:` under the type
// alone; visual-studio-exception-details.ts): the message is the exception's, so MAUI's
// HandlerNotFoundException for the ad plugin's view and for the Maps control — the same MAUI
// frames — are two signatures (marcojak/MauiMTAdmob#42, dotnet/maui-samples#291; threads-28,
// issue-thread-traces-28.test.ts); text without the helper's property lines is read as before.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { exceptionDetailsAsToString } from '../../../src/core/fingerprint/visual-studio-exception-details.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-28', 'dotnet');
const adView = rows.find((r) => r.source.endsWith('MauiMTAdmob/issues/42'))!;
const maps = rows.find((r) => r.source.endsWith('maui-samples/issues/291'))!;
const fp = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'app', stacktrace });

describe('Visual Studio\'s exception details', () => {
  it('real: the helper\'s Message= is the exception\'s message (marcojak/MauiMTAdmob#42)', () => {
    const x = fp(adView.stacktrace!);
    expect(x.type).toBe('Microsoft.Maui.Platform.HandlerNotFoundException');
    expect(x.message).toContain('MTAdView');
  });

  it('real: the same MAUI frames for another view without a handler stay apart (dotnet/maui-samples#291, its Markdown quote mark taken off)', () => {
    const mapsUnquoted = maps.stacktrace!.replace(/^> /, '');
    expect(fp(mapsUnquoted).type).toBe('Microsoft.Maui.Platform.HandlerNotFoundException');
    expect(fp(mapsUnquoted).fingerprint).not.toBe(fp(adView.stacktrace!).fingerprint);
  });

  it('reads as Exception.ToString() would print it', () => {
    const details = ['System.InvalidOperationException', '  HResult=0x80131509', '  Message=Sequence contains no elements', '  Source=System.Linq', '  StackTrace:', '   at System.Linq.ThrowHelper.ThrowNoElementsException()', '   at Shop.Cart.Total() in C:\\src\\Shop\\Cart.cs:line 40'];
    expect(exceptionDetailsAsToString(details)).toEqual(['System.InvalidOperationException: Sequence contains no elements', '   at System.Linq.ThrowHelper.ThrowNoElementsException()', '   at Shop.Cart.Total() in C:\\src\\Shop\\Cart.cs:line 40']);
  });

  it('near miss: a type alone with frames, or a Message= line without StackTrace:, is left as it is', () => {
    const bare = ['System.InvalidOperationException', '   at Shop.Cart.Total()'];
    expect(exceptionDetailsAsToString(bare)).toEqual(bare);
    const config = ['Settings.Loaded', '  Message=hello', '  Source=appsettings.json'];
    expect(exceptionDetailsAsToString(config)).toEqual(config);
  });
});
