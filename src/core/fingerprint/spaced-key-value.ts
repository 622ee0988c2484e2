// A value a log line writes after its name and a spaced `=` (`request = Metadata`) is a value, as
// one written `request=Metadata` is (template-tokens.ts KEY_VALUE).
//
// Java programs that format a record's fields for a person put spaces around the sign: Kafka 4.1's
// authorizer (StandardAuthorizerData.logAuditMessage) writes `Principal = %s is %s operation = %s
// from host = %s on resource = %s for request = %s with resourceRefCount = %d based on rule %s`
// for every decision it logs (programs/kafka, server-logs-11.test.ts: `resource =
// Topic:LITERAL:orders for request = Metadata` beside `resource = Group:LITERAL:alice-reports for
// request = FindCoordinator`), and FreeRADIUS 3.2 `via Post-Auth-Type = Reject`. The name stays:
// it says what the value is. Left a word, the value split one statement by resource kind and
// request.
//
// Read only so: `=` alone between a name (letters, digits, `_`, `-`, `.`, opening with a letter)
// and one token that has a lower-case letter. A value in capitals is the program's own vocabulary
// (`operation = DESCRIBE`, `state = FAILED`: an enum constant, an outcome, outcome-words.ts), and a
// word that states a failure or is grammar stays the sentence's (`result = failed`, `x = is`).
// Under a key that names the failure the value says which failure it is, as `code=H12` does
// (failure-field.ts): gRPC's status text `rpc error: code = Unavailable desc = …` and `code =
// DeadlineExceeded` are two failures. Under a key that opens a text (`desc = context deadline
// exceeded`, `msg = …`) the word is the text's first, not a value.
import { isFailureWord } from './failure-words.js';
import { isFailureField } from './failure-field.js';

const TEXT_KEYS = new Set(['desc', 'description', 'msg', 'message', 'text', 'detail', 'details', 'reason', 'cause']);

const NAME = /^[A-Za-z][\w.-]{0,63}$/;
const VALUE = /^(?=[^\s]*[a-z])[^\s=<>]{1,256}$/;
const TRAILING = /[)\]]{0,2}[,;:.]?$/;

/** Whether `tokens[i]` (of a masked log line) is the value after a name and a spaced `=`. */
export function isSpacedKeyValue(tokens: readonly string[], i: number): boolean {
  if (i < 2 || tokens[i - 1] !== '=' || !NAME.test(tokens[i - 2])) return false;
  const token = tokens[i];
  const key = tokens[i - 2];
  return VALUE.test(token) && !isFailureWord(token) && !TEXT_KEYS.has(key.toLowerCase()) && !isFailureField(`${key}=${token}`);
}

/** The token's class as a spaced key's value: the wildcard, with the brackets and punctuation that close it (`Reject):`). */
export function spacedKeyValueClass(token: string, wildcard: string): string {
  return wildcard + (TRAILING.exec(token)?.[0] ?? '');
}
