// A word shaped as a Unix account's name, for the log rules that read one where a program writes
// the account it acted for (pam-account-name.ts, su-switch-users.ts): lower case, digits, `_`,
// `-` and `.`, at most 32 characters, a `$` at the end for a machine account — what shadow's
// useradd accepts by default (its NAME_REGEX) — and neither grammar nor a word stating a failure,
// so a sentence's own words are never read as a name.
import { isFailureWord, isGrammarWord } from './failure-words.js';

const ACCOUNT_NAME = /^[a-z_][a-z0-9_.-]{0,31}\$?$/;

/** Whether `word` reads as an account's name (above). */
export const isAccountName = (word: string): boolean => ACCOUNT_NAME.test(word) && !isGrammarWord(word) && !isFailureWord(word);
