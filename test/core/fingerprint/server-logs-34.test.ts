// Real servers' logs, thirty-fourth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a word a statement takes from a table is a
// statement of its own.
//   - lldpd.ndjson: Debian 12's lldpd 1.0.16 (programs/lldpd), lldpd in the foreground at info
//     level on stderr (`YYYY-mm-ddTHH:MM:SS [LEVEL/token] message`) in network namespaces of its
//     own: LLDP frames from a peer with TLVs too short, a bad chassis-id subtype, a header that
//     overruns the frame and unknown TLV types on two ports; configuration files lldpcli reads at
//     start with unknown commands and bad OUIs beside good ones; a second lldpd on a busy control
//     socket giving up.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA lldpd 0.924 (61 of 66 lines), no merge; splits:
// lldpcli's `system name set to new value %s` one signature per host name (`edge-sw1`,
// `core-rtr2`), `unknown command from argument %d: \`%s\`` one per rejected word (`bogus`,
// `frobnicate`, `bridged`).
// After new-value.ts and backquoted words after a colon-closed value (template-tokens.ts): 1 (66 of
// 66), no merge.
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, thirty-fourth round", () => {
  itGroupsServerLogs(
    [
      ['lldpd.ndjson', 'lldpd', 1],
    ],
    MERGES_LEFT,
  );
});
