// Real servers' logs, nineteenth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; each label.py says
// where each was checked). As in server-logs.test.ts, an error's maker that a record carries is a
// statement of its own.
//   - tor.ndjson: Debian 12's tor 0.4.9.11 in the foreground at its default level (programs/tor:
//     `<Mon dd hh:mm:ss.mmm> [<severity>] message`): HTTP, TLS and garbage on its SOCKS port,
//     SOCKS 4 and 5 requests naming IP addresses, private addresses and malformed onion names, an
//     HTTP tunnel CONNECT to a private address (which reaches a line tor marks unreachable and logs
//     a bug with its stack, a frame a line); broken configurations (unknown options, bad booleans
//     and intervals, ports out of range or in use, malformed policies, hidden services without
//     ports, a bad hashed password, unopenable log files, an unknown country, a missing managed
//     proxy).
//   - coturn.ndjson: Debian 12's coturn 4.6.1, verbose, simple log to stdout (programs/coturn:
//     `<seconds since start>: : message`, its start-up banner over several lines) and what it
//     writes to stderr itself: turnutils_uclient over TCP with wrong passwords, unknown users,
//     peers in denied ranges, good allocations; raw bytes that are not STUN; configuration lines
//     it rejects (user accounts without a password, bad addresses, unknown options).
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA tor 0.628, coturn 0.598; one merge, coturn's start-up
// banner: messages that open with a line break after the line head (`0: : ` then `RFC 3489/…`,
// `Max number of open files/sockets …`, `==== Show him the instruments …`) were one signature with
// the empty message coturn prints between them. Split: tor's quoted option names (`Unknown option
// 'SocksPortt'`), glibc backtrace frames without a symbol (`/lib/…/libc.so.6(+0x2724a)`), CamelCase
// option names inside messages (`Invalid SocksPort configuration`), the listener kinds of one
// statement (`Socks listener`, `HTTP tunnel listener`); coturn's bare word after a colon (`Wrong
// user account: dave`), angle-bracketed user names (`user <alice>`), packet kinds (`ALLOCATE`).
// A first line holding only the line head (no letter) is read with the next non-blank line
// (head-only-line.ts): coturn 0.598 → 0.609, its merge gone; tor, the other sets, the
// equivalence digests and Loghub GA 0.991 unchanged.
// A backtrace_symbols(3) frame without a symbol (`<path>(+0x2724a)`) is a frame, and the address
// after a frame is the frame's (native-frame-symbol.ts): tor 0.628 → 0.700, its bug's stack one
// signature; coturn, the other sets, the equivalence digests and Loghub GA 0.991 unchanged.
// `option` joins the words for a configured object (template-tokens.ts CONFIGURED_OBJECT_WORDS):
// tor 0.700 → 0.708 (`Unknown option 'SocksPortt'` / `'ExitNodez'` one signature); coturn, the
// other sets, the equivalence digests and Loghub GA 0.991 unchanged.
// A naming label after a naming word (`user account: dave`) labels the name and is none itself,
// and `policy` joins the configured objects' words (template-tokens.ts isNamingLabel,
// CONFIGURED_OBJECT_WORDS): tor 0.708 → 0.716, coturn 0.609 → 0.613.
// Left: a bare word after a colon ending the line (coturn's `Bad configuration format:
// bogus-option` / `relay-treads`); CamelCase option names inside tor's messages (`Invalid
// SocksPort configuration`, `Could not parse SafeSocks:`), which a word veto keeps apart as it
// keeps apart two statements' own words; one statement's kinds in words (tor's `Socks listener`
// and `HTTP tunnel listener`, `Bootstrapped 5% (conn): Connecting to a relay`), coturn's packet
// kinds (`ALLOCATE`, `REFRESH`) and its reasons (`401: Unauthorized`, `403: Forbidden IP`), which
// tell failures apart as they should.
// A word naming an address family keeps its digit (address-family.ts, for ntpsec's `listen4` /
// `listen6`, NSD's `invalid IPv4 address` / `IPv6`, Loghub Mac's `IPV4 Addr` / `IPV6 Addr`, each two
// statements): tor 0.716 → 0.684, since geoip.c's one `Parsing GEOIP %s file %s.` prints the
// family as a value (`IPv4` / `IPv6`) and is now two signatures, a split where the others were merges.
// A packet's method in capitals between `packet` and `processed` is a value
// (processed-packet-method.ts: ns_turn_server.c's log_method, `incoming packet %s processed,
// success`, was one signature per method, `ALLOCATE`, `REFRESH`, `CHANNEL_BIND`,
// `CREATE_PERMISSION`): coturn GA Rounds 0.613 → 0.678 (Drain3 0.434 before and after; `npx tsx
// bench/grouping-server-logs.ts`); tor and every other set unchanged. Left in coturn: the
// `…, error %d: %s` twin still splits by its code and reason (`401: Unauthorized` / `403:
// Forbidden IP`, which tell failures apart; its `CHANNEL_BIND` and `message` lines with one code
// are now one signature); the closing reason after `reason:` (`general` / `TCP connection
// closed by client (callback)`), free text at the line's end.
// The word ending a line after `configuration format:` (or `option:`) is the keyword a reader
// could not use (configuration-token-name.ts: mainrelay.c's `Bad configuration format: %s` with
// `bogus-option` / `relay-treads`, the leftover above; a narrower frame than the bare word after
// any colon tried in server-logs-20): coturn 0.678 → 0.691; every other set, the equivalence
// digests and Loghub GA 0.993 unchanged.
// `error <code>: <reason>` ending a line is one status value, as a status and its phrase with a
// space between are (colon-status-reason.ts): log_method's `…, error %d: %s` with `401:
// Unauthorized` and `403: Forbidden IP` (the STUN reply's code and reason, RFC 8489 section 14.8)
// is one signature: coturn GA Rounds 0.691 → 0.963 (Drain3 0.434 before and after; `npx tsx
// bench/grouping-server-logs.ts`); tor and every other set unchanged. Left in coturn: the closing
// reason after `reason:` (`general` / `TCP connection closed by client (callback)`), which says
// why a session ended as an errno says why a call failed.
// fp-logs74 (rounds-fp/48): a Tor listener's kind from connection.c's conn_type_to_string
// (`Socks`, `HTTP tunnel`, `Control`…), then `listener` and `on` or `connection`, is a value, its
// words one run (tor-listener-kind.ts, tor-listener-kind.test.ts): connection_listener_new's
// `Opening %s on %s` and `Opened %s`, retry_all_listeners' `Closing partially-constructed %s` are
// one signature each. tor GA 0.684 → 0.852 (Drain3 0.512 before and after; `npx tsx
// bench/grouping-server-logs.ts`); coturn and every other set unchanged.
// fp-logs74 (rounds-fp/48): a Tor bootstrap line's phase after `Bootstrapped <pct>`, its tag in
// parentheses and summary (control_bootstrap.c's `Bootstrapped %d%% (%s): %s`, from
// bootstrap_status_to_string's table), is one value to the end (tor-bootstrap-phase.ts,
// tor-bootstrap-phase.test.ts): tor GA 0.852 → 0.904 (Drain3 0.512); every other set unchanged.
// Left in tor: geoip's family (above), the quoted guard context (`"default"` / `"bridges"`),
// option names and the values operators wrote inside `Failed to parse/validate config: %s`.
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, nineteenth round", () => {
  itGroupsServerLogs(
    [
      ['tor.ndjson', 'tor', 0.904],
      ['coturn.ndjson', 'coturn', 0.962],
    ],
    MERGES_LEFT,
  );
});
