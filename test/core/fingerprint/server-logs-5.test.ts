// Real servers' logs, fifth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; each label.py says
// where each was checked). As in server-logs.test.ts, a reason a program chooses from its own list
// of texts is its own statement, and so is an error text from a library's list (errno's).
//   - zookeeper.ndjson: Apache ZooKeeper 3.8.0 (programs/zookeeper/generate.sh) standalone through
//     Debian's log4j 1.2 layout (`%d{ISO8601} - %-5p [%t:%C{1}@%L] - %m%n`), its clients failing on
//     the wire; a statement that logs a caught exception is one group per statement that threw it.
//     ZooKeeper logs many settings as `{} = {}` or `{} is {}` with the setting's name a value, so
//     only the header's call site tells those statements apart: it is read as the class's
//     (template-tokens.ts jvmCallSite; GA 0.602 → 0.680, merges of 22, 4 and 3 statements of
//     10, 3 and 3 classes gone). MERGES_LEFT lists the signatures that still hold more than one statement:
//     the test fails on any other.
//   - icecast.ndjson: Icecast 2.4.4 (programs/icecast/generate.sh) at its stock loglevel, its
//     listeners, admins and source clients failing. GA 1.000, no merges.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Not fixed: two lines of ZooKeeper's ASCII-art banner read as values.
// fp-logs70: the `{} = {}` settings of one class (ZooKeeperServer's six, RequestPathMetricsCollector's
// six, AuthenticationHelper's two, each statement logging its own property) were one signature
// per class, the dotted property names read as values; the name before a spaced `=` is now the
// setting's, a word, and two of them keep lines apart (spaced-key-name.ts, spaced-key-name.test.ts):
// zookeeper GA 0.695 → 0.805 (78 signatures; Drain3 0.453 unchanged), no other server-logs set
// moved (npx tsx bench/grouping-server-logs.ts, before and after). Left split: Environment's
// `Server environment:%s=%s` whose zookeeper.version value runs on (`…, built on <date>`), and
// two-valued places (`getData` / `getChildren response cache size`, the `ruok` / `stat` command).
// (QuorumPeerConfig's `clientPortAddress is …` and `metricsProvider.className is …` stand apart
// since a member in code and a word at one position are two statements: template-tokens.ts.)
const MERGES_LEFT: Record<string, string[][]> = {
  'zookeeper.ndjson': [
    ["ZookeeperBanner@42 ______                  _", "ZookeeperBanner@42 | |"],
  ],
};

describe("real servers' logs, fifth round", () => {
  itGroupsServerLogs(
    [
      ['zookeeper.ndjson', 'zookeeper', 0.804],
      ['icecast.ndjson', 'icecast', 1],
    ],
    MERGES_LEFT,
  );
});
