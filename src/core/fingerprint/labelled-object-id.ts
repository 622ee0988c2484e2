// An object written as its label in quotes and its id in parentheses: syncthing names a folder so
// in every line about one (lib/config/folderconfiguration.go Description: `"%s" (%s)`, the
// folder's label and id: `Ready to synchronize "photos" (photos) (sendreceive)`, `Completed
// initial scan of sendreceive folder "big" (big)`, `Unexpected folder "ign" (ign) sent from
// device …`). The pair is which object the statement is about, two values; as words, each of
// those statements was one template per folder.
//
// Only a quoted name of one token followed at once by one parenthesised identifier: a quoted
// name alone (PostgreSQL's `relation "users" does not exist`, a constraint's name) stays as the
// line's other rules read it, and so does a parenthesised word of several tokens (`(pid 123)`)
// or one in capitals (`(CRON)`), a program's own label. The identifier lower case first, or
// holding a digit, `_` or `-`, as a folder's id is (`default`, `abcd-1234`).

const QUOTED_LABEL = /^"[^"\s]{1,64}"$/;
const PARENTHESISED_ID = /^\(([A-Za-z0-9_][\w.-]{0,63})\)[,.;:]?$/;
const IDENTIFIER = /^[a-z0-9_]|[_\d-]/;

function isId(token: string | undefined): boolean {
  const m = token === undefined ? null : PARENTHESISED_ID.exec(token);
  return m !== null && IDENTIFIER.test(m[1]);
}

/** Whether `tokens[i]` is the quoted label or the parenthesised id of a `"label" (id)` pair (see above). */
export function isLabelledObjectId(tokens: readonly string[], i: number): boolean {
  if (QUOTED_LABEL.test(tokens[i])) return isId(tokens[i + 1]);
  return i > 0 && QUOTED_LABEL.test(tokens[i - 1]) && isId(tokens[i]);
}
