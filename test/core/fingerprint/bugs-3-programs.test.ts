// Real programs in Go, PHP and .NET whose bugs raise one error type and message at several
// statements, in shapes bugs-2 did not have, each shape taken from a public issue thread cited
// beside the code that reproduces it (test/fixtures/fingerprint/programs/{go,php,dotnet}-bugs-3),
// run for real and recorded as each runtime's instrumentation records an exception: the
// OpenTelemetry Go SDK v1.46.0 (span.End and span.RecordError with their stack) and, for panics
// net/http recovers, the server's ErrorLog text read as a log record; PHP 8.2's `(string) $e`
// (a fatal error as Symfony's ErrorHandler 5.4 turns it into an OutOfMemoryError); Mono 6.8's
// Exception.ToString(). `failure` names the statement that failed, read from the program before
// Rounds ran. Each failure is met twice with other data in each build of the program, which must
// stay one signature: Go, three builds (lines moved, a function literal, a go statement and a
// generic call added, built without inlining; then built with -trimpath); PHP, two releases
// deployed side by side; .NET, three (lines moved, methods, a lambda and an async method added;
// then a release build without debug symbols).
//
// go-bugs-3-logged is the Go service's errors that its respondError also writes to its log
// (log/slog's TextHandler: `level=ERROR msg="request failed" err="…"`), read as log records.
// php-bugs-3-logged is the same PHP calls logged as a Laravel application's log writes them
// (Monolog's LineFormatter as Laravel's LogManager configures it: the exception on one line and
// its `[stacktrace]` block), read as log records.
//
// On the rows as recorded (ROUNDS_PRINT_SCORES=1 prints each program's figures), main's rules:
//   go-bugs-3      102 rows, 17 failures: P 0.702, R 1 (merged: firstOf[...] from latestOrder and
//                  primaryEmail; (*Cache[...]).Put from rememberSession and rememberRate; the JSON
//                  type errors of Order.qty and Order.price, one decoding helper's stack)
//   go-bugs-3-logged 30 rows, 5 failures: P 0.510, R 1 (added after the first two fixes below,
//                  which did not move it; merged: validateSignup's and validateProfile's joined
//                  errors, whose text is the same and the line says nothing else — left; Order.qty
//                  and Reading.rhum, the miner taking `Order.qty` for a value)
//   php-bugs-3      64 rows, 16 failures: P 1,     R 1
//   php-bugs-3-logged 64 rows, 16 failures: P 1,   R 1 (added after the fixes below, which are
//                  Go's and .NET's only)
//   dotnet-bugs-3   72 rows, 12 failures: P 0.833, R 1 (merged: Repository`1[T].Get from
//                  Billing.InvoiceFor and Cart.Add)
// Fixed since (each with a focused test and near misses):
// - go: the JSON type errors of Order.qty and Order.price -> the struct field and Go type Go's
//   encoding/json names contribute (go-json-type-error.test.ts): P 0.702 -> 0.780;
// - go: firstOf[...] and (*Cache[...]).Put, each from two callers; dotnet: Repository`1[T].Get
//   from two services -> generic code's first in-app caller that is not generic joins the crash
//   site (generic-code-callers.test.ts): go P 0.780 -> 1, dotnet P 0.833 -> 1;
// - go logged: Order.qty and Reading.rhum in slog lines -> a log line's `Type.member` is code, two
//   of them two statements (log-type-member.test.ts): P 0.510 -> 0.676.
import { describeProgramBugSets } from './program-bug-sets.js';

describeProgramBugSets('bugs of real Go, PHP and .NET programs in shapes bugs-2 did not have', {
  'go-bugs-3': ['go', { failures: 17, perFailure: 6, precision: 1, recall: 1, merged: 0 }],
  'go-bugs-3-logged': ['go', { failures: 5, perFailure: 6, precision: 0.67, recall: 1, merged: 1 }],
  'php-bugs-3': ['php', { failures: 16, perFailure: 4, precision: 1, recall: 1, merged: 0 }],
  'php-bugs-3-logged': ['php', { failures: 16, perFailure: 4, precision: 1, recall: 1, merged: 0 }],
  'dotnet-bugs-3': ['dotnet', { failures: 12, perFailure: 6, precision: 1, recall: 1, merged: 0 }],
});
