// What each store error (core/store-errors.ts) becomes on the command line: its exit code (2
// for a store that cannot be used as given — damaged, from a newer Rounds, locked by a
// server — like other bad input; 1 otherwise) and, with --json, its stable code. Typed over
// every code, so a new one does not compile until it has an exit code here.
import type { StoreError, StoreErrorCode } from '../core/store-errors.js';
import { CliError } from './command.js';

export const STORE_ERROR_EXIT_CODES: Record<StoreErrorCode, number> = {
  SIGNATURE_NOT_FOUND: 1,
  AMBIGUOUS_ID: 1,
  INVALID_CURSOR: 1,
  STORE_UNAVAILABLE: 1,
  STORE_NOT_FOUND: 1,
  STORE_FILE_INVALID: 2,
  STORE_SCHEMA_TOO_NEW: 2,
  STORE_SCHEMA_TOO_OLD: 2,
  DATA_DIR_LOCKED: 2,
};

export function cliErrorOf(error: StoreError): CliError {
  return new CliError(error.message, STORE_ERROR_EXIT_CODES[error.code], error.code);
}
