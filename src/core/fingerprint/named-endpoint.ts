// The name a log line gives an endpoint right before its address in parentheses is a value.
//
// A program that knows its peers by configured names prints one as `<kind> <name> (<address>)`:
// dnsdist 1.7's DownstreamState::getNameWithAddr writes `name (ip:port)` into every line about a
// backend (`Marking downstream orders (127.0.0.1:47391) as 'up'`, `TCP connecting to downstream
// payments (127.0.0.1:47396) (0)`, `Backend search (127.0.0.1:47394) responded to health check
// with ServFail`: dnsdist.ndjson, server-logs-17.test.ts). The parenthesis is an apposition: it
// gives the address of the thing the word before it names, and the word before that says what
// kind of thing it is. One statement writes every backend's name there, so the name is a value
// however few backends a log has shown (two names stay apart below the miner's thresholds).
// Only between two plain words: after a grammar word the word is the kind itself (ProFTPD's
// `connected to server (127.0.0.1:2222)`), a word that states a condition stays the failure
// (`Connection refused (…)`), and a word in capitals is the program's vocabulary. The name may be
// an operation's word (dnsdist's backend `refunds`); the kind's word may not (`Failed connecting
// (…)` names no kind). A name with digits is left to the miner, which reads its letters as a kind
// and its digits as which one (template-tokens.ts differentWords): macOS mDNSResponder's
// `Frequent transitions for interface en0 (<ip>)` and `… awdl0 (<ip>)` are two kinds of
// interface (Loghub Mac's E261 and E260).
import { isConditionWord, isFailureWord } from './failure-words.js';

// A masked address in parentheses: `(<ip>)`, `(<ip>:<int>)`, `(<hostname>:<int>)`.
const PARENTHESISED_ADDRESS = /^\((?:<ip>|<hostname>)(?::<int>)?\)[,.;:]?$/;
// A plain word, without punctuation: a kind's word before the name; a name has no digits.
const PLAIN_WORD = /^[A-Za-z][\w-]{0,63}$/;
const LETTERS = /^[A-Za-z][A-Za-z_-]{0,63}$/;
const IN_CAPITALS = /^[A-Z]{3,}[A-Z0-9_-]*$/;

const plainWord = (token: string | undefined): token is string => token !== undefined && PLAIN_WORD.test(token) && !IN_CAPITALS.test(token);

/**
 * Whether `tokens[i]` (of a masked log line) is the name of the endpoint whose parenthesised
 * address follows it, after a word for its kind: `downstream orders (<ip>:<int>)`.
 */
export function namesEndpoint(tokens: readonly string[], i: number): boolean {
  const next = tokens[i + 1];
  return next !== undefined && PARENTHESISED_ADDRESS.test(next) && i >= 1 && LETTERS.test(tokens[i]) && !IN_CAPITALS.test(tokens[i]) && !isConditionWord(tokens[i]) && plainWord(tokens[i - 1]) && !isFailureWord(tokens[i - 1]);
}
