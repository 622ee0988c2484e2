// A name in title case that ends a log line, read as one value.
//
// A program that reports on a thing by its display name writes the name last: systemd's
// `Reached target %s.` and `Stopped target %s.` print a unit's Description= (systemd.unit(5):
// `Paths`, `Sockets`, `Basic System`), DISM its provider's name (`…for the provider: AppxManager.`
// / `… DISM Unattend Manager.`). The name is a value of one statement, but its words read as
// constants, and a name of two words has another token count: every unit's line was its own
// signature. The words are in title case, each capitalised (`Basic System.`), which a program's
// own words after a lower-case one seldom are.
//
// Read as one value only where it cannot be the statement's own wording: the run of title-case
// words closes the line, follows a lower-case word or a value (the statement's words before it:
// `target`, `provider: <name>`; not a full stop, nor a label of an outcome: `status: Created`),
// and states no condition (failure-words.ts: `VM Started` / `VM Paused`, `Not Found`, `Access
// Denied` keep their words; before the last word an operation's participle is part of a name,
// `Encrypted Volumes`). A capitalised first word after
// the program's tag is the statement's verb (`Started Network Service.`) and is left, and so are
// CamelCase, upper-case and dotted words (class names, states like `LOOKING`, constants).
import { isConditionWord, isFailureWord } from './failure-words.js';
import { isParameter, WILDCARD } from './template-tokens.js';

// A capitalised word of lower-case letters; the last one may end the sentence (`.`, `...`).
const TITLE_WORD = /^[A-Z][a-z]{1,30}$/;
const LAST_TITLE_WORD = /^[A-Z][a-z]{1,30}(?:\.|\.\.\.)?$/;
// A lower-case word the name follows (`target`, `for`), or a label ending in a colon (`provider:`).
const LOWER_WORD = /^[a-z][a-z-]{0,30}:?$/;
const SENTENCE_END = /[.!?;]$/;
// Labels of an outcome the program chose from its own list (an HTTP reason phrase after `status:`,
// RFC 9110 §15: `Created` / `Accepted`; a state after `state:`): not a name.
const OUTCOME_LABELS = new Set(['status', 'state', 'result', 'reason', 'outcome', 'code', 'mode', 'level', 'phase']);
/** Words a name may have at most. */
const MAX_WORDS = 6;

/** `tokens` with a title-case name that closes the line as one value (see above); `tokens` itself otherwise. */
export function withTitledTailAsValue(tokens: string[]): string[] {
  const n = tokens.length;
  if (n < 3 || !LAST_TITLE_WORD.test(tokens[n - 1]) || isFailureWord(tokens[n - 1])) return tokens;
  let start = n - 1;
  // Before the last word an operation's participle is part of the name (`Encrypted Volumes`).
  while (start > 0 && n - start < MAX_WORDS && TITLE_WORD.test(tokens[start - 1]) && !isConditionWord(tokens[start - 1])) start--;
  // The statement's words before the name: at least two tokens (the tag and a word), the last a
  // lower-case word or a value.
  if (start < 2) return tokens;
  const before = tokens[start - 1];
  // After a full stop the capital starts a sentence of the statement's own (`… for <duration>. Ignoring.`).
  if (TITLE_WORD.test(before) || SENTENCE_END.test(before)) return tokens;
  if (isParameter(before)) return [...tokens.slice(0, start - 1), before.length < 64 ? `${before} ${WILDCARD}` : before];
  if (!LOWER_WORD.test(before) || isFailureWord(before) || OUTCOME_LABELS.has(before.replace(/:$/, ''))) return tokens;
  return [...tokens.slice(0, start), WILDCARD];
}
