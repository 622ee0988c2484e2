// Real servers' logs, forty-third round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a message a statement takes from a table is a
// statement of its own.
//   - radicale.ndjson: Debian 12's Radicale 3.1.8 (programs/radicale), the CalDAV/CardDAV server,
//     logging at level info to stderr (`[YYYY-MM-DD HH:MM:SS +ZZZZ] [pid/thread] [LEVEL] message`),
//     run as nobody: configurations it refuses (a missing file, no section header, an unknown
//     section, option and value, an htpasswd encryption and auth module it does not have, listen
//     addresses it cannot bind, a missing certificate); then htpasswd logins refused and taken, a
//     rights file that denies, is gone and does not compile, a storage hook that fails, malformed
//     PROPFIND, REPORT, PROPPATCH, MKCALENDAR, MKCOL and PUT bodies, a sync token it never gave, a
//     body over the limit, a remote MOVE, a request line that is not HTTP, a client that times
//     out, a storage folder it may not enter, and plain HTTP and a bare close against its TLS port.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA radicale 0.571 (72 of 126 records), no merge; split:
// app/__init__.py's request and response lines one signature per HTTP method opening the message
// (PROPFIND, MKCALENDAR, PUT, REPORT, PROPPATCH, MKCOL, GET, MOVE) and per whether the optional
// ` with depth %r` is there; `Listening on %r%s` with and without ` with SSL`; `"%s %s"`'s
// `Loaded default config` apart from `Loaded config file '…'`; `Access to %r denied for %s` with
// `anonymous user` apart from a quoted user.
// After the status entry learned the IANA registry's phrases (parameterize.ts HTTP_REASONS: WebDAV's
// `207 Multi-Status`): the response statement 11 -> 9 signatures (PROPFIND and REPORT answered
// 207 beside their 401 and 400), GA unchanged 0.571, no merge. Left as they are: the HTTP method
// opening the request and response lines is a constant (as a request line's is, docs/
// fingerprinting.md), and the optional ` with depth %r`, ` with SSL`, a config source of two
// words or three, `anonymous user` or a quoted user are a different number of tokens.
// Since fp-logs67 (rounds-fp/45): a method opening the message right before `request` or
// `response` is the client's, a value (request-method-head.ts; a request line's method in quotes,
// Loghub's OpenStack convention, is another shape and stays), and a clause after a value that
// opens with a preposition and closes with a value of its own (` with depth '1'`) is part of that
// value's place (optional-value-clause.ts, variable-run.ts; request-method-head.test.ts): the
// request and response statements one signature each; radicale GA 0.571 -> 0.937 (Drain3 0.151
// before and after), no other set moved. Left: ` with SSL` (a clause with no value), the config
// source of two words or three, `anonymous user` or a quoted user.
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, forty-third round", () => {
  itGroupsServerLogs(
    [
      ['radicale.ndjson', 'radicale', 0.936],
    ],
    MERGES_LEFT,
  );
});
