// An error wrapped on its way up is written `<context>: <cause>`, each layer adding its own words
// before a colon (Go's fmt.Errorf("…: %w", err), whose package documentation wraps this way; the
// Go blog's "Working with Errors in Go 1.13" names the convention). One function that wraps one
// callee's error at two call sites gives each its own words: `line 3: price: strconv.ParseFloat:
// parsing "4,99": invalid syntax` and `line 7: discount: strconv.ParseFloat: …` (programs/go-bugs-23,
// importLine). At a generic type's in-app crash site a differing plain word was read as an echoed
// value, and the two call sites were one signature. A word that is a segment on its own — the
// token before it closes a segment too, and the same segment follows it — is such a context. A
// value a wrap echoes ends its segment but does not begin it: its label comes first (`sku kiwi:
// strconv.Atoi: …` / `sku figs: …`, fmt.Errorf("sku %s: %w", …)), and it stays a value.

/** A segment's last word: a plain lower-case word closed by the chain's colon. */
const SEGMENT_WORD = /^[a-z][a-z_-]{1,40}:$/;
/** The next segment's head: a word or qualified name closed by a colon (`strconv.ParseFloat:`, `open:`). */
const NEXT_SEGMENT = /^[A-Za-z_][\w./-]{0,80}:$/;

/** Whether `a` / `b` (two messages' tokens at one place, with their neighbours) are two call sites' contexts before one wrapped error. */
export function isWrapContextWord(a: string, b: string, nextA?: string, nextB?: string, previousA?: string, previousB?: string): boolean {
  if (a === b || nextA === undefined || nextA !== nextB || !SEGMENT_WORD.test(a) || !SEGMENT_WORD.test(b) || !NEXT_SEGMENT.test(nextA)) return false;
  return previousA !== undefined && previousB !== undefined && previousA.endsWith(':') && previousB.endsWith(':');
}
