// A user method a built-in called back (array_map, usort) that refuses the value in its parameter
// check is the engine's check, not the crash site: the function that called the built-in is, as a
// `called in` clause makes the caller the crash site of a direct call (stacktrace/php.ts). Real
// PHP 8.2 throwables (programs/php-bugs-25/near-misses.php).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFingerprinter, type FingerprintResult } from '../../../src/core/fingerprint/index.js';

interface Row { case: string; type: string; message: string; stacktrace: string }
const rows = readFileSync(new URL('../../fixtures/fingerprint/programs/php-bugs-25/near-misses.ndjson', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Row);

const fp = createFingerprinter();
const of = (c: string): FingerprintResult => {
  const r = rows.find((x) => x.case === c)!;
  return fp.fingerprint({ source: 'span', service: 'shop', type: r.type, message: r.message, stacktrace: r.stacktrace, runtime: 'php' });
};

describe("a called-back method's refused argument", () => {
  it('has the caller of the built-in as its crash site: two callers apart, one caller with two values one', () => {
    expect(of('all null').culprit).toMatch(/^App\\Parser\.all /);
    expect(of('column null').culprit).toMatch(/^App\\Parser\.column /);
    expect(of('sorted null').culprit).toMatch(/^App\\Parser\.sorted /);
    expect(of('all array').fingerprint).toBe(of('all null').fingerprint);
    expect(of('column array').fingerprint).toBe(of('column null').fingerprint);
    expect(new Set([of('all null').fingerprint, of('column null').fingerprint, of('sorted null').fingerprint]).size).toBe(3);
  });

  it("keeps a built-in's own argument error inside the called-back body at that body, from either caller", () => {
    expect(of('padAll').culprit).toMatch(/^App\\Parser\.pad /);
    expect(of('padColumn').fingerprint).toBe(of('padAll').fingerprint);
  });

  it('leaves a direct call to its `called in` caller, and a method the engine alone called (an exception handler) at itself', () => {
    expect(of('direct null').culprit).toMatch(/^App\\Parser\.direct /);
    expect(of('direct array').fingerprint).toBe(of('direct null').fingerprint);
    expect(of('handler').culprit).toMatch(/^App\\Handler\.handle /);
  });
});
