// A list a log line closes with, its brackets standing apart from its members (`[ SA KE No ]`):
// one value, however many members it holds.
//
// A program that prints a collection it handled may pad the brackets with spaces, so that each
// member and each bracket is a token of its own: strongSwan 5.9.8's message.c (get_string) logs
// every IKE message it parses or generates as `parsed %s` / `generating %s`, the exchange, the
// direction and the message ID followed by the payloads the message carried, `IKE_SA_INIT request
// 0 [ SA KE No N(NATD_S_IP) … ]`, `IKE_AUTH response 1 [ N(AUTH_FAILED) ]`, `INFORMATIONAL
// response 2 [ ]`. Cut at the spaces, one statement was one template per length of the list
// (Drain routes by token count): charon's `parsed IKE_SA_INIT response` was two, `generating
// IKE_SA_INIT response` three (programs/strongswan, server-logs-35.test.ts). From a `[` standing
// alone to the `]` standing alone that ends the line, the list is one value, an empty one too.
//
// Not a status an init script prints there: `starting slurmctld: [  OK  ]`, `[ FAILED ]`, `[ done
// ]` close a line with one word in brackets, the outcome it reports, which tells one line from
// another. A list of one member that is such a word (a failure word, an outcome in capitals, `OK`,
// `WARN`) is kept; so is a bracket left open, a list with words after it (the kernel's `[
// 518.050606] Out of memory`) and one longer than SPAN_TOKENS (a stray bracket).
//
// Nor a status message a program prints padded in brackets after the action it reports on: ZNC
// 1.8.2's CUtils::PrintStatus writes `[ %s ]` after PrintAction's `Opening config [%s]... ` when
// stdout is no terminal (src/Utils.cpp), `[ No such file ]`, `[ Not a file ]`, `[ Error on line
// 10: Not all tags are closed … ]`, `[ Unable to bind: Address already in use ]` (programs/znc,
// server-logs-56.test.ts): read as a list, every failure was one signature with the action's
// success. A list's members are names and codes; a message is a sentence, so a bracket holding
// two lower-case words or more (`a`, `file`, `to`) is kept as its words.

import { isFailureWord } from './failure-words.js';
import { isOutcomeWord } from './outcome-words.js';

/** Members a padded list may hold before its brackets are taken for stray ones. */
const SPAN_TOKENS = 32;

/** A status an init script prints in brackets that failure-words.ts and outcome-words.ts do not hold. */
const STATUS = /^(?:ok|warn|warning|skip|skipped|pass|passed|info)$/i;

/** A word of a sentence: lower-case letters, with the punctuation a sentence puts after it. */
const SENTENCE_WORD = /^[a-z][a-z'-]*[,.:;]?$/;

const statesOutcome = (member: string) => isFailureWord(member) || isOutcomeWord(member) || STATUS.test(member);

/**
 * When `tokens[start]` is a `[` standing alone whose `]` standing alone is the line's last token,
 * the index of that `]`; otherwise undefined (see the file's header for what is left as it was).
 */
export function paddedListEnd(tokens: readonly string[], start: number): number | undefined {
  if (tokens[start] !== '[') return undefined;
  const last = tokens.length - 1;
  if (last <= start || tokens[last] !== ']' || last - start - 1 > SPAN_TOKENS) return undefined;
  for (let j = start + 1; j < last; j++) if (tokens[j] === '[' || tokens[j] === ']') return undefined;
  if (last - start === 2 && statesOutcome(tokens[start + 1])) return undefined;
  if (tokens.slice(start + 1, last).filter((t) => SENTENCE_WORD.test(t)).length >= 2) return undefined;
  return last;
}
