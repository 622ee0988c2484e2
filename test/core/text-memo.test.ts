// The redaction memo (core/text-memo.ts) files long texts under a hash of some of their
// characters: texts that share those characters must still get their own answers, and the
// memo must answer exactly as the function it memoises, inside and past its bound.
import { expect, it } from 'vitest';
import { sampledHash } from '../../src/core/sampled-text-map.js';
import { memoByText, textMemo } from '../../src/core/text-memo.js';

function counting(compute: (text: string) => string) {
  const counted = { calls: 0 };
  const memo = textMemo((text) => {
    counted.calls++;
    return compute(text);
  }, 1_000_000);
  return { memo, counted };
}

/**
 * A 1,000-character text whose character at `at` is `ch`: position 130 is past the hashed head
 * (128 characters) and between two samples (128, 141, …).
 */
const variant = (ch: string, at = 130) => {
  const base = 'x'.repeat(1000).split('');
  base[at] = ch;
  return base.join('');
};

it('answers short and long texts as the function does, computing each once', () => {
  const { memo, counted } = counting((t) => t.toUpperCase());
  const texts = ['short', 'a'.repeat(255), 'b'.repeat(256), `${'trace line\n'.repeat(200)}end`];
  for (let round = 0; round < 3; round++) for (const t of texts) expect(memo(t)).toBe(t.toUpperCase());
  expect(counted.calls).toBe(texts.length);
});

it('files long texts that differ in their first characters apart', () => {
  // Traces of one error whose messages carry different ids.
  const traces = Array.from({ length: 50 }, (_, i) => `OrderNotFoundError: order ${1000 + i} not found\n${'    at load (/app/src/orders.ts:10:5)\n'.repeat(20)}`);
  expect(new Set(traces.map(sampledHash)).size).toBe(50);
  const { memo, counted } = counting((t) => t.slice(0, 40));
  for (let round = 0; round < 3; round++) for (const t of traces) expect(memo(t)).toBe(t.slice(0, 40));
  expect(counted.calls).toBe(50);
});

it('tells apart long texts that differ only where the hash does not look', () => {
  const a = variant('a');
  const b = variant('b');
  expect(sampledHash(a)).toBe(sampledHash(b));
  const { memo, counted } = counting((t) => `${t.length}:${t.indexOf('a')}:${t.indexOf('b')}`);
  for (let round = 0; round < 5; round++) {
    expect(memo(a)).toBe('1000:130:-1');
    expect(memo(b)).toBe('1000:-1:130');
  }
  // Both stay filed: alternating between them computes neither again.
  expect(counted.calls).toBe(2);
});

it('keeps the newest few texts of one hash and computes an older one again', () => {
  const { memo, counted } = counting((t) => t.slice(0, 10));
  const variants = ['a', 'b', 'c', 'd', 'e'].map((ch) => variant(ch));
  for (const v of variants) memo(v);
  expect(counted.calls).toBe(5);
  for (const v of variants.slice(1)) memo(v);
  expect(counted.calls).toBe(5);
  expect(memo(variants[0])).toBe(variants[0].slice(0, 10));
  expect(counted.calls).toBe(6);
});

it('starts over once it holds more characters than its bound, still answering correctly', () => {
  let calls = 0;
  const memo = textMemo((t) => {
    calls++;
    return `[${t}]`;
  }, 5_000);
  const texts = Array.from({ length: 40 }, (_, i) => `${i}:${'y'.repeat(300)}`);
  for (const t of texts) expect(memo(t)).toBe(`[${t}]`);
  expect(calls).toBe(40);
  // The newest is still kept.
  expect(memo(texts[39])).toBe(`[${texts[39]}]`);
  expect(calls).toBe(40);
  // 40 texts of ~300 characters (and their results) exceed 5,000: the first were dropped.
  expect(memo(texts[0])).toBe(`[${texts[0]}]`);
  expect(calls).toBe(41);
});

it('memoises results of any kind by text, bounded by the size it is told (memoByText)', () => {
  let calls = 0;
  const memo = memoByText(
    (t) => {
      calls++;
      return t.split(' ');
    },
    2_000,
    (t, words) => t.length + words.length,
  );
  const lines = Array.from({ length: 30 }, (_, i) => `line ${i} ${'w '.repeat(i % 3 === 0 ? 150 : 10)}end`);
  for (let round = 0; round < 2; round++) for (const t of lines.slice(0, 3)) expect(memo(t)).toEqual(t.split(' '));
  // Short and long texts alike are computed once and answered with the same array.
  expect(calls).toBe(3);
  expect(memo(lines[0])).toBe(memo(lines[0]));
  for (const t of lines) expect(memo(t)).toEqual(t.split(' '));
  // 30 lines of 30–310 characters pass 2,000: the first were dropped and are computed again.
  const before = calls;
  expect(memo(lines[1])).toEqual(lines[1].split(' '));
  expect(calls).toBe(before + 1);
});

it('on probation, files a text only when it is met a second time, short or long, and answers alike', () => {
  let calls = 0;
  const memo = memoByText(
    (t) => {
      calls++;
      return t.split(' ');
    },
    1_000_000,
    (t, words) => t.length + words.length,
    { probation: true },
  );
  const texts = ['one short line', `a long line ${'w '.repeat(200)}end`];
  for (const t of texts) expect(memo(t)).toEqual(t.split(' '));
  // Met once: computed, not filed.
  expect(calls).toBe(2);
  for (const t of texts) expect(memo(t)).toEqual(t.split(' '));
  // Met twice: computed again and filed.
  expect(calls).toBe(4);
  for (let round = 0; round < 3; round++) for (const t of texts) expect(memo(t)).toEqual(t.split(' '));
  expect(calls).toBe(4);
  // Texts met once each are never filed: each later meeting is a first or a second one.
  const once = Array.from({ length: 100 }, (_, i) => `distinct ${i}`);
  for (const t of once) memo(t);
  expect(calls).toBe(104);
});
