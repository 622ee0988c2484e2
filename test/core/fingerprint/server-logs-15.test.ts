// Real servers' logs, fifteenth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; each label.py says
// where each was checked). As in server-logs.test.ts, a reason a program chooses from its own list
// of texts is its own statement, and so is an error's maker that a record carries.
//   - monit.ndjson: Debian 12's Monit 5.33.0 in the foreground on its own log file (programs/monit:
//     `[ISO-8601 time] level    : 'service' message`, a content match's lines under it): hosts that
//     refuse, do not resolve or answer 404/500/503, files and directories absent, a file's mode,
//     owner, group, size or checksum not as expected, logs matching a pattern, processes not running
//     whose start program fails, programs exiting non-zero.
//   - uvicorn.ndjson: a FastAPI 0.165.0 inventory API under uvicorn 0.55.0's default logging
//     (programs/uvicorn: `LEVEL:    message`, no time; `Exception in ASGI application` with its
//     traceback, the access line `<client> - "<request line>" <status>`): unknown items, a division
//     by zero, label files absent or directories, bodies that are no JSON or lack a field, a
//     supplier refused or unresolvable, bytes that are no HTTP.
//   - hikaricp.ndjson: a ledger's database layer on HikariCP 6.3.0 and pgjdbc 42.7.5, logging
//     through Log4j 2.24.3's PatternLayout (programs/hikaricp: `yyyy-MM-dd HH:mm:ss.SSS LEVEL
//     [thread] logger - message`, a PSQLException's Detail/Position lines and stack traces under
//     it) against PostgreSQL 15: pools refused, with a wrong password, a missing database or an
//     unresolvable host; statements PostgreSQL rejects; a pool exhausted; a leaked connection;
//     connections the server terminated.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA monit 0.358, uvicorn 0.490, hikaricp 0.722; one merge
// (HikariDataSource's `{} - Shutdown initiated...` and `{} - Shutdown completed.`).
// A word with an ellipsis after it is a word (template-tokens.ts WORD): the merge gone, hikaricp
// 0.722 → 0.778; the other sets unchanged (Loghub GA 0.991 unchanged). A quoted token after
// `near` is the excerpt where a parser stopped, a value (template-tokens.ts): PostgreSQL's
// `syntax error at or near "selec"` / `"form"` one signature, hikaricp 0.778 → 0.833; the other
// sets, equivalence digests and Loghub GA (0.991) unchanged.
// Since (rounds-fp/40): a quoted name opening the message, after the time, level and separators,
// is a value's place once three names have been seen there, not five (miner.ts
// HEAD_QUOTED_VALUE_WORDS, message-head.ts), and a quoted name before `file` is one the program
// was given (not file-kind-word.ts's kind of file): monit 0.358 → 0.575, no other set moved. Not
// at two, for MySQL's ACL warnings above (two of them in mariadb-error.ndjson); three such tables'
// warnings with the same shape of entry would still join, a trade taken for the many programs that
// name their objects so (quoted-head-name.test.ts).
// Left: Monit's statements that named two services here (`'big'` / `'other'` permission test, …).
// uvicorn's access line split by HTTP method (a request line's method is a constant, as Loghub's
// OpenStack labels want it); a value that is one bare word in two lines (`restock of b2` / `c3`,
// `cannot open pool orders` / `warehouse`, `uid test failed for big` / `third`: miner.ts); a quoted
// identifier (`relation "payouts"` / `"refunds"`) kept as the name of what failed; a program's own
// output after Monit's `status failed (%d) --` and `failed to start … --` (free text).
// The method of a request a line reports beside its response's status is a value
// (answered-request-method.ts: uvicorn's `"<method> <path> HTTP/<v>" <status>`): the access line
// one signature, uvicorn GA 0.490 → 0.922 (Drain3 0.451 before and after); monit and hikaricp
// unchanged. Left in uvicorn: the one-word values above (`restock of b2` / `c3`, `(fields: count)`
// / `(fields: none)`).
// Since fp-logs67 (rounds-fp/45): where another template of the service already opens its message
// with a value (`<*> trying to restart`, joined at three checks), two quoted names at the head are
// enough, whatever words they are (`'uploads'`, `'big'`, `'other'`; head-value-place.ts,
// head-value-place.test.ts): Monit's two directories, two permission tests, two checksums, two
// size tests one statement each; monit GA 0.575 → 0.784 (Drain3 0.470 before and after), no
// other set moved. MariaDB's two ACL warnings keep apart: no statement of it opens with a value.
// RFC 6761's `.invalid` (and `.localhost`) names are hosts (parameterize.ts HOST,
// hosts-of-reserved-names.test.ts): the two unresolvable hosts' protocol tests one statement; monit
// 0.784 → 0.828, no other set moved. Left: `uid test failed for big` / `for third` (the check's
// name twice), the start program's quoted command and output (free text).
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, fifteenth round", () => {
  itGroupsServerLogs(
    [
      ['monit.ndjson', 'monit', 0.828],
      ['uvicorn.ndjson', 'inventory', 0.921],
      ['hikaricp.ndjson', 'ledger', 0.83],
    ],
    MERGES_LEFT,
  );
});
