// The kind of algorithm a key exchange could not agree on, written after `no matching algo`.
//
// Dropbear 2022.83's common-kex.c read_kex_algos ends a session that offers nothing it supports
// with `No matching algo %s`, the kind it was choosing (`kex`, `hostkey`, `enc c->s`, `mac s->c`,
// `comp c->s`), and svr-session.c writes it as `Exit before auth from <%s>: No matching algo %s`.
// Read word by word, each kind was a template of its own, four over four clients offering only an
// old key exchange, cipher, MAC or host key type (programs/dropbear, server-logs-48.test.ts).
//
// Only the words that end the line right after `no matching algo` or `no matching algorithm`, one
// or two of them (a kind, and a direction `c->s`): a grammar word or a word stating a failure or a
// state goes on with the sentence (`no matching algorithm found`, `… for kex`, `… offered`), and a
// longer run is a sentence of its own.
import { isFailureWord, isGrammarWord } from './failure-words.js';

const ALGORITHM = new Set(['algo', 'algorithm']);
// A kind as such programs name it: lower case letters and digits.
const KIND = /^[a-z][a-z0-9]{0,31}$/;
// The direction a kind is chosen for: a party, `->`, the other (`c->s`, `s->c`).
const DIRECTION = /^[a-z]{1,8}->[a-z]{1,8}$/;
// A participle or an adjective states what happened to the algorithm, not which one it was.
const STATE_ENDING = /(?:ed|able|ible)$/;

/**
 * Where the kind of algorithm that starts at `tokens[i]` ends (the line's last index), or -1 when
 * `tokens[i]` does not open one: right after `no matching algo|algorithm`, a kind (KIND) that is
 * neither grammar nor a failure or a state, then at most a direction, and nothing else.
 */
export function negotiatedAlgorithmKindEnd(tokens: readonly string[], i: number): number {
  if (i < 3 || !ALGORITHM.has(tokens[i - 1]) || tokens[i - 2] !== 'matching' || tokens[i - 3].toLowerCase() !== 'no') return -1;
  const kind = tokens[i];
  if (!KIND.test(kind) || isGrammarWord(kind) || isFailureWord(kind) || STATE_ENDING.test(kind)) return -1;
  const last = tokens.length - 1;
  if (last === i) return i;
  return last === i + 1 && DIRECTION.test(tokens[last]) ? last : -1;
}
