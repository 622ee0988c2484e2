// A real .NET program whose bugs raise one exception type, and often one message word for word,
// at several places, in shapes bugs-2..23 did not have, each shape taken from the .NET
// documentation cited beside the code that reproduces it (test/fixtures/fingerprint/programs/
// dotnet-bugs-24), run for real on Mono 6.8. Each failure is recorded in both forms a Collector
// receives: a span's exception event as the OpenTelemetry .NET SDK records it (exception.type,
// exception.message, exception.stacktrace = Exception.ToString()) and a log record whose body is
// what the framework's TraceSource wrote through a TextWriterTraceListener (`Shop Error: 0 :
// Request N failed: ` and the exception's ToString()). Shapes: two property getters of one class
// (`get_Balance`, `get_Opening`) throwing one message; an indexer's getter and setter
// (`get_Item`, `set_Item`); two Dictionary lookups of one method (KeyNotFoundException quoting
// the key); First and Single of one method on sequences without a match; two unboxing casts of one
// method (InvalidCastException, no runtime frame above the method); two statements under a method
// rethrowing with `throw;` and one rethrowing with `throw ex;`, each failure reached through both;
// Task.WaitAll's AggregateException from either of two tasks; two iterator methods (mcs's
// `<Quantities>c__Iterator0`, renumbered by build 2's added iterator); two async methods each
// awaited from two callers; a generic method and a generic class's method at int and decimal;
// two classes' static field initializers (TypeInitializationException, met and met again); a
// retry helper rethrowing two operations' TimeoutException with ExceptionDispatchInfo; a
// repository wrapping two fields' FormatException as InvalidDataException; two handlers of one
// event throwing one ArgumentException message. Build 2 is compiled in another directory with
// members added above the failing ones and failing statements split over two lines.
//
// On the rows as recorded (ROUNDS_PRINT_SCORES=1 prints the figures), main's rules (5bd6ec6d):
//   dotnet-bugs-24  224 rows, 28 failures, 27 signatures: P 0.839, R 0.959 (merged: Rates.Convert's
//                   two lookups, Dictionary.get_Item under one method, the key a value; RowReader.Line's
//                   two unboxings, one frame and one message; Header.Count's and Body.Total's
//                   failures as ImportLegacy's `throw ex;` rethrows them, the stack restarted at the
//                   rethrow, so the trace holds ImportLegacy's frame alone; split: each of those two
//                   failures, its own frame as Import's `throw;` keeps it, ImportLegacy's as
//                   `throw ex;` leaves it). A span and its log line were one signature for every
//                   failure.
// Left, and why no rule is written for them:
// - Rates.Convert and RowReader.Line: the two statements differ in their line alone (and Mono's
//   IL offset, which a release build or any edit of the method above the statement moves as well);
//   docs/fingerprinting.md keeps lines out of a signature, and build 2 moves them.
// - `throw ex;`: the rethrow replaces the stack (the .NET documentation's reason to write
//   `throw;`), so nothing in ImportLegacy's trace names Header.Count or Body.Total; the failure
//   through ImportLegacy and through Import cannot be one signature, nor the two through
//   ImportLegacy two.
// Already apart or joined on main's rules: the getters and indexer accessors (their method names),
// First and Single (the runtime's raising method), the iterators (the compiler's ordinal dropped),
// the async methods from either caller, the generic methods at either type, the static
// initializers' `.cctor` frames (first use and later use alike), ExceptionDispatchInfo's restored
// frames, the repository's two inner causes, the two event handlers, WaitAll's two tasks.
import { describeProgramBugSets } from './program-bug-sets.js';

describeProgramBugSets('bugs of a real .NET program in shapes bugs-2..23 did not have', {
  'dotnet-bugs-24': ['dotnet', { failures: 28, perFailure: 8, precision: 0.839, recall: 0.959, merged: 3 }],
});
