// Every error the management API answers with, in one registry: a stable code (clients and
// alerting rules match on it), its HTTP status, and what it means. Bodies are always
// `{ "error": { "code": "...", "message": "..." } }` (the message is for people).
import type { StoreErrorCode } from '../core/store-errors.js';

export const API_ERRORS = {
  INVALID_REQUEST: { status: 400, description: 'A parameter or the body failed validation; the message names the field.' },
  INVALID_JSON: { status: 400, description: 'The body is not valid JSON.' },
  INVALID_CURSOR: { status: 400, description: 'The pagination cursor was not issued by this server for this sort.' },
  UNAUTHORIZED: { status: 401, description: 'The API key is missing or wrong (X-API-Key or Authorization: Bearer).' },
  CROSS_ORIGIN_REFUSED: { status: 403, description: 'A state change sent by a web page of another origin to an API without a key.' },
  HOST_NOT_ALLOWED: { status: 403, description: 'The Host header is not a name of this API (API without a key: loopback names, API_HOST, API_ALLOWED_HOSTS).' },
  SIGNATURE_NOT_FOUND: { status: 404, description: 'No signature has this id or id prefix.' },
  NO_MATCHING_SIGNATURE: { status: 404, description: 'POST /diagnose found no signature for the trace, service or error type.' },
  ROUTE_NOT_FOUND: { status: 404, description: 'No such route.' },
  AMBIGUOUS_ID: { status: 409, description: 'The id prefix matches more than one signature; give more characters.' },
  INVALID_TRANSITION: { status: 409, description: 'The signature cannot make this lifecycle change from its current state.' },
  PAYLOAD_TOO_LARGE: { status: 413, description: 'The body is larger than the API accepts.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, description: 'The body is not application/json.' },
  INTERNAL: { status: 500, description: 'An unexpected failure; the server log has the details.' },
  STORE_UNAVAILABLE: { status: 503, description: 'The store cannot commit now (disk full, database down); nothing was changed. Retry later.' },
} as const satisfies Record<string, { status: number; description: string }>;

export type ApiErrorCode = keyof typeof API_ERRORS;

/**
 * What each store error (core/store-errors.ts) is answered with. Typed over every store code,
 * so a new one does not compile until it has an answer here. The last five concern opening
 * a store, which the API never does while it runs.
 */
export const STORE_ERROR_ANSWERS: Record<StoreErrorCode, ApiErrorCode> = {
  SIGNATURE_NOT_FOUND: 'SIGNATURE_NOT_FOUND',
  AMBIGUOUS_ID: 'AMBIGUOUS_ID',
  INVALID_CURSOR: 'INVALID_CURSOR',
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  STORE_FILE_INVALID: 'INTERNAL',
  STORE_SCHEMA_TOO_NEW: 'INTERNAL',
  STORE_SCHEMA_TOO_OLD: 'INTERNAL',
  DATA_DIR_LOCKED: 'INTERNAL',
  STORE_NOT_FOUND: 'INTERNAL',
};

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.status = API_ERRORS[code].status;
  }
}

export function errorBody(code: ApiErrorCode, message: string) {
  return { error: { code, message } };
}
