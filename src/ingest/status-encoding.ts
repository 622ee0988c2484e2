// Encodes google.rpc.Status bodies (HTTP failures, the gRPC grpc-status-details-bin trailer)
// and Export*ServiceResponse bodies with partial success.
import { otlpType, TYPES } from './proto/schema.js';
import type { IngestError } from './status.js';

export type WireEncoding = 'protobuf' | 'json';

/** OTLP/HTTP's Content-Type of each encoding (requests and responses alike). */
export const CONTENT_TYPES: Record<WireEncoding, string> = { protobuf: 'application/x-protobuf', json: 'application/json' };

const EMPTY = Buffer.alloc(0);

/** The google.rpc.Status for an error, with RetryInfo when the client should wait. */
export function statusMessage(error: IngestError): { code: number; message: string; details: { type_url: string; value: Uint8Array }[] } {
  const details: { type_url: string; value: Uint8Array }[] = [];
  if (error.retryAfterSeconds !== undefined) {
    const RetryInfo = otlpType(TYPES.retryInfo);
    details.push({
      type_url: 'type.googleapis.com/google.rpc.RetryInfo',
      value: RetryInfo.encode(RetryInfo.fromObject({ retryDelay: { seconds: error.retryAfterSeconds, nanos: 0 } })).finish(),
    });
  }
  return { code: error.row.grpc, message: error.message, details };
}

export function encodeStatus(error: IngestError, encoding: WireEncoding): Buffer {
  const msg = statusMessage(error);
  if (encoding === 'json') {
    // protojson of google.rpc.Status; RetryInfo travels in the Retry-After header instead.
    return Buffer.from(JSON.stringify({ code: msg.code, message: msg.message }));
  }
  const Status = otlpType(TYPES.status);
  // protobufjs keeps google.protobuf.Any's field names as declared (type_url).
  return Buffer.from(Status.encode(Status.fromObject(msg)).finish());
}

export type Signal = 'traces' | 'logs' | 'metrics';

const REJECTED_FIELD: Record<Signal, string> = { traces: 'rejectedSpans', logs: 'rejectedLogRecords', metrics: 'rejectedDataPoints' };
const RESPONSE_TYPE: Record<Signal, string> = { traces: TYPES.traceResponse, logs: TYPES.logsResponse, metrics: TYPES.metricsResponse };

/**
 * Export*ServiceResponse. On full success `partial_success` MUST be left unset (spec §Full
 * Success), which for protobuf is the empty message: zero bytes.
 */
export function encodeExportResponse(signal: Signal, encoding: WireEncoding, rejected = 0, errorMessage = ''): Buffer {
  if (rejected === 0 && !errorMessage) return encoding === 'json' ? Buffer.from('{}') : EMPTY;
  const partial = { [REJECTED_FIELD[signal]]: rejected, errorMessage };
  if (encoding === 'json') {
    // int64 is a decimal string in OTLP JSON.
    return Buffer.from(JSON.stringify({ partialSuccess: { [REJECTED_FIELD[signal]]: String(rejected), errorMessage } }));
  }
  const Response = otlpType(RESPONSE_TYPE[signal]);
  return Buffer.from(Response.encode(Response.fromObject({ partialSuccess: partial })).finish());
}
