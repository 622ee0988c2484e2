// Real servers' logs, twenty-ninth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, an error's maker that a record carries is a
// statement of its own.
//   - radvd.ndjson: Debian 12's radvd 2.19 (programs/radvd), its log file's lines
//     (`[Mon DD hh:mm:ss] radvd (pid): message`) and `radvd -c`'s stderr (the same, and bison's
//     `file:line error: syntax error` bare) in one file: configuration files an operator got
//     wrong (syntax errors, lifetimes that contradict, a route prefix longer than 128 bits, a
//     duplicate interface, a file that is not there), start-ups that fail or warn (a configured
//     interface the host lacks, forwarding off, a pid file's directory missing, a second radvd on
//     the same pid file, intervals, lifetimes and MTUs out of range), and the daemon on a veth
//     pair: router solicitations that are short, carry a zero-length option or the wrong hop
//     limit, another router's advertisements that disagree with radvd's, the link's MTU lowered,
//     the interface deleted, reloads with errors (the last fatal), SIGTERM.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA radvd 0.985 (131 of 133 lines), no merge; split:
// device-common.c update_device_index's `%s not found: %s`, the interface a configuration names
// (`eth0`, which the host lacks; `veth0`, deleted under the daemon) one signature per name.
// A link named by its kind and an index as the kernel names an unnamed one (`veth0`, `dummy0`,
// `vxlan0`, …) is a network interface, a value (network-interface.ts,
// link-kind-interface-names.test.ts): radvd 0.985 → 1.000, nothing left.
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, twenty-ninth round", () => {
  itGroupsServerLogs(
    [
      ['radvd.ndjson', 'radvd', 1],
    ],
    MERGES_LEFT,
  );
});
