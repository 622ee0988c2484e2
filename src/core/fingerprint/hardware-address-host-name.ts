// The host name a program prints in parentheses after a hardware address when the host sent one:
// an optional value of the address's place, not a word of the statement.
//
// ISC DHCP 4.4's server names the client of every exchange by its hardware address and, where
// the client gave a host name (option 12), adds that name in parentheses: server/dhcp.c writes
// `DHCPDISCOVER from %s %s%s%svia %s`, `DHCPREQUEST for %s%s from %s %s%s%svia %s` and
// ack_lease's `%s on %s to %s %s%s%svia %s` with `s ? "(" : "", s ? s : "", s ? ") " : ""` after
// the address (programs/isc-dhcp, isc-dhcp.ndjson, server-logs-11.test.ts). A line with the name
// and one without are the same statement, one token longer, and the miner (which routes a line by
// its token count) kept them apart: every exchange of a client that sent a name was one
// signature, of one that sent none another.
//
// Read only so, in a log line: the token right after a masked hardware address (`<mac>`) is one
// parenthesised name (letters, digits, `-`, `_`, `.`, values masked inside it: `(web-<int>)`),
// which is left out. A parenthesised word that states a failure or an outcome in capitals
// (`(failed)`, `(INCOMPLETE)`) is what the statement says of the address and stays, as does a
// parenthesised text of several tokens (`(aid 1)`) and a name after any other value (an IP
// address's `(tcp-server)`, `(primary)`: names a program may print for a reason of its own).
import { isFailureWord } from './failure-words.js';
import { isOutcomeWord } from './outcome-words.js';

const HARDWARE_ADDRESS = '<mac>';
// One parenthesised name: a letter or digit first; placeholders the masker put inside allowed.
const PARENTHESISED_NAME = /^\((?:[A-Za-z0-9]|<[a-z]+>)(?:[\w.-]|<[a-z]+>){0,62}\)$/;

/** Whether `token` (after a hardware address) is the host name the program adds (see the file's header). */
function isHostName(token: string): boolean {
  if (!PARENTHESISED_NAME.test(token)) return false;
  const inner = token.slice(1, -1);
  return !isFailureWord(inner) && !isOutcomeWord(inner);
}

/** `tokens` (a masked log line) without the host names after hardware addresses (see above). */
export function withoutHardwareAddressHostName(tokens: string[]): string[] {
  if (!tokens.includes(HARDWARE_ADDRESS)) return tokens;
  const out = tokens.filter((token, i) => i === 0 || tokens[i - 1] !== HARDWARE_ADDRESS || !isHostName(token));
  return out.length === tokens.length ? tokens : out;
}
