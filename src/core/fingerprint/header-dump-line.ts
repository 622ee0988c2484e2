// A line of a request or response a server dumps under its fixed label is one value, to the
// line's end, an empty line too.
//
// lighttpd 1.4.69 with `debug.log-request-header` logs each line of every request it reads as a
// record of its own, `(request.c.1344) rqst: ` and the line: `GET / HTTP/1.1`, `Host: x`,
// `Content-Length: abc`, whatever a client sent (`GARBAGE`, `BREW /pot HTTP/1.1`), and the empty
// line that ends the headers (log_error_multiline; programs/lighttpd, lighttpd-errors.ndjson,
// server-logs-3.test.ts). Read word by word, each header and each request line was a template of
// its own: 40 lines of one statement in ten signatures.
//
// Only so: the label `rqst:` or `resp:` opening the message (after the time and the source
// location, which are values: message-head.ts), what follows it the client's or the backend's
// text. The same words elsewhere in a line (`bad rqst: 12 bytes left`) keep their reading.
import { atMessageHead } from './message-head.js';
import { WILDCARD } from './template-tokens.js';

const LABEL = /^(?:rqst|resp):$/i;

/** The line's tokens with a dumped request or response line after its label read as one value (see above). */
export function withDumpedHeaderLineAsValue(tokens: string[]): string[] {
  for (let k = 1; k < tokens.length; k++) {
    if (!LABEL.test(tokens[k])) continue;
    if (!atMessageHead(tokens, k)) return tokens;
    return [...tokens.slice(0, k), `${tokens[k]} ${WILDCARD}`];
  }
  return tokens;
}
