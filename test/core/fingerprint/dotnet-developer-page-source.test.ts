// The developer exception page's frames that name their file (`Method() in File.cshtml`, the
// summary's `…, line 44`) and the source the page shows under them (a `+` button, the failing line
// of code): read as no frame, the page's copy of a Razor view's failure was known by the page's
// heading alone. Found in threads-51 (issue-thread-traces-51.test.ts): Covenant#169, the page's
// copy of the listener view's NRE that Covenant#130 quotes as console records.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { looksLikeDeveloperPage } from '../../../src/core/fingerprint/dotnet-developer-page.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const rows = loadThreadTraces('threads-51', 'dotnet');
const fingerprintOf = (stacktrace: string) => createFingerprinter().fingerprint({ source: 'span', service: 'web', stacktrace }).fingerprint;

const NRE = 'NullReferenceException: Object reference not set to an instance of an object.';
/** A page as the browser copies it: the summary, then the Stack tab with a view's source line. */
const page = (view: string, code: string) =>
  [
    'An unhandled exception occurred while processing the request.',
    NRE,
    `Shop.Views.${view}.ExecuteAsync() in ${view}.cshtml, line 9`,
    '',
    NRE,
    `Shop.Views.${view}.ExecuteAsync() in ${view}.cshtml`,
    '+',
    code,
    'Microsoft.AspNetCore.Mvc.Razor.RazorView.RenderPageCoreAsync(IRazorPage page, ViewContext context)',
    'Microsoft.AspNetCore.Mvc.Razor.RazorView.RenderAsync(ViewContext context)',
  ].join('\n');

describe("the developer exception page's frames with their file and source", () => {
  it('real: the page copy of Covenant#169 reads the view\'s lambda first, one signature with #130\'s console records', () => {
    const copy = rows.find((r) => r.source.endsWith('cobbr/Covenant/issues/169'))!.stacktrace!;
    const frames = parseStacktrace(copy).exceptions[0].frames;
    expect(frames[0].module).toContain('Views_Listener__CreateBridgeListener');
    expect(frames.map((f) => f.function)).toContain('GetChildContentAsync');
    for (const r of rows.filter((x) => x.source.endsWith('cobbr/Covenant/issues/130'))) expect(fingerprintOf(copy)).toBe(fingerprintOf(r.stacktrace!));
  });

  it('the summary alone, the Stack tab alone and ToString() of one failure are one signature; the source line is no frame', () => {
    const whole = page('Home_Index', '    <h1>@Model.Title</h1>');
    const stackTab = whole.split('\n').slice(4).join('\n');
    const summary = whole.split('\n').slice(0, 3).join('\n');
    const toString = `System.${NRE}\n   at Shop.Views.Home_Index.ExecuteAsync() in /src/Views/Home/Index.cshtml:line 9\n   at Microsoft.AspNetCore.Mvc.Razor.RazorView.RenderPageCoreAsync(IRazorPage page, ViewContext context)`;
    expect(fingerprintOf(stackTab)).toBe(fingerprintOf(whole));
    expect(fingerprintOf(summary)).toBe(fingerprintOf(whole));
    expect(fingerprintOf(toString)).toBe(fingerprintOf(whole));
    expect(parseStacktrace(stackTab).exceptions[0].frames.map((f) => f.function)).toEqual(['ExecuteAsync', 'RenderPageCoreAsync', 'RenderAsync']);
  });

  it('near misses: two views are two signatures; a call without parameters and without a file, or a file without an exception line above, is no page frame', () => {
    expect(fingerprintOf(page('Home_Index', '    <h1>@Model.Title</h1>'))).not.toBe(fingerprintOf(page('Cart_Index', '    <h1>@Model.Title</h1>')));
    expect(looksLikeDeveloperPage(`${NRE}\nShop.Views.Home_Index.ExecuteAsync()`)).toBe(false);
    expect(looksLikeDeveloperPage(`see the log\nShop.Views.Home_Index.ExecuteAsync() in Index.cshtml, line 9`)).toBe(false);
    expect(looksLikeDeveloperPage(`${NRE}\nShop.Views.Home_Index.ExecuteAsync() in Index.cshtml, line 9`)).toBe(true);
  });
});
