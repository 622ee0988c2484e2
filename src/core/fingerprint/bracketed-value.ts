// The value of `key=` that opens a bracket and holds spaces: one value, to its closing bracket.
//
// A program that prints a list or a set as the value of a key writes it with spaces between the
// members: Go's fmt formats a slice or an array as `[a b c]` (the fmt package's documentation,
// "Printing": "For compound objects … slice: [elem0 elem1 ...]"), so klog's and logfmt-style
// structured lines read `peers=[10.0.0.1:2380 10.0.0.2:2380]`; etcd's raft writes a configuration
// as `voters=(11417610130673999598 15857210243324613)`. Cut at the spaces, each member after the
// first was a token of its own, so a line with two members had one token more than a line with
// one and none (`voters=()`): one statement in as many templates as list lengths (Drain routes by
// token count). The value runs from the opening bracket to the bracket that closes it, so a list
// of any length is the one value `key=<*>` is. Only a list of values: each member holds a value
// the parameteriser masked or a digit. Words in brackets are a text the program wrote (Apple's
// NSError prints its userInfo as `UserInfo={NSLocalizedDescription=The request timed out.}`, a
// dictionary in braces, and its words tell one failure from another), so braces, and brackets
// with a word among their members, are left as they were; so are a value closed in its own token
// and a bracket left open past `SPAN_TOKENS` tokens (a stray bracket, not a list).

/** Tokens a bracketed value may span before it is taken for a stray bracket. */
const SPAN_TOKENS = 32;

const KEY_OPENS = /^([\w.-]{1,64}=)[(\[]/;
const CLOSING: Record<number, number> = { 40: 41, 91: 93 };
// A member that is a value: a placeholder or a digit in it, once its brackets and commas are off.
const MEMBER = /^[(\[]*(?:[^\s]*[<\d][^\s]*)?[)\],;]*$/;

/**
 * When `tokens[start]` is `key=` with a bracket it does not close, the index of the token that
 * closes it and the key (`voters=`); otherwise undefined.
 */
export function bracketedValueEnd(tokens: readonly string[], start: number): { end: number; key: string } | undefined {
  const token = tokens[start];
  const m = KEY_OPENS.exec(token);
  if (!m) return undefined;
  const open = token.charCodeAt(m[1].length);
  const close = CLOSING[open];
  let depth = 0;
  for (let j = start; j < tokens.length && j <= start + SPAN_TOKENS; j++) {
    const t = tokens[j];
    if (j > start && !MEMBER.test(t)) return undefined;
    for (let k = j === start ? m[1].length : 0; k < t.length; k++) {
      const c = t.charCodeAt(k);
      if (c === open) depth++;
      else if (c === close && --depth === 0) return j === start ? undefined : { end: j, key: m[1] };
    }
  }
  return undefined;
}
