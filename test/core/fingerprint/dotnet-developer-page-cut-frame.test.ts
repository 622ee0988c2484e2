// The developer exception page pasted up to a frame cut before its `)`: the frame pattern read a
// parameter list as a repeated `Type name, ` group and backtracked without end on such a line, so
// fingerprinting the paste never returned. Found in threads-19 (issue-thread-traces-19.test.ts):
// dotnet/aspnetcore#40593, the page's title, tab bar and frames ending mid-parameter list.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { looksLikeDeveloperPage } from '../../../src/core/fingerprint/dotnet-developer-page.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const row = (source: string) => loadThreadTraces('threads-19', 'dotnet').find((r) => r.source.endsWith(source))!;
const fingerprintOf = (r: { type?: string; message?: string; stacktrace?: string }) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'web', type: r.type, message: r.message, stacktrace: r.stacktrace }).fingerprint;

describe("the developer exception page cut mid-frame", () => {
  it('real: the page cut inside a parameter list is read, as the same failure pasted as a whole page (dotnet/aspnetcore#40593, #38945)', () => {
    const cut = row('dotnet/aspnetcore/issues/40593');
    const page = row('dotnet/aspnetcore/issues/38945');
    expect(parseStacktrace(cut.stacktrace!).exceptions[0].frames[0]).toMatchObject({ module: 'Microsoft.AspNetCore.Components.Routing.Router', function: 'Refresh' });
    expect(fingerprintOf(cut)).toBe(fingerprintOf(page));
  });

  it('near misses: a cut frame alone is no page frame; a whole frame under the exception line still is', () => {
    const exception = 'NullReferenceException: Object reference not set to an instance of an object.';
    expect(looksLikeDeveloperPage(`${exception}\nShop.Render.Tree.Init(ref DiffContext diffContext, int frameIndex`)).toBe(false);
    expect(looksLikeDeveloperPage(`${exception}\nShop.Render.Tree.Init(DiffContext diffContext, int frameIndex)`)).toBe(true);
    expect(looksLikeDeveloperPage(`${exception}\nShop.Render.Tree.Init(a, b)`)).toBe(false);
  });
});
