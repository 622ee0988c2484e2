// App Center's frames as a device in another UI culture printed them: the runtime's `Word_At`
// before the callee (`在 Ns.T.M(…);Ns` in Chinese, `в Ns.T.M(…);Ns` in Russian; dotnet-culture.ts),
// and a constructor's `..ctor` in a localized frame. Found in threads-18
// (issue-thread-traces-18.test.ts): the PS4 PS2 Classics GUI's MessageBox crash, from an
// English build with file lines and from Chinese and Russian machines, was three signatures —
// read as no App Center report, the localized two lost their constructor frame and their type.
import { describe, expect, it } from 'vitest';
import { appCenterAsToString } from '../../../src/core/fingerprint/app-center-report.js';
import { englishFrameLine, withoutLocalizedAtWord } from '../../../src/core/fingerprint/dotnet-culture.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces, signaturesInOrder } from './thread-traces.js';

const crash = loadThreadTraces('threads-18', 'dotnet').filter((r) => r.group === 'dotnet:t18:ps2-classics-gui-messagebox-ctor-invalid-op');

describe("App Center's frames in another culture's words", () => {
  it('reads the frame after the culture\'s `at` word, a constructor included, and the Reason as the header', () => {
    const [, chinese] = crash;
    const [e] = parseStacktrace(chinese.stacktrace!).exceptions;
    expect(e.type).toBe('System.InvalidOperationException');
    expect(e.frames.map((f) => f.function)).toEqual(['ctor', 'client_DownloadFileCompleted']);
    expect(withoutLocalizedAtWord('в Shop.App.Cart..ctor(String s);Shop.App.Cart')).toBe('Shop.App.Cart..ctor(String s);Shop.App.Cart');
    expect(englishFrameLine('   en PKHeX.WinForms.Main..ctor()')).toBe('   at PKHeX.WinForms.Main..ctor()');
  });

  it('real: one crash from English, Chinese and Russian machines is one signature (xXxTheDarkprogramerxXx/PS3Tools#42, #43, #81)', () => {
    expect(crash).toHaveLength(3);
    expect(new Set(signaturesInOrder(crash)).size).toBe(1);
  });

  it('near misses: prose after such a word, and a localized line whose tail is not the callee\'s namespace, are left as they are', () => {
    for (const text of ['en route (to the depot);done\n', 'в Shop.Cart.Load();Other.Place\n']) expect(appCenterAsToString(text)).toBe(text);
    expect(withoutLocalizedAtWord('en route (to the depot)')).toBe('en route (to the depot)');
  });
});
