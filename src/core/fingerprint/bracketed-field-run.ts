// A field in square brackets that holds spaces, in a run of bracketed fields closing a log line,
// is one value, as a bracketed field without spaces already is (template-tokens.ts: `[main]`,
// `[alice]` are `<*>`).
//
// Pure-FTPd's ftp_parser.c logs each command it reads as `Command [%s] [%s]` (MSG_DEBUG_COMMAND:
// the command and its argument as the client sent them). An argument is one field whatever it
// holds, but cut on whitespace `[CHMOD 999 quarter.csv]` was three tokens where `[alice]` is one,
// and the statement's one line of SITE apart from its eighty of USER, PASS, RETR… was a signature
// of its own (server-logs-28.test.ts: pure-ftpd).
//
// Read only so: the field opens right after a bracketed field (`[site] [CHMOD …`), closes within a
// few tokens with the line, holds no bracket of its own, and holds a value the parameteriser found
// (`<int>`, a path): a bracketed run of words alone stays as written, which is how a program
// writes its own words in brackets (Go's `[recovered, repanicked]` after a panic's index), and so
// does a bracketed field with text after it (Apache's `[pid <int>:tid <int>] AH00489: …`).
//
// Fields written together with no space between them are a run as well: SSSD 2.8 writes every
// value of its debug messages in brackets, dp_get_account_info_send's `Got request for
// [%#x][%s][%s]` among them, and a group whose name holds a space
// (`[0x2][BE_REQ_GROUP][name=release managers@good]`) was two tokens where every other request is
// one, a signature apart from the statement's 86 other lines (programs/sssd,
// server-logs-58.test.ts). The last field glued there is read as one opening alone is, its own
// text deciding whether it holds a value (a value in an earlier field is that field's); and a
// field that opens with its label and `=` (`[name=…`) holds one, the value the label names.
const BRACKETED = /^\[[^\s[\]]*\]$/;
// Bracketed fields written together, the last one opened and not closed in this token
// (`[<hex>][BE_REQ_GROUP][name=release`): the field goes on past a space, after fields of its own.
const GLUED_OPENING = /^(?:\[[^\s[\]]*\]){1,8}\[([^\s[\]]*)$/;
// A field that opens with its label and `=` (`[name=release managers@good]`): what follows is the
// labelled value.
const LABELLED = /^[A-Za-z][\w.-]{0,63}=/;
// How many tokens one field may span.
const FIELD_TOKENS = 8;

/** Where a bracketed field of several tokens opening at `tokens[i]` ends (its last token's index), or -1. */
export function bracketedFieldRunEnd(tokens: readonly string[], i: number): number {
  const first = tokens[i];
  if (first.charCodeAt(0) !== 91) return -1;
  // The field's own text in its first token: after `[` alone, or after the fields glued before it.
  let opening: string;
  if (!first.includes(']') && first.indexOf('[', 1) < 0) {
    if (!BRACKETED.test(tokens[i - 1] ?? '')) return -1;
    opening = first.slice(1);
  } else {
    const glued = GLUED_OPENING.exec(first);
    if (!glued) return -1;
    opening = glued[1];
  }
  let last = tokens.length - 1;
  while (last > i && !tokens[last]) last--;
  if (last === i || last - i >= FIELD_TOKENS || !tokens[last].endsWith(']')) return -1;
  let value = opening.includes('<') || LABELLED.test(opening);
  for (let j = i + 1; j <= last; j++) {
    const t = j === last ? tokens[j].slice(0, -1) : tokens[j];
    if (t.includes('[') || t.includes(']')) return -1;
    if (t.includes('<')) value = true;
  }
  return value ? last : -1;
}
