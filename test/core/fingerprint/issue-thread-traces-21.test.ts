// A twenty-first collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-21/<runtime>.ndjson, none from a thread an earlier collection or the labelled corpus
// cites; each row gives its `source` and `why`, the label decided by reading the trace and its
// thread before Rounds ran). Go, PHP and .NET, favouring one message raised by several programs or
// statements and one failure pasted twice; rows are the stored issue excerpts, so many open or end
// mid-trace (said in the row's `why`).
//   go: net/http's recovered `http: panic serving <addr>: … nil pointer dereference` from four
//     programs (gotty's AssetFS, awsdtc's template handler, Kueue's webhook, Zeno with no own
//     frame); controller-runtime `Reconciler error` records for eight controllers: `no node found`
//     (ops' TaskRun) and `Operation cannot be fulfilled on <resource> "<name>": the object has been
//     modified` for Seldon's Deployment (pod-prefixed lines), hwameistor's Cluster, kubemox's
//     VirtualMachine, StorageOS's cluster, Sidero's ServerClass, OADP's VolumeSnapshotBackup and
//     temporal-operator's own `Can't reconcile resources` record;
//   php: PHP 8 `X(): Argument #1 ($y) must be of type …, null given, called in … on line N` (CakePHP
//     error page), Typecho's PHP 7 TypeError as a message-only line and as the trace (one group),
//     Doctrine NotNullConstraintViolationException for three columns in three programs (Apache's
//     `[critical] Uncaught PHP Exception`, two monolog request.CRITICAL records), Drupal 7 duplicate
//     keys (drupal_write_record, drush's `exception 'PDOException' with message`, a bare SQLSTATE),
//     `Argument #1 ($array) must be of type array, null given` from two functions;
//   dotnet: SqlException 2627 for four tables (SQL Nexus, Phone Paradise's test failure pasted twice
//     (one group), RequestReduce's wrapped lines, Weapsy's message alone), deadlock victims (1205)
//     in five programs (Microsoft.Data.SqlClient, NLog pipes, a Yellow Screen, an ASP.NET health
//     event, NHibernate's log4net line), an inner SocketException (10061), ArgumentNullException for
//     `key`, `source` (three programs, one Chinese) and `path1` (two programs).
//
// 40 rows: Go 12, PHP 11, .NET 17.
//
// Measured on main's rules, before any fix
// (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-21.test.ts`):
//   go P 0 R 1 — merge: hwameistor's and OADP's `Reconciler error` records (clusters.hwameistor.io
//     vs volumesnapshotbackups.datamover.oadp.openshift.io) are one signature: both stacks are
//     controller-runtime's processNextWorkItem/Start.func2.2 (controller.go:266, :227) and the
//     record's `error` field, the only text that differs, does not name the failure.
//   php P 1 R 0 — split: Typecho's `_t()` TypeError as the message alone (`… called in
//     …/ThemeOptionRender.php on line 94`) and as the trace (keyed by its frames).
//   dotnet P 1 R 1.
//
// Fixes (`npx vitest run test/core/fingerprint`: 272 files pass, equivalence digests unchanged):
// - a dotted name right before a quoted name is a Kubernetes resource qualified by its API group
//   (`clusters.hwameistor.io "hwameistor-cluster"`), not a host, and two such resources at one
//   place keep two messages apart in the miner (kubernetes-resource.test.ts): hwameistor's and
//   OADP's conflicts are two signatures (go precision 0 -> 1, merges 1 -> 0).
// After: go P 1 R 1; php P 1 R 0; dotnet P 1 R 1.
//
// Left (no time in this session):
// - Typecho's TypeError as a message alone and as a trace stays two: the message alone reads
//   `called in …/ThemeOptionRender.php on line 94` as its place (a file, no function, the message
//   cut at `called`), the trace keys on Render.checkbox in that file with `… and defined` in its
//   message; one key needs PHP's `called in` read as the caller's frame in both.
// - zap/logr console records whose stack lines are indented with spaces (pasted from a terminal
//   or a pod-log tool: ops, hwameistor, kubemox, StorageOS, OADP) read no frame ("unknown
//   format"), so the whole console line, timestamp and context fields included, is the message;
//   tab-indented ones (Sidero, temporal-operator) read their frames. No split or merge here shows
//   it, so it is not changed without a row that needs it.
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  go: { precision: 1, recall: 1, merged: 0 },
  php: { precision: 1, recall: 0, merged: 0 },
  dotnet: { precision: 1, recall: 1, merged: 0 },
};

describe('traces from public issue threads, a twenty-first collection the rules were not tuned on', () => expectCollectionFloors('threads-21', EXPECTED));
