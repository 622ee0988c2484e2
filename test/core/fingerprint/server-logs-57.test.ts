// Real servers' logs, fifty-seventh round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a message a statement takes from elsewhere is a
// statement of its own.
//   - transmission-daemon.ndjson: Debian 12's transmission-daemon 3.00 (programs/transmission-daemon)
//     in the foreground with debug messages on, its stderr one record per line as journald gets it
//     (`[%Y-%m-%d %H:%M:%S.%03d] [<name> ]<message> (<file>:<line>)`, the name a torrent's or a
//     subsystem's): settings it cannot use (no JSON, an RPC bind address that is none, ports another
//     program holds, a watch directory that is not there), then torrents whose local trackers answer
//     a failure reason, HTML, a peer list, or nobody; verification with data there and deleted, a
//     move into a read-only directory, malformed .torrent files in the watch directory, RPC requests
//     it refuses, SIGHUP, SIGTERM, and a restart from the resume files.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured on main's rules (rounds-fp/41 as it opened): GA transmission-daemon 0.443 (216 of 488 records,
// 60 statements, 118 signatures); Drain3 0.262 (bench/grouping_drain3.py's configuration, drain3
// 0.9.11). Split: every message of a torrent by the torrent's name before it (`<name> Pausing
// (torrent.c:2022)`, `Verifying torrent`, `Queued for verification`, `Announcing to tracker`, …,
// 19 statements in 2 to 5 signatures each): the time before the name is a value, so a variable
// run (variable-run.ts) had no constant word to open on, a one-word name joined the time in one
// token, and a name in title case (`Big Buck Bunny (2008) 1080p.mkv`) read `Big` as a failure
// word; utils.c's and resume.c's `Couldn't read "%s"` by a quoted path with spaces in it; natpmp.c's
// logVal `%s succeeded (%d)` by the function it names. Merged: none.
// After this round's rule (values alone before a run of words, and a line ending in its source
// location after a word of the message: the run, the torrent's name, opens the template,
// located-message-lead.ts; a capitalised word inside that run is a title's, not a failure word):
// GA 0.904 (441 of 488, 67 signatures), no merge; no other server-logs set moved (npx tsx
// bench/grouping-server-logs.ts). Left split: `Couldn't read "%s"` (utils.c, resume.c) by a quoted
// path holding the torrent's name with spaces (`.../resume/Big Buck Bunny (2008) 1080p.mkv.<hex>.resume"`),
// beside the torrent's name before it in resume.c's (two runs in one line), and natpmp.c's logVal
// by the function it names (`initnatpmp` / `sendpublicaddressrequest succeeded (%d)`: a
// lower-case word seen twice at its place, kept as a word).

const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, fifty-seventh round", () => {
  itGroupsServerLogs(
    [
      ['transmission-daemon.ndjson', 'transmission-daemon', 0.903],
    ],
    MERGES_LEFT,
  );
});
