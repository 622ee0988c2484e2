// A lower-case name joined by a colon to a number, as the object of a preposition, is one value:
// a thing named and its number, not a label and its value.
//
// A label writes its value after a colon and a space (`port: 80`, `line: 12`) or after `=`; a
// program that writes a name and its number as one token writes a pair of values it holds: an
// account and its uid, SpamAssassin 4.0.1's spamd `info("spamd: checking message %s for
// $current_user:$>")` and `… for $current_user:$> in %.1f seconds` (`for root:65534`, `for
// dave:65534`), where each user was a template of its own (programs/spamd,
// server-logs-39.test.ts), or an endpoint by a host's bare name and its port (`to redis:6379`).
// Read only after `for`, `from`, `to`, `by` or `as`, which say the token is what the statement
// is about. A pair elsewhere stays a label with its value (`retry:3`, `at line:42`), as does a
// name in capitals or with a capital (`for Port:80`, the program's own label) and a pair whose
// number is not a bare integer.

const PREPOSITIONS = new Set(['for', 'from', 'to', 'by', 'as']);
const NAME_NUMBER = /^[a-z][a-z\d_-]{0,63}:<int>[,.;]?$/;

/** Whether `tokens[i]` (of a masked log line) is a `name:<int>` pair right after a preposition. */
export function isNameNumberPair(tokens: readonly string[], i: number): boolean {
  return i > 0 && PREPOSITIONS.has(tokens[i - 1]) && NAME_NUMBER.test(tokens[i]);
}
