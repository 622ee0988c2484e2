// A thirty-third collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-33/<runtime>.ndjson, none from a thread an earlier collection or the labelled corpus
// cites; each row gives its `source` and `why`, the label decided by reading the trace and its
// thread).
//   go: terraform-provider-aws 4.53.0's tflog.SetField `concurrent map writes`, from the issue
//     that collects the reports (a GitLab job log whose viewer made a line number a Markdown link)
//     and a second report (file lines without their indentation, the provider's log line run in)
//     (one group, library frames only); terraform-provider-kafka's Client.extractTopics, the same
//     runtime throw at another program's map; Hugo's gitmap toGitInfo `index out of range [5]`
//     from Hugo v0.65.3 (gitmap v1.1.1, the panic run into Hugo's progress text) and a later
//     release (gitmap v1.1.2, Hugo's caller a line further down) (one group); Hugo v0.65.1's
//     shiftToOutputFormat, another index out of range in Hugo;
//   php: Matomo's core:archive line for the Actions plugin's `The unserialization has failed!`,
//     with the trace Matomo appends to the message (JSON- and HTML-escaped) and a year later cut
//     after `#0` (one group); Matomo for WordPress's archive warning for a WordPress plugin's
//     count() TypeError; Nextcloud's OC\DB\Connection::connect DBALException for MySQL's
//     `Connection refused` (Apache's error log, line breaks and backslashes escaped) and for PDO's
//     `could not find driver` (occ's output), two failures;
//   dotnet: Hangfire 1.6's FailedJobsPage.Execute NullReferenceException as ASP.NET's error page
//     prints it (`[NullReferenceException: …]`, `+offset` frames) and from a Serilog JSON event's
//     escaped Exception field (one group); Hangfire 1.6.18's JobMethodCallRenderer.Render (ASP.NET's
//     health-monitoring `Exception information:` block) and 1.6.22's RecurringJobsPage.Execute (the
//     error page form on one line in a Markdown quote), two more dashboard pages; Orleans'
//     `Activation access violation` from AutoGen's MessageRegistryGrain (VS Code's debugger text)
//     and from a repro's TestGrainGrain (a `warn:` record on one line), two applications' grains.
//
// 17 rows: Go 6, PHP 5, .NET 6.
//
// Measured on main's rules, before any fix
// (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-33.test.ts`):
//   go P 1 R 1 — no split, no merge (the `concurrent map writes` message is empty in all three
//     throws; the crash sites tell them apart).
//   php P 1 R 0 — split: Matomo's unserialization (no parser reads the trace Matomo appends to
//     the message on one line, so the whole line is the message, its frames and all, and the
//     paste cut after `#0` is another template).
//   dotnet P 1 R 0 — split: Hangfire's FailedJobsPage (ASP.NET's error page form reads no frame,
//     its `[NullReferenceException: …]` line is the message; the Serilog paste reads the frames
//     but takes the JSON before `System.NullReferenceException:` as the type).
//
// Fixes (`npx vitest run test/core/fingerprint`):
// - PHP's trace as a string run into a message (getTraceAsString() appended, its line breaks
//   lost) is no part of the message, from a `#N` before a frame's place, or a `#N` ending the
//   text after a sentence, to the end (inlined-php-trace.ts, php-inlined-trace.test.ts).
// - ASP.NET's error-page stack section copied without `Stack Trace:` is read as the page when it
//   opens with a `[…Exception: …]` block and a frame, and so is the section on one line, its
//   breaks back after the block and each `+N` (yellow-screen.ts, yellow-screen-section.test.ts).
// - A .NET header opening a JSON field's value (`":"`), or after a logger's message and a space,
//   is read from the header (dotnet-logged-lead.ts, dotnet-logged-lead.test.ts).
// After: go P 1 R 1; php P 1 R 1; dotnet P 1 R 1, no merge.
// Read better, no figure moved (each a row alone in its group): the debugger's `Exception has
// occurred: CLR/<type>` and `Exception thrown: '<type>' in <assembly>: '<message>'` are the header
// (debugger-exception-notice.ts, dotnet-debugger-notice.test.ts); ASP.NET's health-monitoring
// `Exception information:` block is the header (aspnet-health-event.ts,
// aspnet-health-event.test.ts); PHP's `PHP Fatal error:  Uncaught …` right after a quote mark in
// another program's line (Matomo for WordPress's `Response was \'PHP Fatal error: …`) is the
// throwable's header (stacktrace/php.ts relayedHeader, php-quoted-fatal-error.test.ts).
//
// Left:
// - PHP: Apache's error log doubles each backslash as it escapes the line breaks
//   (`Uncaught Doctrine\\DBAL\\DBALException`): the type is unread (`Throwable`) and the crash site
//   keeps the doubled separators. Read right, Nextcloud's DBALException for a refused connection
//   and for a missing PDO driver would be one signature (one type, one crash site, the message
//   ignored), and threads-24 labels the wrapper's refused and no-such-socket messages one
//   failure: telling a missing driver from a database down needs the message's cause read.
// - .NET: Orleans' frames are library code where no file is printed and the application's where
//   `/_/src/…` (SourceLink's deterministic path) is: the same package read two ways by paste.
// - Go: the runtime's `fatal error: concurrent map writes` still gives no message.
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  go: { precision: 1, recall: 1, merged: 0 },
  php: { precision: 1, recall: 1, merged: 0 },
  dotnet: { precision: 1, recall: 1, merged: 0 },
};

describe('traces from public issue threads, a thirty-third collection the rules were not tuned on', () => expectCollectionFloors('threads-33', EXPECTED));
