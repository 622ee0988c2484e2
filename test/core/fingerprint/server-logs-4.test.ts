// Real servers' logs, fourth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; each label.py says
// where each was checked). As in server-logs.test.ts, a reason a program chooses from its own list
// of texts is its own statement, and so is an error text from a library's list (errno's).
//   - squid-cache.ndjson: Squid 5.7 (programs/squid/generate.sh) as a forward and an intercept
//     proxy, its origin answering as broken upstreams do, a URL rewriter that dies. A record's
//     indented `    current master transaction: …` line is part of it (Debug::Extra). Splits
//     left: a helper's quoted name (`'rewrite.sh'` is a dotted value, `'basic_ncsa_auth'` a quoted
//     word, which in a log line names something), and the intercept port's `Accepting NAT
//     intercepted HTTP Socket connections` beside `Accepting HTTP Socket connections` (one
//     statement printing a longer port kind).
//   - proftpd.ndjson: ProFTPD 1.3.8 (programs/proftpd/generate.sh), FTP with TLS required and
//     mod_sftp's own log. Split were `%s session opened.` / `closed.` with `FTP` and `SSH2` (a
//     protocol word at its place), and mod_sftp's `received client version '%s'` by the peer's
//     quoted SSH identification string (`'SSH-2.0-Scanner'`, `'SSH-2.0-OpenSSH_9.2p1
//     Debian-2+deb12u10'`: quoted text of several words holding values). The protocol's name in
//     capitals before `session opened` / `closed` is a value (session-protocol-name.ts) and a
//     quoted SSH identification string is one value (ssh-identification-string.ts): GA Rounds
//     0.628 → 1.000 (Drain3 0.352 before and after; `npx tsx bench/grouping-server-logs.ts`).
//   - slapd.ndjson: OpenLDAP slapd 2.5.13 (programs/slapd/generate.sh) at loglevel stats. The
//     extended operation's `RESULT oid= …` (its oid empty) and every other `RESULT tag=<n> …` were
//     one template (template-tokens.ts differentLabels: an empty value keeps its label). Its
//     header's time, `%08x.%08x` in hex, is one value (parameterize.ts hex): a half without a
//     letter was text, and four statements were split by it (GA 0.537 → 1.000).
//   - activemq.ndjson: ActiveMQ 5.17.2 (programs/activemq/generate.sh) through log4j's stock
//     pattern, its STOMP, OpenWire, MQTT and TLS connectors refusing clients; a statement that
//     ends in an exception's message is one group per reason (the class that throws it, or the
//     JDK's TLS text). GA 1.000. Not met here but seen in public threads: ActiveMQ 5.11's
//     `Transport Connection to: tcp://… failed: java.io.EOFException` (amqp/rhea#2) names the
//     exception's type as a dotted name, a value: `… failed: java.net.SocketTimeoutException`
//     would mine to the same template.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

describe("real servers' logs, fourth round", () => {
  itGroupsServerLogs(
    [
      ['squid-cache.ndjson', 'squid', 0.89],
      ['proftpd.ndjson', 'proftpd', 1],
      ['slapd.ndjson', 'slapd', 1],
      ['activemq.ndjson', 'activemq', 1],
    ],
  );
});
