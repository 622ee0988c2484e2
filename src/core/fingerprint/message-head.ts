// Where a log line's message begins once the header a miner leaves in it is passed: its time
// (already a value or a wildcard), the level its logger wrote (`error`, `[WARN]`, `INFO:`, in any
// case) and the separators between them (`:`, `|`, `-`). Monit writes `[<time>] error    : '<check>'
// <text>`: the quoted word there is the message's first, the object the statement is about.
import { isLevelLabel } from './severity-words.js';
import { isParameter, WILDCARD } from './template-tokens.js';

const SEPARATOR = /^[:|>\-–—]+$/;

/** Whether token `at` is the first of the message: every token before it is a value, a wildcard, a level label or a separator. */
export function atMessageHead(tokens: readonly string[], at: number): boolean {
  for (let j = 0; j < at; j++) {
    const t = tokens[j];
    if (t === WILDCARD || isParameter(t) || SEPARATOR.test(t) || isLevelLabel(t.toUpperCase())) continue;
    return false;
  }
  return true;
}
