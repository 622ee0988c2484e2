// Real servers' logs, thirty-sixth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a word a statement takes from a table is a
// statement of its own.
//   - icinga2.ndjson: Debian 12's icinga2 2.13.6 (programs/icinga2), the daemon in the foreground
//     logging to the console at information level (`[YYYY-mm-dd HH:MM:SS +zzzz]
//     severity/Facility: message`; a configuration error's location and source excerpt are part
//     of its record): `icinga2 daemon -C` on eight configuration files an operator got wrong, a
//     daemon with no directory for its PID file, then a daemon whose checks' plugins are missing,
//     time out, ignore SIGTERM or exit above 3, whose notification command is not installed and
//     whose event command fails, its REST API asked with a wrong password, an unknown user, a
//     missing permission, a truncated body, an unknown URL and an object naming a command that
//     does not exist, plain HTTP on its TLS port, and a second daemon on the same PID file.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA icinga2 0.780 (110 of 141 records), no merge; splits:
// ConfigItem's `Instantiated %d %s.` one signature per type with a two-word CamelCase name
// (`NotificationComponent`, `CheckCommands`, `ApiUsers` …); `Check command for object '%s' (PID: %d,
// arguments: %s) terminated with exit code %d, output: %s` one per command line and plugin output;
// `Terminating process %d (%s) after timeout …` one per command line; `Request: … status: Not
// Found).` one per method (GET, POST); the generated `Validation failed for object '%s' of type
// '%s'; Attribute '%s': Object '%s' of type '%s' does not exist.` one per object, type and
// attribute.
// After argument-quoted-command.ts, relayed-output.ts and counted-kind.ts: 0.957 (135 of 141), no merge;
// the validation error's and the request method's splits stay (docs/fingerprinting.md says why).
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, thirty-sixth round", () => {
  itGroupsServerLogs(
    [
      ['icinga2.ndjson', 'icinga2', 0.957],
    ],
    MERGES_LEFT,
  );
});
