// How the cause table and the diagnosis word numbers and quoted text in what they write.

/** A share as a whole percentage: 0.724 → `72%`. */
export const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** A text cut to `n` characters, an ellipsis as its last when it was longer. */
export const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * An error's message cut to `n` characters with its cause kept: wrapped errors put the underlying
 * cause after the last `: ` (Go's fmt.Errorf("…: %w"), Rust's anyhow context, `Type: message`
 * chains), so cutting the end would quote the wrapping and drop why it failed
 * (kalbasit/ncps#454: `error committing the transaction for storeInDatabase: commit unexpectedly
 * resulted in rollback`). The beginning is cut instead, when the cause fits in what is left.
 */
export const clipKeepingCause = (s: string, n: number): string => {
  if (s.length <= n) return s;
  const at = lastOutsideBrackets(s, ': ');
  const cause = at > 0 ? s.slice(at) : '';
  // Room for the cause and a beginning of a dozen characters before it, or cut the end as clip does.
  if (!cause || cause.length > n - 13) return clip(s, n);
  return `${s.slice(0, n - cause.length - 1)}…${cause}`;
};

/**
 * The last `sep` not inside brackets: a colon in a parenthesis (SQLAlchemy's `(Background on this
 * error at: https://sqlalche.me/…)`) ends a remark, not a chain of wrapped errors.
 */
function lastOutsideBrackets(s: string, sep: string): number {
  let depth = 0;
  let last = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
    else if (depth === 0 && s.startsWith(sep, i)) last = i;
  }
  return last;
}
