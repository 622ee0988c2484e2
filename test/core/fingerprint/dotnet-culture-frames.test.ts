// .NET prints a frame's words in the UI culture (dotnet-culture.ts): `在 … 位置 …:行号 N`
// on a Chinese server, `в … в …:строка N` on a Russian one. And a web form or tracker may run a
// trace's frames together on one line. Before, such traces read no frame: SiteServer CMS's error
// pages (every page's null dereference one signature per language: frames on one line, Chinese
// `在`) and Wox's Chinese and Russian crash reports were known by their localized message alone,
// so one failure was two signatures across cultures and different failures of one culture one
// (threads-8, dotnet P 0.16 R 0.53 before).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { englishFrameLine, splitRunTogetherFrames } from '../../../src/core/fingerprint/dotnet-culture.js';
import { loadThreadTraces } from './thread-traces.js';

const fp = createFingerprinter();
const rows = loadThreadTraces('threads-8', 'dotnet');
const sigOf = (source: string, index = 0) => {
  const r = rows.filter((x) => x.source.endsWith(source))[index];
  return fp.fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace }).fingerprint;
};

describe('.NET frames in other cultures and run together', () => {
  it('groups one SiteServer page across cultures and frame forms (cms#1132 English, #980, #1106 Chinese)', () => {
    expect(sigOf('cms/issues/1132')).toBe(sigOf('cms/issues/980'));
    expect(sigOf('cms/issues/1132')).toBe(sigOf('cms/issues/1106'));
    expect(sigOf('cms/issues/1235')).toBe(sigOf('cms/issues/1241')); // the GovInteract plugin's OnInit, English and Chinese
  });

  it("keeps SiteServer's pages apart though they share the localized message", () => {
    const pages = ['cms/issues/1106', 'cms/issues/1551', 'cms/issues/847', 'cms/issues/1606', 'cms/issues/1241'].map((s) => sigOf(s));
    expect(new Set(pages).size).toBe(pages.length);
  });

  it("groups Wox's start-up lambda in English, Russian and Chinese reports (Wox#728, #736, #757)", () => {
    expect(sigOf('Wox/issues/736')).toBe(sigOf('Wox/issues/728'));
    expect(sigOf('Wox/issues/757')).toBe(sigOf('Wox/issues/728'));
    expect(sigOf('Wox/issues/1432')).not.toBe(sigOf('Wox/issues/757')); // another lambda, same Chinese message
  });

  it('reads a frame whose location a paste cut short (Wox#4050 beside #4134)', () => {
    expect(sigOf('Wox/issues/4050')).toBe(sigOf('Wox/issues/4134'));
  });

  it('rewrites only frame lines, into the English form', () => {
    expect(englishFrameLine('   在 Wox.App.<OnStartup>b__8_0() 位置 C:\\projects\\wox\\Wox\\App.xaml.cs:行号 48')).toBe('   at Wox.App.<OnStartup>b__8_0() in C:\\projects\\wox\\Wox\\App.xaml.cs:line 48');
    // German, from a real log quoted in a C# file: `Zeile`, and a period after the number.
    expect(englishFrameLine('bei cashboxNet.Configuration.AddMwstRelevanteAbschlussbuchung(String buchung) in D:\\cashbox\\Configuration.cs:Zeile 311.')).toBe('at cashboxNet.Configuration.AddMwstRelevanteAbschlussbuchung(String buchung) in D:\\cashbox\\Configuration.cs:line 311');
    // Near misses: prose in those languages, a method without a type, English lines.
    for (const line of ['en route (por la mañana)', 'в Москве (2019)', 'bei main(argv)', '   at Shop.Orders.Run() in C:\\src\\Orders.cs:line 12', '   at Object.<anonymous> (/app/index.js:3:9)']) expect(englishFrameLine(line)).toBe(line);
    expect(splitRunTogetherFrames('   at A.B.M(Object sender, EventArgs e)   at A.C.N()')).toEqual(['   at A.B.M(Object sender, EventArgs e)', '   at A.C.N()']);
    expect(splitRunTogetherFrames('Object reference not set  at all (A.B)')).toEqual(['Object reference not set  at all (A.B)']);
  });

  it('leaves traces of other runtimes to their parsers', () => {
    expect(parseStacktrace("TypeError: Cannot read properties of undefined (reading 'x')\n    at Object.<anonymous> (/app/index.js:3:9)\n    at Module._compile (node:internal/modules/cjs/loader:1105:14)").runtime).toBe('javascript');
    expect(parseStacktrace('java.lang.IllegalStateException: boom\n\tat com.shop.Orders.run(Orders.java:12)').runtime).toBe('java');
    expect(parseStacktrace('Se produjo un error en el pedido (A.B)\nen el servidor de la tienda').runtime).toBe('unknown');
  });
});
