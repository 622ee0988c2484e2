// Real servers' logs, forty-fifth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a message a statement takes from a table is a
// statement of its own.
//   - rsyncd.ndjson: Debian 12's rsync 3.2.7 daemon (programs/rsyncd) writing its own `log file`
//     (`YYYY/MM/DD HH:MM:SS [pid] message`) with transfer logging on: configuration lines it cannot
//     read, a port another process holds; then a daemon driven by rsync clients and raw nc (unknown
//     modules, downloads and uploads, a missing file, a read-only module, a directory it may not
//     write, a module path that does not exist and one with none, hosts deny and hosts allow with a
//     malformed mask, a right and a wrong password, a user the secrets file has not, a secrets file
//     others may read, max connections reached, an HTTP request, arguments separated the wrong way,
//     a client that closes before the protocol starts).
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA rsyncd 0.903 (103 of 114 records); split: the transfer
// line's `(%u)`, empty for an anonymous module and `(alice)` for an authenticated one (3 + 1), and
// `rsync denied on module %s` for the modules `denied` and `allowonly`; merged: clientserver.c's two
// statements `rsync %s %s from %s (%s)` and `rsync %s %s from %s@%s (%s)` (the second names the
// authenticated user before the host).
// After a module's name written bare in `<preposition> module <name> from` read as a value
// (bare-module-name.ts): 0.921 (105 of 114). Left: the transfer line's split, where the module
// (`pub`, `secret`) is a bare word with nothing before it that says so and only two modules were
// seen, and the merge, where `alice@localhost` and `localhost` are values in one place.
const MERGES_LEFT: Record<string, string[][]> = {
  'rsyncd.ndjson': [
    ['clientserver.c rsync_module: "rsync %s %s from %s (%s)" on', 'clientserver.c rsync_module: "rsync %s %s from %s@%s (%s)" on'],
  ],
};

describe("real servers' logs, forty-fifth round", () => {
  itGroupsServerLogs(
    [
      ['rsyncd.ndjson', 'rsyncd', 0.921],
    ],
    MERGES_LEFT,
  );
});
