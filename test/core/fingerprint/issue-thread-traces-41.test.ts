// A forty-first collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-41/<runtime>.ndjson, none from a thread an earlier collection or the labelled corpus
// cites; each row gives its `source` and `why`, the label decided by reading the trace, its thread
// and, where it settles which statement failed, the program's source; where the stored copy of a
// thread ends inside a trace, the row quotes it up to the last whole frame and says so).
//   go: nebula: ip2int's inlined binary.BigEndian.Uint32 index panic reached from NewLightHouse
//     (an empty lighthouse host, 2019) and from the ssh print-tunnel command (an argument that is
//     no IP, 1.2.0) (apart); setTCPRTTTracking's index behind OpenWrt's logread prefix and
//     TimerWheel.Add's behind syslog's (tabs written `#011`), both under Firewall.Drop (apart);
//     overlay.(*tun).updateRoutes' nil dereference (1.9.6) and its nil-map write (1.10.1) (apart);
//     the LightHouse.Query ↔ SendMessageToVpnIp recursion's `fatal error: stack overflow` with
//     Go's header lines and pasted from `runtime stack:` on without them (one group);
//   php: Snipe-IT: CheckoutAcceptance::routeNotificationForMail()'s null return as Ignition's
//     browser title alone and with the laravel.log line (one group) beside Setting's method of the
//     same name, retyped by its reporter; AssetsTransformer.php:41's `eol` read on null in
//     Laravel's JSON context with `[stacktrace]` and as `ErrorException: … in` with PHP's `Stack
//     trace:` (one group), beside the same transformer's array offset on null at line 121, Asset::
//     availableForCheckout's non-object (Laravel 5.4's `exception 'ErrorException' with message`,
//     Markdown-quoted), the sidebar middleware's settings read on a fresh install, two statements
//     of the acceptance-reminder command in Laravel's console renderer, and the activity report's
//     ActionlogsTransformer read on null from the same host as the `eol` row (apart);
//   dotnet: Flow Launcher's crash reports (version/OS/paths header over `Exception:`):
//     RemoveOldQueryResults' null in 1.9.3 thrice (one with the file's lines moved 36 together)
//     (one group) beside ValidPluginsForQuery's from the same QueryResults line; History.Add's
//     null in 1.16.2 as NLog's FATAL record with Source/Target lines and in 2.0.3's dialog (one
//     group); the Explorer plugin's FlowPluginException over a NullReferenceException in
//     Main.QueryAsync and in SearchManager's excluded-path predicate (apart); Git Extensions'
//     NBug reports: TeamCityAdapter's null inside an AggregateException under a filled and an
//     unfilled template (one group), and a submodule status ArgumentNullException with every
//     runtime sentence in Chinese.
//
// 30 rows: Go 8, PHP 11, .NET 11.
//
// Measured on main's rules, before any fix
// (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-41.test.ts`):
//   go P 0.5 R 1 — merged: ip2int's two callers (the crash site is ip2int, an inlined helper
//     printed `ip2int(...)`; the callers, where the bugs are, do not contribute).
//   php P 0.5 R 0.5 — merged: AssetsTransformer's `eol` at line 41 and its array offset at line
//     121 (Laravel's HandleExceptions->handleError, called by the engine at the warning's own
//     line, read as a PHP built-in that raised it: its message dropped as the input's); split: the
//     `eol` row in Laravel's JSON context reads one frame (the stored copy ends at #1), the handler,
//     and keeps its escaped quotes (`\"eol\"`). The two CheckoutAcceptance rows join, but on the
//     words `Error in browser:` read as the message of an `Error`.
//   dotnet P 1 R 0.6 — split: History.Add's two reports (1.16.2's NLog record reads its header;
//     2.0.3's crash report reads its `Exception:` label as a System.Exception with no message) and
//     TeamCityAdapter's two (the filled template's exception header is past the twelve lines the
//     parser looks at, so its first line, `- Git Extensions 3.1.1.6049`, was the type).
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  go: { precision: 0.5, recall: 1, merged: 1 },
  php: { precision: 0.5, recall: 0.5, merged: 1 },
  dotnet: { precision: 1, recall: 0.6, merged: 0 },
};

describe('traces from public issue threads, a forty-first collection the rules were not tuned on', () => expectCollectionFloors('threads-41', EXPECTED));
