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
const MERGES_LEFT: Record<string, string[][]> = {
  'pgpool2.ndjson': [
    [
      'config/pool_config_variables.c set_config_option CONFIG_VAR_TYPE_INT: ereport(FATAL, "invalid value for parameter \\"%s\\": \\"%s\\"")',
      'config/pool_config_variables.c set_config_option CONFIG_VAR_TYPE_ENUM: ereport(FATAL, "invalid value for parameter \\"%s\\": \\"%s\\"")',
    ],
    [
      'auth/pool_auth.c authenticate_frontend_md5: ereport(ERROR, "md5 authentication failed")',
      'auth/pool_hba.c ClientAuthentication: ereport(FATAL, "md5 authentication failed")',
    ],
    [
      'main/health_check.c establish_persistent_connection: ereport(LOG, "health check retrying on DB node: %d (round:%d)")',
      'main/health_check.c establish_persistent_connection: ereport(LOG, "health check retrying on DB node: %d succeeded")',
    ],
  ],
};

describe("real servers' logs, fifty-second round", () => {
  itGroupsServerLogs(
    [
      ['pgpool2.ndjson', 'pgpool2', 0.505],
    ],
    MERGES_LEFT,
  );
});
