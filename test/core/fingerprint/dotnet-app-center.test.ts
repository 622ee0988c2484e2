// App Center's crash reports of .NET apps as its issue-tracker integration writes them (found in
// threads-6, issue-thread-traces-6.test.ts): one frame a paragraph, `;Namespace` after each, a
// location `in <file> at <line>:<column>`, the exception under `### Reason ###`. Read as no frame
// before, two apps' NullReferenceExceptions without a message were one signature.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { appCenterAsToString } from '../../../src/core/fingerprint/app-center-report.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';

interface Row { group: string; source: string; type?: string; message?: string; stacktrace?: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/threads-6/dotnet.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const fingerprintOf = (source: string) => {
  const r = rows.find((x) => x.source.endsWith(source))!;
  return createFingerprinter().fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace });
};

describe("App Center's crash report of a .NET app", () => {
  it('reads each frame, its file and line where the app shipped symbols, and the Reason as the header', () => {
    const text = '### Version 5.0.9.0 ###\n\n### Stacktrace ###\n\nShop.App.Cart.<Load>d__4.MoveNext() in C:\\src\\Shop.App\\Cart.cs at 62:21;Shop.App.Cart\n\nShop.App.Cart.<Refresh_Click>d__5.MoveNext() in  at 16707566:0;Shop.App.Cart\n\nShop.Forms.Page.Show (System.Object sender) [0x0001b] in <0c185152babc4929909e2e2b7cc15966>:0;Shop.Forms\n\n### Reason ###\n\nSystem.NullReferenceException: Object reference not set to an instance of an object.\n\n### Link to App Center ###\n';
    const [e] = parseStacktrace(text).exceptions;
    expect(e).toMatchObject({ type: 'System.NullReferenceException', message: 'Object reference not set to an instance of an object.' });
    expect(e.frames.map((f) => `${f.module}.${f.function}`)).toEqual(['Shop.App.Cart.<Load>d__4.MoveNext', 'Shop.App.Cart.<Refresh_Click>d__5.MoveNext', 'Shop.Forms.Page.Show']);
    expect(e.frames[0]).toMatchObject({ file: 'C:\\src\\Shop.App\\Cart.cs', line: 62 });
    expect(e.frames[1].file).toBeUndefined();
  });

  it('near misses: a statement with a `;` whose tail is not the callee\'s namespace, and text without such lines, are left as they are', () => {
    for (const text of ['render(view);done\n', 'Shop.Cart.Load();Other.Place\n', 'System.Exception: a; b\n   at Shop.Cart.Load()\n']) expect(appCenterAsToString(text)).toBe(text);
    expect(parseStacktrace('render(view);done\nload(items);next\n').runtime).not.toBe('dotnet');
  });

  it('real: two apps\' null dereferences without a message are two signatures, one app\'s from three builds one (predictive-technology-laboratory/sensus#633; bluto56/bugtestingprod#14, #26, #17)', () => {
    const sensus = fingerprintOf('sensus/issues/633');
    const demo = ['bugtestingprod/issues/14', 'bugtestingprod/issues/26', 'bugtestingprod/issues/17'].map(fingerprintOf);
    expect(sensus.culprit).toContain('Sensus.UI.ProtocolPage');
    expect(demo[0].culprit).toContain('CrashesContentPage.TriggerNullReferenceException');
    expect(new Set(demo.map((d) => d.fingerprint)).size).toBe(1);
    expect(sensus.fingerprint).not.toBe(demo[0].fingerprint);
  });

  it('real: a UWP app\'s frames with their file are read, two builds one signature (SimpleAppProjects/SimpleWeather-NET#883, #887)', () => {
    const [a, b] = ['SimpleWeather-NET/issues/883', 'SimpleWeather-NET/issues/887'].map(fingerprintOf);
    expect(a.culprit).toContain('WeatherNow');
    expect(a.fingerprint).toBe(b.fingerprint);
  });
});
