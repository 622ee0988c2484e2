// A forty-sixth collection of traces quoted in public issue threads (test/fixtures/fingerprint/
// threads-46/php.ndjson, none from a thread an earlier collection or the labelled corpus cites;
// each row gives its `source` and `why`, the label decided by reading the record, its thread and
// the program's source; where the stored copy of a thread ends inside a record, the row quotes it
// up to the last whole Trace element and says so). PHP applications that log an exception as one
// JSON record a line:
//   Flow Upload's UploadController calling OC\Files\Filesystem::file_exists on an unset view, as
//     Nextcloud 21's record (the exception as the `message` object, the dispatcher's `Exception`
//     rethrow with the `Error` as Previous), Nextcloud 22's (the `exception` object, the line
//     masked into invalid JSON), Nextcloud 23's (the rethrow's message ending `in file '…/
//     Filesystem.php' line 673`, the Previous cut off) and `occ log:watch`'s text of another NC23
//     record (one group); files_versions' DoesNotExistException from QBMapper::findOneQuery as
//     NC27's compact record and NC26's pretty-printed one (one group); beside them NC25's record
//     with the exception JSON-encoded in `message` (NewSimpleFile::checkFile's stat() on null),
//     ownCloud's `Exception: {json}` records of one UniqueConstraintViolationException from
//     insertIfNotExist for two tables (appconfig, file locks), and Sentry's text of NC14's
//     PDOException from the file cache's insert (apart).
//
// 10 rows, 6 groups.
//
// Measured on main's rules, before any fix
// (`ROUNDS_PRINT_SCORES=1 npx vitest run test/core/fingerprint/issue-thread-traces-46.test.ts`):
//   php P 1 R 0 — split: both groups; no record is read as a trace, so each whole record (or
//     `occ log:watch`'s text) is the message.
import { describe } from 'vitest';
import { expectCollectionFloors, type CollectionFloors } from './thread-traces.js';

const EXPECTED: Record<string, CollectionFloors> = {
  php: { precision: 1, recall: 0, merged: 0 },
};

describe('traces from public issue threads, a forty-sixth collection the rules were not tuned on', () => expectCollectionFloors('threads-46', EXPECTED));
