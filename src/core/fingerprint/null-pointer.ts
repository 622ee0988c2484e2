// A null pointer as glibc's printf writes `%p` for one: `(nil)`, where any other pointer is
// `0x7f5bd2bf9df0` (masked `<hex>` by parameterize.ts). The same argument of one statement is one
// or the other run by run: rtpengine 10.5.3.5's websocket.c logs `http-only callback %i %p %p`
// with the user pointer set or NULL, and the two were two templates, `(nil)` read as a word
// (programs/rtpengine, server-logs-55.test.ts). Only a token of its own, after a space or opening
// the line: a call's `html_escape(nil)` or Go's `map[string]interface {}(nil)` is code, and
// `driver=(nil)` is already a labelled value.
const NULL_POINTER = /^\(nil\)[,;]?$/;

/** True when a log line's token is glibc's `(nil)` for a null pointer. */
export function isNullPointer(token: string): boolean {
  return NULL_POINTER.test(token);
}
