// Real servers' logs, eleventh round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; each label.py says
// where each was checked). As in server-logs.test.ts, a reason a program chooses from its own list
// of texts is its own statement, and so is an error's maker that a record carries.
//   - go-klog.ndjson: a Kubernetes-style reconciler logging with k8s.io/klog/v2 v2.130.1
//     (programs/go-klog: klog's header `Lmmdd hh:mm:ss.uuuuuu threadid main.go:NN] `, printf
//     messages and structured `"msg" err="…" key="value"` ones): manifests missing or not JSON,
//     TCP and HTTP probes refused or answered 404/500/503, an API server that closes or never
//     answers, a resolver nobody answers for.
//   - go-hclog-raft.ndjson: a hashicorp/raft v1.7.1 cluster logging through go-hclog v1.6.3's text
//     format (programs/go-hclog-raft: `ts [LEVEL]  name: message: key=value key="quoted"`): a server
//     alone (votes refused), a leader elected, a broken and a temporary snapshot, bytes that are no
//     RPC, followers stopped (appends and heartbeats refused, quorum lost), a stray server's pre-votes.
//   - kafka.ndjson: Apache Kafka 4.1.1 in KRaft mode with log4j2 (programs/kafka: `[ts] LEVEL msg
//     (logger)`, stacks after it): topics created twice, beyond the replication, with bad names;
//     SASL/PLAIN logins refused; the authorizer's denials; bytes that are no Kafka request.
//   - isc-dhcp.ndjson: ISC DHCP 4.4.3-P1's dhcpd and dhclient through rsyslogd's high-precision
//     file format (programs/isc-dhcp: `YYYY-MM-DDThh:mm:ss.uuuuuu+00:00 host prog[pid]: msg`) in
//     network namespaces: leases given, pools exhausted, a request for another network NAKed,
//     releases that cannot be sent, a client no server answers, configurations that do not parse.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA go-klog 1, go-hclog-raft 0.602, kafka 0.760, isc-dhcp
// 0.817, with the merges below and three in go-hclog-raft (a refused dial and an EOF after one
// statement, `transport shutdown` and `unknown rpc type N` after another).
// An error key's quoted value is the error's message, read word by word (failure-field.ts
// errorMessageField): go-hclog-raft 0.602 → 1, its three merges gone.
// A 128-bit id in URL-safe base64 (Kafka's topic ids) is a value (random-id.ts): kafka 0.760 →
// 0.870.
// A value after its name and a spaced `=` is a value (spaced-key-value.ts: the authorizer's
// `on resource = %s for request = %s`), and a name quoted after `Topic` is (messaging-object-name.ts:
// `(Topic 'orders' already exists.)`): kafka 0.870 → 1 (Drain3 0.980 on the same lines,
// bench/grouping-server-logs.ts; fp-logs62).
// The host name dhcpd prints in parentheses after a client's hardware address only when the client
// sent one (`to <mac> (web-01) via br0`) is left out of the template (hardware-address-host-name.ts;
// hardware-address-host-name.test.ts): its DHCPDISCOVER, DHCPOFFER, DHCPREQUEST and DHCPACK lines
// were two signatures each, with the name and without: isc-dhcp 0.817 → 0.890 (Drain3 0.282 on
// the same lines, before and after; npx tsx bench/grouping-server-logs.ts; fp-logs72).
// Left: parse_warn's echo of the configuration line, and `Sending on   LPF/…` / `Sending on
// Socket/…` one signature (tokens joined by `/` are no words; docs/fingerprinting.md, limits).
const MERGES_LEFT: Record<string, string[][]> = {
  'isc-dhcp.ndjson': [
    ['dhcpd lpf.c Sending on LPF', 'socket.c Sending on Socket (fallback-net)'],
    ['dhclient lpf.c Sending on LPF', 'socket.c Sending on Socket (fallback)'],
  ],
};

describe("real servers' logs, eleventh round", () => {
  itGroupsServerLogs(
    [
      ['go-klog.ndjson', 'reconciler', 1],
      ['go-hclog-raft.ndjson', 'raft', 1],
      ['kafka.ndjson', 'kafka', 1],
      ['isc-dhcp.ndjson', 'dhcp', 0.89],
    ],
    MERGES_LEFT,
  );
});
