// Real servers' logs, fifty-ninth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a message a statement takes from elsewhere is a
// statement of its own.
//   - gearmand.ndjson: Debian 12's gearman-job-server 1.1.20 (programs/gearmand) in the foreground
//     with its log on stderr, one record per log call as journald gets it (`%7s <date> <time.usec>
//     [%6s ] <message>`, the level and the thread; DEBUG, WARNING and ERROR calls end in
//     ` -> <file>:<line>`; libpq's two-line error one record), and main()'s `gearmand: …` lines:
//     start-ups it refuses (options, queue types, a user, a held port, persistent queues it
//     cannot reach or open: sqlite in a missing directory and on a read-only file, MySQL,
//     PostgreSQL, Redis, memcached), a sqlite queue stored and replayed, then a server at DEBUG
//     with workers that complete, fail, throw, vanish mid-job and outlive their timeout, clients
//     that leave, packets no library sends, the text admin protocol, more connections than its
//     descriptor limit, SIGHUP; and servers at INFO and WARNING.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured on main's rules (rounds-fp/42 as it opened): GA gearmand 0.400 (5515 records, 121
// statements, 198 signatures); Drain3 0.013 (bench/grouping_drain3.py's configuration, drain3
// 0.9.11, through bench/grouping-server-logs.ts). Merged:
// eighteen statements of ten files in one signature (`Entering main event loop`, `accept() fd:%d`,
// `__replay`, `Sent %s`, `sqlite shutdown`, … each ` -> libgearman-server/<file>.cc:<line>`): the
// location, a dotted token with slashes, was read as a name, a value, and with it went the only
// constant that told the short messages apart; and, as still after (MERGES_LEFT), the three
// `GEARMAN_JOB_NOT_FOUND:Job given in work result not found` of server.cc. Split: every statement logged from both the main thread
// (`[  main ]`, `[  proc ]`, closed up as a context tag) and an I/O thread (`[     1 ]`, three tokens).
// After this round's rules (a source location may carry the file's directories in the source tree,
// template-tokens.ts SOURCE_LOCATION; a thread's padded column holding a number is closed up as one
// holding a name is, log-body.ts PADDED_TAG; source-tree-location.test.ts): GA 0.720 (193
// signatures); no other server-logs set moved (npx tsx bench/grouping-server-logs.ts, before and
// after). Left split: thread.cc's `Received %s` (24 ways), server.cc's `PACKET COMMAND: %s` (23) and
// thread.cc's `Sent %s` (14) by the protocol command's name (`GEARMAN_SUBMIT_JOB_BG`,
// `JOB_ASSIGN`), a word in capitals the rules keep as a constant (an outcome or error constant
// reads so: `NT_STATUS_WRONG_PASSWORD`); the queue's name in `Initializing %s module` and main()'s
// `Error while initializing the queue : %s`; `Jobs available for %s: %d` by the function's name;
// sqlite's `sqlite query: %s` by the SQL. Left merged (MERGES_LEFT): statements of one file whose
// messages are one word or a word and a value apart (`__add` / `__flush` / `__done` / `__replay`,
// each gearmand_debug(__func__); `replaying queue: begin` / `end`; `THREADS: %d` / `accept() fd:%d`),
// where the file alone is the location's constant (its line masked), and the same message text
// from three lines of server.cc.
// A place of otherwise equal lines that has held six different words in capitals joined by `_`
// holds a member of one of the program's enumerations, a value (enumerated-constant.ts, miner.ts
// valueWordsAt; enumerated-constant.test.ts): thread.cc's `Received %s` and `Sent %s` and
// server.cc's `PACKET COMMAND: %s` one signature each. GA gearmand 0.720 → 0.956 (0.9558; Drain3 0.013
// unchanged); no other server-logs set moved, the equivalence digests and Loghub's figures
// unchanged (npx tsx bench/grouping-server-logs.ts, before and after). Still split: the queue's
// and the function's names above, `Possible protocol error for %s,` (a command closed by a comma)
// and `SHUTDOWN VALUE true` / `false`.
// A lower-case name closed by its colon after a plain word is compared by the miner as a name is
// (colon-closed-name.ts): gearmand_con.cc's `Jobs available for %s: %u` (four functions) and
// queue.cc's `Failed to initialize %s: …` (three queue plugins) one signature each. GA gearmand
// 0.956 → 0.958 (0.9583; Drain3 0.013 unchanged; npx tsx bench/grouping-server-logs.ts; fp-logs71).

const MERGES_LEFT: Record<string, string[][]> = {
  'gearmand.ndjson': [
    ['libgearman-server/gearmand.cc:274', 'libgearman-server/gearmand.cc:886'],
    ['libgearman-server/gearmand.cc:403', 'libgearman-server/gearmand.cc:409'],
    ['libgearman-server/server.cc:321', 'libgearman-server/server.cc:202'],
    ['libgearman-server/plugins/queue/default/queue.cc:101', 'libgearman-server/plugins/queue/default/queue.cc:72', 'libgearman-server/plugins/queue/default/queue.cc:80', 'libgearman-server/plugins/queue/default/queue.cc:91'],
    ['libgearman-server/server.cc:779', 'libgearman-server/server.cc:869', 'libgearman-server/server.cc:730'],
    ['libgearman-server/server.cc:429', 'libgearman-server/server.cc:503'],
  ],
};

describe("real servers' logs, fifty-ninth round", () => {
  itGroupsServerLogs(
    [
      ['gearmand.ndjson', 'gearmand', 0.958],
    ],
    MERGES_LEFT,
  );
});
