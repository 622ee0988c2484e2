// A thirty-eighth collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-38/<runtime>.ndjson, none from a thread an earlier collection or the labelled corpus
// cites; each row gives its `source` and `why`, the label decided by reading the trace and its
// thread; where the stored copy of a thread ends inside a trace, the row quotes it up to the last
// whole frame and says so). Its subject: one PHP statement failing under two PHP versions, which
// word the same engine error differently, beside look-alikes that are other failures.
//   php: fivefilters/readability.php's `->length` read of a null node at Readability.php line
//     1514 under PHP 7 (`Trying to get property 'length' of non-object`, #12) and, after a partial
//     fix, PHP 8.1 (`Attempt to read property "length" on null`, #15, the same reporter) (one
//     group); the same report's `textContent` (line 207) and `childNodes` (line 1506) reads (one
//     group each); bureaucracy's syntax.php line 320 with integer keys 2 and 4 (one group) and
//     DokuWiki's Mailer.class.php `"userinfo"`; webtrees' ReviewChangesModule canShow() on null
//     from two installs (one group) and RecentChangesModule's (the same message, another module).
//
// 10 rows: PHP 10.
//
// Measured on main's rules, before any fix
// (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-38.test.ts`):
//   php P 1 R 0.67 — split: readability's line 1514, PHP 7's wording against PHP 8's. No merge.
//
// Fix (`npx vitest run test/core/fingerprint`):
// - PHP's engine errors are keyed in PHP 8's wording and at PHP 8's level, read from php-src's
//   strings (php-engine-wording.ts, php-engine-wording.test.ts): PHP 5's `Call to a member
//   function f() on a non-object`, PHP 7's `Trying to get property 'p' of non-object` and
//   `Attempt to assign property 'p' of non-object`, PHP 5-7's `Undefined index: k` and
//   `Undefined offset: n`; a level or none printed reads PHP 8's (a missing key a Warning, a call
//   on null an Error). Only under a PHP level or the engine's classes: an application's class keeps
//   its words. After: php R 1. (threads-37's TYPO3 line 128 under PHP 5 and 7 joins too: R 0 -> 0.33.)
//
// Left: PHP 7+'s `on bool` and `on null` for one statement stay two messages (the value's type is
// printed since PHP 7); PHP 5's and PHP 7's argument TypeError wordings against PHP 8's
// `f(): Argument #1 ($a) must be of type T` are not read (no pair found in time); a fatal-error
// line with its file against an uncaught Error's trace with its function keep two crash sites.
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  php: { precision: 1, recall: 1, merged: 0 },
};

describe('traces from public issue threads, a thirty-eighth collection the rules were not tuned on', () => expectCollectionFloors('threads-38', EXPECTED));
