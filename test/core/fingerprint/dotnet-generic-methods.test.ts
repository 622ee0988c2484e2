// A .NET generic method prints its type parameters where its type arguments are not
// (`Shop.Billing.Api.Read[T]`): one decoding helper a service reads every request body with, as
// a generic type's method is (generic-code-callers.test.ts). A real Mono 6.8 service
// (programs/dotnet-bugs-4, Newtonsoft.Json 6) read a line item and a cart through
// `Api.Read<T>`: a fraction where an integer was declared, in either, was one crash site and one
// signature. The first in-app caller that is not generic joins the crash site.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDotnet } from '../../../src/core/fingerprint/stacktrace/dotnet.js';
import { dotnetProfile } from '../../../src/core/fingerprint/stacktrace/dotnet.js';
import { fingerprintLabelled, mergedFailures, splitFailures } from './failure-groups.js';

interface Row { failure: string; build: string; type: string; message: string; stacktrace: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/dotnet-bugs-4.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

describe('a .NET generic method', () => {
  it("tells its callers apart, one signature each across three builds", () => {
    const mine = rows.filter((r) => r.failure === 'Lines.Parse qty not an integer' || r.failure === 'Carts.Count line qty not an integer');
    expect(mine).toHaveLength(12);
    const results = fingerprintLabelled(mine, (r) => ({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'dotnet' }));
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
  });

  it("is generic code; a generic type's method is as before, and a plain method is not", () => {
    const frames = parseDotnet(rows.find((r) => r.failure === 'Carts.Count line qty not an integer')!.stacktrace).exceptions[0].frames;
    const read = frames.find((f) => f.function === 'Read')!;
    expect(dotnetProfile.genericCode!(read)).toBe(true);
    expect(dotnetProfile.genericCode!(frames.find((f) => f.function === 'Count')!)).toBe(false);
    // Near miss: `Dictionary`2[TKey,TValue].get_Item` is a generic type's method, not a generic method.
    const dictionary = parseDotnet(rows.find((r) => r.failure === 'Nightly.Run currency unknown')!.stacktrace).exceptions[1].frames[0];
    expect(dictionary.function).toBe('get_Item');
    expect(dictionary.genericMethod).toBeUndefined();
  });
});
