// How each ingest outcome is answered on each transport. One table, one row per outcome, in
// the manner of the Collector's internal/errors/errors.go. Spec references are to the OTLP
// specification (opentelemetry-proto docs/specification.md):
//   gRPC failures   https://opentelemetry.io/docs/specs/otlp/#failures
//   HTTP failures   https://opentelemetry.io/docs/specs/otlp/#failures-1
//   retryable HTTP  https://opentelemetry.io/docs/specs/otlp/#retryable-response-codes
import { status as GrpcStatus } from '@grpc/grpc-js';
import { StoreUnavailableError } from '../core/store-errors.js';

export type IngestErrorCode =
  | 'BAD_DATA'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'UNSUPPORTED_ENCODING'
  | 'TOO_LARGE'
  | 'UNAUTHENTICATED'
  | 'OVERLOADED'
  | 'SHUTTING_DOWN'
  | 'STORE_FAILED'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED';

interface StatusRow {
  grpc: GrpcStatus;
  http: number;
  retryable: boolean;
}

export const STATUS_TABLE: Record<IngestErrorCode, StatusRow> = {
  // permanent — undecodable payload: 400 / INVALID_ARGUMENT, client MUST NOT retry (spec §Bad Data)
  BAD_DATA: { grpc: GrpcStatus.INVALID_ARGUMENT, http: 400, retryable: false },
  // permanent — not in the spec; the Collector's otlphttp receiver answers 415
  UNSUPPORTED_MEDIA_TYPE: { grpc: GrpcStatus.INVALID_ARGUMENT, http: 415, retryable: false },
  // permanent — the Collector answers 400 "unsupported Content-Encoding"
  UNSUPPORTED_ENCODING: { grpc: GrpcStatus.UNIMPLEMENTED, http: 400, retryable: false },
  // permanent — over the size limit after decompression: RESOURCE_EXHAUSTED without RetryInfo / 413 (spec §OTLP/gRPC, §OTLP/HTTP Request)
  TOO_LARGE: { grpc: GrpcStatus.RESOURCE_EXHAUSTED, http: 413, retryable: false },
  // permanent — bad or missing bearer token
  UNAUTHENTICATED: { grpc: GrpcStatus.UNAUTHENTICATED, http: 401, retryable: false },
  // retryable — throttling: UNAVAILABLE + RetryInfo / 503 + Retry-After (spec §Throttling)
  OVERLOADED: { grpc: GrpcStatus.UNAVAILABLE, http: 503, retryable: true },
  // retryable — draining for shutdown; another replica or a restart takes the retry
  SHUTTING_DOWN: { grpc: GrpcStatus.UNAVAILABLE, http: 503, retryable: true },
  // retryable — the commit failed (disk full, map full); nothing was acknowledged
  STORE_FAILED: { grpc: GrpcStatus.UNAVAILABLE, http: 503, retryable: true },
  // permanent — unknown path (the Collector maps UNIMPLEMENTED to 404)
  NOT_FOUND: { grpc: GrpcStatus.UNIMPLEMENTED, http: 404, retryable: false },
  // permanent — the Collector answers 405 for non-POST requests
  METHOD_NOT_ALLOWED: { grpc: GrpcStatus.UNIMPLEMENTED, http: 405, retryable: false },
};

/** An ingest failure with a developer-facing English message (google.rpc.Status.message). */
export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    message: string,
    /** Seconds the client should wait, for retryable refusals (RetryInfo / Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }

  get row(): StatusRow {
    return STATUS_TABLE[this.code];
  }
}

/**
 * An OVERLOADED refusal (retryable, with its hint). Built without a stack trace: under overload
 * refusals are made by the thousand a second on the event loop every export shares, an Error
 * captures its stack when constructed, and the stack of a refusal says nothing (its code and
 * message do).
 */
export function overloaded(message: string, retryAfterSeconds: number): IngestError {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new IngestError('OVERLOADED', message, retryAfterSeconds);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * A failed commit as the sender sees it: STORE_FAILED, retryable with the retry hint, naming
 * the cause when the store knows it (StoreUnavailableError: disk full, I/O error, map full).
 */
export function storeRefusal(error: unknown, retryAfterSeconds: number): IngestError {
  const why = error instanceof StoreUnavailableError ? `${error.reason}; ` : '';
  return new IngestError('STORE_FAILED', `the store could not commit this request (${why}nothing was stored); retry later`, retryAfterSeconds);
}
