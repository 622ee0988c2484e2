// Real servers' logs, thirty-fifth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked). As in server-logs.test.ts, a word a statement takes from a table is a
// statement of its own.
//   - strongswan.ndjson: Debian 12's strongSwan 5.9.8 (programs/strongswan), two charon daemons
//     in network namespaces of their own logging to stderr (`Mon dd HH:MM:SS NN[GRP] <conn|id>
//     message`): a good tunnel whose IPsec SAs the kernel cannot install, a pre-shared key that
//     differs, an IKE proposal and traffic selectors the responder refuses, an identity it has no
//     config for, a peer that does not answer, malformed IKE datagrams, a second charon on a taken
//     pid file and ports, a plugin that does not exist.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA strongswan 0.757 (187 of 247 lines), no merge; splits:
// sender.c's `sending packet: from %#H to %#H (%zu bytes)` with and without the logger's
// `<name|id>` of the IKE_SA (26 lines), message.c's `parsed %s` / `generating %s` one signature per
// payload list in its `[ … ]` (IKE_SA_INIT and IKE_AUTH, requests and responses: 17 lines),
// `selected proposal: %P` one per protocol (IKE:…, ESP:…), `loaded %N shared key with id '%s'
// for: %s` and `selected peer config '%s'` one per quoted name or count of names, `could not open
// %s socket, %s disabled` one per address family.
// After padded-list.ts, ike-sa-tag.ts and quoted words after `id` and `config` (template-tokens.ts):
// 0.960 (237 of 247), no merge; left: `selected proposal: %P` one signature per protocol (`IKE:`
// and `ESP:` name what the proposal is for, kept as `key:` labels are), `could not open %s
// socket, %s disabled` one per address family (`IPv4`, `IPv6` stay words: kernel_netlink_net.c
// writes its routing-table-rule line as two statements, one per family).
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, thirty-fifth round", () => {
  itGroupsServerLogs(
    [
      ['strongswan.ndjson', 'charon', 0.959],
    ],
    MERGES_LEFT,
  );
});
