// How the cause table and the diagnosis word numbers and quoted text in what they write.

/** A share as a whole percentage: 0.724 → `72%`. */
export const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** A text cut to `n` characters, an ellipsis as its last when it was longer. */
export const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
