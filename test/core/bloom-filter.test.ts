// The Bloom filter behind the LMDB writer's dedupe checks: a string added is always "maybe
// there" (a false "absent" would store a retried event twice), and a filter sized for its load
// says "absent" for nearly every string it never saw (else it saves no reads).
import { expect, it } from 'vitest';
import { BloomFilter } from '../../src/core/bloom-filter.js';

const key = (i: number) => `s:${i.toString(16).padStart(32, '0')}:${(i * 7919).toString(16).padStart(16, '0')}:0`;

it('never says a string it was given is absent', () => {
  const filter = new BloomFilter(16, 5);
  for (let i = 0; i < 20_000; i++) filter.add(key(i));
  // Overfull on purpose (20,000 strings in 65,536 bits): still no false "absent".
  for (let i = 0; i < 20_000; i++) expect(filter.mayContain(key(i))).toBe(true);
  expect(filter.added).toBe(20_000);
});

it('says absent for nearly every string it never saw, at the load it is sized for', () => {
  // 2^20 bits and five positions for 100,000 strings: about 0.8 % false positives.
  const filter = new BloomFilter(20, 5);
  for (let i = 0; i < 100_000; i++) filter.add(key(i));
  let falsePositives = 0;
  for (let i = 100_000; i < 200_000; i++) if (filter.mayContain(key(i))) falsePositives++;
  expect(falsePositives / 100_000).toBeLessThan(0.02);
  // And an empty filter holds nothing.
  expect(new BloomFilter(10, 3).mayContain(key(1))).toBe(false);
});

it('refuses a size it cannot hold', () => {
  expect(() => new BloomFilter(4, 3)).toThrow(RangeError);
  expect(() => new BloomFilter(32, 3)).toThrow(RangeError);
});
