// Where no frame was read, the property PHP's own null-read messages name keeps two messages
// apart, as V8's, CPython's and the browsers' already did (null-read-member.ts): PHP 8's `Attempt
// to read property "id" on null` (a Laravel log line's head, an Ignition title) and PHP 7.4's
// `Trying to get property 'id' of non-object`. Found in threads-19 (issue-thread-traces-19.test.ts):
// WebErpMesv2's HomeController reading `->id` and its TaskStatu component reading
// `->component_id`, two statements a year apart, mined to one template.
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { nullReadMemberIndex } from '../../../src/core/fingerprint/null-read-member.js';
import { loadThreadTraces, type ThreadTrace } from './thread-traces.js';

const rows = loadThreadTraces('threads-19', 'php');
const pick = (sources: string[]) => sources.map((s) => rows.find((r) => r.source.endsWith(s))!);
// One fingerprinter (one miner) for the inputs, in order, as a service would see them.
const sigs = (inputs: Pick<ThreadTrace, 'type' | 'message' | 'stacktrace'>[]) => {
  const fp = createFingerprinter();
  return inputs.map((r) => fp.fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace }).fingerprint);
};

describe("the property PHP's null reads name, where no frame was read", () => {
  it('real: keeps WebErpMesv2\'s "id" apart from its "component_id" (SMEWebify/WebErpMesv2#195, #449)', () => {
    const [a, b] = sigs(pick(['WebErpMesv2/issues/195', 'WebErpMesv2/issues/449']));
    expect(a).not.toBe(b);
  });

  it('near misses: one property read on null from two requests stays one signature, in either version\'s wording', () => {
    const php8 = sigs([
      { type: 'ErrorException', message: 'Attempt to read property "id" on null' },
      { type: 'ErrorException', message: 'Attempt to read property "id" on null' },
    ]);
    expect(php8[0]).toBe(php8[1]);
    const php7 = sigs([
      { type: 'ErrorException', message: "Trying to get property 'id' of non-object" },
      { type: 'ErrorException', message: "Trying to get property 'id' of non-object" },
    ]);
    expect(php7[0]).toBe(php7[1]);
  });

  it("finds the property in PHP's wordings, and only there", () => {
    const at = (m: string) => nullReadMemberIndex(m.split(/\s+/));
    expect(at('Attempt to read property "description" on null')).toBe(4);
    expect(at('Attempt to assign property "total" on bool')).toBe(4);
    expect(at('Attempt to read property "name" on array')).toBe(4);
    expect(at("Trying to get property 'id' of non-object")).toBe(4);
    // PHP before 7.4 named no property; other attempts' quoted words are not members.
    expect(at('Trying to get property of non-object')).toBe(-1);
    expect(at('Attempt to read file "config.json" on disk')).toBe(-1);
    expect(at('Attempt to read property "id" from cache')).toBe(-1);
  });
});
