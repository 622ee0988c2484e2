// Real servers' logs, twentieth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; each label.py says
// where each was checked). As in server-logs.test.ts, an error's maker that a record carries is a
// statement of its own. Both write go-kit logfmt (`ts=… caller=file.go:N level=warn component=…
// msg="…" err="…"`, Go's own error text inside the quoted `err`, its quotes escaped), and only
// their warnings and errors are kept (what a filelog receiver keeps at severity WARN and above).
//   - prometheus.ndjson: Debian 12's prometheus 2.42.0+ds (programs/prometheus): file discovery on
//     broken YAML and JSON files, recording rules that fail to evaluate, alert annotations whose
//     query does not parse, samples days ahead, alerts sent to Alertmanagers that are not there
//     or answer 500, remote write to endpoints answering 500, 400 and 429 and to one not there,
//     garbage posted to its remote-write receiver, a reload onto broken rules, broken
//     configurations (bad durations, duplicate jobs, unknown fields, a bad relabel regex, an
//     unknown Alertmanager API version, tabs, a missing file).
//   - alertmanager.ndjson: Debian 12's prometheus-alertmanager 0.25.0 (programs/alertmanager):
//     webhooks answering 500, 404 and 503 or not there, a gossip cluster whose peers are not
//     there, API v1 and v2 clients posting alerts and silences it rejects, silences it cannot
//     find, receiver filters that are not regular expressions, broken configurations.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured before any fix of this round: GA prometheus 0.976, alertmanager 1.000; no merge. Split:
// prometheus's durations that do not parse, quoted inside the quoted `err` (`not a valid duration
// string: \"15 seconds\"` / `\"soon\"`), the one with a space apart from the one without.
// A number and one word quoted after a label is the labelled value, as a quoted word there is, and
// a logfmt error's escaped quotes are read as the error's own (quoted-quantity.ts, template-tokens.ts
// errorMessageField words): prometheus 0.976 → 1.000; alertmanager, the other sets and Loghub GA
// 0.991 unchanged; the equivalence digest of issue-thread logs changed (one klog template's `Get
// \"<url>\":` now `Get <*>`, its three lines one signature as before).
// Left: none found in these two sets. Of the earlier rounds' leftovers, reading a bare word after a
// colon that ends a log line as a value (template-tokens.ts echoedAfterColon, now for exception
// messages only; coturn's `Bad configuration format: bogus-option` / `relay-treads`) was tried
// for log lines and dropped Loghub GA (Hadoop 0.994 → 0.992, Mac 0.956 → 0.950): not done.
const MERGES_LEFT: Record<string, string[][]> = {};

describe("real servers' logs, twentieth round", () => {
  itGroupsServerLogs(
    [
      ['prometheus.ndjson', 'prometheus', 0.999],
      ['alertmanager.ndjson', 'alertmanager', 1],
    ],
    MERGES_LEFT,
  );
});
