// A quoted text closing a log line right after a value and its comma: the last argument of a
// format that lists its values (`%d, pid %d, "%s"`), one value whatever it holds.
//
// Kamailio 5.6.3's core/pt.c logs `init_child failed for process %d, pid %d, "%s"` in fork_process()
// and fork_tcp_process(), the last value the failing process's description: `"udp receiver child=0
// sock=127.0.0.1:55060"`, `"timer"`, `"JSONRPCS FIFO"`, `""` (programs/kamailio,
// server-logs-53.test.ts). A quoted text of several words was one value already, but not one
// holding values (`child=<int>`: a structure of constants and values, as an access log's request
// line is), nor one word (a quoted identifier names what failed): 8 lines of one statement were 4
// signatures. Here the place says what the quotes hold: the format has listed values, a comma
// closing each, and quotes the last one to the end of the line. Not a text a word stating a kind of
// failure is in (`…, "connection refused"`: the outcome the line reports), not quotes after a word
// (`failed for table users, "orders"`), and not quotes the line goes on after.
import { isFailureWord } from './failure-words.js';

const MOST_TOKENS = 16;
// What a format may close around the quoted value at the line's end.
const AFTER_CLOSE = /[)\]}>.,;!]{0,3}$/;

/**
 * Where the quoted text opening at `tokens[i]` ends when it closes the line right after a value
 * and its comma (`afterValue`: the token before it was a value), or -1.
 */
export function closingQuotedArgumentEnd(tokens: readonly string[], i: number, afterValue: boolean): number {
  if (!afterValue || i < 1 || !tokens[i - 1].endsWith(',')) return -1;
  const first = tokens[i];
  const quote = first[0];
  if (quote !== '"' && quote !== "'") return -1;
  const last = tokens.length - 1;
  if (last - i >= MOST_TOKENS) return -1;
  const closing = tokens[last].replace(AFTER_CLOSE, '');
  if (!closing.endsWith(quote) || (last === i && closing.length < 2)) return -1;
  for (let j = i; j <= last; j++) {
    const inner = j === last ? closing.slice(0, -1) : tokens[j];
    // Another quote of the same kind inside: more than one quoted value.
    if (inner.slice(j === i ? 1 : 0).includes(quote)) return -1;
    if (isFailureWord(inner.replace(/[^A-Za-z]/g, ''))) return -1;
  }
  return last;
}
