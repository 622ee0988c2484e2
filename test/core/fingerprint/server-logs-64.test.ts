// Real servers' logs, sixty-fourth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked).
//   - ovs.ndjson: Debian 12's Open vSwitch 3.1.0-2+deb12u1 (programs/ovs): ovsdb-server and
//     ovs-vswitchd as their own processes in a network namespace of their own, with their own
//     database, run directory, sockets and vlog files (`<time>Z|<seq>|<module>|<LEVEL>|<message>`),
//     no kernel module (the `system` datapath fails, the bridges that work use the userspace
//     `netdev` datapath), driven by ovs-vsctl, ovs-ofctl and ovs-appctl.
//     The `system` datapath's failure for a bridge on it; ports whose interfaces are not there or
//     whose types no netdev class provides; a patch port without a peer; tunnels (vxlan, geneve,
//     gre, stt) with no remote, a bad one, or the same as another's; controllers, managers and
//     sFlow/IPFIX/NetFlow collectors nothing answers or that cannot be parsed; OpenFlow rules,
//     groups and meters the switch refuses; vlog/set changes and bridge debug records; MTU,
//     ofport and option settings refused; ovsdb-server killed and started again under the switch,
//     given a remote on a bad port and a socket in a directory that is not there.
//     1015 records of 95 statements; a record runs over several lines where netdev-vport.c's
//     joined errors do.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured on main's rules (rounds-fp/45 as it opened): GA ovs 0.562 (1015 records, 95 statements,
// 110 signatures, four signatures holding two statements or more: ovsdb-server.c's and bridge.c's
// `%s (Open vSwitch) %s`, reconnect.c's and rconn.c's `waiting … seconds before reconnect`, and two
// of ofproto-dpif.c's feature probes, `Datapath supports <feature>` and `Datapath supports <feature>
// action`, one word apart). The vlog header and the message's first word were one token
// (`…|reconnect|INFO|tcp:127.0.0.1:6641:`), so the module was no word of its own and a connection's
// scheme split its statement; an interface's name split bridge.c's `could not open network
// device %s (%s)` and netdev.c's `could not create netdev %s of unknown type %s`. Drain3 0.426
// (bench/grouping_drain3.py's configuration, drain3 0.9.11, through bench/grouping-server-logs.ts).
// After this round's rules (vlog's header apart from its message, its module a word of its own, a
// connection's name opening the message a value and any other lower-case name there compared as
// names, vlog-header.ts; an interface's name after `network device`/`netdev` and a type ending a
// line after `unknown type` are values, network-device-name.ts; each with its focused test): GA
// 0.690 (106 signatures); the module and connection merges are gone. No other server-logs set
// moved (npx tsx bench/grouping-server-logs.ts, before and after); the equivalence digests and the
// Loghub figures are unchanged. Left: the feature probes' two merges (statements one word apart,
// `truncate action` / `clone action`, that the miner's three-words rule reads as one place);
// splits by the operating system's error (bridge.c's `could not open network device` with `No
// such device` and with `Address family not supported by protocol`; rconn.c's and reconnect.c's
// `connection failed (%s)`), which the rules keep as one failure's kind on purpose; words a
// statement takes from a conditional (`listen`/`connection attempt failed`, `added
// primary`/`service controller`, jsonrpc.c's `send reply`/`received request`); OpenFlow error
// names (`OFPBAC_BAD_OUT_GROUP`), kept as words like an errno. CHECK_FEATURE__'s expansions
// (`Datapath supports ct_state`, `ct_zone`…, one statement by the source) are one signature, with
// check_recirc's and check_ct_zero_snat's statements in it.
// A port's, interface's or bridge's name labelling the line's words (`port p6:`, `bridge br1:`)
// is a value (switch-port-label.ts): bridge.c's `port %s: disable RSTP on internal ports`, met for
// two ports only (`p6`, `br2`), is one signature: GA Rounds 0.690 → 0.698, Drain3 0.426 before and
// after (`npx tsx bench/grouping-server-logs.ts`); no other set moved. Left as above: the
// operating system's errors, the conditional words, the OpenFlow error names, the feature probes.
const MERGES_LEFT: Record<string, string[][]> = {
  'ovs.ndjson': [
    [
      'ofproto/ofproto-dpif.c:904 VLOG_INFO "%s: Datapath supports recirculation"',
      'ofproto/ofproto-dpif.c:1400 VLOG_INFO "%s: Datapath %s ct_zero_snat"',
      'ofproto/ofproto-dpif.c:1599 CHECK_FEATURE__ VLOG_INFO "%s: Datapath supports "#NAME',
    ],
    [
      'ofproto/ofproto-dpif.c:1178 VLOG_INFO "%s: Datapath supports truncate action"',
      'ofproto/ofproto-dpif.c:1228 VLOG_INFO "%s: Datapath supports clone action"',
      'ofproto/ofproto-dpif.c:1322 VLOG_INFO "%s: Datapath %s ct_clear action"',
      'ofproto/ofproto-dpif.c:1441 VLOG_INFO "%s: Datapath %s check_pkt_len action"',
      'ofproto/ofproto-dpif.c:1569 VLOG_INFO "%s: Datapath %s add_mpls action"',
    ],
  ],
};

describe("real servers' logs, sixty-fourth round", () => {
  itGroupsServerLogs(
    [
      ['ovs.ndjson', 'ovs-vswitchd', 0.697],
    ],
    MERGES_LEFT,
  );
});
