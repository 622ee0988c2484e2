// Real servers' logs, twenty-second round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; each label.py says
// where each was checked). As in server-logs.test.ts, an error's maker that a record carries is a
// statement of its own.
//   - pgbouncer.ndjson: Debian 12's pgbouncer 1.18.0 in front of a PostgreSQL 15 (programs/pgbouncer:
//     `<yyyy-mm-dd hh:mm:ss.mmm> UTC [<pid>] <LEVEL> [C-|S-0x<ptr>: <db>/<user>@<addr>:<port> ]message`):
//     clients with wrong passwords, unknown users and databases, backends missing, down or not
//     resolving, a pool of one held, a backend killed, admin-console commands on unknown databases,
//     raw clients sending garbage or nothing, reloads of configurations with one mistake each.
//   - nsd.ndjson: Debian 12's nsd 4.6.1 in the foreground (programs/nsd: `[<yyyy-mm-dd
//     hh:mm:ss.mmm>] nsd[<pid>]: <level>: message`), zone files an operator got wrong (zonec.c's
//     `<file>:<line>: ` before each error) and secondaries whose primaries refuse or do not route,
//     reloaded and stopped.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA pgbouncer 0.900, nsd 0.797; three merges. PgBouncer's
// `pooler error: no such database: %s` from client.c finish_client_login and from admin.c's
// admin_error read the same (only the socket's db/user differ), and `closing because: server conn
// crashed?` from disconnect_server (`S-0x…`) and disconnect_client (`C-0x…`) differ only by the
// socket letter fused to its address; NSD's `invalid IPv4 address '%s'` and `invalid IPv6 address
// '%s'` differ only by a digit in a word (as round 21's ntpsec `listen4` / `listen6`).
// Splits measured then: cfparser.c's `invalid value "%s" for parameter %s in configuration
// (%s:%d)` with a quoted connection string holding spaces (`"host=127.0.0.1 dbname"`) beside a
// quoted word (`"many"`), four signatures (round 21's `'web 01!'` class); left for a later round:
// loader.c's `invalid pool mode: %s` with a bare word ending the line (`sometimes` / `always`,
// coturn's class); NSD's `unrecognized RR type '%s'` (`'NSX'` / `'MAILX'`, upper-case quoted
// words read as names); xfrd-tcp.c's `%s: Could not tcp connect to %s: %s`, the system's own
// reason after the last colon (`Connection refused` / `No route to host`, texts of other lengths).
// A quoted text between `value` and `for` is the value (value-word.ts): pgbouncer 0.900 → 0.953
// (the ten `invalid value "%s" for parameter …` lines one signature); nsd, the other sets and
// Loghub GA 0.991 unchanged.
// A word naming an address family keeps its digit (address-family.ts): nsd 0.797 → 0.905 (`invalid
// IPv4 address` and `invalid IPv6 address` apart), pgbouncer unchanged; round 19's tor 0.716 → 0.684
// (its one `Parsing GEOIP %s file %s.` prints the family as a value, now two signatures).
const MERGES_LEFT: Record<string, string[][]> = {
  'pgbouncer.ndjson': [
    ['proto.c send_pooler_error "pooler error: %s": client.c finish_client_login: "no such database: %s"', 'proto.c send_pooler_error "pooler error: %s": admin.c admin_cmd_pause/kill/resume admin_error: "no such database: %s"'],
    ['objects.c disconnect_server "closing because: %s (age=%us)": server.c / client.c: "server conn crashed?"', 'objects.c disconnect_client "closing because: %s (age=%us)": server.c / client.c: "server conn crashed?"'],
  ],
};

describe("real servers' logs, twenty-second round", () => {
  itGroupsServerLogs(
    [
      ['pgbouncer.ndjson', 'pgbouncer', 0.952],
      ['nsd.ndjson', 'nsd', 0.905],
    ],
    MERGES_LEFT,
  );
});
