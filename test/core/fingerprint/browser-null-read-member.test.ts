// Where no frame was read, the member Firefox's and Safari's own null-read messages name keeps
// two messages apart, as V8's already did (null-read-member.ts): Firefox's `can't access
// property "runtime", s is undefined` and Safari's `undefined is not an object (evaluating
// 'e.indexOf')`, of whose expression the last member is kept. Found in threads-10
// (issue-thread-traces-10.test.ts): CRXJS's and Unlock Keyboard's Firefox console copies, and
// console.log-wrapper's and sc-boardwalk's Safari console lines, mined to one template each
// (javascript P 0.5 there).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { memberWord, nullReadMemberIndex } from '../../../src/core/fingerprint/null-read-member.js';
import { loadThreadTraces, type ThreadTrace } from './thread-traces.js';

const rows = loadThreadTraces('threads-10', 'javascript');
const pick = (sources: string[]) => sources.map((s) => rows.find((r) => r.source.endsWith(s))!);
// One fingerprinter (one miner) for the inputs, in order, as a service would see them.
const sigs = (inputs: Pick<ThreadTrace, 'type' | 'message' | 'stacktrace'>[]) => {
  const fp = createFingerprinter();
  return inputs.map((r) => fp.fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace }).fingerprint);
};

describe("the member Firefox's and Safari's null reads name, where no frame was read", () => {
  it('real: keeps CRXJS\'s "runtime" apart from Unlock Keyboard\'s "active" (crxjs/chrome-extension-tools#1063, code-charity/unlock-keyboard-and-mouse#10)', () => {
    const [a, b] = sigs(pick(['chrome-extension-tools/issues/1063', 'unlock-keyboard-and-mouse/issues/10']));
    expect(a).not.toBe(b);
  });

  it("real: keeps console.log-wrapper's substr apart from the webcomponents polyfill's indexOf, both Safari's (patik/console.log-wrapper#33, swarmcity/sc-boardwalk#409)", () => {
    const [a, b] = sigs(pick(['console.log-wrapper/issues/33', 'sc-boardwalk/issues/409']));
    expect(a).not.toBe(b);
  });

  it("near misses: one member read through a minifier's other names stays one signature, in either browser's wording", () => {
    const safari = sigs([
      { type: 'TypeError', message: "undefined is not an object (evaluating 'e.indexOf')" },
      { type: 'TypeError', message: "undefined is not an object (evaluating 't.indexOf')" },
    ]);
    expect(safari[0]).toBe(safari[1]);
    const firefox = sigs([
      { type: 'TypeError', message: 'can\'t access property "runtime", s is undefined' },
      { type: 'TypeError', message: 'can\'t access property "runtime", n is undefined' },
    ]);
    expect(firefox[0]).toBe(firefox[1]);
  });

  it("finds the member in the browsers' wordings, and only there", () => {
    const at = (m: string) => nullReadMemberIndex(m.split(/\s+/));
    expect(at('can\'t access property "runtime", s is undefined')).toBe(3);
    expect(at("undefined is not an object (evaluating 'suffix.substr')")).toBe(6);
    expect(at("undefined is not a function (evaluating 'this._applyPrecision()')")).toBe(6);
    expect(memberWord("'suffix.substr')")).toBe("'substr')");
    expect(memberWord("'this._applyPrecision()')")).toBe("'_applyPrecision')");
    expect(memberWord('"runtime",')).toBe('"runtime",');
    // Firefox's older wording names no member; an expression with an operand of its own is not a member chain.
    expect(at('e is undefined')).toBe(-1);
    expect(at("undefined is not a function (evaluating 'u.default[\"get\"+e]()')")).toBe(-1);
    // A quoted expression outside JavaScriptCore's wording is not one.
    expect(at("Unknown column 'users.email' in 'field list'")).toBe(-1);
  });
});
