// Real servers' logs, thirty-seventh round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a word a statement takes from a table is a
// statement of its own, and so is each reason an error carries.
//   - rspamd.ndjson: Debian 12's rspamd 3.4 (programs/rspamd), `rspamd -f` logging to a file at
//     info level in its own format (`YYYY-mm-dd HH:MM:SS #PID(PROCESS) <LOG-ID>; MODULE;
//     FUNCTION: message`) with a configuration holding mistakes beside what works: multimap
//     rules with missing maps, no map and a regexp map PCRE2 rejects two lines of; scans on the
//     normal worker (one input not a message, a request that is not HTTP, one cut short), wrong
//     and right controller passwords, learns and an unknown path; a proxy giving up on a dead
//     upstream; a second rspamd on busy sockets; starts refused for an unmatched brace, an unknown
//     worker type and a bind address that does not parse.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA rspamd 0.839 (130 of 155 lines), no merge; splits:
// one statement under the logger's `task` and `csession` module tags (a scan's and a controller
// learn's: `cannot find content-type …`, `detected missing CTE …`, `loaded message; …`), the
// worker type after `starting` (`starting %s process %P (%d); listen on: %v`: rspamd_proxy,
// normal, controller), multimap's `added multimap rule: %s (%s)` one signature per rule, and the
// task log line one per set of fields present (`ip:`, `from:`).
// After rspamd's header is read as one (transport-header.ts): GA 0.955 (148 of 155), no merge;
// left split: multimap's rule name and type (an upper-case symbol name, kept as a constant's
// would be, and a word in parentheses: two words per line) and the task log line, whose fields
// come and go with the task (a different number of tokens).
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, thirty-seventh round", () => {
  itGroupsServerLogs(
    [
      ['rspamd.ndjson', 'rspamd', 0.954],
    ],
    MERGES_LEFT,
  );
});
