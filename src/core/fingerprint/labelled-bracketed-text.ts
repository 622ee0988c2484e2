// The bracketed text a `label:` introduces at the end of a line: one value, however many words.
//
// Kamailio 5.6.3's core/sr_module.c (init_mod_child) logs `error while initializing module %s
// (%s) (idx: %d rank: %d desc: [%s])`, the last value the description of the process the module
// failed in: `[udp receiver child=0 sock=127.0.0.1:55060]`, `[secondary timer]`, `[timer]`,
// `[JSONRPCS FIFO]`, `[]` (programs/kamailio, server-logs-53.test.ts). Read word by word, each
// description was a template of its own (13 lines of one statement in 9 signatures), since a
// bracket holding words is left as text (bracketed-value.ts: a program's own words in brackets tell
// failures apart). Here a label closed by its colon says what the bracket holds, and the bracket
// closes the line, so what is between is the labelled value. Only so: a bracket with a word
// stating a kind of failure (`reason: [connection refused]`), one that opens a line or goes on
// after it closes (`status: [ERROR] disk full`), one not right after a lower-case `label:`, and
// one holding a status word alone in capitals, as an init script prints it after the program it
// started (`starting slurmctld: [  OK  ]`, padded-list.test.ts), stay words.
import { isFailureWord } from './failure-words.js';

// A label closed by its colon: a lower-case name, as a format string writes one.
const LABEL = /^[a-z][a-z_-]{1,31}:$/;
// Tokens a description may run to.
const MOST_TOKENS = 16;
// A status an init script prints alone in its brackets (`OK`, `DONE`, `FAILED`).
const STATUS = /^[A-Z]{2,}$/;
// What may follow the closing bracket at the line's end: the brackets and stops the format closes around it.
const AFTER_CLOSE = /\][)\]}>.,;]*$/;

/**
 * Where the bracketed text opening at `tokens[i]` right after a `label:` ends (the line's last
 * index), or -1: it must close on the line's last token, hold no other closing bracket, no word
 * stating a kind of failure, and not a status word alone.
 */
export function labelledBracketedTextEnd(tokens: readonly string[], i: number): number {
  if (i < 1 || !LABEL.test(tokens[i - 1]) || !tokens[i].startsWith('[')) return -1;
  const last = tokens.length - 1;
  if (last - i >= MOST_TOKENS || !AFTER_CLOSE.test(tokens[last])) return -1;
  const words = tokens.slice(i, last + 1).map((t) => t.replace(/[[\]().,;:]/g, '')).filter((t) => t.length > 0);
  if (words.length === 1 && STATUS.test(words[0])) return -1;
  let opened = 0;
  for (let j = i; j <= last; j++) {
    const t = tokens[j];
    for (const c of t) {
      if (c === '[') opened++;
      else if (c === ']' && --opened === 0 && j !== last) return -1;
    }
    if (isFailureWord(t.replace(/[^A-Za-z]/g, ''))) return -1;
  }
  return opened === 0 ? last : -1;
}
