import { describe, expect, it } from 'vitest';
import { MAX_DURATION_MS, parseDuration } from '../../src/core/duration.js';

describe('parseDuration', () => {
  it('reads what people type', () => {
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration(' 1.5h ')).toBe(5_400_000);
    expect(parseDuration('2w')).toBe(1_209_600_000);
    expect(parseDuration('250')).toBe(250);
    expect(parseDuration(30_000)).toBe(30_000);
    expect(parseDuration('36525d')).toBe(MAX_DURATION_MS);
  });

  it('refuses what is not a duration or overflows, instead of an Invalid Date later', () => {
    for (const bad of ['soon', '-5m', '5 minutes', '1e3s', '', '99999999999999999999d', '36526d', '9'.repeat(400), '1000000000000000w']) {
      expect(parseDuration(bad), bad).toBeUndefined();
    }
    for (const bad of [-1, Infinity, NaN, MAX_DURATION_MS + 1]) expect(parseDuration(bad), String(bad)).toBeUndefined();
  });
});
