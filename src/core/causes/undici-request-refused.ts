// undici (Node's fetch) refusing the request the code handed it, before or while sending it: no
// network and no peer failed. fetch wraps every failure in `TypeError: fetch failed` with the real
// one as its cause (signals.ts, FETCH_FAILED), so the wrapper alone reads as a peer unreachable;
// its cause says otherwise when it is one of undici's errors about the request itself (undici's
// lib/core/errors.js): RequestContentLengthMismatchError (UND_ERR_REQ_CONTENT_LENGTH_MISMATCH,
// `Request body length does not match content-length header` — a program forwarding a request's
// headers with a body it had rewritten, musistudio/claude-code-router#538, fixed in the program),
// InvalidArgumentError (UND_ERR_INVALID_ARG: `invalid method`, `invalid content-length header` and
// the other headers undici will not send), and a client or agent the code had already destroyed or
// closed (ClientDestroyedError `The client is destroyed`, ClientClosedError `The client is
// closed`). The response's own mismatch (ResponseContentLengthMismatchError, `Response body length
// does not match …`) is the peer's answer cut short, and is not one of these.
import { FETCH_FAILED } from './signals.js';

/** undici's own names and codes for a request it refused. */
const UNDICI_REQUEST_REFUSED = /\b(?:RequestContentLengthMismatchError|UND_ERR_REQ_CONTENT_LENGTH_MISMATCH|UND_ERR_INVALID_ARG|ClientDestroyedError|UND_ERR_DESTROYED|ClientClosedError|UND_ERR_CLOSED)\b/;
/** The same errors' messages, undici's only under fetch's wrapper. */
const UNDICI_REQUEST_REFUSED_WORDS = /\bRequest body length does not match content-length header\b|\bInvalidArgumentError\b|\bThe client is (?:destroyed|closed)\b|\binvalid (?:method|(?:content-length|connection|transfer-encoding|keep-alive|upgrade|expect) header)\b/i;

/** Whether the words are undici refusing the request the code built, not a network failure. */
export function undiciRefusedOwnRequest(text: string): boolean {
  return UNDICI_REQUEST_REFUSED.test(text) || (FETCH_FAILED.test(text) && UNDICI_REQUEST_REFUSED_WORDS.test(text));
}
