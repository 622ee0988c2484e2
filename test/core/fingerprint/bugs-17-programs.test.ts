// Real programs in Go and PHP whose bugs raise one error type, and often one message word for
// word, at several places, in shapes bugs-2..16 did not have, each shape taken from the
// language's specification or documentation cited beside the code that reproduces it
// (test/fixtures/fingerprint/programs/{go,php}-bugs-17), run for real. Rows hold each failure in
// both forms it reaches a Collector in, as bugs-16's do: a span's exception event (the
// OpenTelemetry Go SDK v1.46.0's RecordError with its stack; PHP 8.2's `(string) $e`) and a log
// record (log/slog's JSONHandler line; Monolog 2.9's Laravel line); a Go crash, which no span
// records, in the one form it has, what the dying process printed to its standard error, met
// four times per build. Shapes: Go `index out of range [-1]` at one statement of a generic
// function (main.Last[...]) reached from two callers instantiating it for two types (one
// failure), and at two statements of another (main.Ends[...]), each reached from its own caller
// (two failures); `close of closed channel` in the stop closures two constructors return;
// `reflect: call of reflect.Value.Int on string Value` at two sites; `sync: negative WaitGroup
// counter` from two fan-outs' workers, recovered in the worker's goroutine; `fatal error: all
// goroutines are asleep - deadlock!` from two waits (a WaitGroup's, a channel receive); and a nil
// dereference in two deferred closures that had recovered an index out of range (`panic: …
// [recovered]` above `panic: … nil pointer dereference`). PHP: UnhandledMatchError `Unhandled
// match case true` from two match(true) expressions; ValueError from an int-backed enum's from()
// handed to array_map as Size::from(...) and called directly; RuntimeException `Lock lost for
// <key>` thrown in two Fibers after they suspended, surfacing from a scheduler's resume(); the
// TypeError of two `never` functions that fall off their end; TypeError from strlen(...) kept as
// a first-class callable and called with a non-string from two methods; Error `Cannot modify
// readonly property` from appending to the readonly array of two classes.
// `failure` names the statement at fault, read from the program before Rounds ran; the same
// statement reached with other data, or from another caller, is the same failure, and one
// failure as a span and as a log record is one failure. Each failure is met with other data in
// each of two builds: Go, build 2 with lines moved, closures renumbered, built without inlining
// and with -trimpath; PHP, two releases side by side.
//
// On the rows as recorded (ROUNDS_PRINT_SCORES=1 prints each program's figures), main's rules:
//   go-bugs-17      104 rows, 13 failures: P 1, R 0.956 (Last's own statement reached from
//                   latestPrice and from latestStatus is two signatures: generic code whose trace
//                   hides its type arguments is keyed with its first caller, docs/fingerprinting.md's
//                   `genericCode`, whose stated cost this is)
//   php-bugs-17     96 rows, 12 failures: P 0.84, R 1 (Http::abortUnless's and Guard::deny's
//                   `never-returning function must not implicitly return` one signature: both
//                   names read as error machinery, a throw helper, so the caller both are called
//                   from is the crash site)
// Fixed since (each with a focused test and near misses):
// - php: a function PHP's TypeError says broke its own return declaration (`… never-returning
//   function must not implicitly return`, `… Return value must be of type …`) is the crash site
//   though its name reads as a throw helper's (php-own-return-error.ts,
//   php-own-return-error.test.ts): abortUnless and Guard::deny two signatures, php-bugs-17
//   P 0.84 -> 1 (R 1).
// - go: a program that died of a fault the runtime raised in a deferred function while an earlier
//   panic unwound (`panic: … [recovered]` over a tab-indented `panic: runtime error: …`) was read
//   as the earlier, recovered panic at the function below the deferred one: exportRows's cleanup
//   crash and the index out of range the closure had recovered, when it raises it again with a
//   sheet to clean (`[recovered, repanicked]`, go-bugs-17-near-misses.ndjson), were one
//   signature; now the deferred closure is the crash site and the fatal panic the message
//   (stacktrace/go.ts, go-fault-in-deferred-function.test.ts). Figures here unchanged (exportRows
//   and transfer were parted by their functions either way).
// Left:
// - go: Last's own bug reached from two callers stays two signatures: the genericCode rule keys a
//   generic function whose trace hides its type arguments with its first caller, because the
//   commoner case is a helper each caller hands its own bad values to (go-bugs-3's firstOf of an
//   empty list, two failures); the trace does not tell the two apart.
// - go: the runtime's `fatal error: …` line is read as no message (type panic, the waiting
//   function the crash site): settle's and collect's deadlocks are parted by their functions, and
//   settle's deadlock and its `sync: unlock of unlocked mutex` (the near miss below) by the library
//   functions each stopped in, so no figure asks for it; a diagnosis reads no words of it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fingerprintLabelled, mergedFailures, splitFailures } from './failure-groups.js';
import { describeProgramBugSets } from './program-bug-sets.js';

describeProgramBugSets('bugs of real Go and PHP programs in shapes bugs-2..16 did not have', {
  'go-bugs-17': ['go', { failures: 13, perFailure: 8, precision: 1, recall: 0.956, merged: 0 }],
  'php-bugs-17': ['php', { failures: 12, perFailure: 8, precision: 1, recall: 1, merged: 0 }],
});

// The near miss of settle's deadlock (go-bugs-17-near-misses.ndjson, from the same crasher): with no
// payments settle unlocks a mutex it never locked, `fatal error: sync: unlock of unlocked mutex`,
// another failure of the same function, which the runtime also prints without a panic value.
describe('two fatal errors of one Go function', () => {
  it('are two signatures, each one across builds', () => {
    const rows = readFileSync(new URL('../../fixtures/fingerprint/go-bugs-17-near-misses.ndjson', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { failure: string; body: string }).filter((r) => r.failure.startsWith('settle'));
    expect(new Set(rows.map((r) => r.failure)).size).toBe(2);
    const results = fingerprintLabelled(rows, (r) => ({ source: 'log', service: 'shop', body: r.body, severityText: 'ERROR', runtime: 'go' }));
    expect(mergedFailures(results)).toEqual([]);
    expect(splitFailures(results)).toEqual([]);
  });
});
