// The directive a configuration parser rejects, written out unquoted after `invalid directive`.
//
// Network UPS Tools 2.8.0's upsd (server/conf.c) logs a line of upsd.conf it cannot use as
// `upsd.conf: invalid directive` followed by that line's words as the operator wrote them
// (`… invalid directive MAXAGE fifteen`, `… invalid directive MAXCONN lots`): what follows the
// words is the operator's text, a value, however many words it has. Read word by word, the
// directive's name in capitals stayed a word and every mistyped directive was a template of its
// own (programs/nut, server-logs-24.test.ts). Only a run that ends the line and opens with a
// plain name is the rejected text: `invalid directive in line 3` goes on as a sentence, and a
// quoted name after `directive` is read as any configured object's (template-tokens.ts
// CONFIGURED_OBJECT_WORDS).
import { isFailureWord, isGrammarWord } from './failure-words.js';

// The words before `directive` that say the parser refused it.
const REFUSING = new Set(['invalid', 'unknown', 'unrecognized', 'unrecognised', 'unsupported', 'bad']);
// A directive's name: letters, digits, `_`, `-`, `.`, starting with a letter.
const DIRECTIVE_NAME = /^[A-Za-z][\w.-]{0,63}$/;
// Words a rejected directive's text may run to (its name and a few arguments).
const MOST_WORDS = 8;

/**
 * Where the rejected directive that starts at `tokens[i]` ends (the line's last index), or -1
 * when `tokens[i]` does not open one: right after `<refusing word> directive`, a plain name
 * that is neither grammar nor a kind of failure, and at most MOST_WORDS words to the line's end.
 */
export function rejectedDirectiveEnd(tokens: readonly string[], i: number): number {
  if (i < 2 || tokens[i - 1].toLowerCase() !== 'directive' || !REFUSING.has(tokens[i - 2].toLowerCase())) return -1;
  const name = tokens[i];
  if (!DIRECTIVE_NAME.test(name) || isGrammarWord(name) || isFailureWord(name)) return -1;
  const last = tokens.length - 1;
  return last - i + 1 <= MOST_WORDS ? last : -1;
}
