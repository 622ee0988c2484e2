// One pass over a text that tells the redactor (core/redact.ts) which of its rules could match:
// which hints may occur (from the pairs of adjacent characters of the lower-cased text) and the
// character runs the unhinted rules need (`TextShape`). Redaction runs on every string of every
// error event; before this, each text was searched once per hint and scanned by every unhinted
// rule's regular expression, about thirty passes over a 2 KB stack trace that nearly never holds
// a secret. Both answers only ever rule a rule out when it cannot match, so a skipped rule would
// have changed nothing; the redactor still runs the exact hint search and the rule's own
// pattern for every rule that is not ruled out.

/**
 * Character runs of a text. Runs are maximal runs of ASCII characters of one class: every class
 * here is ASCII (`\d`, `[A-Za-z0-9/+]` and the like match nothing else in patterns without the
 * `i` and `u` flags). So the text is scanned as UTF-8 bytes: a character beyond ASCII becomes
 * bytes of 0x80 and above, which belong to no class and end a run just as the character does.
 */
export interface TextShape {
  /** A run of `[A-Za-z0-9/+]` exactly 40 long. */
  base64Run40: boolean;
  /** Longest run of `[A-Z0-9]`. */
  upperRun: number;
  /** Most digits in one run of `[0-9 -]` (card numbers, SSNs). */
  dashDigits: number;
  /** Most digits in one run of `[0-9 ().+-]` (phone numbers). */
  phoneDigits: number;
}

const BASE64 = 1;
const UPPER = 2;
const DIGIT = 4;
const DASH_RUN = 8;
const PHONE_RUN = 16;

/** Classes by byte (every byte beyond ASCII has none), so the hot loop needs no range check. */
const CLASSES = (() => {
  const table = new Uint8Array(256);
  const mark = (chars: string, bit: number) => {
    for (const ch of chars) table[ch.charCodeAt(0)] |= bit;
  };
  const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const digits = '0123456789';
  mark(upper + upper.toLowerCase() + digits + '/+', BASE64);
  mark(upper + digits, UPPER);
  mark(digits, DIGIT);
  mark(digits + ' -', DASH_RUN);
  mark(digits + ' ().+-', PHONE_RUN);
  return table;
})();

/** Pairs of 7-bit characters; a non-ASCII character is folded onto one (a false "may occur", never a miss). */
const PAIRS = 1 << 14;
const pairOf = (a: number, b: number) => ((a & 127) << 7) | (b & 127);

/** A hint prepared for `contains`: lower-cased, and its pairs of adjacent characters. */
export interface PreparedHint {
  text: string;
  pairs: Int32Array;
  /**
   * The hint has no letters (`://`, `@`, `-`): lower-casing maps letters to letters only, so the
   * text as given holds it exactly when the lower-cased text does, and no lower-cased copy is made.
   */
  caseless: boolean;
}

export function prepareHint(hint: string): PreparedHint {
  const text = hint.toLowerCase();
  const pairs: number[] = [];
  for (let i = 1; i < text.length; i++) pairs.push(pairOf(text.charCodeAt(i - 1), text.charCodeAt(i)));
  return { text, pairs: Int32Array.from(pairs), caseless: text === text.toUpperCase() };
}

/**
 * What must hold of a text for a rule to run: one of its hints occurs (and `also`, when given),
 * and its shape has what the rule needs. Any of them may be absent.
 */
export interface RuleGate {
  hints?: readonly PreparedHint[];
  /** Must occur as well. */
  also?: PreparedHint;
  needs?: (shape: TextShape) => boolean;
  /**
   * Must match the lower-cased text (a pattern without the `g` or `y` flag, so `test` keeps no
   * state). Tried after the hints: for a rule whose hints are common words.
   */
  lowered?: RegExp;
}

/**
 * ASCII lower-casing, as String.prototype.toLowerCase does it for these characters; a byte beyond
 * ASCII is folded onto its low 7 bits here (the real lower-cased text is added for those, below).
 */
const LOWER = (() => {
  const table = new Uint8Array(256);
  for (let c = 0; c < 256; c++) table[c] = c >= 65 && c <= 90 ? c + 32 : c & 127;
  return table;
})();

/** Bytes of the scratch buffer a scanner keeps between texts (a longer text gets its own). */
const SCRATCH_KEPT = 256 * 1024;

/**
 * Reusable scratch for one redactor: the pair set is stamped with a generation per text, so it
 * is never cleared between texts. Not re-entrant (nothing it calls redacts).
 */
export class ShapeScanner {
  private readonly seen = new Int32Array(PAIRS);
  private generation = 0;
  private text = '';
  private lowered: string | undefined;
  /**
   * The text's UTF-8 bytes (TextEncoder.encodeInto, a copy at memory speed for ASCII): the scan
   * over bytes costs 10-15 % less than one over charCodeAt did (median of 9 rounds: 3.4 against
   * 3.8 ns per character on the all-errors bench's traces, 3.2 against 3.7 on the fingerprint
   * corpus).
   */
  private readonly encoder = new TextEncoder();
  private scratch = new Uint8Array(4096);
  shape: TextShape = { base64Run40: false, upperRun: 0, dashDigits: 0, phoneDigits: 0 };

