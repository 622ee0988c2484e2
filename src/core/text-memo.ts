// A memo of a pure function of a text, for the redaction of every string of every event
// (core/redact-event.ts). A plain Map keyed by the text hashes the whole text on every lookup,
// hit or miss: for a 1.5 KB stack trace that is 2.5 µs, nearly half of what redacting it costs
// (bench/redaction.ts), and an all-errors burst of new traces pays it for nothing. Long texts
// are therefore filed under a hash of a fixed number of their characters (the length, the
// beginning, evenly spaced samples and the end), and found by comparing the whole text with the
// few filed under the same hash, which costs a memory comparison rather than a hash of every
// character. The beginning is hashed whole because that is where texts of one kind differ: a
// stack trace's first line is its message, with the ids and numbers that vary from one event to
// the next. Texts that share the hashed characters (traces differing in one line number) share
// a bucket; a bucket keeps the most recent few, so alternating variants still hit.

/** Texts at least this long are filed by a sampled hash; shorter ones by the text itself. */
const LONG_TEXT = 256;
/** Characters hashed from the start of a text. */
const HEAD = 128;
/** Evenly spaced characters hashed after the head, besides the last ones. */
const SAMPLES = 64;
/** The last characters are always hashed: a log line's end (a duration, a request id) varies too. */
const TAIL = 16;
/** Texts kept per sampled hash. */
const BUCKET = 4;

interface Filed {
  text: string;
  result: string;
}

/** A hash of `text`'s length and of some of its characters (see above). */
export function sampledHash(text: string): number {
  const length = text.length;
  let h = length | 0;
  const head = Math.min(length, HEAD);
  for (let i = 0; i < head; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  const step = Math.max(1, Math.floor((length - head) / SAMPLES));
  for (let i = head; i < length; i += step) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  for (let i = Math.max(head, length - TAIL); i < length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * `compute` memoised per text, bounded by the characters it holds (inputs and results that
 * differ from them); when full it starts over. `compute` must be pure: a memo never changes an
 * answer.
 */
export function textMemo(compute: (text: string) => string, maxChars: number): (text: string) => string {
  let short = new Map<string, string>();
  let long = new Map<number, Filed[]>();
  let chars = 0;
  const remember = (text: string, result: string) => {
    chars += text.length + (result === text ? 0 : result.length);
    if (chars > maxChars) {
      short = new Map();
      long = new Map();
      chars = text.length + (result === text ? 0 : result.length);
    }
  };
  return (text) => {
    if (text.length < LONG_TEXT) {
      const known = short.get(text);
      if (known !== undefined) return known;
      const result = compute(text);
      remember(text, result);
      short.set(text, result);
      return result;
    }
    const hash = sampledHash(text);
    const bucket = long.get(hash);
    if (bucket !== undefined) {
      for (const filed of bucket) if (filed.text === text) return filed.result;
    }
    const result = compute(text);
    remember(text, result);
    const filed = { text, result };
    const kept = long.get(hash);
    if (kept === undefined) long.set(hash, [filed]);
    else {
      kept.unshift(filed);
      if (kept.length > BUCKET) kept.pop();
    }
    return result;
  };
}
