// strconv.NumError quotes the input it could not read: one value, spaces and all
// (go-strconv-input.ts). Real Go 1.26 messages (programs/go-bugs-23/nearmiss) recorded under
// importLine's real span stack (go-bugs-23).
import { describe, expect, it } from 'vitest';
import { withGoStrconvInputJoined } from '../../../src/core/fingerprint/go-strconv-input.js';
import { fingerprintsUnder, nearMiss } from './go-bugs-23-near-misses.js';

describe("strconv's quoted input", () => {
  it('is joined into one value, in a message and in a JSON log line that quotes it', () => {
    expect(withGoStrconvInputJoined(nearMiss('ParseFloat EUR 2.50'))).toBe('strconv.ParseFloat: parsing "EUR_2.50": invalid syntax');
    expect(withGoStrconvInputJoined('{"err":"strconv.ParseFloat: parsing \\"12 000\\": invalid syntax"}')).toBe('{"err":"strconv.ParseFloat: parsing \\"12_000\\": invalid syntax"}');
    expect(withGoStrconvInputJoined('parsing "a b": not strconv')).toBe('parsing "a b": not strconv');
  });

  it('one parse with inputs with and without spaces is one signature; another function or reason is another', () => {
    const [spaced, plain, manySpaces, atoi, range] = fingerprintsUnder('importLine cannot read the price', [
      nearMiss('ParseFloat EUR 2.50'),
      nearMiss('ParseFloat 4,99'),
      nearMiss('ParseFloat 12 000 000'),
      nearMiss('Atoi ten'),
      nearMiss('ParseFloat 1e999'),
    ]);
    expect(plain).toBe(spaced);
    expect(manySpaces).toBe(spaced);
    expect(new Set([spaced, atoi, range]).size).toBe(3);
  });
});
