// Where a log line's message begins once the header a miner leaves in it is passed: its time
// (already a value or a wildcard), the level its logger wrote (`error`, `[WARN]`, `INFO:`, in any
// case) and the separators between them (`:`, `|`, `-`). Monit writes `[<time>] error    : '<check>'
// <text>`: the quoted word there is the message's first, the object the statement is about.
import { isLevelLabel } from './severity-words.js';

const SEPARATOR = /^[:|>\-–—]+$/;

/**
 * Whether token `at` is the first of the message: every token before it is a value, a
 * wildcard, a level label or a separator. `isValue` tells the miner's values and wildcards.
 */
export function atMessageHead(tokens: readonly string[], at: number, isValue: (token: string) => boolean): boolean {
  for (let j = 0; j < at; j++) {
    const t = tokens[j];
    if (isValue(t) || SEPARATOR.test(t) || isLevelLabel(t.toUpperCase())) continue;
    return false;
  }
  return true;
}
