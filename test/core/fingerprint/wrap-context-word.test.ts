// A word that is a whole segment of an error chain names the call site that wrapped the error; a
// value a wrap echoes after its label does not (wrap-context-word.ts). Real Go 1.26 messages
// (programs/go-bugs-23/nearmiss: fmt.Errorf with %w) recorded under importLine's real span stack.
import { describe, expect, it } from 'vitest';
import { isWrapContextWord } from '../../../src/core/fingerprint/wrap-context-word.js';
import { fingerprintsUnder, nearMiss } from './go-bugs-23-near-misses.js';

describe("a call site's own words in an error chain", () => {
  it('keeps two wrap sites of one error apart', () => {
    const [price, discount] = fingerprintsUnder('importLine cannot read the price', [nearMiss('wrap price'), nearMiss('wrap discount')]);
    expect(discount).not.toBe(price);
  });

  it('leaves a value echoed after its label a value: one wrap site, one signature', () => {
    const [kiwi, figs] = fingerprintsUnder('importLine cannot read the price', [nearMiss('wrap sku alice'), nearMiss('wrap sku bob')]);
    expect(figs).toBe(kiwi);
  });

  it('needs a segment on both sides', () => {
    expect(isWrapContextWord('price:', 'discount:', 'strconv.ParseFloat:', 'strconv.ParseFloat:', '<int>:', '<int>:')).toBe(true);
    expect(isWrapContextWord('kiwi:', 'figs:', 'strconv.Atoi:', 'strconv.Atoi:', 'sku', 'sku')).toBe(false);
    expect(isWrapContextWord('price:', 'discount:', 'parsing', 'parsing', '<int>:', '<int>:')).toBe(false);
  });
});