  /**
   * One pass over `text`: its character runs and the pairs of its lower-cased characters.
   * Variants measured against this loop and dropped (the fingerprint corpus's texts, both in one
   * process, interleaved, median of 15 rounds, loaded machine): runs counted without branches
   * (each count multiplied by its class bit) 7.8-8.2 against 4.4-5.0 ns per character, since
   * lower-case letters, most of a text, take the one well-predicted test below; the two tables
   * folded into one 16-bit lookup 4.2-4.5 against 4.0-4.3; the pair set as bytes stamped with a
   * generation up to 255 (16 KB instead of 64) 4.5-5.2 against 4.4-5.1; charCodeAt instead of
   * the UTF-8 copy 5.1-5.4 against 4.0-4.1.
   */
  scan(text: string): void {
    this.text = text;
    this.lowered = undefined;
    if (this.generation === 0x7fffffff) {
      this.seen.fill(0);
      this.generation = 0;
    }
    const generation = ++this.generation;
    const seen = this.seen;
    // UTF-8 takes at most three bytes per UTF-16 unit.
    const need = text.length * 3;
    if (need > this.scratch.length && need <= SCRATCH_KEPT) this.scratch = new Uint8Array(Math.min(SCRATCH_KEPT, Math.max(need, this.scratch.length * 2)));
    const bytes = need <= this.scratch.length ? this.scratch : new Uint8Array(need);
    const written = this.encoder.encodeInto(text, bytes).written;
    let previous = -1;
    let base64 = 0;
    let base64Run40 = false;
    let upper = 0;
    let upperRun = 0;
    let dash = 0;
    let dashDigits = 0;
    let phone = 0;
    let phoneDigits = 0;
    for (let i = 0; i < written; i++) {
      const c = bytes[i];
      const k = CLASSES[c];
      const lower = LOWER[c];
      if (previous >= 0) seen[(previous << 7) | lower] = generation;
      previous = lower;
      // Most of a text is lower-case letters (identifiers, words, paths): one test for them.
      if (k === BASE64) {
        base64++;
        upper = dash = phone = 0;
        continue;
      }
      if (k & BASE64) base64++;
      else {
        if (base64 === 40) base64Run40 = true;
        base64 = 0;
      }
      if (k & UPPER) {
        if (++upper > upperRun) upperRun = upper;
      } else upper = 0;
      if (!(k & DASH_RUN)) dash = 0;
      else if (k & DIGIT && ++dash > dashDigits) dashDigits = dash;
      if (!(k & PHONE_RUN)) phone = 0;
      else if (k & DIGIT && ++phone > phoneDigits) phoneDigits = phone;
    }
    if (base64 === 40) base64Run40 = true;
    // One byte per unit only when every unit is ASCII.
    if (written !== text.length) {
      // Some characters beyond ASCII lower-case to ASCII ones (K, the Kelvin sign, to k) or to
      // two characters: the pairs of the real lower-cased text are added to those above.
      const lowered = this.lower;
      let before = lowered.charCodeAt(0);
      for (let i = 1; i < lowered.length; i++) {
        const c = lowered.charCodeAt(i);
        seen[pairOf(before, c)] = generation;
        before = c;
      }
    }
    const shape = this.shape;
    shape.base64Run40 = base64Run40;
    shape.upperRun = upperRun;
    shape.dashDigits = dashDigits;
    shape.phoneDigits = phoneDigits;
  }

  /** The lower-cased text of the last scan (hints are compared case-insensitively), made when first asked. */
  get lower(): string {
    return (this.lowered ??= this.text.toLowerCase());
  }

  /** Whether the last scanned text contains `hint` (compared case-insensitively). Exact. */
  contains(hint: PreparedHint): boolean {
    const seen = this.seen;
    const generation = this.generation;
    const pairs = hint.pairs;
    // Every pair of the hint occurs in a text that contains it; one that does not is a miss
    // without a search.
    for (let i = 0; i < pairs.length; i++) if (seen[pairs[i]] !== generation) return false;
    return hint.caseless ? this.text.includes(hint.text) : this.lower.includes(hint.text);
  }

  /**
   * Whether the last scanned text passes `gate`. The shape is looked at first (a comparison of
   * numbers the scan counted), then the hints: nearly every text lacks them, and that answer
   * costs a lookup or two per hint, except for a hint of one character (`-`, `+`, `@`), which
   * has no pair to look up and is searched for in the text; a rule with both (`us_ssn`,
   * `phone`) is ruled out by its shape without that search.
   */
  admits(gate: RuleGate): boolean {
    if (gate.needs !== undefined && !gate.needs(this.shape)) return false;
    const hints = gate.hints;
    if (hints !== undefined) {
      let present = false;
      for (let i = 0; i < hints.length && !present; i++) present = this.contains(hints[i]);
      if (!present) return false;
    }
    if (gate.also !== undefined && !this.contains(gate.also)) return false;
    return gate.lowered === undefined || gate.lowered.test(this.lower);
  }
}
