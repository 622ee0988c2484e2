// A Go traceback names a method on a pointer receiver `pkg.(*T).Method`
// (https://pkg.go.dev/runtime#Frame, the function's symbol name). Pasted outside a code block,
// Markdown reads two such asterisks as the ends of an emphasis and drops them, and a copy of the
// rendered page writes that emphasis back with underscores: `net/http.(_conn).serve`,
// `crypto/tls.(_Conn).serverHandshake`. Read so, the frames were other functions than the same
// stack pasted intact, and one failure was two signatures (minio's TLS handshake panic,
// minio/minio#2478 and #2541, threads-35). A parenthesised receiver is printed only for a pointer
// receiver (`(*T)`) or a method value's wrapper (`(T).M-fm`), and a Go type whose name begins with
// an underscore is all but unknown, so `(_T)` is read as `(*T)`; `(T)`, a function named `_f` and
// a closure are left as printed.
const EATEN_POINTER_RECEIVER = /^\(_([A-Za-z]\w{0,200}(?:\[[^\]]{0,200}\])?)\)\./;

/** A Go function (package already split off) with a pointer receiver Markdown turned into `(_T)` read as `(*T)`. */
export function withPointerReceiverRestored(fn: string): string {
  return fn.replace(EATEN_POINTER_RECEIVER, '(*$1).');
}
