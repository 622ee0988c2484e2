// A Go slice-to-array conversion's panic names the array's length, a constant of the type the
// statement converts to, and the slice's, the data (go-array-conversion-length.ts). Real Go 1.26
// messages (programs/go-bugs-23/nearmiss) recorded under frameHeader's real stack (go-bugs-23).
import { describe, expect, it } from 'vitest';
import { withGoArrayLengthNamed } from '../../../src/core/fingerprint/go-array-conversion-length.js';
import { fingerprintsUnder, nearMiss } from './go-bugs-23-near-misses.js';

describe("a Go slice-to-array conversion's array length", () => {
  it('is named as a word; the slice length stays a number', () => {
    expect(withGoArrayLengthNamed(nearMiss('[16]byte from 3'))).toBe('runtime error: cannot convert slice with length 3 to array or pointer to array with length ArrayLen_lq');
    expect(withGoArrayLengthNamed('index out of range [4] with length 2')).toBe('index out of range [4] with length 2');
  });

  it('keeps conversions to two array types apart at one crash site, and one type with two slice lengths together', () => {
    const [fourFromOne, fourFromThree, two, sixteen] = fingerprintsUnder("frameHeader converts a short frame to its header", [
      nearMiss('[4]byte from 1'),
      nearMiss('[4]byte from 3'),
      nearMiss('[2]byte from 1'),
      nearMiss('[16]byte from 3'),
    ]);
    expect(fourFromThree).toBe(fourFromOne);
    expect(new Set([fourFromOne, two, sixteen]).size).toBe(3);
  });
});
