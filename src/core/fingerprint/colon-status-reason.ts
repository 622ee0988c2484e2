// An error's status code and its reason written after `error <code>:` at the end of a log line
// are one value, as a status code and its reason phrase written with a space between are
// (parameterize.ts `status`, in log lines only).
//
// coturn 4.6.1's ns_turn_server.c log_method ends the line of every STUN/TURN request it refuses
// with `…: incoming packet %s processed, error %d: %s`, the code of the reply's ERROR-CODE
// attribute and its reason (RFC 8489 section 14.8: a class of 3 to 6 and a number, then a reason
// phrase; `401: Unauthorized` from get_default_reason, `403: Forbidden IP` where the peer's
// address is denied): one statement, two signatures by its codes (programs/coturn,
// server-logs-19's coturn set: 140 lines of 401 and 6 of 403). Python's urllib.error.HTTPError
// prints itself `HTTP Error %d: %s` (`HTTP Error 404: Not Found`), which a program logs with its
// own words before it.
//
// Read only so: `error` (`Error`, `ERROR`), a code of 300 to 699 (STUN's error classes 3 to 6,
// HTTP's 4xx and 5xx) and a colon, then a reason to the end of the line: a capitalised word
// first, at most eight words of letters (a `'`, `-` or `.` inside or closing one). An operating
// system's error number is below 300 (`error 111: Connection refused` stays as it was), a
// database's has four digits or more (MySQL's `ERROR 1045: …`); a lower-case text after the
// colon is the program's own sentence, and a reason with anything but words after it (a value, a
// `for url …`) is no reason alone; both stay as they were.
const COLON_STATUS_REASON = /\b(error|Error|ERROR) [3-6]\d\d: [A-Z][A-Za-z'.-]{0,40}(?: [A-Za-z][A-Za-z'.-]{0,40}){0,7}[ \t\r]*$/gm;

/** The placeholder the code and its reason are written as: parameterize.ts's for a status with its phrase. */
const STATUS = '<status>';

/** `text` (a raw log line) with `error <code>: <reason>` ending a line written `error <status>` (see above). */
export function withColonStatusReasonAsValue(text: string): string {
  if (!text.includes('rror ') && !text.includes('RROR ')) return text;
  return text.replace(COLON_STATUS_REASON, `$1 ${STATUS}`);
}
