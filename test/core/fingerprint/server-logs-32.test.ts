// Real servers' logs, thirty-second round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, an error's maker that a record carries is a
// statement of its own.
//   - inspircd.ndjson: Debian 12's InspIRCd 3.15.0 (programs/inspircd), its file log's lines
//     (`Day Mon DD YYYY hh:mm:ss TYPE: message`, server notices carrying IRC bold \x02 around
//     names and \x0f after a real name) and its stdout at start-up (no header) in one file:
//     configurations an operator got wrong (a missing MOTD file and include, an unknown module,
//     a stray quote, an oper type that is not defined, a bad server ID, a duplicate oper, text
//     outside a tag), clients that register, fail to oper up (password, host, login), get killed,
//     ping out, overflow their receive queue or pass a class's clone limit, an oper's X-lines,
//     wrong DIE and RESTART passwords, module loads and unloads, a rehash, servers that try to
//     link with the wrong credentials or no protocol, an uplink that refuses every autoconnect,
//     an X-line database whose directory is missing, a second daemon on the same ports.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA inspircd 0.759 (142 of 187 lines), no merge; splits:
// users.cpp's `Client connecting on port %d (class %s): …` one signature per connect class
// (main, guarded, short, clones); usermanager.cpp's `Client exiting: %s (%s) [%s]` one per quit
// reason (`Quit: bye`, `Killed (alice (…))`, `Ping timeout: 5 seconds`, `RecvQ exceeded`,
// `Connection closed`); core_oper's `Failed oper attempt by %s using login '%s': The following
// fields do not match: %s` one per login and field list; m_spanningtree's `Connection to
// '\x02%s\x02' failed.` and `… failed with error: %s` one per link name (`hub.example.test`,
// `inbound from 127.0.0.1`) and error.
// Fixed in general form, inspircd 0.759 → 0.872 (163 of 187 lines): IRC formatting codes are removed from log
// bodies as terminal colours are (irc-formatting.ts); a quoted span of several words is one
// value where another line has one (variable-run.ts, quoted-span-run.test.ts); an IRC client's
// `nick!user@host` is one value (parameterize.ts `hostmask`, irc-client-prefix.test.ts); a name
// closed by a bracket (`main):`) takes part in a value position as a bare name does (miner.ts,
// closed-name-value-position.test.ts). Left split: `Client exiting` by its quit reason (the
// bracketed reason is free text: `Quit: bye`, `Ping timeout: 5 seconds`, `RecvQ exceeded`, a
// KILL's `Killed (alice (…))`, which read as different events), `failed with error: %s` by its
// error (`Connection closed` / `Mismatched server name or password …` / `Invalid command in
// negotiation phase: HELLO`), and the failed OPER's login and field list (three lines, three of
// each: a quoted login beside the words that did not match).
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, thirty-second round", () => {
  itGroupsServerLogs(
    [
      ['inspircd.ndjson', 'inspircd', 0.871],
    ],
    MERGES_LEFT,
  );
});
