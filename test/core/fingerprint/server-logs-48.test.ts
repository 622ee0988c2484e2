// Real servers' logs, forty-eighth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a message a statement takes from elsewhere is a
// statement of its own.
//   - dropbear.ndjson: Debian 12's Dropbear 2022.83 SSH server (programs/dropbear) in the foreground
//     logging to stderr (`dropbear -F -E`, `[pid] Mon DD HH:MM:SS message`): start-up failures (a
//     host key file that is not there and one that is not a key, a port another process holds, a
//     -p port that is not one, a banner file that is not there, a -G group that does not exist, a
//     -T and an -I that are not numbers, one key type given twice); then OpenSSH 9.2's ssh, sshpass
//     and nc against it: the right and wrong passwords, users that do not exist, three wrong
//     passwords with -T 3, an authorised and an unauthorised key, a client offering only key
//     exchange, a cipher, a MAC or a host key type the server lacks, an HTTP request, an SSH 1.5
//     version line, a version line and then nothing (-I 2), a locked account; a server with -w, -s
//     and -c refusing root and passwords and forcing a command, and a user whose shell /etc/shells
//     does not list.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA dropbear 0.863 (63 of 73 records); split:
// svr-session.c's `Exit before auth%s: (user '%s', %u fails): %s` by the quoted user (`root` a
// template of its own; a name with digits was already a value), and common-kex.c's `No matching
// algo %s` by the kind of algorithm (`kex`, `enc c->s`, `mac c->s`, `hostkey`: four ways); merged: none.
// After a naming word opening a parenthesis names the word after it (template-tokens.ts
// namesWhatFollows): 0.945 (69 of 73). After the kind of algorithm after `no matching algo` read as
// one value (negotiated-algorithm-kind.ts): 1 (73 of 73).
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, forty-eighth round", () => {
  itGroupsServerLogs(
    [
      ['dropbear.ndjson', 'dropbear', 0.999],
    ],
    MERGES_LEFT,
  );
});
