// The `key=value` fields a log line ends with, read as one value.
//
// Many programs write a statement's message and then the fields they know, as `key=value`,
// leaving out the ones they do not: pam_unix's `authentication failure; logname= uid=0 euid=0
// tty=ssh ruser= rhost=<ip>` gains ` user=<name>` only when the user exists (Linux-PAM's
// modules/pam_unix/support.c, `_unix_verify_password`); Postfix's `disconnect from <client>`
// lists a counter per SMTP command the client sent (`ehlo=1 mail=1 rcpt=0/1 quit=1
// commands=3/4`, smtpd.c); sudo writes `PWD=… ; USER=… ; COMMAND=<command line>`. The
// statement is the message before the fields and the field it always writes first; which
// fields follow it, and how many words the last one's value takes, are values of that one
// statement, as logrus' terminal layout is read as its message without its fields
// (log-body.ts). So after the first field of a line's trailing run of at least two fields, the
// rest of the run (separators and the words of a value after a field included) is one
// parameter, `<fields>`, and lines of one statement have one shape whatever fields they carry.
// The first field's key is kept: two programs' statements that differ only in the fields they
// list (Dovecot's IMAP logout `in=… out=… deleted=…` and its POP3 logout `top=… retr=… del=…`)
// start with different keys, and different keys are different statements
// (template-tokens.ts `differentLabels`).
//
// Only a trailing run after the message's own words: a line that is fields from its start
// (logfmt) is read by log-body.ts, one that is fields after a timestamp keeps them all, and
// fields in the middle of a line are followed by words that may tell statements apart. A single field is kept as it is (`commands=<*>`): its key is
// all there is to tell two lines apart.
import { isParameter, isWord, WILDCARD } from './template-tokens.js';

export const FIELDS = '<fields>';

// A field as the tokeniser leaves it: its key, `=`, then its masked value or nothing
// (pam_unix's empty `logname=`).
const FIELD = /^[A-Za-z_][\w.-]{0,63}=(?:<\*>)?[,;]?$/;
// What may stand between fields: sudo's ` ; `, a lone `,` or `|`.
const SEPARATOR = /^[;,|]$/;

const MIN_FIELDS = 2;

/** `tokens` with the trailing fields after the first as one `<fields>` token (see above); `tokens` itself when it has no such run. */
export function withTrailingFields(tokens: string[]): string[] {
  let start = tokens.length;
  let fields = 0;
  // Backwards: fields, the separators between them, and values (the arguments of sudo's
  // `COMMAND=` after its program, masked as paths). A word ends the run: it is the message's.
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (FIELD.test(t)) {
      fields++;
      start = i;
    } else if (SEPARATOR.test(t) || isParameter(t) || t === WILDCARD) {
      if (fields === 0 && !isParameter(t) && t !== WILDCARD) break;
      continue;
    } else break;
  }
  if (fields < MIN_FIELDS || start === 0) return tokens;
  // The message must have a word of its own before the fields: after a timestamp alone (an
  // access log written as fields, Envoy's `[<time>] method=GET … response_flag=UT …`) every key
  // is what the line says, and so after the program's tag a syslog header leaves
  // (`envoy: method=GET …`, transport-header.ts) or a logger's.
  const first = tokens[0];
  const from = first.length > 1 && first.endsWith(':') ? 1 : 0;
  if (!tokens.slice(from, start).some(isWord)) return tokens;
  return [...tokens.slice(0, start + 1), FIELDS];
}
