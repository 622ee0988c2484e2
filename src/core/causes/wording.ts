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
  const at = s.lastIndexOf(': ');
  const cause = at > 0 ? s.slice(at) : '';
  // Room for the cause and a beginning of a dozen characters before it, or cut the end as clip does.
  if (!cause || cause.length > n - 13) return clip(s, n);
  return `${s.slice(0, n - cause.length - 1)}…${cause}`;
};
