// An error code of the HTTP family with the reason phrase after its colon, closing a log line:
// `error 401: Unauthorized`, `error 403: Forbidden IP`. One value, as `404 Not Found` is one
// (parameterize.ts `status`).
//
// STUN's ERROR-CODE attribute (RFC 8489 section 14.8) carries a code in the range 300 to 699 and
// a reason phrase which "is meant for diagnostic purposes and can be anything appropriate for the
// error code"; TURN (RFC 8656 section 19) adds its codes to the same registry, and SIP's
// responses (RFC 3261 section 21) are numbered in the same classes. A server that reports the
// code it answered writes the phrase it chose beside it: coturn's ns_turn_server.c log_method
// prints every request it refused as `session %018llu: realm <%s> user <%s>: incoming packet %s
// processed, error %d: %s`, the phrase its own (`Unauthorized` for the 401 every allocation is
// first answered with, `Forbidden IP` for a peer address its configuration denies). Read as words
// the phrase made one template per answer of that one statement (server-logs-19's coturn set).
//
// Read only so: the word `error` (any case), a space, a code of three digits from 300 to 699, a
// colon and a space, then one to six words, the first capitalised, each of letters (with `'` and
// `-` inside), up to the end of the line or a closing full stop. An errno or a driver's own number
// (`error 2: No such file or directory`, MySQL's `error 1045: Access denied …`), a phrase in lower
// case (the program's own sentence), one the line goes on after (`error 403: Forbidden, closing`)
// and an exception's message (a log line's reading only) keep their reading.
export const ERROR_CODE_REASON = "(?=[3-6]\\d\\d: [A-Z])(?<=(?<![A-Za-z])[Ee][Rr][Rr][Oo][Rr] )[3-6]\\d\\d: [A-Z][A-Za-z'-]{0,30}(?: [A-Za-z][A-Za-z'-]{0,30}){0,5}(?=\\.?$)";
