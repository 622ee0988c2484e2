// Apache httpd's error log around a PHP error. mod_php hands PHP's errors to httpd's error log
// (php_log_err → ap_log_rerror), which writes its own fields before the message and, when the
// request had one, the Referer after it:
//   httpd 2.2  `[<time>] [<level>] [client <ip>] <message>, referer: <url>`
//   httpd 2.4  `[<time>] [<module>:<level>] [pid <n>(:tid <n>)] (AH<nnnnn>: )[client <ip>:<port>] <message>, referer: <url>`
// (2.4's default ErrorLogFormat, https://httpd.apache.org/docs/2.4/mod/core.html#errorlogformat;
// 2.2 has no such directive and its fields are fixed). PHP's own line (`PHP Fatal error:  … in
// <file> on line <n>`) is read by its level and the file it names; behind 2.2's three brackets
// and before the referer it was not read at all: its file fell to the message's `<path>` and two
// files' `Call to a member function setSession() on null` were one signature (ilios/ilios#1564,
// threads-40). Behind 2.4's fields it read the file but no level, and the fields stayed in its
// message, so the same error logged by 2.4 and by PHP's own error log were two signatures.
// The fields and the referer are removed only where httpd's fields stand before `PHP `: what
// mod_php writes there is PHP's error, and the referer is the request's, never the failure's.

/** httpd's fields before mod_php's message: the time, the level (2.4: module and level), 2.4's pid and error code, the client. */
const APACHE_FIELDS = /^\[[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}(?:\.\d{1,6})? \d{4}\] \[(?:[\w-]{0,40}:)?(?:emerg|alert|crit|error|warn|notice|info|debug|trace[1-8])\] (?:\[pid \d{1,10}(?::tid \d{1,20})?\] )?(?:AH\d{5}: )?(?:\[client [^\]\s]{1,100}\] )?(?=PHP )/;

/** The request's Referer, which httpd appends to the entry (`, referer: https://…`). */
const REFERER = /, referer: \S{1,2000}$/;

/** `text` with httpd's error-log fields and referer removed from its first line, when that line is mod_php's PHP message; else `text` as it is. */
export function withoutApacheErrorLogFields(text: string): string {
  if (!text.startsWith('[') || !text.includes('] PHP ')) return text;
  const fields = APACHE_FIELDS.exec(text);
  if (!fields) return text;
  const end = text.indexOf('\n');
  const first = (end < 0 ? text : text.slice(0, end)).slice(fields[0].length).replace(REFERER, '');
  return end < 0 ? first : first + text.slice(end);
}
