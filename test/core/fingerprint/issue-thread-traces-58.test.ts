// A fifty-eighth collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-58/go.ndjson, php.ndjson and dotnet.ndjson), chosen for recall: pairs of one failure
// recorded differently (two builds, releases, deploy directories, printers, one and two
// wrappers), beside near misses (different failures under one outer wrapper). None is from a
// thread an earlier collection cites; each row gives its `source` and `why`, the label decided by
// reading the trace, its thread and, where it settles the cause, the fix the maintainers merged;
// where the stored copy of a thread ends inside a trace, the row quotes it through the last whole
// frame and says so.
//   go: go/types handed a nil *StdSizes by an x/tools release older than Go 1.22's SizesFor change,
//     dereferenced by (*StdSizes).Sizeof(0x0) at sizes.go:228 and re-panicked `[recovered]` by
//     handleBailout, in four linters: go-arch-lint (amd64, +0x31e, goroutine 581), smrcptr (arm64,
//     +0x314, goroutine 29), recovergoroutine (Homebrew's GOROOT) and go-safer (reached through a
//     conversion, representableConst at const.go:106) (one group); beside it two near misses under
//     the same `[recovered]` wrapper: go vet's `panic: unreachable` in go/types' selector and an
//     assertion failure inside (*StdSizes).Sizeof itself (apart);
//   php: Laravel's LogManager::createStackDriver calling collect() when Illuminate\Support\Collection
//     cannot be loaded, the laravel.EMERGENCY record of speedtest-tracker (/config/www, Laravel
//     10's Collections/helpers.php:15) and of Invoice Ninja built in a dated release directory
//     (`v4build/20220320_174312`, Laravel 7's Support/helpers.php:109) (one group); beside it three
//     BoldGrid fatal errors of one plugin family (getAllPlugins() undefined, Plugin\Factory not
//     found on the same constructor chain in PHP's one-line form, WP_Error::setUpdateData()
//     undefined) and Nextcloud's `Class 'OC' not found` relayed by PHP-FPM's `said into stderr`
//     lines (apart);
//   dotnet: Npgsql's `Timeout during reading attempt` inside `Exception while reading from stream`:
//     Npgsql 5's ReadMessageLong|194_0 through DbDataAdapter.Fill with an async `--- End of stack
//     trace from previous location ---` marker, Npgsql 8.0.1's EnsureLong|54_0 with .NET 8's
//     PoolingAsyncValueTaskMethodBuilder frames, the same thread's demystified record (`at async
//     ValueTask …Ensure(int count, bool async)+EnsureLong(?)`, Dapper frames `in /_/…:line 148`)
//     and EF Core's record wrapping it twice (`InvalidOperationException: … transient failure.`)
//     (one group); beside it Npgsql 5's `EndOfStreamException` under the same outer exception and
//     the same ReadMessageLong|194_0 frame during Authenticate, and Jellyfin's two `The SSL
//     connection could not be established` with different inner failures (a certificate refused,
//     a connection reset) (apart).
//
// 19 rows: Go 6 (one group of four, two alone), PHP 6 (one group of two, four alone), .NET 7 (one
// group of four, three alone). Not found in the threads the issues search corpus returned this
// round: a Go error logged by zap/logrus/slog with and without its stack (the zap threads found
// hold one record each or a test's), Laravel's `#N` frames against PHP's `Stack trace:` form of
// one exception in two threads not cited before (BoldGrid's #367, the Apache proxy_fcgi form of
// #330's error, is cited by threads-18), a .NET exception with and without `in file:line N` in
// one program's Debug and Release builds.
//
// Measured on main's rules, no fix yet
// (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-58.test.ts`):
//   go P 1 R 1 — no merge, no split;
//   php P 1 R 0 — no merge; split: the LogManager/collect() pair. The top library frame is the
//     plain function collect(), keyed by its file, and Laravel 8 moved it from Support/helpers.php
//     to Collections/helpers.php;
//   dotnet P 1 R 0 — no merge; split: the four Npgsql read timeouts, each keyed by Npgsql's own
//     top frames, which differ by release (ReadMessageLong|194_0 in 5.x; ReadBuffer's EnsureLong in
//     8.x, read while consuming a row in the demystified record) and by EF Core's record naming its
//     DbContext.
//   Read wrong without a split or merge to show it:
//   - Nextcloud's PHP-FPM record (`WARNING: [pool www] child 35 said into stderr: "…"` on every
//     line) reads as no trace, its first line masked (`<*> … not found in <path>:<int>`) the message.
//
// After this round's rules (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-58.test.ts`):
//   php P 1 R 1 — php-function-name-key.ts: a PHP function that is no method is keyed by its
//     namespaced name (PHP holds one function of a name per process), so collect() is one frame in
//     both helpers files and the two LogManager records one signature (php-function-name-key.test.ts,
//     near misses: two functions of one file, one short name in two namespaces, two files' closures);
//     php-fpm-relayed-stderr.ts: the PHP-FPM record is read as PHP's error (`Class 'OC' not found`,
//     crash site upload.php's top-level code), the signature of the same error in PHP's own log
//     (php-fpm-relayed-stderr.test.ts, near misses: another class, another file, a log with a line
//     FPM did not relay);
//   dotnet P 1 R 0 (unchanged) — dotnet-demystified-local-function.ts: the demystified record's top
//     frame (`Ensure(int count, bool async)+EnsureLong(?)`) is now keyed `Ensure.EnsureLong` as the
//     raw record's is, not `Ensure` (dotnet-demystified-local-function.test.ts, near misses: the
//     method around it, a lambda in it, another local function), but the four records still differ
//     below it (see Left);
//   go P 1 R 1 (unchanged).
// Every other collection's figures (threads-3 … threads-56, 185 runtime sets) are the same as at
// the branch point de289f2f (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces`
// on both).
//
// Left:
// - The Npgsql read timeout stays four signatures: with no frame of an application's, the top
//   library frames key it, and Npgsql's own frames differ between 5.x (ReadMessageLong|194_0 over
//   DbDataAdapter.Fill) and 8.x (ReadBuffer's EnsureLong over ReadMessageLong, or over Skip while
//   consuming a row), and EF Core's record names its DbContext by design. Joining them would need
//   the library frames left out of a library-only trace, which would merge two of a library's
//   failures with one type chain at two operations (a read timeout and a connect timeout); not
//   attempted.
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  go: { precision: 1, recall: 1, merged: 0 },
  php: { precision: 1, recall: 1, merged: 0 },
  dotnet: { precision: 1, recall: 0, merged: 0 },
};

describe('traces from public issue threads, a fifty-eighth collection the rules were not tuned on', () => expectCollectionFloors('threads-58', EXPECTED));
