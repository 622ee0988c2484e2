// The kind of object a count closes a log line with, written as the program's type name: a value
// of the statement that counts, one line per kind.
//
// A program that tallies what it made, per type, writes the count and then the type's name from
// its own type registry: icinga2 2.13.6's lib/config/configitem.cpp logs `Instantiated %d %s.`
// once for every configuration type it loaded (`Instantiated 1 NotificationComponent.`,
// `Instantiated 70 CheckCommands.`, `Instantiated 2 Hosts.`; programs/icinga2,
// server-logs-36.test.ts). A type name of one capitalised word after a count was already a value
// (titled-tail.ts), but a CamelCase one was kept as a class name, so every type with a two-word
// name was a template of its own. After a count the type names what was counted, the datum of
// that pass of the loop, not what the statement says.
//
// Only the line's last token, right after a bare count (`<int>`), with at least two tokens before
// the count (the program's tag and its verb): an exception type stays (`3 TimeoutException`, a
// kind of failure), and so do a CamelCase name after a word or any other value (`Started
// NotificationComponent`, `<ip> CheckerComponent`), an upper-case constant (`3 LOOKING`) and a
// name with words after it.
import { WILDCARD } from './template-tokens.js';

// Two capitalised parts at least, each a capital and lower-case letters or digits, a full stop after.
const CAMEL_CASE_TYPE = /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+\.?$/;
// A type named for a failure: an exception or error class, a fault.
const FAILURE_TYPE = /(?:Exception|Error|Fault|Failure|Timeout)s?\.?$/;
const COUNT = '<int>';

/** `tokens` with a CamelCase type name closing the line after a count read as a value (see above). */
export function withCountedKindAsValue(tokens: string[]): string[] {
  const n = tokens.length;
  if (n < 4 || tokens[n - 2] !== COUNT) return tokens;
  const last = tokens[n - 1];
  if (!CAMEL_CASE_TYPE.test(last) || FAILURE_TYPE.test(last)) return tokens;
  return [...tokens.slice(0, n - 2), `${COUNT} ${WILDCARD}`];
}
