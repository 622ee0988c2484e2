// A line's last token, written bare, as the value the phrase before it names: the argument a
// program rejects (`Invalid argument to %s Directive: %s`, rejected-argument.ts) or the value it
// says it set (`system name set to new value %s`, new-value.ts). What both ask of the token itself:
// it ends the line, it has the shape the caller allows, and it is neither grammar nor a word
// stating a kind of failure, with which the words go on as a sentence (`new value rejected`,
// `… Directive: denied`).
import { isFailureWord, isGrammarWord } from './failure-words.js';

/** Whether `tokens[i]` is the line's last token, of `shape`, and neither grammar nor a failure word. */
export function isBareLineEnd(tokens: readonly string[], i: number, shape: RegExp): boolean {
  if (i !== tokens.length - 1) return false;
  const token = tokens[i];
  return shape.test(token) && !isGrammarWord(token) && !isFailureWord(token);
}
