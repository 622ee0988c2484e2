// Where no frame was read, the member a runtime's null read names (`reading 'classList'`,
// `property 'value' of null`, `no attribute 'exe'`, ``method `name' for nil``) keeps two
// messages apart (null-read-member.ts). Before, the miner took it for a value: Cookie Notice's
// and WooCommerce's `(reading <*>`, Jetpack's `classList` and Yoast's and HESH's `value` of null
// were one signature each (threads-9 javascript P 0.083).
import { describe, expect, it } from 'vitest';
import { createFingerprinter } from '../../../src/core/fingerprint/index.js';
import { nullReadMemberIndex } from '../../../src/core/fingerprint/null-read-member.js';
import { loadThreadTraces, type ThreadTrace } from './thread-traces.js';

const pick = (runtime: string, sources: string[]) => {
  const rows = loadThreadTraces('threads-9', runtime);
  return sources.map((s) => rows.find((r) => r.source.endsWith(s))!);
};
// One fingerprinter (one miner) for the rows, in order, as a service would see them.
const sigs = (rows: ThreadTrace[]) => {
  const fp = createFingerprinter();
  return rows.map((r) => fp.fingerprint({ source: 'span', service: 'app', type: r.type, message: r.message, stacktrace: r.stacktrace }).fingerprint);
};

describe('the member a null read names, where no frame was read', () => {
  it("keeps Cookie Notice's classList apart from WooCommerce's addEventListener (cookie-notice#68, woocommerce#55275)", () => {
    const [a, b] = sigs(pick('javascript', ['cookie-notice/issues/68', 'woocommerce/issues/55275']));
    expect(a).not.toBe(b);
  });

  it("keeps Jetpack's classList apart from Yoast's value, both `Cannot read property … of null` (jetpack#18901, wordpress-seo#3455)", () => {
    const [a, b] = sigs(pick('javascript', ['jetpack/issues/18901', 'wordpress-seo/issues/3455']));
    expect(a).not.toBe(b);
  });

  it('keeps one message one signature (the two Cookie Notice pastes; Yoast and HESH, one message word for word)', () => {
    const [a, b, c, d] = sigs(pick('javascript', ['cookie-notice/issues/68', 'post-views-counter/issues/44', 'wordpress-seo/issues/3455', 'HESH-WordPress-Plugin/issues/49']));
    expect(a).toBe(b);
    expect(c).toBe(d);
  });

  it('leaves a crash site deciding as before: two members read on nil in one action stay one (HearthStats#285, #205)', () => {
    const [a, b] = sigs(pick('ruby', ['hearthstats/issues/285', 'hearthstats/issues/205']));
    expect(a).toBe(b);
  });

  it("finds the member in each runtime's wording, and only there", () => {
    const at = (m: string) => nullReadMemberIndex(m.split(/\s+/));
    expect(at("Cannot read properties of null (reading 'classList')")).toBe(6);
    expect(at("Cannot read property 'value' of null")).toBe(3);
    expect(at("'NoneType' object has no attribute 'exe'")).toBe(5);
    expect(at("undefined method `name' for nil:NilClass")).toBe(2);
    // A missing attribute of a real object, a value in quotes, a message of the application's own.
    expect(at("'Shortcut' object has no attribute 'tags'")).toBe(-1);
    expect(at("object of type 'NoneType' has no len()")).toBe(-1);
    expect(at("undefined method `entries' for 301:Fixnum")).toBe(-1);
  });
});
