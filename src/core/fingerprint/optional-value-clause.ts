// A clause a format prints after a value only on some lines (`%r%s`, the `%s` an empty string or
// ` with depth %r`) is part of that value's place.
//
// Radicale 3.1.8's app/__init__.py logs every request as `"%s request for %r%s received from
// %s%s"` and its answer as `"%s response status for %r%s in %.3f seconds: %s"`, the second `%s`
// ` with depth %r` where the request had a Depth header and empty otherwise (programs/radicale,
// radicale.ndjson, server-logs-43.test.ts): each statement was two signatures, its lines with and
// without the clause. variable-run.ts keeps an optional word apart (an empty run: the text cannot
// tell an optional word from another statement's); a clause after a value can be told: it opens
// with a preposition, holds no word that states a failure or an outcome, and closes with a value
// of its own, so it qualifies the value before it (`for '/alice/' with depth '1'`), and the
// statement's words follow it on both lines.
//
// Read only so: the shorter line's token before the clause is a value, the clause is two to four
// tokens (a preposition, words, a value), and a word of the format follows it in both lines. A
// clause closing the line (`Deleted user <*>` / `Deleted user <*> from group <*>`) is kept apart,
// as is an inserted word that states a condition (`<*> not logged in`) or a clause with no value
// (`Listening on <*> with SSL`, where the words could be another statement's).
import { isFailureWord } from './failure-words.js';
import { isParameter } from './template-tokens.js';

const PREPOSITIONS = new Set(['with', 'for', 'in', 'from', 'to', 'of', 'on', 'at', 'by', 'via', 'as']);
const MIN_CLAUSE = 2;
const MAX_CLAUSE = 4;

/** Equal tokens, or two values (variable-run.ts's agreement). */
const agree = (t: string, u: string): boolean => t === u || (isParameter(t) && isParameter(u));

/**
 * Where `long` is `short` with an optional clause inserted right after a value: the index of that
 * value in `short` (the clause follows it in `long`), or -1.
 */
export function optionalClauseAfterValue(short: readonly string[], long: readonly string[]): number {
  const d = long.length - short.length;
  if (d < MIN_CLAUSE || d > MAX_CLAUSE) return -1;
  for (let q = 1; q < short.length; q++) {
    if (!agree(short[q - 1], long[q - 1])) return -1;
    if (!isParameter(short[q - 1]) || !PREPOSITIONS.has(long[q]) || !isParameter(long[q + d - 1])) continue;
    // A word of the format follows the clause on both lines.
    if (isParameter(short[q])) continue;
    let rest = true;
    for (let i = q; i < short.length && rest; i++) rest = agree(short[i], long[i + d]);
    if (!rest) continue;
    let quiet = true;
    for (let i = q + 1; i < q + d - 1 && quiet; i++) quiet = !isFailureWord(long[i]) && !long[i].endsWith(':');
    if (!quiet) continue;
    // The statement's own words before the value.
    if (!short.slice(0, q - 1).some((t) => !isParameter(t))) return -1;
    return q - 1;
  }
  return -1;
}
