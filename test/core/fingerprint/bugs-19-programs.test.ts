// Real programs in Go and PHP whose bugs raise one error type, and often one message word for
// word, at several places, in shapes bugs-2..18 did not have, each shape taken from the language's
// specification or documentation cited beside the code that reproduces it
// (test/fixtures/fingerprint/programs/{go,php}-bugs-19), run for real. Rows hold each failure in
// both forms it reaches a Collector in, as bugs-17's do: a span's exception event (the
// OpenTelemetry Go SDK v1.46.0's RecordError with its stack; PHP 8.2's `(string) $e`) and a log
// record (log/slog's JSONHandler line; Monolog 2.9's Laravel line); a Go HTTP handler's panic in
// the one form it has, net/http's `http: panic serving <addr>: …` with the stack in the server's
// ErrorLog, met four times per build. Shapes: Go `index out of range` in main.(*Tiered).Price
// reached through an interface from two callers (one failure) beside one panic message raised at
// two statements of main.(*Booking).Reserve (two failures); a sentinel wrapped with %w at two
// depths and logged with one message, `checkout failed`; `assignment to entry in nil map` on the
// inner map of a map of maps in two methods; `slice bounds out of range` inside main.Page[...]
// from two callers that each hand it an unclamped page; context.DeadlineExceeded from an HTTP
// request and from a wait for a slot, logged as `upstream call failed`; a nil func called in the
// ServeHTTP of two http.Handler types. PHP: TypeError `Cannot assign <type> to property …` from
// an instance and a static typed property (the type named is the value's, and varies); two
// ArgumentCountErrors (array_map calling a two-parameter method with one argument; named
// arguments leaving one out); DivisionByZeroError from intdiv and from `%` in one method;
// JsonException `Syntax error` from one decoding helper fed by two callers; HttpException
// `Checkout failed` wrapping ($previous) two causes at two depths; Error `Call to undefined
// method <class>::<name>()` from a trait's statement and from a formatter call, each met with two
// classes.
// `failure` names the statement at fault, read from the program before Rounds ran; the same
// statement reached with other data, another caller or an object of another class is the same
// failure, and one failure as a span and as a log record is one failure. Each failure is met with
// other data in each of two builds: Go, build 2 with lines moved and statements split, built
// without inlining and with -trimpath; PHP, two releases side by side.
//
// On the rows as recorded (ROUNDS_PRINT_SCORES=1 prints each program's figures), main's rules:
//   go-bugs-19      104 rows, 13 failures, 18 signatures: P 0.820, R 0.802 (Booking.Reserve's two
//                   panics one signature: one message, one method; each error logged by a handler
//                   split, its span apart from its `checkout failed` / `upstream call failed` line)
//   php-bugs-19     96 rows, 12 failures, 12 signatures: P 0.704, R 0.905 (Split::share's
//                   `Division by zero` and `Modulo by zero` one signature; Webhook's and
//                   SettingsFile's JsonException one, keyed at the decoding helper both call; each
//                   undefined method split by the class its message names)
// Fixed since (each with a focused test and near misses):
// - php: DivisionByZeroError and ArithmeticError, PHP's types for an arithmetic operation, say in
//   their message which operation failed (`Division by zero`, `Modulo by zero`, `Bit shift by
//   negative number`), so it contributes, as JsonException's does (exception.ts
//   QUALIFIED_REASON_TYPES, php-arithmetic-error.test.ts; near misses in
//   php-bugs-19-near-misses.ndjson): Split::share's intdiv() and `%` two signatures, php-bugs-19
//   P 0.704 -> 0.826 (R 0.905). The equivalence digests of the php sets change (the corpus'
//   Cart::average intdiv() now keys its message and intdiv(); still one signature).
// Left:
// - go: Booking.Reserve's two `panic(fmt.Sprintf("booking: invalid slot %d/%d", …))` statements are
//   one signature: one method, one message template, and only the line (which every release
//   moves) tells them apart.
// - go: a handler's error on the span with its stack and in its `checkout failed` / `upstream call
//   failed` record without one stay two signatures (as in go-bugs-9..16: joining them needs the
//   record's trace context), and the records split by a word of data (`of ann` / `of bo`, EUR /
//   JPY, as go-bugs-10's SKUs).
// - php: Webhook's and SettingsFile's JsonException are one signature at Json::decode, the in-app
//   helper both hand their input to (callers do not contribute); a library's helper (nette/utils'
//   Json::decode) would leave the caller the crash site, an application's own nothing in its trace
//   says is a pass-through.
// - php: `Call to undefined method <class>::<name>()` keeps the class its message names, so one
//   statement met with two receivers' classes is two signatures (Report::render); dropping it
//   would merge two calls of one missing name on two objects in one function. The trait's method
//   (Totals::total) is named in PHP's trace by the class using it (App\Invoice->total(),
//   App\Quote->total()), so its crash site differs too.
import { describeProgramBugSets } from './program-bug-sets.js';

describeProgramBugSets('bugs of real Go and PHP programs in shapes bugs-2..18 did not have', {
  'go-bugs-19': ['go', { failures: 13, perFailure: 8, precision: 0.82, recall: 0.802, merged: 1 }],
  'php-bugs-19': ['php', { failures: 12, perFailure: 8, precision: 0.826, recall: 0.904, merged: 1 }],
});
