// Real servers' logs, forty-first round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a word a statement takes from a table is a
// statement of its own.
//   - syslog-ng.ndjson: Debian 12's syslog-ng 3.38.1 (programs/syslog-ng), its own messages on
//     stderr in the foreground (`syslog-ng -Fe -v`, `[ISO timestamp] text; tag='value', …`, and the
//     configuration parser's reports without a timestamp): a TCP source that lets two clients in
//     and refuses a third, a TLS source meeting plain text and a client without a certificate,
//     malformed RFC 6587 frames, a follow-mode file that does not exist, destinations that cannot
//     work (a port nobody listens on, a host name that does not resolve, a directory as a file, a
//     disk buffer too small), a second daemon finding the ports taken, a reload, a run as nobody
//     meeting files it may not open, and configurations an operator got wrong (undefined
//     references, unknown options, a missing semicolon, a missing key file, TLS without tls(), a
//     socket in a directory that does not exist, a disk buffer in a plain file, a missing include,
//     a pattern database whose expressions PCRE cannot compile, an unknown flag).
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA syslog-ng 0.952 (119 of 125 lines); merged:
// transport-tls.c's `SSL error while reading stream; tls_error='…'` whatever OpenSSL's reason,
// radix.c's `Error while compiling regular expression; …, error_message='…'` whatever PCRE's.
// After failure-field.ts read a key qualifying the error word (`tls_error`, `error_message`) as
// `error`'s message: 1 (125 of 125), no merge.
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, forty-first round", () => {
  itGroupsServerLogs(
    [
      ['syslog-ng.ndjson', 'syslog-ng', 1],
    ],
    MERGES_LEFT,
  );
});
