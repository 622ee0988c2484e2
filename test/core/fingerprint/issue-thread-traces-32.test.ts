// A thirty-second collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-32/<runtime>.ndjson, none from a thread an earlier collection or the labelled corpus
// cites; each row gives its `source` and `why`, the label decided by reading the trace, its
// thread and the program's source).
//   go: nvidia-clerk's main.main indexing an empty product list from NVIDIA's store at main.go:99,
//     pasted bare, after four blocks of the program's log lines and after the command prompt (one
//     group); the same runtime message in the same function at main.go:33 from an early release,
//     a startup failure with another cause; MonitorRelease's nil-pointer panic;
//   php: kirby-uniform's config.php:3 throwing `Class 'Kirby' not found` when Composer autoloads
//     it before Kirby's bootstrap, as a PHP error-log line with its trace and as the bare message
//     (one group); the same message from kirby-imageradio's config.php:3; the plugin's bundled
//     autoload requiring myclabs/deep-copy's missing deep_copy.php, as PHP 7's error-log Warning and
//     Fatal error lines (autoload_real.php line 66) and as Kirby's Whoops page for PHP 8's Error
//     (autoload_real.php:53) (one group); the same autoload line failing on polyfill-ctype's
//     missing bootstrap.php as a Whoops ErrorException;
//   dotnet: WPF's Dispatcher.WndProcHook `Dispatcher processing has been suspended` in Wox's
//     report, from Wox 1.3 and from a later Wox whose report adds Error id, HResult and Data rows
//     (one group); DispatcherOperationTaskSource.Initialize's InvalidOperationException in the later
//     report's shape; two NullReferenceExceptions with Chinese frame words (a WinForms dialog's
//     exception text, a console line with `位置 …:行号 18`).
//
// 16 rows: Go 5, PHP 6, .NET 5.
//
// Measured on main's rules, before any fix
// (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-32.test.ts`):
//   go P 0.5 R 1 — merge: nvidia-clerk's empty product list (main.go:99) and its startup index
//     (main.go:33) are one signature: one function, one runtime message, and line numbers never
//     contribute.
//   php P 0 R 0 — merge and two splits: kirby-uniform's and kirby-imageradio's config.php both take
//     Kirby's bootstrap.php, the first frame outside vendor/, as their crash site (the thrown-in
//     file is a vendor file the Composer autoloader required), while the bare kirby-uniform message
//     keys on config.php; the deep-copy pair has no frame read in either paste (PHP 7's error-log
//     Warning and Fatal lines, and Whoops' plain-text page), so each is its own whole message.
//   dotnet P 1 R 1 — no merge, no split.
//
// Fixes (`npx vitest run test/core/fingerprint`):
// - A PHP throwable raised by the top-level code of a file Composer's autoloader loaded keeps that
//   file as its only frame: the autoloader's frames and the application's line that loads it are
//   the same for every package (composer-loaded-file.ts, php-composer-loaded-file.test.ts).
//   After it: php P 1 R 0.
// - A throwable autoload_real.php raises itself keeps only that file; PHP 7's failed require
//   (its fatal line, after the stream's warning) is read as the Error PHP 8 throws; Whoops'
//   copied page is read as PHP's trace (composer-loaded-file.ts, php-failed-require.ts,
//   whoops-copied-exception.ts; php-failed-require.test.ts, php-whoops-copied-exception.test.ts).
// After: go P 0.5 R 1; php P 1 R 0.5; dotnet P 1 R 1.
//
// Left:
// - Go: nvidia-clerk's two index panics in main.main differ only by line (:33 in an early
//   release, :99 in 2.4), and a release moves lines as it moves them here: a trace alone cannot
//   tell two statements from one statement moved, so they stay one signature.
// - PHP: the bare kirby-uniform message has its path's start elided by the reporter (`[…]/mzur/
//   kirby-uniform/config.php`), vendor/ with it, so its file reads as the application's while
//   the log line's is the package's: two signatures.
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  go: { precision: 0.5, recall: 1, merged: 1 },
  php: { precision: 1, recall: 0.5, merged: 0 },
  dotnet: { precision: 1, recall: 1, merged: 0 },
};

describe('traces from public issue threads, a thirty-second collection the rules were not tuned on', () => expectCollectionFloors('threads-32', EXPECTED));
