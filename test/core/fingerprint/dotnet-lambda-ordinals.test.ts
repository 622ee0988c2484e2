// A Roslyn lambda's name, `<Method>b__<method ordinal>_<lambda ordinal>`, keeps its lambda ordinal
// (docs/fingerprinting.md, names): the method ordinal moves whenever a method is added above it in
// the type, the lambda's ordinal in its method does not, and it tells two lambdas of one method
// apart. Before, both ordinals were masked, and two App Center issues of Fluff's SinglePostView
// (EpsiRho/Fluff#23 and #22: `<FillThread>b__13_0`, `<FillThread>b__12_1`, one type and message)
// were one signature.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { loadThreadTraces } from './thread-traces.js';

const fp = createFingerprinter();
const sig = (stacktrace: string) => fp.fingerprint({ source: 'span', service: 'app', type: 'System.NullReferenceException', message: 'Object reference not set to an instance of an object.', stacktrace });
const trace = (frame: string) => `System.NullReferenceException: Object reference not set to an instance of an object.\n   at ${frame} in C:\\src\\Shop\\Orders.cs:line 42\n   at Shop.Orders.Run() in C:\\src\\Shop\\Orders.cs:line 12`;

describe('.NET lambda ordinals', () => {
  it("keeps two lambdas of one method apart (Fluff's App Center issues)", () => {
    const rows = loadThreadTraces('threads-7', 'dotnet').filter((r) => r.group.startsWith('dotnet:t7:fluff-fillthread'));
    const by = (g: string) => rows.filter((r) => r.group === g).map((r) => fp.fingerprint({ source: 'span', service: 'fluff', type: r.type, message: r.message, stacktrace: r.stacktrace }).fingerprint);
    const thirteen = by('dotnet:t7:fluff-fillthread-lambda-13-index');
    const twelve = by('dotnet:t7:fluff-fillthread-lambda-12-index');
    expect(new Set(thirteen).size).toBe(1); // one lambda from two releases
    expect(thirteen[0]).not.toBe(twelve[0]);
  });

  it('keeps one lambda one signature when its method ordinal moves between builds', () => {
    // The ordinals of SrvSurvey's cargo lambda in two builds (threads-6): b__175_0, b__171_0.
    expect(sig(trace('Shop.Game.<>c.<onJournalEntry>b__175_0()')).fingerprint).toBe(sig(trace('Shop.Game.<>c.<onJournalEntry>b__171_0()')).fingerprint);
    expect(sig(trace('Shop.Game.<>c.<onJournalEntry>b__175_0()')).fingerprint).not.toBe(sig(trace('Shop.Game.<>c.<onJournalEntry>b__175_1()')).fingerprint);
  });

  it('leaves the other generated names as they were', () => {
    // Near misses: an older compiler's one-number lambda (a counter over the type), a local
    // function's `|0_1`, an async state machine: their numbers still do not contribute.
    expect(sig(trace('Shop.Game.<Main>b__3()')).fingerprint).toBe(sig(trace('Shop.Game.<Main>b__7()')).fingerprint);
    expect(sig(trace('Shop.Game.<Main>g__Local|0_1()')).fingerprint).toBe(sig(trace('Shop.Game.<Main>g__Local|4_2()')).fingerprint);
    expect(sig(trace('Shop.Game.<Load>d__12.MoveNext()')).fingerprint).toBe(sig(trace('Shop.Game.<Load>d__15.MoveNext()')).fingerprint);
  });
});
