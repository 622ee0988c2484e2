// A program's long command-line option named in its own message: `--listen-ng`, `--graphite`.
//
// A token opening with `--` is no word (template-tokens.ts WORD starts with a letter), so two
// messages that differ only in the option they name were one template, the option read as a
// value. rtpengine 10.5.3.5's main.c dies with `Invalid IP or port '%s' (--listen-ng)` and `…
// (--graphite)`, `Invalid --endpoint-learning option ('%s')` and `Invalid --dtls-signature option
// ('%s')`, one format string each (programs/rtpengine, server-logs-55.test.ts), and each pair was
// one signature. Where the program writes the option, between parentheses after a value or as a
// word of its sentence before another word, it says which setting failed: another option is
// another statement. What a user typed is not read so: a quoted option (`unrecognized option
// '--frobnicate'`), an option with its value (`--max-sessions=-5`) or one closing the line
// (argparse's `unrecognized arguments: --frobnicate`) stays a value.
const PARENTHESISED_OPTION = /^\(--[a-z][a-z0-9]*(?:-[a-z0-9]+)*\)[:,.;]?$/;
const BARE_OPTION = /^--[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const PLAIN_WORD = /^[A-Za-z][a-z]*[:,.;]?$/;

/** The option a message names at this token (its name without `--` and brackets), or undefined. */
function namedOption(token: string, next: string | undefined): string | undefined {
  if (PARENTHESISED_OPTION.test(token)) return token.replace(/^\(--|\)[:,.;]?$/g, '');
  if (BARE_OPTION.test(token) && next !== undefined && PLAIN_WORD.test(next)) return token.slice(2);
  return undefined;
}

/** Two long options the program names in its message (`(--listen-ng)` / `(--graphite)`): two statements. */
export function differentNamedOptions(a: string, b: string, nextA?: string, nextB?: string): boolean {
  const x = namedOption(a, nextA);
  if (x === undefined) return false;
  const y = namedOption(b, nextB);
  return y !== undefined && y !== x;
}
