// The stage of an SMTP session a mail server names after `after`, read as a value.
//
// Postfix's smtpd says where in the conversation a client was lost or failed: `lost connection
// after EHLO from …`, `timeout after DATA (0 bytes) from …`, `too many errors after RCPT from
// …`, `improper command pipelining after EHLO from …`. The stage is the command the client sent
// last (RFC 5321's verbs, RFC 3207's STARTTLS, RFC 4954's AUTH, RFC 3030's BDAT), or one of
// smtpd's conversation stages (smtpd.h: "Conversation stages. This is used for 'lost connection
// after XXX' diagnostics": `CONNECT`, `DATA content`, `END-OF-MESSAGE`), or `UNKNOWN` for a
// command it does not know: a value of one statement per kind of failure. Left a word, each
// statement split by stage. Only such a name right after `after` is one: `MAIL` or `DATA`
// elsewhere (`MAIL FROM rejected`) stay words. Read as the line is cut into tokens, so the byte
// count Postfix adds after DATA (`after DATA (0 bytes)`) joins the stage as any run of values
// does (template-tokens.ts).
export const SMTP_STAGE = '<stage>';

const STAGES = new Set([
  'CONNECT', 'HELO', 'EHLO', 'STARTTLS', 'AUTH', 'MAIL', 'RCPT', 'DATA', 'BDAT', 'END-OF-MESSAGE', 'RSET', 'NOOP', 'VRFY',
  'EXPN', 'ETRN', 'QUIT', 'XCLIENT', 'XFORWARD', 'UNKNOWN',
]);

/** Whether `token` names an SMTP stage after `previous` = `after` (see above). */
export function isSmtpStageAfter(token: string, previous: string): boolean {
  return previous === 'after' && STAGES.has(token);
}
