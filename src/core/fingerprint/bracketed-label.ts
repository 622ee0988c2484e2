// A name in a bracketed label, `[pool www]`: the configured name of what wrote the line.
//
// PHP-FPM opens the lines it writes about a pool's workers with the pool's name in brackets, the
// name being whatever the pool's section in the configuration is called (php-fpm.conf's `[www]`):
// `[pool www] child 12 exited on signal 15 (SIGTERM) …`, `[pool api] child 9 said into stderr:
// "…"` (PHP's sapi/fpm, the `[pool %s]` prefix of its zlog calls). The name is a word, and a word
// is a constant of the template (template-tokens.ts WORD), so each pool's lines were a template of
// their own: one statement split by a configuration name. A word is read as such a name only
// right after an opening bracket and a word that says a name follows (`[pool`, `[user`, `[host`),
// and only when the bracket closes on it: `[connection refused]`, or a bracketed phrase of any
// other length, is text the program wrote and stays as it is.

// The words that say a name follows, with the bracket opening before them: PHP-FPM's `pool`, and
// the naming nouns template-tokens.ts reads a name after without a colon.
const LABELS = new Set(['pool', 'user', 'username', 'host', 'hostname', 'account']);
const OPENING_LABEL = /^\[([a-z]{2,10})$/;
// The name: a word or a dotted or dashed one, closing the bracket (a colon may follow).
const CLOSING_NAME = /^[A-Za-z][\w.-]{0,63}\]:?$/;

/** Whether `token` is the name a bracketed label opened by `previous` (`[pool`) gives: `www]`. */
export function isBracketedLabelName(previous: string, token: string): boolean {
  const m = OPENING_LABEL.exec(previous);
  return m !== null && LABELS.has(m[1]) && CLOSING_NAME.test(token);
}
