// Real servers' logs, twenty-eighth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, an error's maker that a record carries is a
// statement of its own.
//   - pure-ftpd.ndjson: Debian 12's Pure-FTPd 1.0.50 standalone on 127.0.0.1 with verbose logging
//     (programs/pure-ftpd: `pure-ftpd -d -d`, through rsyslogd's traditional file format,
//     `Mmm dd hh:mm:ss host pure-ftpd: (account@host) [LEVEL] message`): PureDB virtual users and
//     anonymous FTP under wrong passwords, unknown users, more connections from one address than
//     allowed, missing files and directories, anonymous writes refused, unknown and malformed
//     commands, a line too long, an idle client timed out; then the server started with options it
//     refuses, a TLS certificate that is not there, a port already taken and a user database that
//     is not there. With -d -d every reply line the client gets is logged too (`[DEBUG] 226-…`).
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA pure-ftpd 0.498 (163 of 327 lines). Splits: the
// session prefix `(account@host)` with a host name (`(?@localhost)`) where the others have an
// address, so `New connection from %s` and `Command [%s] [%s]` were two signatures each (and the
// latter a third for an argument holding spaces, `[CHMOD 999 quarter.csv]`); `%s is now logged in`
// one per user; `TYPE is now %s` with `ASCII` and `8-bit binary`; displayrate's one statement for
// `uploaded` and `downloaded`.
// An account at `localhost` in parentheses (`(?@localhost)`, ftpd.c logfile's `(%s@%s)` when the
// client's address resolves) is an address, as `(?@127.0.0.1)` is (parameterize.ts `email`,
// account-at-host.test.ts): pure-ftpd 0.498 -> 0.547, `New connection from %s` one signature.
// Left: `Command [%s] [%s]` with an argument holding spaces (`[CHMOD 999 quarter.csv]`, the
// client's text: read as words, it would be one statement per argument's length); `%s is now
// logged in` with the user's name first (two words at one place are two statements, miner.ts
// similarity); `TYPE is now %s` (`ASCII`, `8-bit binary`) and displayrate's `uploaded` /
// `downloaded`, words the statement chooses from two.
// Merges left: each failure pure-ftpd logs (error()'s `[ERROR] Can't open %s: %s`, docwd's,
// dodele's, the end of a session's `Logout.`, `Anonymous user logged in`) and the reply that
// says it to the client, which -d -d logs again as `[DEBUG] 550 <the same text>`: two statements
// (logfile and doreply's `%3d%c%s`) of one failure, apart only in the severity, which does not
// contribute (docs/fingerprinting.md, log records), and the reply code, a number.
// A bracketed field of several tokens holding a value, closing a run of bracketed fields at the
// line's end, is one value as `[alice]` is (bracketed-field-run.ts): `Command [site] [CHMOD 999
// quarter.csv]` joins the statement's other 81 lines, pure-ftpd GA 0.547 -> 0.798 (261 of 327;
// Drain3 0.058 before and after); no merge added. A SITE argument of words alone would still
// split (a bracketed run of words is how programs write their own words).
const MERGES_LEFT: Record<string, string[][]> = {
  'pure-ftpd.ndjson': [
    ['ftpd.c error(550, MSG_OPEN_FAILURE) log: "Can\'t open %s: %s" (No such file or directory)', 'ftpd.c error(550, MSG_OPEN_FAILURE) reply: "Can\'t open %s: %s" (No such file or directory)'],
    ['ftpd.c error(550, MSG_MKD_FAILURE) log: "Can\'t create directory: %s" (File exists)', 'ftpd.c error(550, MSG_MKD_FAILURE) reply: "Can\'t create directory: %s" (File exists)'],
    ['ftpd.c error(550, MSG_RMD_FAILURE) log: "Can\'t remove directory: %s" (Directory not empty)', 'ftpd.c error(550, MSG_RMD_FAILURE) reply: "Can\'t remove directory: %s" (Directory not empty)'],
    ['ftpd.c docwd logfile(LOG_INFO, MSG_CANT_CHANGE_DIR ": %s") (No such file or directory)', 'ftpd.c docwd reply(550, MSG_CANT_CHANGE_DIR ": %s") (No such file or directory)'],
    ['ftpd.c dodele logfile(LOG_NOTICE, MSG_DELE_SUCCESS): "Deleted %s%s%s%s"', 'ftpd.c dodele reply(250, MSG_DELE_SUCCESS): "Deleted %s%s%s%s"'],
    ['ftpd.c after parser() logfile(LOG_INFO, MSG_LOGOUT): "Logout."', 'ftpd.c after parser() addreply(0, MSG_LOGOUT): "Logout."'],
    ['ftpd.c error(550, MSG_RMD_FAILURE) log: "Can\'t remove directory: %s" (No such file or directory)', 'ftpd.c error(550, MSG_RMD_FAILURE) reply: "Can\'t remove directory: %s" (No such file or directory)'],
    ['ftpd.c logfile(LOG_INFO, MSG_ANONYMOUS_LOGGED): "Anonymous user logged in"', 'ftpd.c reply MSG_ANONYMOUS_LOGGED: "Anonymous user logged in"'],
    ['ftpd.c error(553, MSG_OPEN_FAILURE2) log: "Can\'t open that file: %s" (Permission denied)', 'ftpd.c error(553, MSG_OPEN_FAILURE2) reply: "Can\'t open that file: %s" (Permission denied)'],
  ],
};

describe("real servers' logs, twenty-eighth round", () => {
  itGroupsServerLogs(
    [
      ['pure-ftpd.ndjson', 'pure-ftpd', 0.798],
    ],
    MERGES_LEFT,
  );
});
