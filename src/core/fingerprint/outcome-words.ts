// Outcome words: the words a program prints in capitals to name the result or state it chose
// from its own list — a DNS response code (`NXDOMAIN`, `SERVFAIL`, `REFUSED`: RFC 1035 §4.1.1 and
// the IANA DNS RCODE registry name them so, and resolvers log them by those names), a process
// state (`RUNNING`, `FAILED`), a signal (`SIGTERM`). In a place where other lines of one log
// statement print a value (an address, a number, a host name), such a word is no value: it is
// the other outcome the program reports there. dnsmasq's log_query writes both `reply <name> is
// <address>` and `reply <name> is NXDOMAIN` through one format string (docs/fingerprinting.md,
// "Log templates": a reason from a program's own list is its own statement).
//
// The words for "no value" (`NULL`, `NONE`, `N/A`, `NaN`…) are a value printed as missing, not
// an outcome, and stay a value's.

// Three capitals or more, then capitals, digits, and `-`/`_`-joined parts (`NODATA-IPv6`,
// `CLIENT_NOT_FOUND`), with the punctuation a word may carry after it.
const CAPITALS = /^[A-Z]{3,}[A-Z0-9]*(?:[-_][A-Za-z0-9]+){0,4}[:,.;!]?$/;
const NO_VALUE = new Set(['NULL', 'NONE', 'NIL', 'NAN', 'NA', 'UNKNOWN', 'UNDEFINED', 'UNSET', 'EMPTY', 'TRUE', 'FALSE']);

/** True for a word in capitals that names an outcome or state the program chose (see the file's header). */
export function isOutcomeWord(token: string): boolean {
  if (!CAPITALS.test(token)) return false;
  return !NO_VALUE.has(token.replace(/[:,.;!]$/, ''));
}
