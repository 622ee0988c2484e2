// An identifier in parentheses opening a log line's message is what the statement is about, a
// value.
//
// Daemons that report on one of many configured or known things name it in parentheses before
// the message: keepalived 2.2.7's vrrp.c `(%s) entering FAULT state`, `(%s) removing VIPs.` for
// every VRRP instance (programs/keepalived, server-logs-16.test.ts: `(VI_api)`, `(VI_mail)`,
// `(VI_dns)`), Debian's cron `(%s) CMD (%s)` for every user whose job runs (programs/syslog:
// `(root)`, `(dave)`, `(carol)`). One statement writes every instance's or user's name there, so
// it is a value however few names a log has shown. Only at the message's head (the line's first
// token, or the first after a header closed by a colon), and only an identifier: a word in
// capitals or a capitalised word is the program's own label (cron's `(CRON) error`, macOS's
// `(Sandbox)` category), a dotted name is a source location or a type (lighttpd's
// `(request.c.1344)`, SQLAlchemy's `(psycopg2.errors.UniqueViolation)`), and a word that states
// a failure is the failure.
import { isFailureWord } from './failure-words.js';

// `(name)`: letters, digits, `_`, `-`; lower case first, or with an `_` or a digit in it.
const PARENTHESISED = /^\(([A-Za-z_][\w-]{0,63})\)$/;
const IDENTIFIER = /^[a-z_]|[_\d]/;

/** Whether `tokens[i]` (of a masked log line) is the parenthesised subject opening its message. */
export function isParenthesisedSubject(tokens: readonly string[], i: number): boolean {
  const m = PARENTHESISED.exec(tokens[i]);
  if (!m || !IDENTIFIER.test(m[1]) || isFailureWord(m[1])) return false;
  if (i === 0) return tokens.length > 1;
  const before = tokens[i - 1];
  return before.charCodeAt(before.length - 1) === 58;
}
