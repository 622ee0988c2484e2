// The fingerprinter's analysis cache (core/fingerprint/trace-cache.ts) finds traces by a hash of
// some of their characters: traces that share those characters must keep their own values, and
// the bound must hold however traces collide.
import { expect, it } from 'vitest';
import { TraceCache } from '../../../src/core/fingerprint/trace-cache.js';
import { sampledHash } from '../../../src/core/sampled-text-map.js';

/** A 1,000-character trace whose character at 130 (past the hashed head, between two samples) is `ch`. */
const variant = (ch: string) => `${'x'.repeat(130)}${ch}${'x'.repeat(869)}`;
const trace = (i: number) => `Error: boom ${i}\n${'    at handler (/app/src/routes.js:10:5)\n'.repeat(30)}`;

it('keeps a value per trace and short key, for fresh copies of the trace too', () => {
  const cache = new TraceCache<string>(100);
  cache.set(trace(1), 'a', 'one-a');
  cache.set(trace(1), 'b', 'one-b');
  cache.set(trace(2), 'a', 'two-a');
  // A copy with its own memory, as decoding the next export makes it.
  const copy = Buffer.from(trace(1)).toString();
  expect(cache.get(copy, 'a')).toBe('one-a');
  expect(cache.get(copy, 'b')).toBe('one-b');
  expect(cache.get(trace(2), 'a')).toBe('two-a');
  expect(cache.get(trace(2), 'b')).toBeUndefined();
  expect(cache.get(trace(3), 'a')).toBeUndefined();
  expect(cache.size).toBe(3);
});

it('tells apart traces that differ only where the hash does not look', () => {
  expect(sampledHash(variant('a'))).toBe(sampledHash(variant('b')));
  const cache = new TraceCache<string>(100);
  cache.set(variant('a'), 's', 'A');
  cache.set(variant('b'), 's', 'B');
  expect(cache.get(variant('a'), 's')).toBe('A');
  expect(cache.get(variant('b'), 's')).toBe('B');
  // At most four share a hash: the oldest goes, and the count follows.
  for (const ch of ['c', 'd', 'e']) cache.set(variant(ch), 's', ch.toUpperCase());
  expect(cache.get(variant('a'), 's')).toBeUndefined();
  expect(cache.get(variant('e'), 's')).toBe('E');
  expect(cache.size).toBe(4);
});

it('holds at most its bound, dropping the least recently used trace first', () => {
  const cache = new TraceCache<number>(3);
  cache.set(trace(1), 's', 1);
  cache.set(trace(2), 's', 2);
  cache.set(trace(3), 's', 3);
  expect(cache.get(trace(1), 's')).toBe(1); // trace 2 is now the least recently used
  cache.set(trace(4), 's', 4);
  expect(cache.size).toBe(3);
  expect(cache.get(trace(2), 's')).toBeUndefined();
  expect([1, 3, 4].map((i) => cache.get(trace(i), 's'))).toEqual([1, 3, 4]);
  for (let i = 5; i < 200; i++) cache.set(trace(i), 's', i);
  expect(cache.size).toBe(3);
});
