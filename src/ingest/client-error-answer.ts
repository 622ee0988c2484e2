// What the OTLP/HTTP receiver answers when Node's HTTP server gives up on a request before Rounds
// sees it (the server's 'clientError', which Fastify hands to its `clientErrorHandler`).
//
// Node ends a request whose headers or body did not arrive within its timeouts
// (ingest/http-server.ts DEFAULT_HTTP_TIMEOUTS) with ERR_HTTP_REQUEST_TIMEOUT, and Fastify's default
// answer to it is `408 Request Timeout`. The OTLP specification (OTLP/HTTP, "Retryable Response
// Codes") retries only 429, 502, 503 and 504: a client told 408 drops the batch. But the timeout is also
// what a starved event loop looks like — the body sat in the socket's buffer while Rounds' own work
// held the thread (seen at a load average near 30 on two cores: the incidents suite's playback lost
// an export to it) — and nothing of the request was stored either way. So it is answered as the
// overload it may be: 503 with Retry-After, which a Collector and the SDKs send again. A client that
// is slow on purpose gains nothing by it: the connection is closed all the same.
//
// Every answer carries a google.rpc.Status in the request's encoding, as OTLP/HTTP's error
// responses must (protobuf when the request never got as far as its headers).
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { CONTENT_TYPES, encodeStatus, type WireEncoding } from './status-encoding.js';
import { IngestError, overloaded } from './status.js';

/** The request a socket is reading, as far as the answer to a client error needs it. */
export interface SocketRequest {
  encoding: WireEncoding;
}

/** Node's and llhttp's codes for what the client sent. */
const HEADER_OVERFLOW = 'HPE_HEADER_OVERFLOW';
const REQUEST_TIMEOUT = 'ERR_HTTP_REQUEST_TIMEOUT';

/** The raw HTTP/1.1 response to a client error, and the outcome it is counted under. */
export function clientErrorAnswer(error: { code?: string }, request: SocketRequest | undefined, retryAfterSeconds: number): { bytes: Buffer; outcome: string } {
  const encoding = request?.encoding ?? 'protobuf';
  let status: IngestError;
  let outcome: string;
  if (error.code === REQUEST_TIMEOUT) {
    status = overloaded('the request did not arrive in time; send it again', retryAfterSeconds);
    outcome = 'timeout';
  } else if (error.code === HEADER_OVERFLOW) {
    status = new IngestError('BAD_DATA', 'the request headers are larger than the server accepts');
    outcome = 'bad_data';
  } else {
    status = new IngestError('BAD_DATA', 'the request is not valid HTTP/1.1');
    outcome = 'bad_data';
  }
  const http = error.code === HEADER_OVERFLOW ? 431 : status.row.http;
  const reason = STATUS_CODES[http];
  const body = encodeStatus(status, encoding);
  const retry = status.retryAfterSeconds !== undefined ? `Retry-After: ${status.retryAfterSeconds}\r\n` : '';
  const head = `HTTP/1.1 ${http} ${reason}\r\nContent-Type: ${CONTENT_TYPES[encoding]}\r\nContent-Length: ${body.length}\r\n${retry}Connection: close\r\n\r\n`;
  return { bytes: Buffer.concat([Buffer.from(head, 'latin1'), body]), outcome };
}

/** Answers the client error on `socket` and closes it; a reset or closed socket gets nothing. */
export function answerClientError(error: { code?: string }, socket: Socket, request: SocketRequest | undefined, retryAfterSeconds: number): string | undefined {
  if (error.code === 'ECONNRESET' || socket.destroyed) return undefined;
  const { bytes, outcome } = clientErrorAnswer(error, request, retryAfterSeconds);
  if (socket.writable) socket.end(bytes);
  else socket.destroy();
  return outcome;
}
