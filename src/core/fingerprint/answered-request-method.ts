// The method of a request an access line reports beside its response's status is a value.
//
// An access line is written once per request by one statement, and the request's method is
// interpolated into it as its path is: uvicorn's h11_impl.py `'%s - "%s %s HTTP/%s" %d'`
// (client, method, path, version, status; its AccessFormatter appends the status's phrase),
// Tornado's web.py `"%d %s %.2fms"` whose summary is `"%s %s (%s)" % (method, uri, remote_ip)`,
// and the same summary after the status where web.py logs an HTTPError (`"%d %s: " + message`).
// Left a word, each of these was one signature per method (server-logs-13's tornado and
// server-logs-15's uvicorn sets; access-log-method.ts reads the Common Log Format's own shape).
//
// Read only where the line says the request was answered: the status stands right beside the
// request — after the quoted request line's closing `HTTP/<v>"` (uvicorn, aiohttp's and
// Twisted's formats), or, unquoted, right before the method (Tornado) or right after the request
// target (Express morgan's `:method :url :status`). A request line whose status follows a label
// stays a word: Loghub's OpenStack `"GET /v2/… HTTP/1.1" status: 200 …` is labelled one template
// per method by its annotators (test/fixtures/loghub-dev). So does a method with no status beside
// it (`Uncaught exception GET /x (<ip>)`, `proxying GET /api to …`), which a program may name as
// one of its own words.
const METHOD = /^"?(?:GET|HEAD|POST|PUT|DELETE|CONNECT|OPTIONS|TRACE|PATCH)$/;
// What a request line asks for, masked: a path (its query included), the root, a URL (a proxy's
// absolute form).
const TARGET = /^(?:<path>|\/|<url>)$/;
// The version closing a quoted request line.
const VERSION = /^HTTP\/(?:<float>|<int>|\d(?:\.\d)?)"$/;
// A response's status: a number, or a number with its reason phrase (response-status.ts).
const STATUS = /^<(?:int|status)>$/;

/** Whether `tokens[i]` (of a masked log line) is the method of a request the line reports with its response's status. */
export function isAnsweredRequestMethod(tokens: readonly string[], i: number): boolean {
  const token = tokens[i];
  if (!METHOD.test(token) || !TARGET.test(tokens[i + 1] ?? '')) return false;
  if (token.startsWith('"')) return VERSION.test(tokens[i + 2] ?? '') && STATUS.test(tokens[i + 3] ?? '');
  return STATUS.test(tokens[i - 1] ?? '') || STATUS.test(tokens[i + 2] ?? '');
}
