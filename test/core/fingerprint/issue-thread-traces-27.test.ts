// A twenty-seventh collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-27/<runtime>.ndjson, none from a thread an earlier collection or the labelled corpus
// cites; each row gives its `source` and `why`, the label decided by reading the trace and its
// thread before Rounds ran). Go, PHP and .NET, favouring one failure pasted twice in other shapes
// and one message raised at several places; rows are the stored issue excerpts, so some end
// mid-trace (said in the row's `why`).
//   go: Crush's completions list View slicing start past end, from a release build at list.go:453
//     and from v0.1.10 installed as a module at :279 (one group); Crush's DirTrim [0], splash
//     Update [-1], RunNonInteractive slice and nil LSP client; typescript-go's getBaseTypes nil
//     twice (a property access at checker.go:18574, the API's plain type reference at :19071: two
//     groups), getTypeArguments, getOuterTypeParameters, getTypeOfSymbol, IsParameter and a
//     concurrent map read in LinkStore.Get;
//   php: `GuzzleHttp\choose_handler()` undefined in three programs (a PHP-Scoper prefixed copy at
//     HandlerStack.php:37, a theme's Guzzle at :42 in Apache's escaped log, php-http's adapter at
//     Client.php:78); `Utils::chooseHandler()` undefined with Guzzle's own two frames on top in two
//     programs (gerencianet, a WordPress shop beside BackWPup), in Drupal's container and in
//     OpenStack's HandlerStack; selling-partner-api's missing GuzzleHttp\Client twice in one post
//     (CLI and error log; one group) beside a lower-case `guzzlehttp\Client` HTML page; mailgun's
//     Psr7 `filter_var()` as a bare message and as the full log line (one group); the
//     `withScheme($scheme)` declaration error for Guzzle's Uri and Slim's;
//   dotnet: SimpleWeather's App Center groups: SidebarButton_Tapped InvalidCast at lines 207 and
//     210 of one build (two groups), AppShell.InitializeComponent, WeatherNow.AdjustViewLayout's
//     ArgumentException at 374:21 in 5.2.7 and 5.2.9 under two callers (one group) beside its
//     MethodAccessException; Kestrel's SslStream and FrameResponseStream ObjectDisposed; Kestrel's
//     libuv finalizer uv_async_send on the console and in the Windows Event Log (one group);
//     Jellyfin's restart IServiceProvider disposed as record and as bare trace (one group) beside
//     the File Transformation plugin's; The49 BottomSheet's quoted InvalidCast.
//
// 41 rows: Go 13, PHP 14, .NET 14.
//
// Measured on main's rules, before any fix
// (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-27.test.ts`):
//   go P 1 R 0 — split: Crush's list View panic, the release build's frames under the work
//     tree (/home/runner/work/crush/crush/internal/…) and v0.1.10's under the module cache
//     (…/go/pkg/mod/github.com/charmbracelet/crush@v0.1.10/internal/…).
//   php P 1 R 0.5 — split: mailgun's filter_var() as its bare opening line (no location, no
//     frames) and as the whole log line.
//   dotnet P 0.667 R 0.667 — merge: SimpleWeather's SidebarButton_Tapped InvalidCast at lines
//     207 and 210 of one build (frames are keyed without lines); split: Kestrel's libuv finalizer
//     on the console and as the Event Log prints it.
//
// Fixes (`npx vitest run test/core/fingerprint`):
// - The Windows Application log's report of an unhandled .NET exception (`Framework Version:`,
//   `Description: The process was terminated…`, `Exception Info: <type>`, nested types with `+`)
//   is read as `Exception.ToString()` (dotnet-runtime-event.ts, windows-event-log-report.test.ts): Kestrel's libuv
//   finalizer crash on the console and in the Event Viewer is one signature: dotnet P 0.667
//   R 0.667 -> P 0.75 R 1.
// - A Go program installed by its module path at a version runs from the module cache: where its
//   `main` frame is under `…/pkg/mod/<module>@<version>/`, the frames under that root are in-app
//   (go-installed-program.ts, .test.ts, real `go install` output). Figures unchanged: Crush
//   v0.1.10's excerpt ends above its `main` frame, so nothing in it says crush is the program.
// - A header pasted in Markdown strong emphasis (`**System.ObjectDisposedException: …` to
//   `…'SslStream'.**`) is read without the marks (strong-emphasis.ts, .test.ts): Kestrel's
//   SslStream row's type was the logger's `fail:`. Figures unchanged (the row is alone in its group).
// After: go P 1 R 0; php P 1 R 0.5; dotnet P 0.75 R 1.
//
// Left:
// - Go: Crush's list View panic from the module cache without a `main` frame (above).
// - PHP: mailgun's filter_var() as a bare message with no location or frame beside the whole log
//   line: nothing but the message is shared, and a message alone names no crash site.
// - .NET: SimpleWeather's SidebarButton_Tapped InvalidCast at lines 207 and 210 of one build:
//   frames are keyed without lines so that one failure whose line moved between releases stays
//   one (Crush's list View at list.go:453 and :279, SimpleWeather's AdjustViewLayout across
//   5.2.7 and 5.2.9); telling them apart needs to know that both lines came from one build.
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  go: { precision: 1, recall: 0, merged: 0 },
  php: { precision: 1, recall: 0.5, merged: 0 },
  dotnet: { precision: 0.75, recall: 1, merged: 1 },
};

describe('traces from public issue threads, a twenty-seventh collection the rules were not tuned on', () => expectCollectionFloors('threads-27', EXPECTED));
