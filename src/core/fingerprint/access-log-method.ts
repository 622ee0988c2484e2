// The request method in an access log's Common Log Format line is a value.
//
// The Common Log Format (NCSA httpd; Apache's `%h %l %u %t \"%r\" %>s %b`, nginx's `combined`
// opening so, Rack's CommonLogger `%s - %s [%s] "%s %s%s%s %s" %d %s %0.4f`) writes every request
// one statement serves as one line: the client, the identity and the user (`-` when unknown), the
// time in brackets, then the request line in quotes, its method first. The method is the
// client's, as the path is: Rack's common_logger.rb formats REQUEST_METHOD with `%s`
// (programs/puma, server-logs-12.test.ts: `"GET /orders/1 HTTP/1.1" 200` beside `"POST /import
// HTTP/1.1" 201`), and left a word, one statement was one signature per method.
//
// Read only in that shape: `"<METHOD>` (an RFC 9110 method) opening the quoted request line that
// closes with `HTTP/<version>"` two tokens on, after the bracketed time that three tokens (host,
// identity, user) precede at the line's start. A method quoted elsewhere stays a word: Loghub's
// OpenStack `<ip> "GET /v2/…/servers/detail HTTP/1.1" status: 200 …` (no identity, user or
// time before it) is labelled one template per method by its annotators, and a failure line
// naming a request (`Rack app ("GET /orders/42" - (127.0.0.1))`) names it for the failure.
const METHOD = /^"(?:GET|HEAD|POST|PUT|DELETE|CONNECT|OPTIONS|TRACE|PATCH)$/;
const VERSION = /^HTTP\/(?:<float>|<int>|\d(?:\.\d)?)"$/;
// The identity and the user: `-` or a name (`frank` in Apache's own example).
const IDENTITY = /^(?:-|<\w+>|[\w.@-]{1,64})$/;
// The host: a masked address or name.
const HOST = /^<(?:ip|hostname|name|\*)>$/;
// The time in brackets, masked: `<*>`, `[<date>]`, `[<date> <int>]` as a run.
const TIME = /^(?:<\*>|\[?<[a-z*]{1,13}>(?:[ :+-]*<[a-z*]{1,13}>)*\]?)$/;

/** Whether `tokens[i]` (of a masked log line) is the quoted method of a Common Log Format line's request. */
export function isAccessLogMethod(tokens: readonly string[], i: number): boolean {
  return i === 4 && METHOD.test(tokens[i]) && VERSION.test(tokens[i + 2] ?? '') && TIME.test(tokens[3]) && IDENTITY.test(tokens[2]) && IDENTITY.test(tokens[1]) && HOST.test(tokens[0]);
}
