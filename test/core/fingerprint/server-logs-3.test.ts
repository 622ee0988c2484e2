// Real servers' logs, third round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; the generate.sh
// headers say where each was checked). As in server-logs.test.ts, a reason a program chooses
// from its own list of texts is its own statement, and so is an error text from a library's
// list (errno's, OpenSSL's): a different text is a different failure.
//   - lighttpd-errors.ndjson: lighttpd 1.4.69 (programs/lighttpd/generate.sh) with the two
//     debug switches admins turn on (files not found, request headers on error), basic auth,
//     CGI, proxies to absent backends, TLS. Every line names its statement as `(file.c.LINE)`.
//     Splits left (GA 0.55): request.c's `rqst: <header line>` (log_error_multiline writes each
//     line of the refused request behind one prefix: the line is the client's input, a value),
//     and gw_backend.c's `gw-server re-enabled: %s %s %hu %s` with a TCP and a Unix-socket
//     backend (its last value is empty for TCP, so the two lines have different lengths).
//     Since fp-logs67 (rounds-fp/45): the line after a `rqst:` / `resp:` label opening the message
//     is one value, the empty line closing the headers too (header-dump-line.ts,
//     header-dump-line.test.ts): lighttpd-errors GA 0.551 -> 0.959 (Drain3 0.255 before and after),
//     no other set moved. Left: the gw-server line above.
//   - exim-mainlog.ndjson: Exim 4.96 (programs/exim4/generate.sh) refusing relay, senders,
//     bare-IP HELOs, big messages, passwords, and clients that break SMTP. The text after an ACL
//     rejection's colon is the ACL's configured message (each its own group). A HELO name in
//     parentheses before the address is an optional part (peer-name.ts: `no MAIL in SMTP
//     connection from …` 3 → 2 signatures, `SMTP syntax error in "<command>" … unrecognized
//     command` 6 → 2). Splits left (GA 0.78): the syntax error with a quoted request line
//     (`"GET / HTTP/1.1"`, a structure of constants by design, template-tokens.ts), and `no MAIL`
//     without its ` C=<commands>` field (optional trailing fields are kept apart, docs/fingerprinting.md).
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';


describe("real servers' logs, third round", () => {
  itGroupsServerLogs(
    [
      ['lighttpd-errors.ndjson', 'lighttpd', 0.959],
      ['exim-mainlog.ndjson', 'exim', 0.867],
    ],
  );
});
