// Mono numbers a type's lambdas with one counter (`<Build>m__0`, `<Build>m__1`), which moves when a
// lambda is added above, so a lambda is keyed by its method alone (`Weekly.Build.lambda`,
// stacktrace/dotnet.ts): two lambdas of one method were one signature. The library function the
// method called to run the lambda (the frame right above the method: `Enumerable.ToList`,
// `Enumerable.Count`) now tells them apart (src/core/fingerprint/exception.ts). Rows from a real
// run of test/fixtures/fingerprint/programs/dotnet-bugs-12 (Mono 6.8): Weekly.Build's Select and
// Where lambdas each reading through a null, in three builds (build 2 adds a lambda above them:
// m__1 and m__2; build 3 is a release build without line numbers).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { dotnetProfile } from '../../../src/core/fingerprint/stacktrace/dotnet.js';

interface Row { failure: string; build: string; type: string; message: string; stacktrace: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/dotnet-bugs-12.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const prints = (failure: string) => {
  const fp = createFingerprinter();
  return new Set(rows.filter((r) => r.failure === failure).map((r) => fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'dotnet' }).fingerprint));
};

describe('two Mono lambdas of one method', () => {
  it('are two signatures, each one across three builds whose counter moved', () => {
    const address = prints('Weekly.Build order without an address');
    const coupon = prints('Weekly.Build order without a coupon');
    expect(rows.filter((r) => r.failure === 'Weekly.Build order without a coupon').map((r) => /<Build>m__\d/.exec(r.stacktrace)?.[0])).toEqual(['<Build>m__1', '<Build>m__1', '<Build>m__2', '<Build>m__2', '<Build>m__2', '<Build>m__2']);
    expect(address.size).toBe(1);
    expect(coupon.size).toBe(1);
    expect([...address][0]).not.toBe([...coupon][0]);
  });

  it('names the lambda by what ran it', () => {
    const r = rows.find((x) => x.failure === 'Weekly.Build order without a coupon')!;
    const explain = createFingerprinter().fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'dotnet' }).explain;
    expect(explain.some((e) => e.startsWith('crash site: Shop.Digests.Weekly.Build.lambda run by System.Linq.Enumerable.Count'))).toBe(true);
  });

  it("near miss: a compiler's numbered lambda, Roslyn's ordinal kept, is not one", () => {
    expect(dotnetProfile.unnumberedLambda?.({ function: '<Build>m__0', module: 'Shop.Digests.Weekly' })).toBe(true);
    expect(dotnetProfile.unnumberedLambda?.({ function: '<Build>b__3', module: 'Shop.Digests.Weekly' })).toBe(true);
    expect(dotnetProfile.unnumberedLambda?.({ function: '<Build>b__12_1', module: 'Shop.Digests.Weekly' })).toBe(false);
    expect(dotnetProfile.unnumberedLambda?.({ function: 'Build', module: 'Shop.Digests.Weekly' })).toBe(false);
  });

  it("near miss: dotnet-bugs-12's other failures stay one signature each, and apart", () => {
    const all = new Set(rows.map((r) => r.failure));
    const seen = new Set<string>();
    for (const f of all) {
      const p = prints(f);
      expect(p.size, f).toBe(1);
      seen.add([...p][0]);
    }
    expect(seen.size).toBe(all.size);
  });
});
