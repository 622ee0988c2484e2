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

// Measured before any fix of this round: GA supervisor 0.621 (113 of 182 records), no merge; splits:
// dispatchers.py's `fd %s closed, stopped monitoring %s`, whose %s is a POutputDispatcher's repr
// naming the program, its state and the channel (7 signatures for 34 records); dispatchers.py's
// `%(name)r %(channel)s output:` above a child's output, one signature per program (4 for 11); the
// access line `host:port - - [date] "request" code size` (a GET of a missing page apart from the
// POSTs); `waiting for %s to stop` and `stopped: %s (terminated by SIGTERM)` one signature per
// program's name.
// After an object's identity repr (`<Class at <int> …>`, nested ones inside) read as one value
// (object-identity-repr.ts) and the quoted child and its stream above a relayed output as values
// (relayed-output.ts): 0.868 (158 of 182), no merge. Left: the access line's GET apart from its
// POSTs (this document keeps a request line's method a constant: docs/fingerprinting.md), and the
// two statements whose program's name a log has shown too few times to be a value (three
// different words at one place, miner.ts VALUE_WORDS).
// Since the method of a request reported beside its response's status is a value
// (answered-request-method.ts: the access line's quoted request line then its code, medusa's
// http_server.py `'%d - - [%s] "%s" %d %d'`): the GET joins the POSTs, supervisor GA 0.868 →
// 0.973 (177 of 182; Drain3 0.665 before and after).
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, forty-sixth round", () => {
  itGroupsServerLogs(
    [
      ['supervisor.ndjson', 'supervisor', 0.972],
    ],
    MERGES_LEFT,
  );
});
