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
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  dotnet: { precision: 0.5, recall: 0.6, merged: 2 },
};

describe('traces from public issue threads, a forty-seventh collection the rules were not tuned on', () => expectCollectionFloors('threads-47', EXPECTED));
