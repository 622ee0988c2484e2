// The method of the request a message opens with, before the word `request` or `response`, is a
// value.
//
// Radicale 3.1.8 logs each request twice from one statement each, the client's method first:
// app/__init__.py `"%s request for %r%s received from %s%s"` and `"%s response status for %r%s in
// %.3f seconds: %s"` (programs/radicale, radicale.ndjson, server-logs-43.test.ts). As words, each
// was one signature per method (PROPFIND, MKCALENDAR, PUT, REPORT, GET, MOVE…).
//
// Read only so: a method of HTTP's registry (RFC 9110 §9, PATCH of RFC 5789), of WebDAV's (RFC
// 4918: PROPFIND, PROPPATCH, MKCOL, COPY, MOVE, LOCK, UNLOCK), of versioning's REPORT (RFC 3253) or
// CalDAV's MKCALENDAR (RFC 4791), opening the message — the line's first token, or right after
// its header's closing bracket, colon or separator (`[INFO] PROPFIND request …`) — and right
// before `request` or `response`. A method after a word of the sentence is the program's own:
// Radicale's propfind.py writes `Bad PROPFIND request on %r: %s` and report.py `Bad REPORT
// request …`, one statement in each file, and `during %s request` stays as written too.
const METHOD = /^(?:GET|HEAD|POST|PUT|DELETE|CONNECT|OPTIONS|TRACE|PATCH|PROPFIND|PROPPATCH|MKCOL|COPY|MOVE|LOCK|UNLOCK|REPORT|MKCALENDAR)$/;
const CARRIER = /^(?:request|response)$/;
/** A token that ends a line's header: a bracket or parenthesis closing, a colon, a separator. */
const HEADER_END = /(?:[\])]|:|^[-|>–—]+)$/;

/** Whether `tokens[i]` (of a masked log line) is the method of a request the message opens with, before `request` or `response`. */
export function isRequestMethodOpeningMessage(tokens: readonly string[], i: number): boolean {
  if (!METHOD.test(tokens[i]) || !CARRIER.test(tokens[i + 1] ?? '')) return false;
  return i === 0 || HEADER_END.test(tokens[i - 1]);
}
