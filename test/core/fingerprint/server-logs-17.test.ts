// Real servers' logs, seventeenth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; each label.py says
// where each was checked). As in server-logs.test.ts, an error's maker that a record carries is a
// statement of its own.
//   - dnsdist.ndjson: Debian 12's dnsdist 1.7.3 supervised on stdout (programs/dnsdist: bare
//     messages, as the journal receives them; a Lua error's `stack traceback:` and frames under
//     it): backends that refuse, time out or answer SERVFAIL to health checks, go up and down;
//     queries the ACL drops; UDP queries to a backend that never answers and TCP queries to closed
//     ones; console and web connections with wrong keys, passwords or addresses; then
//     `--check-config` on configurations with Lua mistakes, bad addresses and weights.
//   - dramatiq.ndjson: a Dramatiq 2.2.1 worker on Debian's Redis 7.0 (programs/dramatiq:
//     `[<asctime>] [PID <pid>] [<thread>] [<logger>] [<LEVEL>] message` and tracebacks): jobs that
//     fail through the standard library, retry, run out of retries, pass their time limit or name
//     actors the worker does not declare; Redis stopping under the worker.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA dnsdist 0.899, dramatiq 0.807, one merge (json's
// scanner and decoder messages under Dramatiq's `Failed to process message`, one signature by their
// trace, as in server-logs-13's Celery set).
// A plain word between a word for a kind and a parenthesised address is the endpoint's name, a
// value (named-endpoint.ts: dnsdist's `downstream orders (127.0.0.1:47391)`): dnsdist 0.899 →
// 0.960 (`Marking downstream … as 'up'` and `TCP connecting to downstream …` one signature each);
// dramatiq and the other sets unchanged, Loghub GA 0.991 unchanged (Mac 0.956: a name with
// digits is left alone, mDNSResponder's `interface en0 (…)` / `awdl0 (…)` are two of its events).
// An identifier in parentheses opening a message is its subject, a value (parenthesised-subject.ts:
// keepalived's `(VI_api) entering FAULT state`, cron's `(dave) CMD (…)`): server-logs-16 keepalived
// 0.679 → 0.857; this round's sets, syslog-host (0.850) and the other sets unchanged, Loghub GA
// 0.991 unchanged.
// `script` joins the configured objects' words, which are read capitalised too, opening a message
// (keepalived's ``Script `%s` now returning %d``): server-logs-16 keepalived 0.857 → 0.929; the
// other sets unchanged, Loghub GA 0.991 unchanged (Mac's partition unchanged: its `ASL Module
// "com.apple.…"` now shows `<name>` where it showed `<*>`).
const MERGES_LEFT: Record<string, string[][]> = {
  'dramatiq.ndjson': [[
    'worker.py:594 logger.error("Failed to process message %s with unhandled exception.", …, exc_info=True) (json: "Expecting value")',
    'worker.py:594 logger.error("Failed to process message %s with unhandled exception.", …, exc_info=True) (json scanner: "Expecting property name enclosed in double quotes")',
    'worker.py:594 logger.error("Failed to process message %s with unhandled exception.", …, exc_info=True) (json scanner: "Expecting \',\' delimiter")',
    'worker.py:594 logger.error("Failed to process message %s with unhandled exception.", …, exc_info=True) (json decoder.py decode: "Extra data")',
  ]],
};

describe("real servers' logs, seventeenth round", () => {
  itGroupsServerLogs(
    [
      ['dnsdist.ndjson', 'dnsdist', 0.959],
      ['dramatiq.ndjson', 'dramatiq', 0.8],
    ],
    MERGES_LEFT,
  );
});
