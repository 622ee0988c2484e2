// A twelfth collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-12/<runtime>.ndjson, none from a thread an earlier collection cites; each row gives its
// `source` and `why`, the label decided by reading the trace and its thread before Rounds ran).
// Go, PHP and .NET first, where one message is raised at several statements and one failure is
// pasted in several forms; a few JVM, Python and JavaScript rows with the same pitfalls. Most
// rows are the thread text as the stored issue excerpts hold it, so some end mid-trace (said in
// the row's `why`).
//   go: `invalid memory address or nil pointer dereference` at eighteen statements — a nil
//     *gorm.DB in four programs (lporg, a fiber handler, Pelican's gin Recovery without source
//     lines, utron) and jinzhu/gorm's clone in two, Terraform providers behind crash.log's
//     `<time> [DEBUG] plugin: …: ` (baremetal, libvirt), plugin SDK and IBM frames, Pulumi's CLI
//     and its indented provider panic, Terraform's own crash banner, firestack's Go 1.23 header
//     (`goroutine N gp=… m=… mp=… [running]:`), gorm#484's martini PANIC behind `web_1 | `;
//     bodyclose's nil object at four statements, isCloseCall three times (a checkout, the fix
//     PR's reproduction, golangci-lint's vendored copy) and calledInFunc twice (the same paste
//     in two threads, behind golangci-lint's `WARN [linters context] Panic:`); `concurrent map
//     iteration and map write` in three programs (Go 1.24's internal/runtime/maps frames, one
//     behind `haven2-relay  | ` with a header-only line); zap's Logger.Panic behind
//     `node3-1  | `; a journald-prefixed type assertion; pulumi's assertion;
//   php: VATSIM-UK's Bugsnag issues (`Trying to get property of non-object`: postDetails at
//     line 65 filed twice the same day, at line 87 before and after the move to absolute release
//     paths, SyncRTS), vAMSYS's six (pickAircraft filed twice across a release, lines 264 and
//     281; five other statements); `count(): Argument #1 ($value) must be of type
//     Countable|array, null given` in seven programs (one-line display_errors, Apache
//     proxy_fcgi's line with `\n` as text, Query Monitor's call stack, PHP 8.0's `$var`);
//     Gaia's nginx FastCGI lines; PHPUnit and Xdebug's `PHP   N.` rows; mpunit's report;
//   dotnet: DI's `Unable to resolve service …` in four apps (Application Insights' frames,
//     developer pages as text); `Sequence contains no elements` / `no matching element` (VS's
//     exception helper, Raygun's rows); disposed DbContexts (BLAZAM's blank lines between
//     frames); s&box's ShootEffects lambda twice (its closure class renumbered); Bugsnag's
//     InkyCal rows; Bloxstrap's `No such host is known` twice (hosts and ports differ, one copy
//     starting mid-trace), Daybreak's and SrvSurvey's cut before their frames; EF Core's
//     DbUpdateException over SqlException in six programs (Chinese SQL Server text, loggers'
//     prefixes, an AggregateException on one line);
//   jvm: Android NPEs (logcat indentation, Fragmentation's two statements);
//   python: Celery KeyErrors (`worker_1 | `, `allworkers_1          | `, two worker crashes);
//   javascript: Ignition's error-page `Au` map failure reported four times (one build 33
//     columns apart), two other programs' `reading 'map'`.
//
// 89 rows: Go 31, PHP 23, .NET 21, JavaScript 6, JVM 4, Python 4.
//
// Measured on the merged rounds-fp/25 rules, before any fix
// (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-12.test.ts`):
//   go P 0.222 R 0.5 — merges: four rows read as no frame and known by the message alone
//     (Pelican's gin Recovery rows without `\tfunction: source` lines; gorm#484 behind `web_1 | `,
//     a service column shorter than a line header's twelve characters; the two Terraform
//     crash.logs, whose `[DEBUG] plugin: <name>: ` stayed after the time was cut, libvirt's also
//     followed by terraform's own `[TRACE] dag/walk` line); utron and golang/go#23303 (a GOPATH
//     without a module cache: jinzhu/gorm's clone reads as in-app in both, and #23303 shows no
//     other frame); split: golangci-lint's vendored isCloseCall (its vendored frames are a
//     library's, the fileless `run` frame cut at the excerpt's end is read as in-app and
//     becomes the crash site) from the two checkouts';
//   php P 0.4 R 0.667 — merges: VATSIM's postDetails at lines 65 and 87 (line numbers never
//     contribute, by design); PublishPress Blocks' and SASWP's count() read as no frame (`in/wp-
//     content/…:1402` without a space, `in plugins\…\gutenberg.php:1198` a relative Windows
//     path); split: VATSIM #784, whose only row is Bugsnag's handleError pseudo-frame at the
//     release path, no in-app function;
//   dotnet P 0.333 R 0.5 — merges: InkyCal's two Bugsnag NullReferenceExceptions (Bugsnag's
//     `file.cs:line - Ns.T.M(args)` rows read as no frame); Daybreak's and SrvSurvey's DNS
//     failures, cut before any application frame (the inner SocketException's message and the
//     socket frames alike); split: Bloxstrap's copy that starts mid-trace (its header, with the
//     inner SocketException, was cut off) from the one that prints it;
//   jvm, python, javascript P 1 R 1 (rows read as no frame are listed under Left).
//   Fix: docker compose's service column is a line header however short (`web_1 | `,
//     `worker_1 | `, `node3-1  | `), and a header-only line (`haven2-relay  |`) is blank
//     (trace-line-header-short-service-column.test.ts): go P 0.222 -> 0.333; TimeSide's KeyError,
//     haven's and goakt's traces read their frames.
//   Fix: a line header takes hclog's bracketed level and logger names after its time, and up to
//     two lines after the headed ones may lack it (trace-line-header-logger-level.test.ts): go P
//     0.333 -> 0.667 (the two Terraform providers read their crash sites).
//   Fix: Go 1.23's `goroutine N gp=… m=… mp=… [running]:` is a goroutine header
//     (go-goroutine-header-fields.test.ts): firestack's frames are read; scores unchanged.
//   Fix: gin's recovery rows without their function lines are frames keyed by their file
//     (go-gin-bare-frames.test.ts): Pelican's crash site database/collection.go; scores unchanged.
//   Fix: Bugsnag's .NET rows (`file.cs:line - Ns.T.M(args)`) are frames (dotnet-bugsnag-rows
//     .test.ts): dotnet P 0.333 -> 0.5 (InkyCal's two NullReferenceExceptions apart).
//   Fix: an uncaught PHP throwable's header alone names its frame (php-uncaught-header-alone
//     .test.ts): php P 0.4 -> 0.5 (SASWP's count() apart from PublishPress Blocks').
//   Fix: a local GOPATH program marks the remote import paths beside it as dependencies
//     (go-gopath-local-program.test.ts): go P 0.667 -> 1 (utron's crash site main.main).
//   Fix: a vendored Go frame cut before its file is a dependency's (go-vendored-cut-frame
//     .test.ts): golangci-lint#622's crash site is isCloseCall's, not its cut caller's; scores
//     unchanged.
//   Fix: an uncaught PHP header quoted by a web server (`AH01071: Got error 'PHP message: …`)
//     is read (php-relayed-uncaught-header.test.ts): FAU's crash site fau_searchfilter; scores
//     unchanged.
//   Fix: a goroutine header indented with its block (Pulumi's diagnostics) dedents the block
//     (go-indented-goroutine-block.test.ts): pulumi-pulumiservice's ToPropertyMap is read.
//   Fix: ASP.NET Core's developer page as text (frames without `at `) and Raygun's rows
//     (`Ns.T.M(params) in file.cs:85`, `…:58`) are .NET frames (dotnet-developer-page-frames
//     .test.ts, dotnet-raygun-rows.test.ts): the two DI pages and ServiceInsight read frames.
//   Fix: a module at the zero pseudo-version (`@v0.0.0-00010101000000-000000000000`, a local
//     replace) is in-app (go-local-replace-module.test.ts): firestack's crash site core.Gre.
//   Scores unchanged by these four (singletons).
//   After: go P 1 R 0.5, php P 0.5 R 0.667, dotnet P 0.5 R 0.5, jvm/python/javascript 1/1.
//
// Left:
// - go: bodyclose's isCloseCall in golangci-lint's vendored copy is a dependency's frame, in
//   bodyclose's own checkouts the program's: two signatures (in production, two services,
//   which never share one).
// - php: VATSIM's postDetails at lines 65 and 87 are one signature (line numbers never
//   contribute); VATSIM #784's only row is Bugsnag's handleError pseudo-frame, no in-app
//   function (split); PublishPress Blocks' `in/wp-content/…` (no space) and Query Monitor's
//   `Call stack:` read no frame.
// - dotnet: Daybreak's and SrvSurvey's DNS failures cut before any application frame are one
//   signature (socket frames and the inner exception's message alike); Bloxstrap's copy that
//   starts mid-trace lost the inner SocketException its other copy prints (split); one-line
//   DbUpdateExceptions read no frame (each a row of its own group).
// - javascript: Next.js's overlay with source lines and a caret (no frames).
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  go: { precision: 1, recall: 0.5, merged: 0 },
  php: { precision: 0.5, recall: 0.666, merged: 1 },
  dotnet: { precision: 0.5, recall: 0.5, merged: 1 },
  jvm: { precision: 1, recall: 1, merged: 0 },
  python: { precision: 1, recall: 1, merged: 0 },
  javascript: { precision: 1, recall: 1, merged: 0 },
};

describe('traces from public issue threads, a twelfth collection the rules were not tuned on', () => expectCollectionFloors('threads-12', EXPECTED));
