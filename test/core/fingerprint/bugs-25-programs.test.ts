// Real programs in Go and PHP whose bugs raise one error type, and often one message word for
// word, at several places, in shapes bugs-2..24 did not have (test/fixtures/fingerprint/programs/
// {go,php}-bugs-25), run for real (Go 1.26, PHP 8.2.36), each shape cited from the Go
// specification, package documentation or the PHP manual beside the code that reproduces it.
// PHP shapes (php-bugs-25, recorded as php-bugs-24's are: an exception handler's span row and
// PHP's own error_log entry for the uncaught throwable; release 2 another directory with a class
// added above and statements split): Error `Cannot modify readonly property App\Order::$total`
// from two methods; a TypeError on a method's parameter raised as array_map calls it through
// first-class callable syntax (`$this->parse(...)`) from two callers (array_map calls it in
// coercive mode whatever the file declares, so only null and arrays are refused); a
// RuntimeException thrown inside the closures of two Fibers started in two methods, out of
// Fiber::resume; UnhandledMatchError from two match expressions on a string (PHP 8.2 prints the
// subject as `'...'`).
// Go (go-bugs-25): each failure is recorded in both forms a Collector receives: a span's
// exception event (the OpenTelemetry Go SDK v1.46.0's RecordError
// with its stack) and a log record as the service's logger writes it: a recovered panic with
// go.uber.org/zap's production logger (JSON, `panic recovered`, the value in `panic`, and the
// `stacktrace` zap takes with runtime.Callers at error level), an error with
// github.com/sirupsen/logrus's TextFormatter (`time=… level=error msg="quote failed" error="…"`).
// Shapes: `assignment to entry in nil map` raised by the deferred closures of two methods as they
// return (Ledger.Close.func1, Report.Finish.func1); `integer divide by zero` in two functions
// run under one guard that recovers and panics again with the job's name in front (`job
// <name>: runtime error: …`); a type assertion in two goroutines errgroup started from one
// function (syncStock.func1/func2, renumbered func2/func3 by build 2's added goroutine); a type
// assertion to the type parameter of a generic function instantiated at float64 and string by
// two callers (main.Field[...]); `index out of range` inside the closures two factories return;
// two index expressions of one statement on one line (one failure, two messages) beside two
// statements on two lines (two failures, the same two messages); os.ReadFile's *fs.PathError
// wrapped with %w by two loaders and reached at two depths (`quote <sku>: read tariff: open …`
// through quote, `read tariff: open …` through refreshTariff: one failure per loader).
// `failure` names the statement at fault, read from the program before Rounds ran; the same
// statement reached with other data, or by another path, is the same failure, and one failure as a
// span and as a log record is one failure. Each failure is met with other data in each of two
// builds: build 2 with lines moved, statements split and a goroutine added, built without inlining
// and with -trimpath.
//
// On the rows as recorded (ROUNDS_PRINT_SCORES=1 prints the figures), main's rules (298130ec):
//   go-bugs-25  120 rows, 15 failures, 27 signatures: P 0.705, R 0.410 (every panic's zap record
//               apart from its span: zap's frames hold the runtime's function that raised the
//               panic under `runtime.gopanic` (`runtime.panicdivide`, `runtime.mapassign_faststr`,
//               `runtime.panicdottypeE`), which the traceback on the span never prints, so the
//               record's signature was that function's and the span's the message's; and the
//               record's message was `panic recovered`, not the value in its `panic` field; and
//               zap's `main.Field[...]` frame was not read at all, so the generic function's
//               caller was its crash site. Merged: syncStock's two goroutines (closures of one
//               function keyed by that function), parseLine's two statements (one function, the
//               index masked as a value), the two loaders' wrapped errors on their spans
//               (`quote <*> read <*> open <path>: …`, the loader's word mined as a value); split:
//               each loader's error by depth and as a logrus line apart from its span)
//   php-bugs-25  64 rows, 8 failures, 7 signatures: P 0.778, R 1 (measured with the Go rules
//                below, which no PHP row reaches; merged: Pricing::parseAll's and parseColumn's
//                array_map calls, the TypeError's crash site the called-back parse, the engine's
//                parameter check, under both callers). The two Fibers' closures, both printed
//                `App\{closure}`, are apart by the methods below them; the readonly writes and
//                the match expressions by their methods.
// Fixed since (each with a focused test and near misses, go-symbolised-panic.test.ts, real panics
// in both forms in programs/go-bugs-25/nearmiss):
// - go: a runtime.Callers stack drops the runtime's frames right under `runtime.gopanic` where
//   the program's frame follows, as the traceback does (stacktrace/go.ts; a traceback that
//   printed them, GOTRACEBACK=system, keeps them); a bare frame name with
//   its type arguments elided, `main.Field[...]`, is a frame (stacktrace/go.ts); a frames-only
//   stack holding `runtime.gopanic` takes the record's recovered value (`panic`, else `error`,
//   `err`) as its message (embedded-trace.ts). go-bugs-25 P 0.705 -> 0.736, R 0.410 -> 0.905,
//   16 signatures: every panic's zap record is one signature with its span.
// - php: a user method a built-in called back (`#0 [internal function]: App\Pricing->parse()`
//   under `#1 app.php(47): array_map()`) that refuses the value in its parameter check is the
//   engine's check, not the crash site; the function that called the built-in is, as a `called
//   in` clause makes a direct call's caller the crash site (stacktrace/php.ts,
//   engineArgumentError; php-callback-argument-error.test.ts, near misses run for real in
//   programs/php-bugs-25/near-misses.php): php-bugs-25 P 0.778 -> 1, R 1.
// Left, and why no rule is written for them:
// - syncStock.func1 / func2: closures of one function are keyed by that function, which keeps a
//   closure one signature when a release renumbers it (build 2's added goroutine makes func1
//   func2); the two goroutines differ in that ordinal alone, and line numbers never contribute.
// - parseLine's two statements: one function, one message with the index masked; the index is a
//   constant the code wrote only where the expression is a literal, which the message does not
//   say, and the lines (which do say it) move with every release (docs/fingerprinting.md).
// - the loaders' `read tariff:` / `read catalog:` on their spans: a label and a word before the
//   colon is how a wrap echoes a value (`sku kiwi:`, wrap-context-word.ts), so the word stays a
//   value; the paths under `open` are masked whole.
// - each loader's error through quote (`quote <sku>: …`) and through refreshTariff (the bare
//   `read tariff: …`) stays two signatures: the outer layer is the handler's, and dropping a
//   leading segment would join every error one wrapper passes on; and each logrus line stays
//   apart from its span, as go-bugs-21's and go-bugs-23's slog records do: the line holds no stack,
//   and joining them needs the record's trace context.
import { describeProgramBugSets } from './program-bug-sets.js';

describeProgramBugSets('bugs of real Go and PHP programs in shapes bugs-2..24 did not have', {
  'go-bugs-25': ['go', { failures: 15, perFailure: 8, precision: 0.736, recall: 0.904, merged: 3 }],
  'php-bugs-25': ['php', { failures: 8, perFailure: 8, precision: 1, recall: 1, merged: 0 }],
});
