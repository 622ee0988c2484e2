// Real servers' logs, twenty-fourth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; each label.py says
// where each was checked). As in server-logs.test.ts, an error's maker that a record carries is a
// statement of its own.
//   - ngircd.ndjson: Debian 12's ngircd 26.1 in the foreground (programs/ngircd: `[<pid>:<level>
//     <seconds>] message`): a configuration with unknown variables and sections and values too
//     low or not numbers, peers that refuse or do not resolve, users with wrong and missing server
//     passwords, OPER with wrong credentials, an operator's KILL, CONNECT, REHASH and DIE, a line
//     too long, server links with a wrong password or not configured, too many connections from
//     one address, clients silent until the ping timeout or resetting the connection, reloads.
//   - nut.ndjson: Debian 12's Network UPS Tools 2.8.0 (programs/nut): upsd, upsmon and the dummy-ups
//     driver in the foreground, each writing bare messages to stderr (no header), joined one
//     program after another: upsd.conf and upsd.users directives wrong or retired, a UPS whose
//     driver's state file is missing and one whose driver never starts, upsmon with a wrong
//     password and a UPS that does not exist, raw protocol clients logging in wrongly and running
//     commands, a UPS going on battery and low, a driver killed and started again, a reload.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA ngircd 0.963, nut 0.942; two merges. ngIRCd's conf.c
// writes `Value of "PingTimeout" too low!`, `… "PongTimeout" …` and `… "ConnectRetry" …` as three
// literals, where `Value of "%s" is not a number!` quotes a name it was given: one line cannot
// tell the two apart. Its `"%s" is deprecated here, use "Modes = +k <key>"!` and `… "Modes = +l
// <limit>"!` differ only inside the quoted hint.
// Since: a quoted word after `client` or `nick` is that party's name (quoted-party-name.test.ts;
// ngIRCd's `Client "%s" unregistered …` was a signature per nickname), and a rejected directive's
// words after `invalid directive` are one value (rejected-directive.test.ts; upsd's `invalid
// directive MAXAGE fifteen` was a signature per directive): GA ngircd 0.974, nut 0.980;
// and a quoted word after a value a colon closes is a value (quoted-word-after-value.test.ts;
// ngIRCd's `Got invalid OPER from "%s": "%s" -- %s!` was a signature per name tried): ngircd
// 0.981. Left: upsmon's `UPS: %s (%s) (power value %d)` with `(primary)` and `(secondary)` (a word
// in parentheses stays a word) still splits.
const MERGES_LEFT: Record<string, string[][]> = {
  'ngircd.ndjson': [
    ['conf.c Handle_LIMITS: "%s, line %d: Value of \\"PingTimeout\\" too low!"', 'conf.c Handle_LIMITS: "%s, line %d: Value of \\"PongTimeout\\" too low!"', 'conf.c Handle_LIMITS: "%s, line %d: Value of \\"ConnectRetry\\" too low!"'],
    ['conf.c Handle_CHANNEL: "%s, line %d (section \\"Channel\\"): \\"%s\\" is deprecated here, use \\"Modes = +k <key>\\"!"', 'conf.c Handle_CHANNEL: "%s, line %d (section \\"Channel\\"): \\"%s\\" is deprecated here, use \\"Modes = +l <limit>\\"!"'],
  ],
};

describe("real servers' logs, twenty-fourth round", () => {
  itGroupsServerLogs(
    [
      ['ngircd.ndjson', 'ngircd', 0.981],
      ['nut.ndjson', 'nut', 0.98],
    ],
    MERGES_LEFT,
  );
});
