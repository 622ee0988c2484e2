// A thirteenth collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-13/<runtime>.ndjson, none from a thread an earlier collection cites; each row gives its
// `source` and `why`, the label decided by reading the trace and its thread before Rounds ran).
// Go, PHP and .NET, where one message is raised at several statements and one failure is pasted
// in several forms. Most rows are the thread text as the stored issue excerpts hold it, so some
// start or end mid-trace (said in the row's `why`).
//   go: `invalid memory address or nil pointer dereference` at thirteen statements (syncthing's
//     -upgrade, mika's Sentry setup, gubernator's vendored asyncRequest behind a SIGSEGV line
//     run into its first frame, nifikop behind Rancher's `<date> | ` column, talos's testify
//     suite behind CI line numbers and BuildKit's `#98  55.71 `, Elastos's indented testify
//     panic, pmem-csi's Ginkgo `Full stack:`, opa's benchmark Fatal, a testify test after its
//     `Error Trace` lines, go-sisimai's test cut at the signal line, a nil html/template, a
//     vendored bugsnag-go cut mid-frame); `assignment to entry in nil map` twice (net/http's
//     `http: panic serving`, journald's prefix); `concurrent map writes` / `read and map
//     write` in five programs (no `fatal error:` line, starting at runtime.throw, files without
//     their tab, Go 1.25's gp/m header with internal/runtime/maps, Go 1.6's mapassign1 with a
//     wrapped line); index and slice bounds in four (Go 1.4's `main.func·002`, two `main.main`
//     of other programs, one on a Windows path with spaces); boomer's recovered panic pasted
//     twice in one thread (a dump cut above the task's frame, then a full one);
//   php: in_array()'s `($haystack) must be of type array` at five statements of five plugins
//     (Plausible's Filters.php and Helpers.php a day apart, nginx's FastCGI quote, header-only
//     lines); strpos() twice (WordPress core under a theme with Markdown-numbered frames,
//     WordPress's recovery mail); WooCommerce Stripe's one-line TypeError; `\n` as text;
//     Guzzle's cURL error 28 in three programs (one-line, Laravel's `(Class(code: 0): … at
//     file:line)`, Bugsnag's dashboard copy); Part-DB's Monolog record behind compose's column;
//     SimpleSAMLphp's syslog backtrace; Whoops' title; Agora Invoicing's Bugsnag issues (`ends_at`
//     at two methods, `tag_name` filed twice across a release two lines apart, five more);
//   dotnet: NullReferenceExceptions (ASP.NET Core traces starting mid-trace, Application
//     Insights' `(Assembly, Version=…)` frames, Visual Studio's exception helper, three Unity
//     console traces, two of them one issue's two statements); `Sequence contains no elements`
//     at two statements (Max and Min); one-line DbUpdateExceptions over SqlException and
//     PostgresException (four rows, four tables); App Center's `;`-joined row.
//
// 70 rows: Go 25, PHP 27, .NET 18.
//
// Measured on main's rounds-fp/27 rules, before any fix
// (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-13.test.ts`):
//   go P 0 R 0 — merge: four nil dereferences read as no frame and known by the message alone
//     (talos: CI line numbers and BuildKit's `#98  55.71 ` before every line; nifikop: Rancher's
//     `Fri, Aug 26 2022 1:05:32 pm | `; gubernator: vendored files under `[redacted-go-project-
//     name]/vendor/…`, unindented; go-sisimai: no frame at all); split: boomer's dump cut above
//     the task's frame from the full one;
//   php P 1 R 1;
//   dotnet P 0 R 1 — merges: the one-line DbUpdateExceptions, known by the outer exception's
//     stock message alone (`An error occurred while updating the entries. See the inner exception
//     for details.`), the inner SqlException/PostgresException on the same or next line unread:
//     efcore#14476's CustomClaims.Value with ConfigMgrClientHealth's Clients.LastLoggedOnUser,
//     swissgeol's PK_section with its borehole_pkey.
//   Fix: a .NET header line whose ` ---> ` is followed by another namespaced `Type: ` is an
//     exception chain printed on one line (dotnet-inline-inner-exception.test.ts): the inner
//     SqlException of ConfigMgrClientHealth's DbUpdateException is read and its merge with
//     efcore#14476 is gone (dotnet merges 2 -> 1; precision stays 0, its one merged pair left).
//   Fix: a 12-hour clock's meridiem after a line header's time is the header's
//     (trace-line-header-meridiem.test.ts): nifikop's panic behind Rancher's `… 1:05:32 pm | `
//     reads as Go; scores unchanged (its excerpt ends above the operator's frames, so it is
//     still known by the message alone).
//   Fix: a quoted constraint or index named in EF Core's convention (`"PK_section"`, `FK_…`,
//     `IX_…`) names what failed, as a quoted snake_case identifier does
//     (quoted-constraint-names.test.ts): swissgeol's PK_section and borehole_pkey violations are
//     two signatures (dotnet P 0 -> 1, merges 1 -> 0).
//   After: go P 0 R 0 (merge and split as above), php P 1 R 1, dotnet P 1 R 1.
//
// Left:
// - go: talos's testify panic behind CI line numbers (`642\t`, a different number on every line)
//   and BuildKit's `#98  55.71 ` reads no frame; gubernator's vendored frames under
//   `[redacted-go-project-name]/vendor/…` without indentation, its first frame run into the
//   SIGSEGV line, read none; go-sisimai's excerpt has none; nifikop's has only controller-
//   runtime's recovering frames: the four are one signature by the message alone. boomer's dump
//   cut above the task's frame has only boomer's runner frames (split from the full dump).
// - dotnet: efcore#14476's one-line DbUpdateException behind Serilog's `""` quoting reads as an
//   unknown format (known by its stock message; a singleton here).
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  go: { precision: 0, recall: 0, merged: 1 },
  php: { precision: 1, recall: 1, merged: 0 },
  dotnet: { precision: 1, recall: 1, merged: 0 },
};

describe('traces from public issue threads, a thirteenth collection the rules were not tuned on', () => expectCollectionFloors('threads-13', EXPECTED));
