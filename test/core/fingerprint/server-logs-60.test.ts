// Real servers' logs, sixtieth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a message a statement takes from elsewhere is a
// statement of its own.
//   - syncthing.ndjson: Debian 12's syncthing 1.19.2~ds1 (programs/syncthing) as its systemd unit runs
//     it (`serve --no-browser --no-restart --logflags=0`), stdout one record per line as journald
//     gets it (`[<five of the device ID>] <LEVEL>: <message>`, `[start]`, `[monitor]`; the time,
//     and then date, time and file:line, once a debug facility is toggled through the REST API):
//     three instances with their own homes on local ports and a fourth device that never starts;
//     config.xml files that do not parse or are from a newer version, listen and GUI addresses
//     that are none or held; folders missing, read-only, without their marker, with an ignore
//     pattern that does not parse, receive-only and changed locally then reverted; a device known
//     to nobody dialling, a device paused and resumed, conflicting edits; the REST API with a
//     wrong key and password and bodies it refuses; restart and shutdown; quic-go's one line
//     through Go's standard log.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured on main's rules (rounds-fp/42 as it opened): GA syncthing 0.373 (451 records, 46
// statements, 94 signatures); Drain3 0.590 (bench/grouping_drain3.py's configuration, drain3
// 0.9.11, through bench/grouping-server-logs.ts). No merges. Split: every statement naming a
// device by its ID (`My ID: %s`, `Connection to %s at %s closed: %v`, `Established secure
// connection to %s at %s`, `Device %s client is …`: eight dash-separated groups of seven capitals
// and digits read as a word), and every statement naming a folder by its description `"%s" (%s)`
// (`Ready to synchronize`, `Completed initial scan of … folder`, `Unexpected folder … sent from
// device`), one template per device or folder.
// After this round's rules (an id in equal dash-separated groups is a value, grouped-key-id.ts; a
// quoted label with its parenthesised id is two values, labelled-object-id.ts;
// grouped-key-id.test.ts): GA 0.592 (62 signatures); no other server-logs set moved (npx tsx
// bench/grouping-server-logs.ts, before and after). Left split, by words the rules keep as
// constants: the folder's type (`(sendreceive)` / `(receiveonly)` / `(sendonly)`) and the scan's
// outcome (`Completed` / `Failed initial scan`, f.Type and the status of folder.go:904); the
// error texts after `Starting API/GUI:`, `Failed starting API:`, `Failed to initialize config:`,
// `rejected:` and `closed:` (a refused port, a lookup, a held address); the device's quoted
// name in `Device %s is "%v" at %v` (`"A"`, `"B"`, `"D"`); and the short device ID of
// indexhandler.go's `Device %v folder %s has a new index ID` (`BQ6OK3J`, seven characters, one
// group: read alone it is no different from a word in capitals).
// fp-logs70 (a name in parentheses of its own compares as the name, parenthesised-name.ts;
// parenthesised-name.test.ts): `Ready to synchronize %s (%s)`'s folder types join once three
// have stood there, GA 0.592 → 0.685 (60 signatures; Drain3 0.590 unchanged); no other
// server-logs set moved (npx tsx bench/grouping-server-logs.ts, before and after). Left as above
// but for the folder's type in that statement (the type before `folder` in folder.go:904's scan
// line goes with the scan's outcome, which stays a constant).
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, sixtieth round", () => {
  itGroupsServerLogs(
    [
      ['syncthing.ndjson', 'syncthing', 0.685],
    ],
    MERGES_LEFT,
  );
});
