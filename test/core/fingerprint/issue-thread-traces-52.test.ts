// A fifty-second collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-52/php.ndjson, none from a thread an earlier collection or the labelled corpus cites;
// each row gives its `source` and `why`, the label decided by reading the report, its thread and
// the program's source where it settles which statement failed; where the stored copy of a
// thread ends inside a trace or a record, the row quotes it up to the last whole frame or Trace
// element and says so). PHP failures of Nextcloud and its apps in the forms its admins paste, and
// one engine message in three programs:
//   Nextcloud's InfoParser::parse calling simplexml_load_file() on an install without PHP's XML
//     extension, from five releases and install paths: `occ`'s `An unhandled exception has been
//     thrown:` output from NC13 (a git checkout, line 64, via legacy/app.php), NC15 (cut after
//     #0, via AppManager.php(380)) and NC16 (copied from a 94-column terminal, the breaks inside
//     paths and arguments), and nextcloud.log's PHP-handler records from NC11 (`at …#61`, every
//     slash escaped) and NC18 (`at …#65`) (one group);
//   AppAPI's AppAPIFetcher::get() TypeError (`Return value must be of type array, null
//     returned`, AppAPIFetcher.php:163) as `occ`'s output cut at `Stack trace:` and as NC31's
//     record behind syslog's header, the exception JSON-encoded in `message`, the dispatcher's
//     rethrow with ` in file '…' line 163` and its Previous cut (one group); apart, the same app's
//     ExAppService::getAppInfo TypeError `Cannot access offset of type string on string` at line
//     310 (occ's output, and the copy filed on app_api whose frame numbers GitHub made cross-
//     repository links: one group);
//   the same `Cannot access offset of type string on string` in LTB Service Desk (mod_php's
//     `[php:error]` line, display.php:82) and AVideo (its own log's error_get_last() JSON,
//     video.php:1906): apart from AppAPI's and from each other;
//   apart besides: remote.php's handleException `getRequest() on null` behind nginx's `FastCGI sent
//     in stderr:` (after a require() warning), a Symfony EventDispatcher argument TypeError cut at
//     `Stack trace:`, and NC21's record of the handler's `filesize(): stat failed` warning from
//     workflowengine's Rotate job;
//   Nextcloud's GenerateMimetypeFileBuilder at two statements: PHP 7's argument TypeError of
//     generateFile() (`called in …/Checker.php on line 205 and defined in …:33`) as the snap's
//     journal line a maintainer quoted, and NC22's record of the handler's `Uninitialized string
//     offset 0` warning at the builder's line 39 (apart).
//
// 16 rows, 10 groups.
//
// Measured on main's rules, before any fix
// (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-52.test.ts`):
//   php P 0.667 R 0.167 — merged: AppAPIFetcher's TypeError and the Symfony dispatcher's (both cut
//     at `Stack trace:`, neither read as PHP: each typed `Error` by occ's `An unhandled exception
//     has been thrown:`). Split: InfoParser's Error four ways (the 94-column copy a typeless
//     Throwable; each PHP-handler record its whole text); AppAPIFetcher's (the syslog record read
//     as the dispatcher's `Exception` with the dispatcher's callers).
//
// Fixes (`npx vitest run test/core/fingerprint/issue-thread-traces-52.test.ts
// test/core/fingerprint/php-header-cut-at-trace.test.ts test/core/fingerprint/console-wrap-width.test.ts
// test/core/fingerprint/php-rethrown-engine-error.test.ts test/core/fingerprint/nextcloud-error-handler-record.test.ts`):
// - A PHP throwable's header quoted only up to its `Stack trace:` line is read as that throwable,
//   its throw site its frame (php-header-cut-at-trace.ts; near misses: a header alone in prose, a
//   row after `Stack trace:`, a place that is no PHP file). After: P 1.
// - A fixed-width terminal's breaks inside a PHP trace (two or more lines of exactly the longest
//   length, 60 columns or more, each followed by a line PHP's trace never begins a line with) are
//   joined (console-wrap-width.ts; near misses: one break, equal lines each over a row, narrow
//   text, prose). After: R 0.333.
// - Nextcloud's dispatcher rethrow whose wrapped error the quote cut off is read as that error,
//   classed by PHP's engine wording, at the place its message names, without the dispatcher's
//   Trace (php-rethrown-engine-error.ts; near misses: a wrapper with its Previous, an Exception of
//   the application's words, one message at two places). After: R 0.417.
// - The PHP error handler's plain `<Class>: <message> at <file>#<line>` record (`app` PHP) is
//   read as that throwable at that place (nextcloud-error-handler-record.ts; near misses: the
//   handler's warnings, another app's message, a message without the place). After: R 0.5.
// Measured after: php P 1 R 0.5, no merge (threads-48, -46, -36 and every other threads-* set
// unchanged: php P 1 R 0.875, P 1 R 0.286, P 1 R 0.333).
//
// Left:
// - InfoParser's Error stays two signatures: the `occ` outputs (NC13/15/16) place it in
//   OC\App\InfoParser->parse (frame #0's function), the PHP-handler records (NC11/18), which hold
//   no frame, at InfoParser.php alone, keyed by the file. Joining them needs the function the
//   records do not say; keying every PHP crash site by its file would merge two methods of a class.
// - No thread in the corpus quoted php-fpm's `WARNING: [pool www] child N said into stderr:` form
//   of a Nextcloud failure, an error tracker's outermost-first list of one, or Magento/Drupal/
//   WordPress/Laravel forms of the same failures, so this collection has none of them.
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  php: { precision: 1, recall: 0.5, merged: 0 },
};

describe('traces from public issue threads, a fifty-second collection the rules were not tuned on', () => expectCollectionFloors('threads-52', EXPECTED));
