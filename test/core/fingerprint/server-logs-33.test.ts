// Real servers' logs, thirty-third round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a word a statement takes from a table is a
// statement of its own.
//   - smartd.ndjson: Debian 12's smartmontools 7.3 (programs/smartd), smartd in the foreground
//     logging through syslog(3) to Debian 12's rsyslogd (`Mmm dd hh:mm:ss host smartd[pid]:
//     message`): configuration files an operator got wrong (an unknown directive, missing and
//     invalid arguments with the lists of valid ones, numbers out of range, a bad regular
//     expression, two -d types, -M without -m, -m <nomailer> without -M exec), configuration files
//     that are not there, devices smartd cannot watch (loop devices with no SMART under each -d
//     type, /dev/null, disks that are not there, -d removable and -d ignore, DEVICESCAN finding
//     nothing), regular files behind SAT pass-through let through by -T permissive (what it reads
//     back as attributes, self-test and error logs; test mails whose warning script fails or is
//     not there; state files; SIGTERM).
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA smartd 0.972 (243 of 250 lines), no merge; splits:
// ParseToken's `Invalid argument to %s Directive: %s` one signature per directive and argument
// (`-l … bogus`, `-n … sometimes`, `-T … strict`), check_pending_id's `can't monitor %s count - no
// Attribute %d` one per attribute's name (`Current_Pending_Sector`, `Offline_Uncorrectable`).
// The bare argument closing `invalid argument to …:` is a value (rejected-argument.ts,
// rejected-argument.test.ts): smartd 0.972 → 0.984 (246 of 250). Left: the SMART attribute's
// name, Capitalised_Snake_Case as ngIRCd's C functions (`Conn_Close`, `New_Connection`) are,
// whose names tell statements apart (server-logs-24.test.ts), so no shape of the token says it
// is a value.
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, thirty-third round", () => {
  itGroupsServerLogs(
    [
      ['smartd.ndjson', 'smartd', 0.984],
    ],
    MERGES_LEFT,
  );
});
