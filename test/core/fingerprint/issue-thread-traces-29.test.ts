// A twenty-ninth collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-29/<runtime>.ndjson, none from a thread an earlier collection or the labelled corpus
// cites; each row gives its `source` and `why`, the label decided by reading the trace and its
// thread before Rounds ran). Go, PHP and .NET; rows are the stored issue excerpts, so some end
// mid-trace (said in the row's `why`).
//   go: Caddy v2.8.0-rc.1's zero Context in AppIfConfigured at context.go:462, after Caddy's own
//     log lines and as another project's thread quoted it in Markdown from the `[signal` line
//     (one group); Caddy 2 beta8's errLogValues at server.go:371 recovered by `http: panic
//     serving`, on Windows and five days later elsewhere (one group); v2.6.0's cmd.Flags.String:
//     the same runtime message from another crash site;
//   php: drupal-finder 1.3's is_link() given Drush's Environment, with arguments, without them
//     and as the fatal error's first line alone (one group), beside drupal-code-generator's
//     GeneratorStyle TypeError; webtrees's TimestampFactory from a record's last-change time and
//     from the site-logs page (the same throw site, other callers and causes);
//   dotnet: Jellyfin.Xtream's GetPeople NullReferenceException through journald twice (one
//     group); Streamyfin's timer callback and its ItemAdded handler (same class, other methods);
//     TVmaze's GetStrippedHtml.
//
// 16 rows: Go 5, PHP 6, .NET 5.
//
// Measured on main's rules, before any fix
// (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-29.test.ts`):
//   go P 1 R 0 — split: AppIfConfigured (the `[signal` paste has no message and its last frame,
//     its file line cut off, reads as in-app); errLogValues (one paste cut after the crash frame,
//     so fewer library frames stand for the crash site).
//   php P 0.5 R 0.3333 — merged: webtrees's TimestampFactory from two callers (webtrees's page
//     puts the message before the file, read as an empty message, and the crash site is the
//     factory both call); split: drupal-finder's fatal error's first line alone (its one frame a
//     file) against the traces (is_link and its callers).
//   dotnet P 1 R 1.
//
// Fixes (`npx vitest run test/core/fingerprint`):
// - A Go frame cut before its file line, of a module the trace shows in the module cache
//   (`<module>@<version>/`), is a dependency's (stacktrace/go.ts,
//   go-cut-frame-of-cached-module.test.ts): caddy-trojan's quote no longer has Caddy's
//   NewContext.func1 for its in-app crash site. Figures unchanged: the quote still has no message.
// After: go P 1 R 0; php P 0.5 R 0.3333; dotnet P 1 R 1.
//
// Left:
// - Go: a paste from the `[signal SIGSEGV …]` line on names no message; a small fault address
//   there is a nil dereference's panic, but `fatal error: unexpected signal during runtime
//   execution` prints the same line, so nothing general recovers it. Two pastes of one crash
//   cut after one frame and after four have different top library frames (up to three stand for
//   a crash site without an in-app frame): Caddy's AppIfConfigured and errLogValues.
// - PHP: the fatal error's first line alone (`… in <file>:<line>`) names a file where its trace
//   names is_link and its callers; webtrees's error page (`<message> <file>:<line>` then `#0 …`)
//   reads as an empty message, and with it read the two would still be one (the same throw in
//   TimestampFactory::fromString, the message's values masked): only the callers differ.
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  go: { precision: 1, recall: 0, merged: 0 },
  php: { precision: 0.5, recall: 0.3333, merged: 1 },
  dotnet: { precision: 1, recall: 1, merged: 0 },
};

describe('traces from public issue threads, a twenty-ninth collection the rules were not tuned on', () => expectCollectionFloors('threads-29', EXPECTED));
