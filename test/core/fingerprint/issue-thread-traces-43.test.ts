// A forty-third collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-43/<runtime>.ndjson, none from a thread an earlier collection or the labelled corpus
// cites; each row gives its `source` and `why`, the label decided by reading the trace, its thread
// and, where it settles which statement failed, the program's source; where the stored copy of a
// thread ends inside a trace, the row quotes it up to the last whole frame and says so).
//   go: Gitea's recovery log (`PANIC: …`, then `file.go:N (0xPC)` locations): the submodule nil
//     at modules/git/commit_info.go:21 from 1.24's directory listing three times (plain; after the
//     router's `failed GET …` line with the record's lead `<date> routers/common/errpage.go:25:
//     RenderPanicErrorPage() [E] PANIC: `; the snap build's paths) (one group), beside 1.14's nil
//     in models/user.go:1465 with every line tab-indented, the compare view's nil at compare.go:638
//     with function lines, and CommitStatusesHideActionsURL's at commit_status.go:544 with the
//     function lines indented by spaces and the request logger's re-panic above it (apart, all
//     four the same message); MagaluCloud's CLI's `fatal error: concurrent map writes` in
//     processSyncFile, glued to a progress bar's last redraw, in two releases (one group);
//   php: Invoice Ninja's laravel.log records (`production.ERROR: … {"userId":1,"exception":
//     "[object] (Error(code: 0): …)"}` and [stacktrace]): MailSentListener's getValue() on null
//     twice (one group); Statics::company()'s each() on null at login as the log's record, as the
//     same report filed again in the dockerfiles repository where GitHub shows frames #1 on as
//     `invoiceninja/invoiceninja#1 …`, and as the API's debug JSON in an older release (one group);
//     TemplateEngine's setRelation() on null, NinjaMailerJob's `property 'email' of non-object`
//     inside a ```php fence, MigrationController's isValid() on null quoted as bold in a blockquote
//     (apart);
//   dotnet: PowerToys' crash reports (Version, OS Version, IntPtr Length, x64, Date, `Exception:`):
//     PowerToys Run's NullReferenceException in UWPApplication.Launch's thread-pool closure in
//     0.100.1 and twice in 0.89.0 (one group); WPF's BindingExpression.SetupDefaultValueConverter
//     null under a style's data trigger, with and without the header (one group); the COMException
//     0x80263001 (desktop composition disabled) thrown by WPF's Standard.NativeMethods.
//     DwmExtendFrameIntoClientArea, from WindowChromeWorker's composition handler (0.77, 0.83) and
//     from WindowBackdropManager on a theme change or a window shown (0.92–0.95) (one group: the
//     same wrapper fails for the same reason, and the maintainers close them all as one).
//
// 26 rows: Go 8, PHP 8, .NET 10.
//
// Measured on main's rules, before any fix
// (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-43.test.ts`):
//   go P 0.667 R 0.5 — merged: user.go:1465's (tab-indented) and commit_status.go:544's (function
//     lines after spaces) read no frame and shared the message with the record's lead masked;
//     split: commit_info.go:21's record with its lead (`<date> routers/common/errpage.go:<int>:
//     RenderPanicErrorPage() <*> PANIC: …` was its message) from the two without.
//   php P 1 R 0.5 — split: Statics::company()'s debug JSON (no trace read: type `Error`, message
//     ```) and the dockerfiles copy (one frame, #0, read; the frames after it start with
//     `invoiceninja/invoiceninja#N`) — the copy still met the log's record, the JSON did not.
//   dotnet P 1 R 0.857 — split: UWPApplication.Launch's 0.100.1 report from the two 0.89.0 ones:
//     PowerToys' own Microsoft.Plugin.* frames are library code by their `Microsoft` namespace, so
//     the top three library frames are the signature, and the 0.100.1 copy goes on past the
//     rethrow to UWPApplication.Launch where the 0.89.0 copies end before it.
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  go: { precision: 0.666, recall: 0.5, merged: 1 },
  php: { precision: 1, recall: 0.5, merged: 0 },
  dotnet: { precision: 1, recall: 0.857, merged: 0 },
};

describe('traces from public issue threads, a forty-third collection the rules were not tuned on', () => expectCollectionFloors('threads-43', EXPECTED));
