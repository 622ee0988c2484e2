// A fifty-sixth collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-56/go.ndjson, php.ndjson and dotnet.ndjson), chosen for precision: pairs of different
// failures that look alike and pairs of one failure that looks different. None is from a thread an
// earlier collection or the labelled corpus cites; each row gives its `source` and `why`, the label
// decided by reading the trace, its thread and, where it settles which statement failed, the
// program's source or the maintainers' reply; where the stored copy of a thread ends inside a
// trace, the row quotes it through the last whole frame and says so.
//   go: gophercises/urlshort's nil fallback handler called by net/http (HandlerFunc.ServeHTTP with
//     a 0x0 receiver, no frame of the program) from macOS under Go 1.9 and from Windows under Go
//     1.13, two goroutine ids' worth of the same paste shape (one group); beside it four panics that
//     share its look: progrium/cmd's `index out of range` under the same net/http wrapper frames,
//     gguf-parser's `index out of range [0] with length 0` in main.mainAction and pigo's older
//     `index out of range` in core.(*Pigo).Unpack (the same runtime error at two programs' lines),
//     and komuw/ong's nil *stackError dereferenced while logging an errors.Join of `%w`-wrapped
//     errors, printed as a `[recovered]` panic (apart);
//   php: amphp's worker failure (`Uncaught Error in worker with message "Call to a member function
//     connection() on null"`, rethrown by TaskFailure.php:45) as Laravel's debug JSON, posted by
//     one reporter to amphp/parallel-functions and to amphp/parallel (one group); beside it the same
//     reporter's `Call to undefined function …enqueueCallable()` in the same JSON form, bref's
//     Lambda error JSON with the same `connection() on null` message from a Lumen job (another
//     program and call path), two of Exment's `Call to a member function …() on null` in
//     laravel.log records (getValidator() in CustomTable, getValue() in ParentValue's closure), and
//     two QueryExceptions through Laravel's Connection: Exment's `Unknown database 'world'` (a
//     chained `Next …` PHP trace) and openclassify's PostgreSQL `database "ocdemo" does not exist`
//     as Laravel 12's error page copied as Markdown (apart);
//   dotnet: IdentityServer's AddSigningCredentials factory (`<>c.<AddSigningCredentials>b__10_2`)
//     throwing a NullReferenceException when the environment's `IdentityServer:Key` is missing, as
//     the console logger's ExceptionHandlerMiddleware record, bare twice, and Kestrel's [13] record
//     behind Heroku's `app[web.1]:` prefix, its DI resolver frames from another release (one group);
//     beside it Umbraco's Razor partial and Banco Alimentar's Razor Page NullReferenceExceptions
//     under the same exception-handling text, and SQLite's `FOREIGN KEY constraint failed` through
//     EF Core at two places: SaveChangesAsync wrapped in a DbUpdateException (rdt-client) and a
//     migration at start-up (Remotely) (apart).
//
// 22 rows: Go 6 (one group of two rows, four alone), PHP 8 (one group of two, six alone), .NET 8
// (one group of four, four alone). Not found in the threads the issues search corpus returned this
// round: one Go program's two `index out of range [N] with length M` at two lines, Laravel's or
// Symfony's handler frames above two different queries of one program, two ASP.NET Core
// NullReferenceExceptions of one program under its middleware (the threads found hold one each).
//
// Measured on main's rules, no fix yet
// (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-56.test.ts`):
//   go P 1 R 1 — no merge, no split;
//   php P 1 R 1 — no merge, no split;
//   dotnet P 1 R 0.5 — no merge; split: IdentityServer's AddSigningCredentials
//     NullReferenceException. No frame is the application's, so the top three library frames key
//     it: the factory's lambda, then the DI container's ServiceLookup resolver frames, which differ
//     by the container's release (CallSiteVisitor`2.VisitCallSiteMain between VisitFactory and
//     VisitCache in three pastes, absent in the Heroku record).
//   Read wrong without a split or merge to show it:
//   - bref's Lambda JSON (`"errorType": …, "errorMessage": …, "stack": ["#0 …", …]`) reads as no
//     trace, its first line masked to `<*>` the message: every such record of a service would be
//     one signature;
//   - openclassify's Markdown error page reads as no trace, keyed by its heading
//     (`# Illuminate\Database\QueryException - Internal Server Error`) as the message: every
//     QueryException copied so would be one signature;
//   - komuw/ong's `[recovered]` panic reads with no message (its frames key it).
//
// After this round's rules (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-56.test.ts`):
//   dotnet P 1 R 1 — dotnet-container-resolver-frames.ts: with no frame of the application's, the
//     DI container's ServiceLookup/ServiceProvider frames below the frame it called leave the top
//     library frames; the four AddSigningCredentials pastes are the factory's lambda alone, one
//     signature (dotnet-container-resolver-frames.test.ts, near misses: two factories, a factory
//     and a constructor, the container's own errors);
//   go P 1 R 1 (the same figures) — go-headless-panic-goroutine.ts: a panic line over frames whose
//     goroutine line the paste left out is read as the whole dump, so komuw/ong's row has its
//     message and is the signature of the same dump with its header (go-headless-panic-goroutine.test.ts,
//     near misses from a program run here under Go 1.26: a nil dereference and an index out of
//     range in one function, which without their goroutine lines were one signature);
//   php P 1 R 1 (unchanged).
// Every other collection's go, php and dotnet figures (threads-3 … threads-54) are the same as at
// the branch point a09392c2 (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces`
// on both), and `npx vitest run test/core/fingerprint` passes (619 files), equivalence digests unchanged.
//
// Left:
// - bref's Lambda error JSON and Laravel 12's Markdown error page still read as no trace (see
//   above): each is one row here, the Lambda one cut inside its `stack` array by the paste, so a
//   rule for either would have no second form to be tested against; not attempted this round.
// - No merge was found on main's rules in the look-alike pairs this collection holds; the pairs the
//   brief named that the threads searched did not hold (see the rows list) stay untested here.
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  go: { precision: 1, recall: 1, merged: 0 },
  php: { precision: 1, recall: 1, merged: 0 },
  dotnet: { precision: 1, recall: 1, merged: 0 },
};

describe('traces from public issue threads, a fifty-sixth collection the rules were not tuned on', () => expectCollectionFloors('threads-56', EXPECTED));
