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
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  go: { precision: 0.5, recall: 1, merged: 1 },
  php: { precision: 1, recall: 0, merged: 0 },
  dotnet: { precision: 0.333, recall: 1, merged: 1 },
};

describe('traces from public issue threads, a forty-fifth collection the rules were not tuned on', () => expectCollectionFloors('threads-45', EXPECTED));
