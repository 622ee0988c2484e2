// A twentieth collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-20/<runtime>.ndjson, none from a thread an earlier collection or the labelled corpus
// cites; each row gives its `source` and `why`, the label decided by reading the trace and its
// thread before Rounds ran). Mostly Go, PHP and .NET, favouring one message raised at several
// statements or for several tables, and one failure pasted several times; rows are the stored
// issue excerpts, so many open or end mid-trace (said in the row's `why`).
//   go: `assignment to entry in nil map` in two programs, `concurrent map writes` (fatal error
//     form with fp/sp/pc), divide-by-zero and nil-pointer panics in two database drivers, net/http's
//     recovered `http: panic serving`, a zap console record with its error stack (MatrixOne's
//     `context deadline exceeded`), three controller-runtime/zapr JSON reconcile records, testify
//     `Not equal:` blocks from five tests (one with the CI runner's timestamp on every line), a
//     Go log's `sql: no rows in result set`, and obot's logrus record of gorm's `record not
//     found` twice (one group);
//   php: a Horizon job's MaxAttemptsExceededException, duplicate-key errors for twelve tables
//     (Laravel QueryException, Laravel log `[previous exception]`, Nextcloud's JSON log, Rollbar's
//     frames, Drupal 8/9 EntityStorageException for node_access, media, menu_link_content and
//     key_value (one in a PHPUnit error block), Drupal 7's drupal_write_record, WoltLab's PHP 5
//     `Uncaught exception '…' with message`, ownCloud's log), TypeErrors for null arrays in four
//     plugins, class-not-found and require fatals in three WordPress plugins, phpMyFAQ's compile
//     error, October CMS's ErrorException;
//   dotnet: EF Core DbUpdateException over PostgresException for four constraints (compose
//     prefix, Serilog line, the inner's data fields, VITA's wrapper) and over SqlException for
//     four indexes; FilterLists' seed failure pasted from two CI runs (one group), dba-dash's as an
//     AggregateException inner and as the fix PR's `(…) (…)` message (one group), netTiers' insert
//     with and without SQL Server's `The duplicate key value is (…)` (one group); refused
//     HttpRequestExceptions from four programs (`(127.0.0.1:9666)`, Spanish `(localhost:5051)`,
//     Blazor's `(localhost:63279)`, Linux's `Connection refused`) and an AggregateException in
//     Visual Studio's details form; NullReferenceExceptions as two Yellow Screens and a ToString();
//   others: Rust io errors behind anyhow's `Caused by:`, a CLI's `caused by:` and color-eyre, Sidekiq
//     RecordNotFound retries (WARN hash, two JSON `Job raised exception` records of two jobs),
//     myPlanet's Kotlin lateinit crash.
//
// 70 rows: Go 18, PHP 23, .NET 21, others 8.
//
// Measured on main's rules, before any fix
// (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-20.test.ts`):
//   go P 1 R 1.
//   php P 1 R 1 (every row its own group: the duplicate-key errors for twelve tables stay apart).
//   dotnet P 1 R 0 — splits: FilterLists' seed failure (GitHub Actions stamps every line
//     `2026-02-01T22:03:55.8815829Z `, and trims the fraction's trailing zeros, `….881712Z`: the
//     lines' headers differ in length, the stamp is not removed, and neither paste reads a frame;
//     the messages are the first lines, `fail: …Host[11]` and the SqlException's); dba-dash's
//     (a trace keyed by its frames vs a message-only paste); netTiers' (the message with and without
//     `The duplicate key value is (…).`).
//   others P 0 R 1 — merge: Bike Index's two Sidekiq `Job raised exception` JSON records
//     (EmailConfirmationWorker/User, EmailFeedbackNotificationWorker/Feedback) are one signature.
//
// Fixes (`npx vitest run test/core/fingerprint`: 260 files pass, equivalence digests unchanged):
// - a line header's time whose fraction of a second differs in width is still one header, each
//   line cut at its own (trace-line-header-fraction-width.test.ts): FilterLists' two pastes read
//   the SqlException and its frames and are one signature (.NET recall 0 -> 0.33);
// - SQL Server's `The duplicate key value is (…).` after its duplicate-key wording does not name
//   the failure (duplicate-key-value.test.ts): netTiers' two wordings are one (.NET recall 0.33
//   -> 0.67).
// - a first line that only opens a record (`{`, `WARN: {`) is the record's lines joined
//   (opened-record.test.ts): Bike Index's two Sidekiq records read their error fields and are two
//   signatures (others precision 0 -> 1, merges 1 -> 0).
// After: go P 1 R 1; php P 1 R 1; dotnet P 1 R 0.67; others P 1 R 1. Loghub dev GA unchanged
// (`npx tsx bench/grouping.ts`, mean 0.991).
//
// Left (no time in this session):
// - dba-dash's failure as a trace (its AggregateException's inner, keyed by DBImporter's frames)
//   and as a message-only paste (the fix PR's `(…) (…)` text) stays two: a message alone cannot
//   name the crash site the trace keys on.
// - a Sidekiq record read whole masks the job's class as a JSON string value: two jobs failing
//   with one error's words would still be one signature. Reading Sidekiq's `job.class`,
//   `job.error_class` and `job.error_message` as the record's failure needs Sidekiq's record shape
//   in log-body.ts; the collection holds no second complete record to test it on.
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  go: { precision: 1, recall: 1, merged: 0 },
  php: { precision: 1, recall: 1, merged: 0 },
  dotnet: { precision: 1, recall: 0.66, merged: 0 },
  others: { precision: 1, recall: 1, merged: 0 },
};

describe('traces from public issue threads, a twentieth collection the rules were not tuned on', () => expectCollectionFloors('threads-20', EXPECTED));
