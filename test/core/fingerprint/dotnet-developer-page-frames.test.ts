// ASP.NET Core's developer exception page copied as text: `Type: message`, then the frames as
// the page's Stack tab prints them, the method with its parameters' types and names and without
// `at `. Found in threads-12 (issue-thread-traces-12.test.ts): a scaffolded controller's missing
// DbContext and cloudscribe's missing navigation service read as no frame.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { parseStacktrace } from '../../../src/core/fingerprint/stacktrace/detect.js';
import { loadThreadTraces } from './thread-traces.js';

const row = (source: string) => loadThreadTraces('threads-12', 'dotnet').find((r) => r.source.endsWith(source))!;
const fingerprintOf = (r: { type?: string; message?: string; stacktrace?: string }) =>
  createFingerprinter().fingerprint({ source: 'span', service: 'web', type: r.type, message: r.message, stacktrace: r.stacktrace });

describe("the developer exception page's frames", () => {
  it('real: the frame under the exception line is read (ErikEJ/SqlCeToolbox#559, cloudscribe.Web.Navigation#9)', () => {
    const mycore = parseStacktrace(row('ErikEJ/SqlCeToolbox/issues/559').stacktrace!);
    expect(mycore.runtime).toBe('dotnet');
    expect(mycore.exceptions[0].frames).toMatchObject([{ module: 'Microsoft.Extensions.Internal.ActivatorUtilities', function: 'GetService' }]);
    const cloudscribe = parseStacktrace(row('cloudscribe.Web.Navigation/issues/9').stacktrace!);
    expect(cloudscribe.exceptions[0].frames).toMatchObject([{ module: 'Microsoft.Extensions.DependencyInjection.ActivatorUtilities', function: 'GetService' }]);
  });

  it('real: the page and ToString() print one failure with one signature', () => {
    const r = row('ErikEJ/SqlCeToolbox/issues/559');
    const toString = `System.InvalidOperationException: ${r.message}\n   at Microsoft.Extensions.Internal.ActivatorUtilities.GetService(IServiceProvider sp, Type type, Type requiredBy, bool isDefaultParameterRequired)`;
    expect(fingerprintOf({ ...r, stacktrace: toString }).fingerprint).toBe(fingerprintOf(r).fingerprint);
  });

  it("near misses: a call without typed parameters, a method line without an exception line above it, and Java's frames are no page frames", () => {
    expect(parseStacktrace('TypeError: x is undefined\nwidget.render(a, b)').runtime).not.toBe('dotnet');
    expect(parseStacktrace('see the log\nShop.Orders.Place(int id)').runtime).not.toBe('dotnet');
    const java = 'java.lang.IllegalStateException: boom\n\tat com.shop.Orders.place(Orders.java:12)';
    expect(parseStacktrace(java).runtime).toBe('java');
  });
});
