// A forty-second collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-42/<runtime>.ndjson, none from a thread an earlier collection or the labelled corpus
// cites; each row gives its `source` and `why`, the label decided by reading the trace, its thread
// and, where it settles which statement failed, the program's source; where the stored copy of a
// thread ends inside a trace, the row quotes it up to the last whole frame and says so).
//   go: Telegraf's inputs: the docker input's gatherContainerStats nil stats after `Error
//     decoding: EOF` thrice (plain, terminal-wrapped mid-argument, a blank line after every line)
//     (one group) beside gatherContainer's own nil after a stats timeout (0.13.0, and a paste from
//     `goroutine` on without the panic line) (one group, apart); the ping input's pingToURL nil in
//     1.17.1 plain and behind journald's `<date> localhost telegraf[pid]: ` with systemd's exit
//     line after it (one group); the exec input's ProcessCommand nil behind syslog (`#011`) beside
//     its Gather's index out of range (apart); config.Filter.ShouldPass in a dump with goroutine 1;
//   php: FreeScout's log forms (laravel.log with JSON context and [stacktrace], the activity log's
//     `…; File: <path> (<line>)`, the German activity log, the Whoops page, a pager-truncated
//     log): `Call to a member function getFullName() on null` in the web-notifications partial,
//     the notification mail (Thread.php) and the conversation view (Conversation.php) (apart),
//     beside the web-notifications partial's preg_replace deprecation, the Workflows module's
//     isAdmin() on null in the same mail, SendNotificationToUsers' isDraft() on null (line 61) and
//     its `property 'id' of non-object` (line 90) as the app log's record and as its [stacktrace]
//     alone (one group), Extra Security's undefined $errors, and the layout's in_array() on null
//     hard-wrapped at 170 columns;
//   dotnet: Greenshot's crash reports (version/runtime/time/OS/GDI header, then `Exception:`,
//     `Message:`, `Stack:`): the Imgur plugin's UpdateHistoryMenuItem null in English and in
//     French (one group); CaptureHelper.MakeCapture's null from the hotkey and through
//     Control.Invoke (one group); Surface.DrawBackground's null; GDI+'s `Parameter is not valid.`
//     from Image.get_RawFormat in ToolStrip painting (English, and German inside a ```text fence)
//     (one group), from new Bitmap in CaptureRectangle, and from Font.ToLogFont as an annotation's
//     TextBox is created (1.3.315, and 1.3.290 under a **Exception** heading) (one group) (apart).
//
// 30 rows: Go 10, PHP 10, .NET 10.
//
// Measured on main's rules, before any fix
// (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-42.test.ts`):
//   go P 1 R 0.6 — split: gatherContainer's two reports (the paste from `goroutine` on has no
//     panic line, so no message) and pingToURL's two (the journald copy ends with systemd's line
//     for another program, so the lines share only `<date> localhost `, the header was not cut,
//     and the trace read as no frame).
//   php P 1 R 0 — split: the SendNotificationToUsers record and its [stacktrace] pasted apart (the
//     one has the message and no frame, the other frames and no message).
//   dotnet P 1 R 0.25 — split: every Greenshot report with its header read the report's first
//     line, `Software version: …`, as the exception's type and lost the message (the `Exception:`
//     and `Message:` fields are no `Type: message` header), so the French copy without the header
//     (read as System.NullReferenceException) was another signature, as were the German copy
//     inside its fence (type ```text) and 1.3.290's under its heading (System.Exception).
//
// Fixes (`npx vitest run test/core/fingerprint/issue-thread-traces-42.test.ts` and the rules' own files):
// - A crash report's labelled exception fields, `Exception: <type>` with `Message: <text>` on the
//   next line and the frames under `Stack:`, read as ToString()'s `<type>: <message>` line
//   (dotnet-labelled-fields.ts, dotnet-labelled-fields.test.ts): every Greenshot report reads its
//   type and message; the Imgur plugin's English and French reports are one signature, and so are
//   Font.ToLogFont's in 1.3.315 and under 1.3.290's heading.
// - One or two last lines with another program's syslog tag at the same place (systemd's exit
//   line) are left out of the line header a trace shares (syslog-other-program-tail.ts,
//   syslog-other-program-tail.test.ts): the journald copy of pingToURL's panic reads its frames
//   and joins the plain paste.
// Measured after: go P 1 R 0.8, php P 1 R 0 (unchanged), dotnet P 1 R 0.75.
//
// Left:
// - Go: gatherContainer's report pasted from `goroutine 4571798 [running]:` on has no panic line,
//   so no message, and stays apart from #1255's with it; joining them would mean a panic's
//   message never contributes, which would merge every nil dereference with every index error
//   at one crash site.
// - PHP: the SendNotificationToUsers record (message, place, no frame) and its [stacktrace]
//   pasted alone two days later (frames, no message) stay apart: nothing the two share names the
//   failure but the job's file, and a message-only record is keyed by its message.
// - PHP, no figure moved: the layout's in_array() record hard-wrapped at 170 columns reads its
//   message cut at the wrap (`in_array() e`), and the pager-truncated Extra Security record
//   (`…/Resourc>`) reads no header; each is alone in its group.
// - .NET: the ToolStrip RawFormat pair stays apart: the German report's message is GDI+'s text in
//   German (`Ungültiger Parameter.`), which no rule reads as `Parameter is not valid.`, and its
//   stored copy ends after three frames; not made on one pair.
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  go: { precision: 1, recall: 0.8, merged: 0 },
  php: { precision: 1, recall: 0, merged: 0 },
  dotnet: { precision: 1, recall: 0.75, merged: 0 },
};

describe('traces from public issue threads, a forty-second collection the rules were not tuned on', () => expectCollectionFloors('threads-42', EXPECTED));
