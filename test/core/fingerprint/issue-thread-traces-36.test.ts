// A thirty-sixth collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-36/<runtime>.ndjson, none from a thread an earlier collection or the labelled corpus
// cites; each row gives its `source` and `why`, the label decided by reading the trace and its
// thread; where the stored copy of a thread ends inside a trace, the row quotes it up to the last
// whole frame and says so).
//   go: traefik 2.8.2's paerser v0.1.6 setSlice `slice bounds out of range [2:1]`: logrus lines
//     whose `msg` holds the recovered goroutine dump with escaped line breaks, and a Markdown-quoted
//     bare dump without its panic line (one group); a vendored miekg/dns ClientConfigFromFile
//     slice-bounds panic behind docker-compose's `traefik  | ` prefix; two nil dereferences in
//     traefik's pkg/metrics/prometheus.go (OnConfigurationUpdate line 232 in JSON lines,
//     ListenValueUpdates line 278 in logfmt lines) and v1.1.1's Kubernetes loadIngresses, all under
//     safe.GoWithRecover's `Error in Go routine`;
//   php: Nextcloud 27's AppManager::checkAppForUser TypeError from files_fulltextsearch's
//     GroupFoldersService.php line 103: logreader's numbered text copy (German), nextcloud.log's JSON
//     line and the same entry re-wrapped by a reporter (one group); the same TypeError text from
//     integration_excalidraw's PageController line 77 (another app's call, logreader's French copy
//     with `Caused by:`); Matomo's crash mails: RowEvolution::extractPrettyLabel's getColumn() on
//     null (line 416), RowEvolution line 106's toString() on null without a backtrace, and
//     Referrers\API::getKeywordsFromCampaignId's getColumn() on null (the same message, another
//     place);
//   dotnet: StackExchange.Redis 1.0.371's PhysicalConnection.BeginReading null dereference under
//     SslStream's callback: a debugger's `Method(Types) [file @ line]` frames and CloudFx's
//     unhandled-exception report (one group); ServerEndPoint.get_LastException in Visual Studio's
//     `was unhandled by user code` details; PhysicalBridge.GetConnection under an AggregateException;
//     Npgsql's NpgsqlConnector.Cleanup null dereference (4.1.5 exception details with one frame, and
//     4.1.3's bare frame line; both closed as duplicates of npgsql/npgsql#3295) (one group).
//
// 19 rows: Go 6, PHP 7, .NET 6.
//
// Measured on main's rules, before any fix
// (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-36.test.ts`):
//   go P 0 R 0 — merged: the paerser panic's logfmt paste and ListenValueUpdates' (a goroutine dump
//     escaped inside one line of a several-line log reads no frame; both mine as `time=<*> level=<*>
//     msg=<*>`); split: the paerser panic's bare quoted dump (type panic, no message).
//   php P 1 R 0 — split three ways: GroupFoldersService's TypeError (logreader's ` 0. path line N`
//     frames read none; the JSON entries, cut where the stored copies end, read none).
//   dotnet P 1 R 0 — split: BeginReading (the debugger's `[file @ line]` frames read none; CloudFx's
//     report is typed by its outer CloudApplicationException); Cleanup (the bare frame line has no
//     type).
//
// Fixes (`npx vitest run test/core/fingerprint`):
// - A line of a several-line log that holds a whole goroutine dump escaped (the runtime's
//   `goroutine N [status]:` and a Go file line behind `\n`/`\t`) is unescaped as a one-line text
//   is (stacktrace/detect.ts withLineBreaksUnescaped, go-escaped-dump-log-line.test.ts). After:
//   go P 1 R 0 (no merge).
// - Visual Studio's older exception details, the type line ending `was unhandled by user code` or
//   `was unhandled`, are read as the newer helper's (visual-studio-exception-details.ts,
//   visual-studio-unhandled-exception-details.test.ts): ServerEndPoint.get_LastException is a
//   NullReferenceException with its message. Figures unchanged.
// - (threads-46) A PHP JSON log record is read as the exception it holds, by a tolerant scanner
//   that keeps the calls before a cut (php-json-log-record.ts, php-json-log-record.test.ts): the
//   two nextcloud.log entries of GroupFoldersService's TypeError are one signature. After: php P 1
//   R 0.333 (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-36.test.ts`).
//
// Left:
// - Go: the paerser panic's bare quoted dump has no panic line (no message) and the stored copies
//   end at different depths (two library frames against three), so it stays apart from the
//   logged one.
// - PHP: Nextcloud logreader's numbered text frames (` 0. /path line N` over `Class->method()`)
//   are not read, so its copy stays apart from the two nextcloud.log JSON entries.
// - .NET: a debugger's `Method(Types) [file @ line]` frames are not read, and CloudFx's report is
//   typed by its outer CloudApplicationException; Npgsql's bare frame line has no type, apart from
//   the exception details typed NullReferenceException.
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  go: { precision: 1, recall: 0, merged: 0 },
  php: { precision: 1, recall: 0.333, merged: 0 },
  dotnet: { precision: 1, recall: 0, merged: 0 },
};

describe('traces from public issue threads, a thirty-sixth collection the rules were not tuned on', () => expectCollectionFloors('threads-36', EXPECTED));
