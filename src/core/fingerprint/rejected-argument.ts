// The argument a program rejects, written bare at the line's end after `invalid argument to …:`
// (or `invalid value for …:`): the phrase after the preposition names what was given the argument,
// the colon closes it, and the one token after the colon is what the operator wrote.
//
// smartmontools 7.3's smartd.cpp ParseToken writes `File %s line %d (drive %s): Invalid argument to
// %s Directive: %s` for every directive of a smartd.conf given an argument it does not know
// (`-l … bogus`, `-n … sometimes`, `-T … strict`: programs/smartd, server-logs-33.test.ts); read
// word by word each argument was a template of its own. Only after a refusing word, `argument` or
// `value`, and a preposition: the errno text `Invalid argument` ends a sentence or is followed by
// its own words (`ioctl failed: Invalid argument: EINVAL` is read as before), and a word stating a
// kind of failure or grammar after the colon goes on as a sentence does.
import { isBareLineEnd } from './bare-line-end.js';

// The words before `argument`/`value` that say the program refused it.
const REFUSING = new Set(['invalid', 'unknown', 'unrecognized', 'unrecognised', 'unsupported', 'bad', 'illegal']);
const GIVEN = new Set(['argument', 'value']);
const PREPOSITIONS = new Set(['to', 'for', 'of']);
// Tokens from the preposition to the colon-closed one: what got the argument, a short phrase.
const MOST_NAMING_TOKENS = 4;
// What the operator wrote: one bare token, a letter or digit first, no quotes or brackets.
const GIVEN_TEXT = /^[A-Za-z0-9][\w.,+-]{0,63}$/;

/**
 * Whether `tokens[i]`, the line's last token, is the argument a program rejected: right after a
 * token closed by a colon that ends `<refusing word> argument|value to|for|of <at most a few
 * tokens>`, and neither grammar nor a word stating a kind of failure.
 */
export function isRejectedArgument(tokens: readonly string[], i: number): boolean {
  if (i < 4 || !tokens[i - 1].endsWith(':') || !isBareLineEnd(tokens, i, GIVEN_TEXT)) return false;
  for (let p = i - 1; p >= Math.max(2, i - MOST_NAMING_TOKENS); p--) {
    if (PREPOSITIONS.has(tokens[p].toLowerCase()) && GIVEN.has(tokens[p - 1].toLowerCase()) && REFUSING.has(tokens[p - 2].toLowerCase())) return true;
  }
  return false;
}
