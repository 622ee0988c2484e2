// Real servers' logs, thirtieth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, an error's maker that a record carries is a
// statement of its own.
//   - avahi-daemon.ndjson: Debian 12's avahi-daemon 0.8 (programs/avahi-daemon), its syslog(3)
//     lines (`Mon DD hh:mm:ss avahi-daemon[pid]: message`) and the bare stderr lines it writes
//     before it turns to syslog, in one file: configuration files an operator got wrong (unknown
//     keys and groups, a header left open, a line with no `=`, a key outside any group, numbers
//     that are not, a browse domain that is not a domain name, a file that is not there), a daemon
//     started beside a running one, service files that do not parse or name what avahi refuses,
//     a hosts file with an address that is not one, files changed while it runs, SIGHUP, SIGTERM,
//     `-k` and `-r` with no daemon.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA avahi-daemon 0.907, no merge; splits: the quoted key
// and group of main.c's `Invalid configuration key "%s" in group "%s"` (five keys, five
// signatures), the quoted format word of static-services.c's `invalid txt record value format
// specification "%s"` (`"hex"`, `"base64"`), and the quoted service name of `Service "%s" (%s)
// successfully established.`, a single word (`"Music"`) kept where a name with spaces (`"SSH on
// %h"`) is a value.
// A quoted key after `configuration key` / `unknown|invalid key`, and the group in `key "…" in
// group "…"`, are values (configuration-key.ts); so is a quoted word after `specification` and
// after a message's opening `Service` (template-tokens.ts CONFIGURED_OBJECT_WORDS;
// configuration-key.test.ts): avahi-daemon 0.907 → 1.000.
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, thirtieth round", () => {
  itGroupsServerLogs(
    [
      ['avahi-daemon.ndjson', 'avahi-daemon', 1],
    ],
    MERGES_LEFT,
  );
});
