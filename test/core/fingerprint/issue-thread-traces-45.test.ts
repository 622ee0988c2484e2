// A forty-fifth collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-45/<runtime>.ndjson, none from a thread an earlier collection or the labelled corpus
// cites; each row gives its `source` and `why`, the label decided by reading the trace, its thread
// and, where it settles which statement failed, the program's source; where the stored copy of a
// thread ends inside a trace, the row quotes it up to the last whole frame and says so).
//   go: the Go runtime's map-race fatal errors in InfluxDB: tsm1.(*partition).write's lookup
//     (`fatal error: concurrent map read and map write`) on two ppc64le hosts under 1.7.10/1.8.4
//     and again under 1.8.6 behind journald's `influxd[15246]: ` tag (one group); beside it the
//     inmem index's idsForExpr, whose one dump held two throwing goroutines: a lookup at
//     meta.go:641 (the dump's head, both fatal lines above it) and a range at meta.go:639
//     (`concurrent map iteration and map write`, quoted from its goroutine header without either
//     fatal line), the tsm1 engine's buildCursor read (0.13), the meta client's Authenticate
//     writing its cache (`concurrent map writes`, runtime.mapassign1, after an access-log line),
//     and the tsi1 index's logTagKey range behind journald's tag with the file lines unindented
//     (apart);
//   php: Nextcloud 27's fread on false at Encryption.php:913 (readFirstBlock) as nextcloud.log's
//     JSON record of the WebDAV request's TypeError and as the record of the preview request,
//     where the dispatcher rethrew it as `Exception` with `in file '…' line 913` in its message
//     and only the dispatch in its Trace (one group); beside Nextcloud 14's Streamer TypeError
//     (the older record with the exception as the `message` object), and three `Call to a
//     member function …() on null` in Laravel logs: Deployer's FatalErrorException line with its
//     `Stack trace:` behind a Markdown `>`, Planes of Tlessa's record without a stack, and a
//     site's index.php `send()` as LogViewer shows the record (apart);
//   dotnet: Ombi v3's EF Core `InvalidOperationException … ---> NullReferenceException` from the
//     closure evaluating a query parameter, for the movie list, as the console logger's two-line
//     record after the host's start-up lines and as a Serilog file record (one group); beside
//     Ombi v3's TV approval (the parameter extracted from a method call under a comparison),
//     Ombi v4's resend job (EF Core 5's layout, the inner exception on its own line, after the
//     previous record's last frame), Jellyfin's CustomAuthenticationHandler and the Merge
//     Versions plugin's lambda under docker compose's column (apart).
//
// 19 rows: Go 7, PHP 6, .NET 6.
//
// Measured on main's rules, before any fix
// (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-45.test.ts`):
//   go P 0.5 R 1 — merged: idsForExpr's lookup and range: a `fatal error:` is read as no message,
//     so both are keyed by their crash site and the library frame on top, runtime.throw.
//   php P 1 R 0 — split: the two Nextcloud records of the Encryption.php fread: neither record is
//     read as a trace, so each whole record is the message.
//   dotnet P 0.333 R 1 — merged: Ombi v3's movie list and TV approval: the expression compiler's
//     `lambda_method` is read as in-app and is the crash site of both.
//
// Fixes (`npx vitest run test/core/fingerprint/issue-thread-traces-45.test.ts` and the rule's own file):
// - A Go map race's fatal error is read with the text the runtime threw as its message, taken
//   from the map function below the runtime's throw (mapaccess*: read, mapassign*/mapdelete*:
//   writes, mapiternext and internal/runtime/maps' (*Iter).Next: iteration), or, where Go 1.24+
//   hides that function, from the dump's one `fatal error: concurrent map …` line; the runtime's
//   frames above the program's are then dropped (go-map-race-fatal.ts, go-map-race-fatal.test.ts,
//   with near misses from a program run here under Go 1.26: a lookup, an assignment and a range
//   in one function are three signatures, with GOTRACEBACK unset or `system`; a deadlock keeps no
//   message): idsForExpr's lookup and range are apart, and the dump quoted from its goroutine
//   header reads as the whole dump does.
// Measured after: go P 1 R 1, php P 1 R 0, dotnet P 0.333 R 1. No other issue-thread collection's
// Go figure moved.
//
// Left:
// - PHP: Nextcloud's log records are still not read as traces (threads-44 left them): the
//   WebDAV record's TypeError and its Trace (fread at Encryption.php:913 under readFirstBlock)
//   and the preview record's `Exception` whose message ends `in file '…/Encryption.php' line
//   913`, the AppFramework dispatcher's rethrow with only the dispatch in its Trace, are each
//   their whole record as the message; joining them needs the record's exception read and the
//   rethrow's `in file '<path>' line <n>` suffix read as the throw site.
// - .NET: Ombi v3's movie list and TV approval stay one signature. `lambda_method` (the
//   expression compiler's DynamicMethod) is no code of the application, but reading it so was
//   tried and moved nothing: the NullReferenceException's frames are then library code only
//   (lambda_method, ParameterExtractingExpressionVisitor.Evaluate), the same in both, and the
//   queries differ only in the wrapping InvalidOperationException's frames below the catch
//   (TryExtractParameter then MemberExpression.Accept, against VisitMethodCall under
//   VisitBinary). Neither paste reaches Ombi's own frame; keying a library-only inner exception
//   by its wrapper's frames was not attempted in this round.
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  go: { precision: 1, recall: 1, merged: 0 },
  php: { precision: 1, recall: 0, merged: 0 },
  dotnet: { precision: 0.333, recall: 1, merged: 1 },
};

describe('traces from public issue threads, a forty-fifth collection the rules were not tuned on', () => expectCollectionFloors('threads-45', EXPECTED));
