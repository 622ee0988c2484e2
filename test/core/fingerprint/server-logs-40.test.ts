// Real servers' logs, fortieth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a word a statement takes from a table is a
// statement of its own.
//   - opensmtpd.ndjson: Debian 12's OpenSMTPD 6.8.0p2 (programs/opensmtpd), syslog lines
//     (`Mon DD hh:mm:ss smtpd[pid]: message`) and the stderr of `smtpd -n` on configurations an
//     operator got wrong: local delivery, unknown recipients, relaying refused, relay hosts that
//     refuse connections, the recipient or all mail, an MX that does not resolve, deferred mail
//     retried, removed and expired, bounces, TLS handshakes that fail (OpenSSL 3), HTTP and
//     TLS 1.0 on the SMTPS port, commands out of order or unknown, a command too long, a message
//     too big, hang-ups, a session timeout, a certificate file that is not there, shutdown.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA opensmtpd 0.784 (120 of 153 lines); merges:
// smtp_session.c's `smtp disconnected reason=%s` lines (quit, disconnect, timeout and
// `"io-error: %s"` per OpenSSL reason, 25 lines: the quoted io-error value was masked whole, so
// the other reasons joined it), mta.c's TempFail deliveries whose stat is the relay's MX failure
// and its network error (8 lines: the quoted stat masked whole). No split.
// After reason-and-status-text (failure-field.ts: a reason key's quoted value in a line with no
// status code, and a status key's quoted text of several words, are read word by word as an
// error key's message is): 1 (153 of 153), no merge.
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, fortieth round", () => {
  itGroupsServerLogs(
    [
      ['opensmtpd.ndjson', 'smtpd', 1],
    ],
    MERGES_LEFT,
  );
});
