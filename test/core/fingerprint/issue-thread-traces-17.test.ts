// A seventeenth collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-17/<runtime>.ndjson, none from a thread an earlier collection cites; each row gives its
// `source` and `why`, the label decided by reading the trace and its thread before Rounds ran).
// Mostly Go, PHP and .NET, favouring one message raised at several statements and one failure
// pasted several times; rows are the stored issue excerpts, so some open or end mid-trace (said in
// the row's `why`).
//   go: `invalid memory address or nil pointer dereference` in nine programs and as many forms
//     (goroutine dumps with and without tab indents, gin's `panic recovered:` and Gitea's `[E]
//     PANIC:` `file:line (pc)` stacks, Echo's `[PANIC RECOVER]` line plain and inside JSON logs,
//     logrus' escaped debug.Stack, GoDoxy's one crash pasted twice from two containers and builds
//     with compose prefixes); controller-runtime's `Reconciler error` for four operators with
//     library frames only (flink-operator's stack without its line, posted to two trackers);
//   php: WordPress `Call to undefined function …()` for five plugins (get_plugins() at three
//     statements, Xdebug's table, PHP 5 wording), Magento's `Call to a member function …() on
//     null` (Mollie's Apache proxy_fcgi record, titles with mid-trace excerpts) and Mzax's three
//     PHP 5 `on a non-object` fatals from one thread, Doctrine DBAL unique violations, Plausible's
//     in_array TypeError, Drupal's EntityStorageException as a watchdog record and a Symfony line;
//   dotnet: ASP.NET Yellow Screen text (NullReferenceException at two Everest pages and
//     DisplayMonkey's Spanish one, Npgsql's missing view, N2CMS quoted with `> `), Npgsql
//     `42P01: relation "…" does not exist` for five tables (`fail:` blocks, an 80-column wrapped
//     quote), Hangfire's SqlException timeout (NLog line) and truncation, Unity and xLua
//     NullReferenceExceptions, RatScanner's cancelled start-up pasted three times (two through
//     TargetInvocationException, one through the minimal UI), SrvSurvey's and rdt-client's
//     AggregateException `(A task was canceled.)`;
//   others: Ruby's Errbit NoMethodError, Rust's journald-prefixed unwrap panic, Elixir's
//     FunctionClauseError from Bugsnag and from Logger.
//
// 54 rows: Go 15, PHP 17, .NET 18, others 4.
//
// Measured on main's rules, before any fix
// (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-17.test.ts`):
//   go P 1 R 1.
//   php P 0 R 1 — merge: Mzax's three PHP 5 fatals `Call to a member function toHtml()/send()/
//     setMediumData() on a non-object in <file> on line N` (three methods, files and lines) are
//     one signature.
//   dotnet P 0.5 R 0.33 — merge: Everest's two Yellow Screens (a NullReferenceException in
//     ReportMaster.Page_Load and an NpgsqlException for a missing view) are one signature: both
//     messages open with `Server Error in '/' Application.`; split: RatScanner's start-up
//     cancellation through TargetInvocationException (two rows, one signature) and through the
//     minimal UI (another).
//   others P 1 R 1.
//   Fix: a span's message that is a PHP error line (`Fatal error: … in <file> on line <n>`) is
//     read as that error at that file, as a log body's already was
//     (php-error-line-span-message.test.ts): Mzax's three fatals are three signatures (php P 0 ->
//     1, merges 1 -> 0; every fingerprint test and equivalence digest unchanged).
//   Fix: ASP.NET's Yellow Screen copied as text is read as the exception chain it shows, in a
//     trace, a log body or a span's message (yellow-screen.test.ts): Everest's two pages are two
//     signatures (dotnet P 0.5 -> 1, merges 1 -> 0; equivalence digests unchanged).
//   Fix: a reflection wrapper (TargetInvocationException, InvocationTargetException) around
//     another exception is left out of the type chain (reflection-wrapper.test.ts): RatScanner's
//     three pastes are one signature (dotnet R 0.33 -> 1, split 1 -> 0; fingerprint suite and
//     equivalence digests unchanged).
//   After (`npx tsx bench/grouping.ts`: Loghub dev GA unchanged, mean 0.991): go P 1 R 1, php P 1
//     R 1, dotnet P 1 R 1, others P 1 R 1.
//
// Left:
// - a Yellow Screen whose `[Type: message]` block spans several lines is read, but no real page
//   of that shape in full was at hand (janhebnes/startlist.club#275's copy is cut inside it);
// - the threads-16 items still stand (a fatal with its file and as a bare title; traces with no
//   type and no message; Go crashes with runtime frames only): GoDoxy's two pastes here agree
//   only because both keep the same panic line and no frame.
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  go: { precision: 1, recall: 1, merged: 0 },
  php: { precision: 1, recall: 1, merged: 0 },
  dotnet: { precision: 1, recall: 1, merged: 0 },
  others: { precision: 1, recall: 1, merged: 0 },
};

describe('traces from public issue threads, a seventeenth collection the rules were not tuned on', () => expectCollectionFloors('threads-17', EXPECTED));
