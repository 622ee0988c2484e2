// A run of one-letter states after a plural `states:` label is one value, a scoreboard.
//
// A pre-forking server that logs its pool writes one letter per worker after the label:
// SpamAssassin 4.0.1's SpamdForkScaling.pm `info("prefork: child states: ".$statestr)`, where
// each child adds `I` (idle), `B` (busy), `S` (starting) or `K` (killed). The string grows and
// shrinks with the pool, so its letters are what the pool looked like at that moment, not words
// of the statement: `II`, `IB`, `BB` and `I` were one template each (programs/spamd,
// server-logs-39.test.ts). Apache's mod_status scoreboard is written alike (`_` waiting, `W`
// sending, `.` open slot), so `_` and `.` are letters of the run too.
//
// Read only after the plural label (`states:`, `statuses:`), which says that a value lists one
// state per member. After a singular `state:` the word is the one state a statement reports
// (`state: CONNECTING`), a table word that tells one event from another, and stays; so does a
// word with a lower-case letter after the plural label (`states: ok`).

const PLURAL_STATE_LABEL = /^(?:states|statuses):$/i;
const STATE_LETTERS = /^[A-Z_.]{1,512}$/;

/** Whether `tokens[i]` is a run of one-letter states right after a `states:` label. */
export function isStateLetterRun(tokens: readonly string[], i: number): boolean {
  return i > 0 && PLURAL_STATE_LABEL.test(tokens[i - 1]) && STATE_LETTERS.test(tokens[i]);
}
