// The configuration line a daemon echoes after `config line <n>:` when it cannot take it.
//
// FRR 8.4.4's lib/vty.c (vty_read_config) logs every line of a daemon's configuration file the
// command parser refuses as `%s on config line %u: %s`: the parser's result (`No such command`,
// `Command incomplete`) and the line number, then the line as the operator wrote it (`bgp
// router-id 10.8.0.300`, `neighbor 10.8.0.1 route-map NOSUCH in`: programs/frr,
// server-logs-38.test.ts). Read word by word, every refused line was a template of its own; the
// words after the colon are the operator's text, a value, however many there are. Only after the
// words `config`/`configuration` right before `line <n>:`, and only a run that opens with a plain
// name, neither grammar nor a word stating a kind of failure, and ends the line: a parser's own
// account after a file's `line <n>:` (ISC dhcpd's `bad.conf line 2: 300 exceeds max`) and after
// `config line <n>:` (`missing semicolon`) goes on as a sentence does.
import { isFailureWord, isGrammarWord } from './failure-words.js';

const CONFIG_WORDS = new Set(['config', 'configuration']);
// The line number closed by its colon, as written or already masked.
const LINE_NUMBER = /^(?:\d+|<[a-z]+>):$/;
// A configuration line's first word: a command's or keyword's name.
const COMMAND_NAME = /^[A-Za-z][\w.-]{0,63}$/;
// Tokens a configuration line may run to (a command and its arguments).
const MOST_TOKENS = 16;

/**
 * Where the configuration line echoed from `tokens[i]` ends (the line's last index), or -1 when
 * `tokens[i]` does not open one: right after `config|configuration line <n>:`, a plain name that
 * is neither grammar nor a kind of failure, and at most MOST_TOKENS tokens to the line's end.
 */
export function echoedConfigLineEnd(tokens: readonly string[], i: number): number {
  if (i < 3 || !LINE_NUMBER.test(tokens[i - 1]) || tokens[i - 2].toLowerCase() !== 'line' || !CONFIG_WORDS.has(tokens[i - 3].toLowerCase())) return -1;
  const name = tokens[i];
  if (!COMMAND_NAME.test(name) || isGrammarWord(name) || isFailureWord(name)) return -1;
  const last = tokens.length - 1;
  return last - i + 1 <= MOST_TOKENS ? last : -1;
}
