// A thirty-fourth collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-34/<runtime>.ndjson, none from a thread an earlier collection or the labelled corpus
// cites; each row gives its `source` and `why`, the label decided by reading the trace and its
// thread).
//   go: grpc-go's (*status.Error).GRPCStatus on a nil receiver through status.FromError, from
//     vega's data node (grpc v1.50.0, the reporter's paste cut after two frames) and from a
//     recovery handler's log (grpc v1.36.0, function and file lines without indentation) (one
//     group); two more nil dereferences inside grpc-go (recvBufferReader.Read's nil buffer,
//     v1.62.1; Stream.getState under http2Client.Write, CockroachDB's Sentry text in
//     cockroachdb/errors' `  | ` form); nats-server's processMsgResults `index out of range [-1]`
//     and raft readTermVote's `index out of range [7] with length 0`, two index panics of one server;
//   php: `Class 'Phar' not found` at composer.phar's Phar::mapPhar() from a PHP without the phar
//     extension: PHP 7's Uncaught Error with its place wrapped to the next line (stub line 23),
//     PHP 5's fatal error wrapped at 80 columns by the Windows console and printed twice, and PHP
//     5's display line (stub line 13) (one group); a Composer snapshot's missing
//     Composer\Util\Factory in GitHub.php; PrestaShop's `Class 'Tools' not found` in
//     DbCore->escape (nginx's FastCGI line) and `Class 'Cache' not found` in ObjectModel (Xdebug's
//     table), two statements of one shop;
//   dotnet: Npgsql 3.2.5's NpgsqlConnector.Cleanup NullReferenceException under Break from
//     ReadBuffer's Ensure, the paste (unindented, Markdown having eaten `<Ensure>`) and a
//     second report in the thread (`Exception: System.NullReferenceException`, no message) (one
//     group); NpgsqlRawCopyStream.Cleanup's NullReferenceException, another class's Cleanup;
//     StackExchange.Redis' `Timeout performing …` in three programs (an output-cache provider on
//     ASP.NET's error page, a GETBIT helper, LockTake with the message pasted without its type).
//
// 18 rows: Go 6, PHP 6, .NET 6.
//
// Measured on main's rules, before any fix
// (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-34.test.ts`):
//   go P 1 R 0 — split: grpc-go's GRPCStatus (the recovery handler's unindented function/file
//     lines read no frame: type `Error`, message `runtime.gopanic`; read, its top three library
//     frames would still hold toRPCErr, which the paste cut after FromError has not).
//   php P 1 R 0 — split three ways: the Uncaught Error whose place is wrapped reads no frame (its
//     message ends `not found in`), the console-wrapped PHP 5 line reads no frame, and the display
//     line is typed `PHP Fatal error` where PHP 7 throws `Error` for the same statement.
//   dotnet P 1 R 0 — split: Npgsql's Cleanup (the logger's `Exception: ` label is read as the type
//     `System.Exception` with the message `System.NullReferenceException`, and the third library
//     frame is `ReadBuffer.d__27.MoveNext` where the other paste has `ReadBuffer.Ensure`).
//
// Fixes (`npx vitest run test/core/fingerprint`):
// - A .NET exception's namespaced type alone at a line's end after `: ` (a logger that writes
//   `"Exception: " + ex.GetType().FullName`) is the header, its message empty
//   (dotnet-logged-lead.ts, dotnet-logged-type-only.test.ts).
// - Without an in-app frame, a caller among the top library frames that is an async step
//   (`<Method>d__N.MoveNext`, or `d__N.MoveNext` once Markdown ate `<Method>`) contributes the type
//   declaring its method (profile asyncStepOwner, exception.ts, dotnet-async-step-owner.test.ts).
//   The equivalence digests of the six dotnet sets change: 2 of their 402 inputs (one Azure
//   ServiceBus ObjectDisposedException pasted twice, RetryPolicy's RunOperation step now
//   `RetryPolicy`), still one signature.
// After: dotnet P 1 R 1, no merge.
// Read better, no figure moved: a Go stack of function and `file:line` lines without indentation
// or offsets, as a recovery handler formats runtime.CallersFrames (grpc/grpc-go#4742), reads its
// frames (stacktrace/go.ts hasUnindentedFrames, go-unindented-frames.test.ts); grpc-go's GRPCStatus
// stays split (its top three library frames hold toRPCErr, which the vega paste cut after
// FromError has not; and that paste has the panic's message, the handler's none).
//
// Left:
// - PHP: `Class 'Phar' not found` stays three signatures: the Uncaught Error whose `in <file>:23`
//   the paste wrapped to the next line, and PHP 5's line wrapped at 80 columns by cmd.exe (`on
//   lin` / `e 13`), read no frame; PHP 5's fatal error is typed `PHP Fatal error` where PHP 7
//   throws `Error` for the same statement; and the stub's place is keyed by its install directory
//   (`Steven/composer.phar`, `composer/composer.phar`), one per machine.
// - Xdebug's HTML error table pasted as text (`( ! ) Fatal error: …`, `Call Stack` rows) reads no
//   frame (PrestaShop's ObjectModel, alone in its group).
// - cockroachdb/errors' redactable stack (`  | runtime.gopanic`, `  | \tGOROOT/…`) reads no frame
//   (alone in its group).
// - A .NET message pasted without its type (StackExchange.Redis' `Timeout performing SET …` over
//   its frames) is read whole as the type (alone in its group).
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  go: { precision: 1, recall: 0, merged: 0 },
  php: { precision: 1, recall: 0, merged: 0 },
  dotnet: { precision: 1, recall: 1, merged: 0 },
};

describe('traces from public issue threads, a thirty-fourth collection the rules were not tuned on', () => expectCollectionFloors('threads-34', EXPECTED));
