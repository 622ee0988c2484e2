// More real servers' logs, produced by the programs in test/fixtures/fingerprint/programs/ and
// labelled by reading each program's source (one group per log statement; the generate.sh
// headers say where each was checked). As in server-logs.test.ts, a reason a program chooses
// from its own list of texts is its own statement, and one statement written by two programs
// (imap-login and pop3-login) is two shapes:
//   - mosquitto-broker.ndjson: Eclipse Mosquitto 2.0.11 (programs/mosquitto/generate.sh) with
//     passwords and an ACL: clients refused, taken over, vanishing, speaking HTTP or TLS or
//     garbage, a bad protocol version or name, a second CONNECT. Client ids (`<unknown>` when
//     the CONNECT never arrived) and user names are values; each disconnect reason in
//     loop.c's switch is its own statement. GA 0.824 (Drain3 0.424) before the user name of
//     `New client connected from %s:%d as %s (p%d, c%d, k%d, u'%s').` was read as a value (each
//     user name was a template of its own): a quoted text glued to a one-letter prefix is one
//     (prefixed-quoted-value.ts; prefixed-quoted-value.test.ts), GA 1 after (Drain3 0.424; npx
//     tsx bench/grouping-server-logs.ts; fp-logs72).
//   - dovecot-mail.ndjson: Dovecot 2.3.19 (programs/dovecot/generate.sh), IMAP and POP3 with a
//     passwd-file: the auth process's `Password mismatch` / `unknown user`, the login
//     processes' `Disconnected: <reason> (<why>): user=<…>, …` (each reason text and each
//     `(auth failed, …)` / `(no auth attempts …)` its own statement), the mail processes'
//     logouts. The `%c` element (`TLS`, `secured`, `TLS: <ssl error>`) is a value.
//   - vsftpd-transfers.ndjson: vsftpd 3.0.3 (programs/vsftpd/generate.sh), its own log format:
//     `[pid N] [user] OK|FAIL <KIND>: Client "<ip>", …` for logins, uploads, downloads,
//     directories, deletes, renames, chmods. One function writes them all; each kind and each
//     outcome is its own shape (a failed upload is not a successful one), and the anonymous
//     login's `, anon password "…"` part is optional in that one statement.
//   - unbound-resolver.ndjson: Unbound 1.17.1 (programs/unbound/generate.sh) forwarding to an
//     upstream that never answers, with local zones that refuse, answer NXDOMAIN or answer
//     statically. The record type in `<name> <type> IN` is a value (log_nametypeclass), as
//     BIND's query type is; a local-zone line is one statement whatever the zone's type. GA
//     0.273 before the record type of a DNS question was read as a value (dns-question.ts),
//     1.000 after.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';


describe("more real servers' logs", () => {
  itGroupsServerLogs(
    [
      ['mosquitto-broker.ndjson', 'mosquitto', 1],
      ['dovecot-mail.ndjson', 'dovecot', 0.93],
      ['vsftpd-transfers.ndjson', 'vsftpd', 0.89],
      ['unbound-resolver.ndjson', 'unbound', 1],
    ],
  );
});
