// Real servers' logs, twenty-sixth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, an error's maker that a record carries is a
// statement of its own.
//   - hostapd.ndjson: Debian 12's hostapd 2.10 in the foreground with timestamps and debug output
//     (programs/hostapd: `hostapd -t -dd`, `<unix-seconds>.<usec>: message`), started on
//     configurations an operator got wrong (config_file.c's `Line %d: ` before each error: unknown
//     modes and items, passphrase lengths, ciphers and key management, values out of range, lines
//     without `=`, MAC and EAP-user files that are not there, a configuration file that is not
//     there) and on configurations that parse but name interfaces this machine does not have
//     (nl80211 without a wireless device, the wired driver on a missing interface), so no radio and
//     no hwsim: the teardown's debug lines follow.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA hostapd 0.762, one merge of five statements:
// config_file.c's `Line %d: invalid <item> %d|'%s'` for dtim_period, fragm_threshold, key_mgmt,
// cipher and a line without `=` (the item's name after `invalid` read as a value); splits: the
// quoted item or value after `unknown hw_mode`, `invalid key_mgmt`, `invalid cipher`, `unknown
// configuration item`, one signature per quoted word.
// The word right after `unknown` / `invalid` names what is rejected, and a quoted text after
// `unknown|invalid <snake_case_key>` is the value rejected (rejected-setting-value.ts): hostapd
// 0.762 → 0.873, no merge left.
// Left: the quoted text after a plain word (`invalid cipher 'CCMPX'.`, `unknown configuration item
// 'unknown_option'`), kept as a name as after `unknown setting "Hostnam"` (configured-parameter-
// names.test.ts), one signature per word quoted; wpa_msg's interface name first on the line
// (`wlan-nope1: AP-DISABLED `, `eth-nope9: …`), hostapd_set_state's `%s: interface state %s->%s`
// and hostapd_cleanup's `%s(hapd=%p (%s))` with it: one signature per interface.
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, twenty-sixth round", () => {
  itGroupsServerLogs(
    [
      ['hostapd.ndjson', 'hostapd', 0.873],
    ],
    MERGES_LEFT,
  );
});
