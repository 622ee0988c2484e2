// Real servers' logs, fifty-sixth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a message a statement takes from elsewhere is a
// statement of its own.
//   - znc.ndjson: Debian 12's ZNC 1.8.2 (programs/znc), `znc -f -D` as user nobody, its stdout one
//     record per line as journald gets it (the start-up's `<action>... ` with its status on the same
//     line, PrintMessage/PrintError lines with no prefix, DEBUG lines behind
//     `[%Y-%m-%d %H:%M:%S.%06lu] `, the wire traffic among them), then adminlog's file
//     (`[%Y-%m-%d %H:%M:%S] <text>`): configurations ZNC refuses (none at all, a section left open,
//     a TLS listener with no certificate, global and user modules that do not exist, a port ngIRCd
//     holds, an invalid user name, a network twice, a user with no password, a directory for a
//     file), then users whose networks point at a local ngIRCd with right and wrong passwords, at a
//     port nobody listens on, at a name that does not resolve, at servers that close at once, send
//     an IRC ERROR or speak no TLS; clients with wrong passwords and unknown users, failing *status
//     commands, web-interface requests with a wrong login, an IRC operator's KILL, SIGHUP with a
//     module that does not exist, SIGUSR1, `*status Shutdown`.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured on main's rules (rounds-fp/41 as it opened): GA znc 0.409 (461 of 1126 records, 73
// statements); Drain3 0.220 (bench/grouping_drain3.py's configuration, drain3 0.9.11). Split: the
// wire-traffic DEBUG lines, `(%s/%s) IRC -> ZNC [%s]` and the other three directions, by every word
// of the IRC line relayed (476 lines of five statements in 134 signatures); the socket names
// `IRC::<user>::<network>` and `USR::<user>` read as code (`Class::member`), so each user's
// `TDNS: %s, connecting to …`, `%s == Connected()` and `%s == SockError(…)` were signatures of
// their own; the sender `(alice/local)` before a relayed line a word. Merged: PrintAction's `Opening
// config [%s]... ` with every PrintStatus after it on the same line (`[ No such file ]`, `[ Not a
// file ]`, two Config.cpp parse errors, success), and PrintStatus's `[ Unable to bind: … ]` with
// `[ Unable to find modinfo …: … ]` (a status padded in brackets read as a padded list,
// padded-list.ts); CIRCSock's and CClient's `%s == Disconnected()`.
// After this round's rules (the line a relay passes on, in brackets after `NAME -> NAME` and the
// sender before it, is one value, relayed-line.ts: GA 0.742; a socket's name of a kind in capitals
// and the names given it keeps the kind and masks the names, `IRC::<*>` apart from `USR::<*>`,
// kinded-object-name.ts: 0.889; a bracket standing apart that holds two lower-case words or more is
// a status message, not a padded list, padded-list.ts: 0.904, 1018 of 1126): no other server-logs
// set moved (npx tsx bench/grouping-server-logs.ts). Left split: CZNC::LoadGlobal's `Loading global
// module [%s]... ` by the module (webadmin, adminlog: one line each, a bracketed word kept as a
// word), CHTTPSock::PrintHeader's `- %d (%s) [%s]` by the status text in parentheses (OK, Not
// Found, Found). Left merged: CClient's PutClient, PutModule and PutStatusNotice all write `(%s)
// ZNC -> CLI [%s]`, the last two with a line they build from `*status!znc@znc.in` (the same text
// but for the relayed line, which is a value now).
const MERGES_LEFT: Record<string, string[][]> = {
  'znc.ndjson': [
    [
      'src/Client.cpp:586 CClient::PutClient: DEBUG("(%s) ZNC -> CLI [%s]")',
      'src/Client.cpp:625 CClient::PutModule: DEBUG("(%s) ZNC -> CLI [:%s%s!znc@znc.in PRIVMSG %s :%s]")',
      'src/Client.cpp:610 CClient::PutStatusNotice: DEBUG("(%s) ZNC -> CLI [:%s%s!znc@znc.in NOTICE %s :%s]")',
    ],
  ],
};

describe("real servers' logs, fifty-sixth round", () => {
  itGroupsServerLogs(
    [
      ['znc.ndjson', 'znc', 0.904],
    ],
    MERGES_LEFT,
  );
});
