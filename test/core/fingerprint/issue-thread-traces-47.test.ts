// A forty-seventh collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-47/dotnet.ndjson, none from a thread an earlier collection or the labelled corpus cites;
// each row gives its `source` and `why`, the label decided by reading the trace, its thread and,
// where it settles which statement failed, the program's source; where the stored copy of a thread
// ends inside a trace, the row quotes it up to the last whole frame and says so).
//   dotnet: Sonarr's ManualImport, one NullReferenceException at four statements: v4's command
//     clean-up dereferencing a tracked download's ImportItem (ManualImportService.Execute line
//     590, filed twice: one group), v3's Execute at line 293 on Mono behind a Markdown `> `, the
//     API controller's ReprocessItems (line 40) and the service's ReprocessItem (line 188) under
//     the same endpoint, that one pasted after the previous record's last frames (apart);
//     SQLite's `database is locked` on saving Kavita's DataContext, as EF Core's Update-logger
//     record under Serilog, behind docker compose's column with a newer Microsoft.Data.Sqlite
//     that prints no ThrowExceptionForRC, and copied from a terminal with line pairs joined by
//     its padding (one group); beside it Ombi's OmbiSqliteContext with the same frames in the
//     console logger's indented record, and Jellyfin's lock met executing the batch rather than
//     consuming it (apart); `The CancellationTokenSource has been disposed.` from CoreCLR 2.2's
//     FileStream completion callback as the Windows Event Log's .NET Runtime entry, with and
//     without the Application Error entry after it (one group), beside csredis' lock-refresh
//     timer, AElf's miner timer and Stratis' event-loop listener (apart); Jellyfin's
//     NullReferenceExceptions in GetResourcePath, GetUserImage, GetPathProtocol and
//     Season.GetItemsInternal (apart).
//
// 19 rows, .NET (15 groups).
//
// Measured on main's rules, before any fix
// (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-47.test.ts`):
//   dotnet P 0.5 R 0.6 — merged: Sonarr v3's and v4's ManualImportService.Execute (one type, one
//     crash site, and line numbers never contribute); Kavita's save under docker compose and
//     Ombi's (EF Core's frames alone, the same for every application: the top library frames
//     SqliteDataRecord.Dispose and SqliteDataReader.NextResult). Split: Kavita's, by
//     SqliteException.ThrowExceptionForRC on top of two of its three records.
//
// Fixes (`npx vitest run test/core/fingerprint/issue-thread-traces-47.test.ts` and each rule's own file):
// - EF Core's own error record names the application's DbContext (`An exception occurred in the
//   database while saving changes for context type '…'`, and the query-iteration record): where no
//   frame of the application's contributes, that type does (dotnet-logged-context-type.ts,
//   dotnet-logged-context-type.test.ts: two contexts of one service are two signatures, a type
//   named after the first frame or in another sentence is not read, an application frame still
//   decides): Kavita's and Ombi's saves are apart. P 0.5 → 0.6.
// - A .NET throw helper on top of library-only frames (a method named `Throw…`, a `ThrowHelper`
//   class's) is left out of them, kept where nothing else is (dotnet-throw-helper-frame.ts,
//   dotnet-throw-helper-frame.test.ts: one helper over two callers, two helpers of one generic
//   type with two messages, an application frame under a helper stay as they were): Kavita's three
//   records are one. P 0.6 → 0.714, R 0.6 → 1.
// - A paste that opens with the previous record's last frames is read from the record's own
//   header, where one follows with frames of its own (dotnet-previous-record-tail.ts,
//   dotnet-previous-record-tail.test.ts: a stack alone, an AggregateException's inner listing and
//   a header without frames stay as they were): Sonarr#6694 and jellyfin#12357 are read with
//   their type and message. And `lambda_method`, a compiled expression's method, is the runtime's
//   code, not the application's (dotnet-compiled-expression-frame.ts, its test): without it, Ombi
//   v4's resend job in threads-45, read from its own record, joined the v3 rows by that frame
//   (threads-45 dotnet P 0.333 → 0.167); with it threads-45 stays at 0.333. Figures here unchanged.
// Measured after: dotnet P 0.714 R 1. No other collection's pairwise figure moved (every fixture
// file with stack traces under test/fixtures/fingerprint fingerprinted on main's and this branch's
// rules and scored pairwise).
//
// Left:
// - Sonarr v3's ManualImportService.Execute at line 293 (2019, Mono) and v4's at line 590 (2026)
//   stay one signature: one type, one method, and line numbers never contribute (they move with
//   every release, so keying them would split each failure by version). Neither paste prints the
//   statement's code; telling them apart needs something of the statement itself.
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  dotnet: { precision: 0.714, recall: 1, merged: 1 },
};

describe('traces from public issue threads, a forty-seventh collection the rules were not tuned on', () => expectCollectionFloors('threads-47', EXPECTED));
