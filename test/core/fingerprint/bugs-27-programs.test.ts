// Real programs in Go and PHP whose bugs raise one error type, and often one message word for
// word, at several places, in shapes bugs-2..26 did not have (test/fixtures/fingerprint/programs/
// {go,php}-bugs-27), run for real (Go 1.26, PHP 8.2.36), each shape cited from the Go
// specification, package documentation or the PHP manual beside the code that reproduces it.
// Go (go-bugs-27, each call in a process of its own, recorded in both forms a Collector
// receives: the OpenTelemetry Go SDK v1.46.0's exception event with its stack, and the log line):
// `index out of range [-1]` in a method of a generic type instantiated at int and string by two
// callers (main.(*Ring[...]).Pop under Ledger.Undo and Tags.Undo: two failures), recorded by the
// SDK's own span.End, which recovers, records and panics again, so the log line is the runtime's
// traceback on stderr (`panic: … [recovered, repanicked]`); `slice bounds out of range` in a
// one-line helper the compiler inlines in build 1 and not in build 2 (take under readHeader and
// readTrailer: one failure, take's statement); `assignment to entry in nil map` at two
// statements of two methods under a framework's recovery middleware (recover, log/slog's JSON
// record with the stack, 500: two failures); `send on closed channel` at two statements of two
// methods under a middleware that records and panics again (sentry-go's Repanic: true), net/http's
// server recovering it and logging `http: panic serving <addr>: …` with the stack through its
// ErrorLog (two failures); one %w text, `load rates <region>: …`, over two innermost causes
// (os.ReadFile's *fs.PathError, json.Unmarshal's *json.SyntaxError: two failures) and one %w
// text, `order <id> rejected: …`, over errors.Join of two checks' errors (checkQty's, once per bad
// line, so one message can hold it on two lines; checkPostcode's: two failures), each logged with
// slog; `integer divide by zero` in a goroutine two schedulers start (`created by main.nightly` /
// `main.onDemand`: one failure), recorded by the goroutine's span.End and the process's death.
// PHP (php-bugs-27, recorded as php-bugs-21's are: the span's exception and a Laravel application's
// Monolog line with its stack): a typed int property incremented past PHP_INT_MAX by `++` at two
// statements of two methods (TypeError, one message); two arrow functions' `: int` returns
// refusing null as array_map calls them (`App\Report::App\{closure}(): Return value …`, one
// message, two methods); array_chunk's ValueError from two calls; json_decode's JsonException
// `Maximum stack depth exceeded` from two calls; ArithmeticError `Bit shift by negative number`
// at two statements; an int-backed enum's from() handed to array_map as a first-class callable
// (`Priority::from(...)`, `#0 [internal function]: App\Priority::from()`) by two callers;
// UnhandledMatchError on an enum subject (`Unhandled match case of type App\Priority`) at two
// matches; a `: string` __get returning null under two reads (one failure) and a DomainException
// thrown in __toString under two interpolations (one failure). Release 2 is in another directory
// (releases/2/src) with a class added above and statements split.
// `failure` names the statement that fails, read from the program before Rounds ran; the same
// statement reached with other data or by another path is the same failure, and one failure as a
// span and as a log record is one failure. Each failure is met with other data in each of two
// builds (build 2: lines moved, statements split; Go's without inlining and with -trimpath).
// Labels corrected before any rule was written: take's two callers, __get's two readers and
// __toString's two interpolations were first labelled two failures each; the statement that fails
// is the helper's or magic method's one statement (as php-bugs-13 and php-bugs-23 label their
// __get and __toString, and docs/fingerprinting.md makes an in-app helper that is not generic
// code its own crash site), so each is one failure. Read with the first labels, main's rules
// merged exactly those three pairs (go P 0.805, php P 0.797) and nothing else.
//
// On the rows as recorded (ROUNDS_PRINT_SCORES=1 prints the figures), main's rules (a0a7a37f):
//   go-bugs-27   96 rows, 12 failures, 19 signatures: P 1, R 0.774. Split: the four error
//                failures (loadRates' two, validateOrder's two), and nothing else: every panic's
//                span and log line (the runtime's traceback, slog's record with debug.Stack,
//                net/http's `http: panic serving …`) is one signature in both builds, the generic
//                Ring[...].Pop keeps its two callers apart, and the inlined take is one frame
//                whether inlined or not. Each error's slog line stays apart from its span (the
//                line holds no stack, as go-bugs-21's and -23's slog records do); checkQty's
//                two-line errors.Join message is one signature with its one-line one in each form.
//                Beyond that, loadRates' regions: in the log lines `fr:` / `de-at:` stay words
//                (two templates), and on the spans the JSON failure's `load rates eu: <*>` / `load
//                rates uk: <*>` were two signatures (the decoder's account is masked whole, and a
//                lower-case word right before a value is read as its label).
//   php-bugs-27  128 rows, 16 failures, 16 signatures: P 1, R 1.
// Left, and why no rule is written for them:
// - each Go error's slog line apart from its span: joining them needs the record's trace context,
//   which these lines (as an ordinary slog JSONHandler writes them) do not carry.
// - `load rates eu:` / `load rates uk:` before the decoder's account: a word closing the segment
//   right before the account says what was being decoded (json-syntax-error.ts), and `parse
//   settings: <account>` / `parse rates: <account>` at one crash site are two statements; nothing
//   in the text tells a region code there from such a word, so reading it as a value would merge
//   those. In the log lines the same holds for `fr:` / `de-at:`, read as words as a log's own
//   labels are.
import { describeProgramBugSets } from './program-bug-sets.js';

describeProgramBugSets('bugs of real Go and PHP programs in shapes bugs-2..26 did not have', {
  'go-bugs-27': ['go', { failures: 12, perFailure: 8, precision: 1, recall: 0.773, merged: 0 }],
  'php-bugs-27': ['php', { failures: 16, perFailure: 8, precision: 1, recall: 1, merged: 0 }],
});
