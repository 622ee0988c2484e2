// The status a call's failing client spans were answered with (or, unanswered, the class of
// their failure), when they say nothing else. An
// HTTP client span answered 5xx has no exception and, by the semantic conventions, no status
// description: its only word on the failure is `http.response.status_code` (before 1.21
// `http.status_code`), a gRPC client's `rpc.grpc.status_code`. The diagnosis reads the words
// of a failure (core/causes/signals.ts), so the status is put in the words the signals know: an
// HTTP status with its reason phrase (RFC 9110, section 15), a gRPC status by its name
// (grpc/doc/statuscodes.md). A server span's status is its own answer, not a peer's: not read.
import { attributeValue } from './former-attribute-names.js';
import { GRPC_STATUS_NAMES } from './grpc-status.js';
import type { Occurrence } from './model.js';
import { reachesOut } from './span-kind.js';

const REASONS: Readonly<Record<number, string>> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 413: 'Content Too Large', 415: 'Unsupported Media Type', 422: 'Unprocessable Content', 429: 'Too Many Requests',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/** The status a sample's own client span was answered with, in words; undefined for any other sample. */
export function answeredStatus(o: Pick<Occurrence, 'source' | 'spanKind' | 'exception' | 'statusMessage' | 'attributes'>): string | undefined {
  if (o.source !== 'span' || !reachesOut(o.spanKind)) return undefined;
  // A span that words its failure itself needs no status read for it.
  if (o.exception !== undefined || (o.statusMessage !== undefined && o.statusMessage !== '')) return undefined;
  const http = Number(attributeValue(o.attributes, 'http.response.status_code'));
  if (Number.isInteger(http) && http >= 400 && http <= 599) return `answered with status code ${http}${REASONS[http] ? ` (${REASONS[http]})` : ''}`;
  const grpc = Number(o.attributes['rpc.grpc.status_code']);
  if (Number.isInteger(grpc) && grpc > 0 && grpc < GRPC_STATUS_NAMES.length) return `answered with gRPC status ${GRPC_STATUS_NAMES[grpc]}`;
  // No answer at all: the conventions' `error.type` names the class of the failure — .NET's
  // HttpClient its HttpRequestError (`connection_error`, `name_resolution_error`,
  // `secure_connection_error`…, recording no exception), other instrumentations the exception's
  // type (`java.net.ConnectException`). `_OTHER` names none.
  const errorType = o.attributes['error.type'];
  if (typeof errorType === 'string' && errorType !== '' && errorType !== '_OTHER' && errorType.length <= 200) return `failed with error.type ${errorType}`;
  return undefined;
}
