// A memo of a pure function of a text, for the redaction of every string of every event
// (core/redact-event.ts) and the template miner's reading of a line (core/fingerprint/miner.ts
// `tokens`). Texts of LONG_TEXT characters and more are filed by a sampled hash
// (core/sampled-text-map.ts): a Map keyed by such a text would hash every character of it on
// each lookup, and an all-errors burst of new traces would pay that for nothing. Shorter ones
// are keys of a plain Map. Filing a long text only when it is met a second time (a probation
// set of sampled hashes) was measured on bench/redaction.ts's all-distinct events and made no
// difference beyond the noise of a loaded machine (5.5-8.3 us per event redacted either way),
// so the redaction memo files every text on its first miss; the miner's memo, which holds token
// arrays for every line, files on the second (`probation`, below).
import { SampledTextMap, sampledHash } from './sampled-text-map.js';

/** Texts at least this long are filed by a sampled hash; shorter ones by the text itself. */
const LONG_TEXT = 256;

/**
 * `compute` memoised per text, bounded by the characters it holds (inputs and results that
 * differ from them); when full it starts over. `compute` must be pure: a memo never changes an
 * answer.
 */
export function textMemo(compute: (text: string) => string, maxChars: number): (text: string) => string {
  return memoByText(compute, maxChars, (text, result) => text.length + (result === text ? 0 : result.length));
}

/**
 * Hashes of texts met once, before a probationary memo files them: this many at most, then it
 * starts over (a text met twice in a row of this many distinct ones is still filed).
 */
const ON_PROBATION = 1 << 16;

/**
 * `compute` memoised per text, for results of any kind: `size` says how many characters' worth a
 * text and its result hold, and the memo starts over once they pass `maxChars`. `compute` must be
 * pure and never return undefined. With `probation`, a text is filed only when it is met a second
 * time (its sampled hash remembered the first): traffic that never repeats then keeps no text and
 * no result alive, which a filed one is until the memo starts over — long enough for V8 to copy it
 * out of the young generation and collect it with the old (the pool worker's analyses of
 * all-distinct traces, bench/all-errors.ts).
 */
export function memoByText<T>(compute: (text: string) => T, maxChars: number, size: (text: string, result: T) => number, { probation = false }: { probation?: boolean } = {}): (text: string) => T {
  let short = new Map<string, T>();
  let long = new SampledTextMap<T>();
  let met = new Set<number>();
  let chars = 0;
  const remember = (text: string, result: T) => {
    const held = size(text, result);
    chars += held;
    if (chars > maxChars) {
      short = new Map();
      long = new SampledTextMap();
      chars = held;
    }
  };
  /** Whether a text (by its sampled hash) is met for the first time lately: remembered, not filed. */
  const firstMeeting = (hash: number) => {
    if (met.has(hash)) return false;
    if (met.size >= ON_PROBATION) met = new Set();
    met.add(hash);
    return true;
  };
  return (text) => {
    if (text.length < LONG_TEXT) {
      const known = short.get(text);
      if (known !== undefined) return known;
      const result = compute(text);
      if (probation && firstMeeting(sampledHash(text))) return result;
      remember(text, result);
      short.set(text, result);
      return result;
    }
    const hash = sampledHash(text);
    const filed = long.find(text, hash);
    if (filed !== undefined) return filed.value;
    const result = compute(text);
    if (probation && firstMeeting(hash)) return result;
    remember(text, result);
    long.set(text, result, hash);
    return result;
  };
}
