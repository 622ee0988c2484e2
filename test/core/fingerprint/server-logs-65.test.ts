// Real servers' logs, sixty-fifth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked).
//   - i2pd.ndjson: Debian 12's i2pd 2.45.1-1 (programs/i2pd), the I2P router, run by hand three
//     times with its own data directory, ports and log file (`<time>@<thread>/<level> - <message>`)
//     on a host with no internet: reseeds that are refused or do not resolve, no router known, so
//     every tunnel build fails; its HTTP and SOCKS proxies, SAM, BOB and I2CP bridges and web console
//     driven with names nobody knows, requests for the clearnet with no outproxy, bad requests and
//     unknown commands; a tunnels.conf with tunnels of unknown types, missing ports, bad destinations
//     and keys in directories that are not there, reloaded by SIGHUP; a second router whose ports a
//     listener holds and whose config has bad values; a third at debug level, BOB's one debug
//     statement per command.
//     837 records of 132 statements.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured on main's rules (rounds-fp/48 as it opened): GA i2pd 0.984 (837 records, 132 statements,
// 129 signatures, three holding two statements or more: Reseed.cpp's `Failed to reseed from
// servers` beside `Failed to reseed from <file>`, a word where the other statement has a path;
// SOCKS.cpp's `v4 request failed` and `v5 request failed`, a version-like word the rules read as a
// value; BOB.cpp's one-word debug statements `BOB: getkeys`, `BOB: newkeys`, `BOB: quit`, the place
// where three words met read as a value's). Drain3 0.652 (bench/grouping_drain3.py's
// configuration, drain3 0.9.11, through bench/grouping-server-logs.ts). i2pd's `<module>: ` opening
// each message and its plain sentences leave the rules little to miss.
// After this round's rule (Traffic Server's diags thread slot, diags-thread-slot.ts, for
// server-logs-66): unchanged, 0.984, Drain3 0.652; the three merges are left (a word where another
// statement has a value, `v4`/`v5`, and the one-word BOB statements are each a few records).
const MERGES_LEFT: Record<string, string[][]> = {
  'i2pd.ndjson': [
    [
      'libi2pd/Reseed.cpp:75 LogPrint(eLogWarning, "Reseed: Failed to reseed from servers")',
      'libi2pd/Reseed.cpp:63 LogPrint(eLogWarning, "Reseed: Failed to reseed from ", su3FileName)',
    ],
    [
      'libi2pd_client/SOCKS.cpp:340 LogPrint(eLogWarning, "SOCKS: v5 request failed: ", error)',
      'libi2pd_client/SOCKS.cpp:335 LogPrint(eLogWarning, "SOCKS: v4 request failed: ", error)',
    ],
    [
      'libi2pd_client/BOB.cpp:565 LogPrint(eLogDebug, "BOB: getkeys")',
      'libi2pd_client/BOB.cpp:528 LogPrint(eLogDebug, "BOB: newkeys")',
      'libi2pd_client/BOB.cpp:400 LogPrint(eLogDebug, "BOB: quit")',
    ],
  ],
};

describe("real servers' logs, sixty-fifth round", () => {
  itGroupsServerLogs(
    [
      ['i2pd.ndjson', 'i2pd', 0.984],
    ],
    MERGES_LEFT,
  );
});
