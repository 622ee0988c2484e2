// Real servers' logs, fifty-second round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a message a statement takes from elsewhere is a
// statement of its own.
//   - pgpool2.ndjson: Debian 12's pgpool-II 4.3.5 (programs/pgpool2) in the foreground
//     (`pgpool -n -f <conf>`) in front of two PostgreSQL 15 clusters, its ereport lines on stderr
//     behind its default log_line_prefix (`%m: %a pid %p: `, the application name being the process
//     kind or the client's own name), each DETAIL, HINT and CONTEXT on a line of its own:
//     pgpool.conf values it refuses (a number out of range, a word for a number, an unknown level,
//     an unknown parameter), then connections, statements and disconnections logged through it, md5
//     logins with a wrong password and for users pool_passwd does not know, a database that does not
//     exist, more clients than num_init_children allows, a client killed mid-query, one idle past
//     client_idle_limit, reloads, pcp commands with a wrong password and an unknown user, a detach
//     and attaches, health checks failing on a stopped backend, a failover and a fast shutdown.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA pgpool2 0.506 (158 of 312 records). Split: each
// statement by the application name in the prefix (`child pid N` before a client names itself,
// `psql pid N` after; `health_check0` and `pcp_child` for the one degenerate_backend_set_ex
// statement) and the SQL text after `statement: ` and `DB node id: N backend pid: N statement: `,
// read as the template's words; `fork a new %s process` and `%s process with pid: %d exits` by the
// process kind (`child`, `worker child`); the pool_passwd errdetail by the user's name. Merged:
// the int and enum parameters' `invalid value for parameter "%s": "%s"` (one text, two
// statements: not to be told apart by the text), `md5 authentication failed` at ERROR (a wrong
// password) and at FATAL (no pool_passwd entry), and the health check's `retrying on DB node: %d
// (round:%d)` with its `… %d succeeded` (the last word read as a value).
// After this round's rules (a process's name and pid before a report are a header,
// transport-header.ts; the SQL echoed after `statement:` in a LOG report is one value,
// echoed-sql-statement.ts; a labelled value beside a plain word is another statement,
// template-tokens.ts): GA 0.897 (280 of 312). Left split: reaper's two statements by the process
// kind (`child` / `worker child`, a word more), the pool_passwd errdetail by the user's quoted
// name, degenerate_backend_set_ex's one statement at its two levels (ERROR from a pcp worker, LOG
// from the health check). Left merged: the int and enum `invalid value for parameter`, and the
// health check's and the streaming replication worker's `reloading config file` (one text in two
// files, apart before only by the process name the header no longer holds). The md5 pair is apart
// now: its ERROR and FATAL lead the line once the header is gone.
const MERGES_LEFT: Record<string, string[][]> = {
  'pgpool2.ndjson': [
    [
      'config/pool_config_variables.c set_config_option CONFIG_VAR_TYPE_INT: ereport(FATAL, "invalid value for parameter \\"%s\\": \\"%s\\"")',
      'config/pool_config_variables.c set_config_option CONFIG_VAR_TYPE_ENUM: ereport(FATAL, "invalid value for parameter \\"%s\\": \\"%s\\"")',
    ],
    [
      'main/health_check.c reload_config: ereport(LOG, "reloading config file")',
      'streaming_replication/pool_worker_child.c reload_config: ereport(LOG, "reloading config file")',
    ],
  ],
};

describe("real servers' logs, fifty-second round", () => {
  itGroupsServerLogs(
    [
      ['pgpool2.ndjson', 'pgpool2', 0.896],
    ],
    MERGES_LEFT,
  );
});
