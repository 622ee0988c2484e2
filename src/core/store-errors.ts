// The store's expected failures, with stable codes, in one registry. Every store
// implementation (LMDB, PostgreSQL) throws these classes and nothing else for expected
// outcomes; the API maps each code to an HTTP status and a JSON error code (api/errors.ts)
// and the CLI to an exit code (cli/store-command.ts). Both maps are typed as records over
// `StoreErrorCode`, so a code added here fails to compile until both say what it becomes.

export const STORE_ERRORS = {
  SIGNATURE_NOT_FOUND: { retryable: false, description: 'No signature has this id or id prefix.' },
  AMBIGUOUS_ID: { retryable: false, description: 'The id prefix matches more than one signature; give more characters.' },
  INVALID_CURSOR: { retryable: false, description: 'The pagination cursor was not issued for this sort.' },
  STORE_UNAVAILABLE: { retryable: true, description: 'The store cannot commit now (disk full, I/O error, database down); nothing of the write was stored.' },
  STORE_FILE_INVALID: { retryable: false, description: 'The data file is damaged, truncated or not a Rounds store.' },
  STORE_SCHEMA_TOO_NEW: { retryable: false, description: 'The store was written by a newer Rounds; this one refuses to misread it.' },
  STORE_SCHEMA_TOO_OLD: { retryable: false, description: 'The store was written by an older Rounds and is not migrated yet; a read-only opener refuses to misread it.' },
  DATA_DIR_LOCKED: { retryable: false, description: 'Another `rounds serve` already uses this LMDB data dir.' },
  STORE_NOT_FOUND: { retryable: false, description: 'There is no Rounds store at the given place yet.' },
} as const satisfies Record<string, { retryable: boolean; description: string }>;

export type StoreErrorCode = keyof typeof STORE_ERRORS;

/** An expected store failure; `code` is stable, `message` is for people. */
export class StoreError extends Error {
  readonly retryable: boolean;
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.retryable = STORE_ERRORS[code].retryable;
  }
}

export function isStoreError(error: unknown): error is StoreError {
  return error instanceof StoreError;
}

export class SignatureNotFoundError extends StoreError {
  declare readonly code: 'SIGNATURE_NOT_FOUND';
  constructor(message: string) {
    super('SIGNATURE_NOT_FOUND', message);
  }
}

export class AmbiguousIdError extends StoreError {
  declare readonly code: 'AMBIGUOUS_ID';
  constructor(message: string) {
    super('AMBIGUOUS_ID', message);
  }
}

export class InvalidCursorError extends StoreError {
  declare readonly code: 'INVALID_CURSOR';
  constructor(message: string) {
    super('INVALID_CURSOR', message);
  }
}

/** The store could not commit; nothing of the write was stored, and it may succeed later. */
export class StoreUnavailableError extends StoreError {
  declare readonly code: 'STORE_UNAVAILABLE';
  constructor(readonly reason: string) {
    super('STORE_UNAVAILABLE', `the store cannot commit: ${reason}`);
  }
}

/** The data file is damaged, truncated or not an LMDB file; opening it would crash. */
export class StoreFileError extends StoreError {
  declare readonly code: 'STORE_FILE_INVALID';
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super('STORE_FILE_INVALID', `${file} is not a usable Rounds store: ${problem} (restore it from a backup, or move it away to start empty)`);
  }
}

export class StoreSchemaTooNewError extends StoreError {
  declare readonly code: 'STORE_SCHEMA_TOO_NEW';
  constructor(
    readonly found: number,
    readonly known: number,
    where = 'the data dir',
  ) {
    super('STORE_SCHEMA_TOO_NEW', `${where} was written by a newer Rounds (schema ${found}, this one knows ${known})`);
  }
}

/**
 * A read-only opener (`rounds list`, `show`, `stats`, …) cannot migrate, and reading an older
 * layout with this one's readers would show wrong or missing rows; a writer migrates at open.
 */
export class StoreSchemaTooOldError extends StoreError {
  declare readonly code: 'STORE_SCHEMA_TOO_OLD';
  constructor(
    readonly found: number,
    readonly known: number,
    where = 'the data dir',
  ) {
    super('STORE_SCHEMA_TOO_OLD', `${where} is at schema ${found}, and this Rounds reads schema ${known}: start \`rounds serve\` on it once (it migrates the store at start-up), then run this again`);
  }
}

export class DataDirLockedError extends StoreError {
  declare readonly code: 'DATA_DIR_LOCKED';
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number | undefined,
  ) {
    super('DATA_DIR_LOCKED', `another rounds serve${ownerPid ? ` (pid ${ownerPid})` : ''} is already using the data dir ${dataDir}; stop it first or pass another --data-dir`);
  }
}

export class StoreNotFoundError extends StoreError {
  declare readonly code: 'STORE_NOT_FOUND';
  constructor(message: string) {
    super('STORE_NOT_FOUND', message);
  }
}
