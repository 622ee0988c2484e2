// A thirty-ninth collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-39/<runtime>.ndjson, none from a thread an earlier collection or the labelled corpus
// cites; each row gives its `source` and `why`, the label decided by reading the trace, its thread
// and, where it settles which statement failed, the program's source; where the stored copy of a
// thread ends inside a trace, the row quotes it up to the last whole frame and says so).
//   go: Terraform 1.1's cloud backend (*Cloud).Operation nil dereference at backend.go:607 under
//     its PanicHandler (1.1.7 behind a Terraform Cloud run's JSON log line; 1.1.2 under the
//     `!!!! TERRAFORM CRASH !!!!` banner) (one group), beside the remote backend's (*Remote).Operation
//     and (*Plan).CanApply under the same banner; Helm 3's loader.LoadFiles nil field (addr=0x98):
//     the helm CLI at load.go:126, terraform-provider-helm's vendored copy relayed by go-hclog
//     (`<time> [DEBUG] plugin.<name>: ` before each line) and 3.0.0-beta.4's line 107 (one group);
//     helm's registry (*Client).Tags on a nil client from two call paths of the provider (apart),
//     and values.readFile's nil;
//   php: WooCommerce's WC_Coupon_Data_Store_CPT::read() explode() of an array meta: product_ids'
//     statement (line 134 in 8.1 and 8.9.2, the first pasted through a Zendesk renderer that made
//     every `#N` a Markdown link; line 107 under PHP 7's warning wording in 3.1) and
//     excluded_product_ids' (line 108 in 3.1, 135 in 7.3 from WooCommerce's own logger), two
//     statements one line apart; the same method's `Invalid coupon.` exception and WC_Query's
//     explode() as look-alikes; Laravel's Str::contains null haystack into the mbstring polyfill
//     (the dev server's log, and Apache's proxy_fcgi line with `\n` escaped) (one group);
//   dotnet: NzbDrone.Core's Deluge.GetItems null dereference behind NLog's record line, Radarr
//     0.2.0.870 under mono and .NET and Sonarr 2.0.0.50xx under mono and a French Windows whose
//     accents the paste lost (one group); TaskManager.GetNextExecution under the pending-release
//     queue (Sonarr 4.0.10, Radarr 5.26.2 behind a swarm service column) (one group); a List.Add
//     null inside NzbDrone.Common's cache as a look-alike.
//
// 26 rows: Go 10, PHP 9, .NET 7.
//
// Measured on main's rules, before any fix
// (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-39.test.ts`):
//   go P 1 R 0.5 — split: LoadFiles behind go-hclog's plugin prefix reads no frame (its message
//     alone is the signature). No merge.
//   php P 0 R 0 — merged: PHP 7's two warnings at lines 107 and 108 (a file and no function: the
//     file is the crash site, the line never contributes). Split: the Zendesk paste reads one frame
//     and the message `Argument [#<int>](<url>)`; WooCommerce's `CRITICAL Uncaught TypeError: …`
//     reads as a nameless Throwable; Laravel's escaped line keeps Apache's doubled backslashes in
//     the class names (`Illuminate\\Support\\Str`).
//   dotnet P 1 R 0.57 — split: the French paste, its `à` lost to U+FFFD, reads no frame (NLog's
//     record line is the message). No merge.
//
// Fixes (`npx vitest run test/core/fingerprint/issue-thread-traces-39.test.ts` and the rules' own files):
// - A logger's header on every line but the first is cut from the lines under the first, the first
//   kept as pasted (stacktrace/detect.ts withoutLineHeaders, trace-line-header-unheaded-first-line
//   .test.ts): the plugin's dump reads its LoadFiles frame. Figures unchanged (below).
// - A one-line trace whose backslashes were doubled with its escaped breaks is unescaped in one pass
//   (detect.ts withLineBreaksUnescaped, escaped-line-doubled-backslashes.test.ts): Laravel's two
//   pastes are one signature.
// - `[#N](url)` reads as `#N` (reference-link.ts, reference-link.test.ts): the Zendesk paste reads
//   its frames and joins the log's paste. After these two: php P 0.67 R 0.4.
// - A localized .NET frame word lost to U+FFFD reads as `at` (dotnet-culture.ts,
//   dotnet-culture-lost-word.test.ts). After: dotnet R 1.
// - WooCommerce's `<ISO time> CRITICAL Uncaught <Type>: …` is PHP's uncaught header
//   (stacktrace/php.ts HEADER_PREFIX, php-woocommerce-log-line.test.ts): #36616 reads TypeError and
//   its message. Figures unchanged.
//
// Left:
// - Go: terraform-provider-helm#423 now reads its frame, but Helm is vendored there (a library
//   frame, no in-app frame in the quoted part) and the Helm CLI's own LoadFiles is in-app: by
//   design they key apart (a crash site is the first in-app frame; library frames key otherwise).
// - PHP: PHP 7's two warnings at lines 107 and 108 name a file and no function; lines never
//   contribute (a release moves them), so the two statements stay one signature. PHP 7's
//   `explode() expects parameter 2 to be string, array given` (a Warning) and PHP 8's TypeError
//   `explode(): Argument #2 ($string) must be of type string, array given` are not keyed alike:
//   the warning rows have no function frame to join on anyway.
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  go: { precision: 1, recall: 0.5, merged: 0 },
  php: { precision: 0.66, recall: 0.4, merged: 1 },
  dotnet: { precision: 1, recall: 1, merged: 0 },
};

describe('traces from public issue threads, a thirty-ninth collection the rules were not tuned on', () => expectCollectionFloors('threads-39', EXPECTED));
