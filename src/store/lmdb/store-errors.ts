// What a failed LMDB commit becomes. A commit fails when the disk is full (ENOSPC), the device
// errs (EIO), or the map is full (MDB_MAP_FULL); nothing of the transaction is written, and
// the environment stays usable — reads keep working and the next commit succeeds once space
// returns. So the failure is retryable: the receiver answers 503/UNAVAILABLE with a retry
// hint (src/ingest/status.ts) and the sender keeps the data.
//
// lmdb-js rejects each write of a failed commit with a generic "Commit failed" error whose
// `commitError` is one more promise, rejected with the real cause; nobody else awaits that
// promise, so without a handler it is an unhandled rejection — which ends a Node process.
// `storeFailure` attaches the handler and reads the cause.

const CAUSES: Record<string, string> = {
  '28': 'the disk is full (ENOSPC)',
  ENOSPC: 'the disk is full (ENOSPC)',
  '5': 'the device reported an I/O error (EIO)',
  EIO: 'the device reported an I/O error (EIO)',
  '122': 'the disk quota is exceeded (EDQUOT)',
  EDQUOT: 'the disk quota is exceeded (EDQUOT)',
  '27': 'the file size limit is reached (EFBIG)',
  EFBIG: 'the file size limit is reached (EFBIG)',
  '-30792': 'the LMDB map is full (MDB_MAP_FULL)',
};

import { StoreUnavailableError } from '../../core/store-errors.js';

/** The class lives in core/store-errors.ts with the other store errors. */
export { StoreUnavailableError };

interface CommitFailure extends Error {
  commitError?: PromiseLike<unknown> & { catch?: (f: (e: unknown) => void) => unknown };
  code?: string | number;
}

function describe(cause: unknown): string {
  const c = cause as CommitFailure | undefined;
  const known = c?.code !== undefined ? CAUSES[String(c.code)] : undefined;
  if (known) return known;
  if (c?.message?.includes('MDB_MAP_FULL')) return CAUSES['-30792'];
  return c?.message ?? String(cause);
}

/** True for lmdb-js's failed-commit error (the cause follows in `commitError`). */
export function isCommitFailure(error: unknown): boolean {
  return error instanceof Error && (error as CommitFailure).commitError !== undefined;
}

/**
 * Handles the cause promise of a failed commit (so it is never an unhandled rejection) and
 * returns a StoreUnavailableError naming the cause; other errors are returned as they are.
 */
export async function storeFailure(error: unknown): Promise<unknown> {
  const failure = error as CommitFailure;
  if (isCommitFailure(error)) {
    let cause: unknown;
    try {
      await failure.commitError;
    } catch (e) {
      cause = e;
    }
    return new StoreUnavailableError(cause === undefined ? failure.message : describe(cause));
  }
  if (failure instanceof Error && failure.code !== undefined && CAUSES[String(failure.code)]) return new StoreUnavailableError(describe(failure));
  return error;
}

/** Marks a failed commit's cause promise handled, synchronously (for guards that rethrow as is). */
export function absorbCommitFailure(error: unknown): void {
  if (isCommitFailure(error)) void Promise.resolve((error as CommitFailure).commitError).catch(() => {});
}

let absorbing = false;

/**
 * lmdb-js groups the writes of one event-loop turn into a batch whose commit promise it keeps
 * to itself; when that commit fails the promise rejects with nobody listening, and an
 * unhandled rejection ends a Node process. Every write of that commit has already been
 * rejected to its own caller (and reported there), so this orphan carries no news: it is
 * absorbed. Any other unhandled rejection is rethrown, which ends the process exactly as
 * Node's default would.
 */
export function absorbOrphanCommitFailures(): void {
  if (absorbing) return;
  absorbing = true;
  process.on('unhandledRejection', (reason) => {
    if (!isCommitFailure(reason)) throw reason;
    absorbCommitFailure(reason);
  });
}
