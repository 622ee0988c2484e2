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

// The dash a log format prints for a field it has no value for: the Common Log Format's `-` (W3C
// httpd's logging documentation), CoreDNS's log plugin's EmptyValue where no answer was written
// (plugin/pkg/replacer: `{rcode}` as `-`). Where other lines of one statement print an outcome
// word, the dash is the outcome "none": CoreDNS's `… NOERROR qr,aa,rd …`, `… NXDOMAIN qr,aa,rd …`
// and `… - - …` (a query no plugin answered) are three outcomes of one format, not one.
const EMPTY_VALUE = '-';

/** True for a field printed empty (see above). */
export function isEmptyValue(token: string): boolean {
  return token === EMPTY_VALUE;
}

// A status constant in brackets or quotes: capitals and digits in two or more `_`-joined parts,
// one of which says it is a status or an error (`[NT_STATUS_WRONG_PASSWORD]`, `"status":
// "NT_STATUS_NO_SUCH_USER"`, `'KDC_ERR_PREAUTH_FAILED'`). Programs print the code they chose
// from a status table so (Samba's auth_log.c writes `status [%s]` with nt_errstr's name): the
// brackets or quotes do not make it a value. Other constants in quotes are the names of what
// the line is about, values (Synapse's `Dropping command as not connected: 'REMOTE_SERVER_UP'`
// / `'USER_SYNC'`), as are a workgroup, a thread or a host in brackets (`[WORKGROUP]`, `[main]`).
const ENCLOSED_CONSTANT = /^(?:\[([A-Z][A-Z0-9]*(?:_[A-Z0-9]+){1,8})\]|"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+){1,8})"|'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+){1,8})')[,;:.]?$/;
const STATUS_PARTS = new Set(['STATUS', 'ERR', 'ERROR', 'ERRNO', 'FAIL', 'FAILED', 'FAILURE', 'DENIED', 'REFUSED', 'INVALID', 'UNAUTHORIZED', 'FORBIDDEN', 'TIMEOUT', 'EXCEPTION']);

/** True for a status constant in brackets or quotes (see above): an outcome, not a value. */
export function isEnclosedStatusConstant(token: string): boolean {
  if (token.length > 128) return false;
  const m = ENCLOSED_CONSTANT.exec(token);
  if (!m) return false;
  return (m[1] ?? m[2] ?? m[3]).split('_').some((part) => STATUS_PARTS.has(part));
}
