// The token a configuration reader could not use, named after `token:` or written before `token`
// after a preposition, is the word the operator wrote there: a value of the reader's statement.
//
// Net-SNMP 5.9.3's read_config.c, which reads snmpd.conf, snmptrapd.conf and snmp.conf for every
// Net-SNMP program, writes `Unknown token: %s.` for a line whose first word no handler registered
// (`bogusToken`, a misspelt `sysLocaton`) and `Blank line following %s token.` for a token with
// nothing after it (`rocommunity`, `rwuser`); each token was a signature of its own
// (programs/snmpd, server-logs-47.test.ts).
//
// coturn 4.6.1's mainrelay.c writes `Bad configuration format: %s` with the option it could not
// read from turnserver.conf (`bogus-option`, a misspelt `relay-treads`; programs/coturn,
// server-logs-19.test.ts), and OpenSSH's servconf.c `%s: line %d: Bad configuration option: %s`
// with the keyword it does not know: the same frame, the keyword the line's last word.
//
// Read only in those frames: the word right after `token:`, the word between `following`,
// `after` or `before` and a `token` that ends the line, the sentence or a clause, and the word
// ending a line after `configuration format:` or `configuration option:`. A word that states a failure or a grammar word goes on with the sentence (`token: expired`, `after
// the token`), and so does a word in capitals, the program's own vocabulary (`before CSRF token`).
import { isFailureWord, isGrammarWord } from './failure-words.js';

const LEADS = new Set(['following', 'after', 'before']);
const BAD_KEYWORD_LABELS = new Set(['format:', 'option:']);
// `token` that ends the sentence or the clause: `token` going on (`after access token expires`)
// is a sentence about a token, its word before the kind of token.
const TOKEN_ENDING = /^token[.,;:]$/;
// A configuration keyword as readers take it: a letter, then letters, digits, `_`, `-`; a full
// stop after it ends the sentence.
const KEYWORD = /^[A-Za-z][\w-]{0,63}\.?$/;
const IN_CAPITALS = /^[A-Z][A-Z\d_-]+\.?$/;

/** Whether `tokens[i]` (of a masked log line) names a configuration token: `token: <word>` or `following <word> token`. */
export function isConfigurationTokenName(tokens: readonly string[], i: number): boolean {
  const token = tokens[i];
  if (!KEYWORD.test(token) || IN_CAPITALS.test(token)) return false;
  const word = token.endsWith('.') ? token.slice(0, -1) : token;
  if (isGrammarWord(word) || isFailureWord(word)) return false;
  if (i >= 1 && tokens[i - 1] === 'token:') return true;
  // A reader's `Bad configuration format: %s` / `option: %s` names the keyword it could not use
  // (coturn's mainrelay.c, OpenSSH's servconf.c), as the line's last word.
  if (i >= 2 && i === tokens.length - 1 && tokens[i - 2] === 'configuration' && BAD_KEYWORD_LABELS.has(tokens[i - 1]) && !token.endsWith('.')) return true;
  const next = tokens[i + 1] ?? '';
  return i >= 1 && LEADS.has(tokens[i - 1]) && !token.endsWith('.') && (TOKEN_ENDING.test(next) || (next === 'token' && i + 2 === tokens.length));
}
