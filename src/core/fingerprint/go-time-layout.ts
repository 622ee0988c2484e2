// Go's time.Parse reports input that does not fit its layout as *time.ParseError, whose text is
// `parsing time "<input>" as "<layout>": cannot parse "<rest of input>" as "<layout element>"`
// (time/format.go, ParseError.Error; Go 1.26.8, checked). The input and what is left of it are
// the data, and so is the layout element named last, the chunk of the layout the input broke at
// (`"2006"` for `next week`, `"-"` for `2026/03/01`, one layout); the layout is the parsing
// statement's own constant (`"2006-01-02"`, `"15:04"`,
// time.RFC3339), the one word of the line that says which parse failed. Written with the
// reference time's digits, a layout is masked as a date or as numbers, then read as a quoted
// value like the input around it: two statements' errors, logged without a stack under one
// message (`request failed: parsing time … as …: cannot parse …`), were one signature
// (programs/go-bugs-13, bugs-13-programs.test.ts). So the layout is spelled in letters as one
// word, `layout_mkkqDklDkm` for `2006-01-02`, before values are masked, and the element is left
// out: two layouts stay two names, one layout one name whatever the input.

const PARSE_ERROR = /(parsing time \\?"(?:[^"\\]|\\.){0,200}\\?" as )\\?"([^"\\\n]{1,100})\\?"(: cannot parse \\?"(?:[^"\\]|\\.){0,200}\\?") as \\?"(?:[^"\\\n]{0,100})\\?"/g;

// A layout's punctuation, each as a capital no layout element is written with.
const PUNCTUATION: Record<string, string> = { ' ': 'B', ':': 'C', '-': 'D', '.': 'E', ',': 'F', '/': 'G', '+': 'H', '(': 'I', ')': 'J' };

/** `2006-01-02` → `mkkqDklDkm`: each digit as a letter (0 → k … 9 → t), punctuation as a capital. */
function spelled(layout: string): string {
  return layout.replace(/[^A-Za-z_]/g, (c) => (c >= '0' && c <= '9' ? String.fromCharCode(107 + Number(c)) : (PUNCTUATION[c] ?? 'X')));
}

/** `text` with the layout of every Go time.ParseError in it written as a name (see above). */
export function withGoTimeLayoutNamed(text: string): string {
  if (!text.includes('parsing time ')) return text;
  return text.replace(PARSE_ERROR, (_m, head: string, layout: string, tail: string) => `${head}layout_${spelled(layout)}${tail}`);
}
