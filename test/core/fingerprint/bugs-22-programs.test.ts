// A real .NET program whose bugs raise one exception type, and often one message word for word,
// at several places, in shapes bugs-2..20 did not have, each shape taken from the .NET
// documentation cited beside the code that reproduces it (test/fixtures/fingerprint/programs/
// dotnet-bugs-22), run for real on Mono 6.8; rows are Exception.ToString() as bugs-20's are.
// Shapes: one method using two MemoryStreams either of which may be disposed; one method reading
// a List by index and then cutting the item with Substring (ArgumentOutOfRangeException at two
// statements); two LINQ queries of one method whose Select lambdas parse (`<Totals>m__0`,
// `<Totals>m__1`, renumbered in build 2); one Task.WhenAll faulting in one feed, the other, or
// both at once (labelled by the first, as the aggregate's InnerException is); a custom exception
// thrown from two classes' static constructors; one method's List.ForEach and foreach over a
// HashSet changing what they walk; two explicit interface implementations left as
// NotImplementedException stubs; a recursive-descent parser failing at two sites under as many
// repeated frames as the input nests.
//
// On the rows as recorded (ROUNDS_PRINT_SCORES=1 prints the figures), main's rules:
//   dotnet-bugs-22  96 rows, 16 failures: P 0.689, R 1 (merged: Copier.Copy's read of the
//                   source and write of the target, MemoryStream.Read and MemoryStream.Write
//                   under one MemoryStream.EnsureNotClosed, one message word for word;
//                   Sku.Segment's List indexer and Substring, two runtime methods raising
//                   ArgumentOutOfRangeException with two messages; Sheet.Totals' two Select
//                   lambdas, `Totals.lambda run by ToList` both, told apart by the line alone)
// Fixed since (with a focused test and near misses):
// - a specific .NET exception raised by the runtime alone below the crash site (every frame from
//   the top down to it `System.*`) adds the type of the runtime's method at the top, the one
//   holding the throw, which the JIT does not inline away; not ArgumentNullException, refused
//   by whichever runtime method meets the null first (dotnet-runtime-raiser.test.ts):
//   Sku.Segment's indexer and Substring apart, dotnet-bugs-22 P 0.689 -> 0.769, R 1.
// Left:
// - Copier.Copy's read and write: MemoryStream.Read and Write both raise in EnsureNotClosed (one
//   type, MemoryStream, either way), one message word for word; the method the statement
//   called (Read, Write) is what the JIT may inline away (docs/fingerprinting.md), so only the
//   line tells them apart.
// - Sheet.Totals' two lambdas: Mono numbers them by a counter over the type (`m__0`, `m__1`,
//   renumbered by build 2's added lambda), both run by ToList over an array, one message: only
//   the line tells them apart.
// Already apart on main's rules: the two static constructors (their types' `.cctor` frames), the
// two loops (InvalidOperationException is generic, so the runtime code that raised it names it:
// List.ForEach, HashSet's enumerator), the two explicit interface implementations (their
// classes), the parser's two sites at every depth (the raising method is the crash site; the
// repeated frames below it do not contribute) and WhenAll's two feeds, an aggregate of both keyed
// by its first.
import { describeProgramBugSets } from './program-bug-sets.js';

describeProgramBugSets('bugs of a real .NET program in shapes bugs-2..20 did not have', {
  'dotnet-bugs-22': ['dotnet', { failures: 16, perFailure: 6, precision: 0.769, recall: 1, merged: 2 }],
});
