// The gRPC status of a call made over raw HTTP/2 (node:http2), for tests that must send what a
// gRPC client library would not (a half-sent message, an already-compressed bomb). The status is
// read from the trailers, or from the headers of a trailers-only answer (gRPC over HTTP/2).
import type { ClientHttp2Stream } from 'node:http2';

export interface RawGrpcStatus {
  status?: number;
  /** grpc-status-details-bin, decoded from base64. */
  details?: Buffer;
}

/** Starts reading `stream`'s status (and drains its data); the fields are set as they arrive. */
export function readRawGrpcStatus(stream: ClientHttp2Stream): RawGrpcStatus {
  const seen: RawGrpcStatus = {};
  const read = (h: Record<string, unknown>) => {
    if (h['grpc-status'] !== undefined) seen.status = Number(h['grpc-status']);
    if (typeof h['grpc-status-details-bin'] === 'string') seen.details = Buffer.from(h['grpc-status-details-bin'], 'base64');
  };
  stream.on('response', read);
  stream.on('trailers', read);
  stream.on('data', () => {});
  return seen;
}
