// Real servers' logs, forty-sixth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a message a statement takes from a table is a
// statement of its own.
//   - supervisor.ndjson: Debian 12's supervisor 4.2.5 (programs/supervisor), supervisord's own
//     logfile at loglevel "trace" (`YYYY-MM-DD HH:MM:SS,mmm LEVL message`), run as root with an
//     include that matches nothing and child-log settings it warns about; programs that exit too
//     quickly and go FATAL, a command that does not exist and one that is not executable, a
//     directory that does not exist and one the program's user may not enter (the child's stderr
//     logged below `'name' stderr output:`), a worker whose exit code is not expected (autorestart
//     loop), one that ignores SIGTERM and is SIGKILLed; driven by supervisorctl over the inet server
//     and the unix socket (wrong passwords: 401 in the access lines), curl (a missing page, XML-RPC
//     bodies that do not parse or name no method), SIGUSR2 and SIGTERM.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA supervisor 0.665 (121 of 182 records); splits:
// dispatchers.py's `fd %s closed, stopped monitoring %s`, whose %s is a POutputDispatcher's repr
// naming the program, its state and the channel (7 signatures for 34 records); the access line
// `host:port - - [date] "request" code size` (a GET of a missing page apart from the POSTs);
// `waiting for %s to stop` and `stopped: %s (terminated by SIGTERM)` one signature per program's
// name; merge: a child's stderr logged below `'nodir' stderr output:` in two reads, the
// `couldn't chdir` line and `child process was not spawned` alone, one signature.
const MERGES_LEFT: Record<string, string[][]> = {
  'supervisor.ndjson': [
    [
      `dispatchers.py _log; process.py _spawn_as_child "couldn't chdir to %s: %s" ENOENT`,
      'dispatchers.py _log; process.py _spawn_as_child "child process was not spawned" (read apart from the line before it)',
    ],
  ],
};

describe("real servers' logs, forty-sixth round", () => {
  itGroupsServerLogs(
    [
      ['supervisor.ndjson', 'supervisor', 0.664],
    ],
    MERGES_LEFT,
  );
});
