// Real servers' logs, forty-second round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a message a statement takes from a table is a
// statement of its own.
//   - collectd.ndjson: Debian 12's collectd 5.12.0 (programs/collectd) logging through its logfile
//     plugin (`[YYYY-MM-DD HH:MM:SS] [level] message`), run as nobody: a configuration with a
//     plugin that does not exist, two whose libraries are missing, options plugins do not take, a
//     block for a plugin not loaded, a Listen address not on the host (collectd refuses to start);
//     then one it takes, against a PostgreSQL with a wrong password, a database that does not exist
//     and a closed port, refused curl, write_http, apache, nginx, memcached and redis targets, names
//     no DNS has, ping without CAP_NET_RAW, an rrdtool directory it may not write, a missing tail
//     file and socket directory, an exec program writing what collectd does not take, and the
//     read-functions' suspensions.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA collectd 0.984 (122 of 124 records), no merge; split:
// plugin.c's `plugin_load: Load plugin "%s" failed with status %i.`, the plugin named "dns" apart
// from the one named "smart" (2 records).
// After `plugin` joined the words for a configured object (template-tokens.ts
// CONFIGURED_OBJECT_WORDS: a quoted name after it is a value): 1 (124 of 124), no merge.
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, forty-second round", () => {
  itGroupsServerLogs(
    [
      ['collectd.ndjson', 'collectd', 1],
    ],
    MERGES_LEFT,
  );
});
