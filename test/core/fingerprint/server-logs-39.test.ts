// Real servers' logs, thirty-ninth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a word a statement takes from a table is a
// statement of its own.
//   - spamd.ndjson: Debian 12's SpamAssassin 4.0.1 spamd (programs/spamd) logging through
//     Logger::File (`Sun Dec  6 15:00:11 2026 [pid] level: message`): clean and spam scans for
//     spamc, per-user scans of users that do not exist, TELL requests, malformed protocol lines,
//     a client that stops mid-request (child timeout), a site config with mistakes (an unknown
//     directive, a score that is no number, a regex that does not compile), a client outside
//     --allowed-ips, --max-children reached, a daemon running as root, a pid file in a directory
//     that does not exist, SIGHUP restart and SIGTERM.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA spamd 0.667 (96 of 144 lines), no merge; splits:
// SpamdForkScaling.pm's `prefork: child states: %s` one signature per scoreboard (`IS`, `II`,
// `IB`, `BI`, `BB`, `I`, `B`: one letter per child, 28 lines), spamd's `$current_user:$>` (`for
// root:65534`, `for dave:65534`, `for carol:65534`) one signature per user in `checking message`,
// `clean message` and `identified spam` (19 lines).
// After state-letters.ts (a run of one-letter states after a plural `states:` label is one value)
// and name-number-pair.ts (a lower-case `name:<int>` after `for`/`from`/`to`/`by`/`as` is one
// value): 1.000 (144 of 144), no merge.
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, thirty-ninth round", () => {
  itGroupsServerLogs(
    [
      ['spamd.ndjson', 'spamd', 1],
    ],
    MERGES_LEFT,
  );
});
