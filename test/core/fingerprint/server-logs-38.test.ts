// Real servers' logs, thirty-eighth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a word a statement takes from a table is a
// statement of its own.
//   - frr.ndjson: Debian 12's FRR 8.4.4 (programs/frr), two routers in network namespaces of their
//     own running zebra, staticd, ospfd and bgpd, each daemon logging to its router's file
//     (`YYYY/MM/DD HH:MM:SS PROTO: [XXXXX-XXXXX][EC n] message`): a good BGP session, a neighbor
//     whose AS is not the one configured, one with a TCP-MD5 password that differs, one that does
//     not exist, one dialling from an address with no neighbor, malformed BGP messages (bad marker,
//     bad length, version 3, hold time 1), OSPF hello intervals that differ, a second bgpd on a
//     configuration with lines it does not take, and the daemons' shutdown.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA frr 0.948 (73 of 77 lines), no merge; split: vty.c's
// `%s on config line %u: %s`, one signature per configuration line it echoes (4 lines).
// After echoed-config-line.ts (the words after `config line <n>:` are one value): 1 (77 of 77),
// no merge.
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, thirty-eighth round", () => {
  itGroupsServerLogs(
    [
      ['frr.ndjson', 'frr', 1],
    ],
    MERGES_LEFT,
  );
});
