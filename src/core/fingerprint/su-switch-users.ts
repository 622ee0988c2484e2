// The two accounts of su's switch line, `(to <user>) <caller> on <tty>`: values.
//
// util-linux 2.38's su writes every switch it allows or refuses as `%s(to %s) %s on %s`
// (login-utils/su-common.c log_syslog: `FAILED SU ` or nothing, the user switched to, the user
// who asked, the terminal). Both names are bare words the sentence does not mark as names, so
// every pair of accounts was a signature of its own (syslog-host.ndjson's `FAILED SU (to dave)
// carol on pts/0` four ways, server-logs.test.ts; programs/linux-host, server-logs-49.test.ts).
//
// Read only in that whole shape closing the line: `(to`, an account's name and `)`, an account's
// name, `on`, one last token (the terminal). Names are shaped as shadow's useradd accepts them
// (lower case, digits, `_`, `-`, `.`, a `$` at the end); grammar and words stating a failure are
// not names, so a sentence in parentheses (`(to be retried) later on …`) keeps its words.
import { isAccountName } from './account-name.js';

/** Whether `tokens[i]` (of a masked log line) is one of the two accounts of su's switch line. */
export function isSuSwitchUser(tokens: readonly string[], i: number): boolean {
  // `(to` is at `start`: the target is at start + 1, the caller at start + 2.
  for (const start of [i - 1, i - 2]) {
    if (start < 0 || tokens[start] !== '(to' || start + 4 !== tokens.length - 1 || tokens[start + 3] !== 'on') continue;
    const target = tokens[start + 1];
    if (!target.endsWith(')') || !isAccountName(target.slice(0, -1)) || !isAccountName(tokens[start + 2])) continue;
    return true;
  }
  return false;
}
