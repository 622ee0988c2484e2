// A module's name written bare between `module` and the `from` that names the client is the
// module the line is about, a value.
//
// The rsync daemon serves the modules its rsyncd.conf defines and writes each one's name unquoted
// in its access lines: rsync 3.2.7's clientserver.c `rsync allowed access on module %s from %s (%s)`
// and `rsync denied on module %s from %s (%s)`, authenticate.c's `auth failed on module %s from %s
// (%s) for %s: %s` (programs/rsyncd, server-logs-45.test.ts). One statement writes every module's
// name there, so it is a value however few modules a log has shown; as a word, the modules
// `denied` and `allowonly` refused to one client were two statements. A quoted name after `module`
// is read so already (template-tokens.ts CONFIGURED_OBJECT_WORDS).
//
// Read only in that frame: `module` in lower case after a preposition (`on`, `for`, `to`, `in`,
// `of`), then one identifier, then `from`. A word that states a failure or a grammar word goes on
// with the sentence (`access to module denied from 10.0.0.1`, `request for module was from …`),
// so does a word in capitals (the program's own heading), and so does `module` without the
// preposition before it, a sentence's subject (`module loaded from /usr/lib/…`).
import { isFailureWord, isGrammarWord } from './failure-words.js';

const PREPOSITIONS = new Set(['on', 'for', 'to', 'in', 'of']);
// A name an operator gives a section of a configuration: a letter or `_` first, then letters,
// digits, `_`, `-`, `.`; not all in capitals.
const MODULE_NAME = /^[A-Za-z_][\w.-]{0,63}$/;
const IN_CAPITALS = /^[A-Z][A-Z\d_-]+$/;

/** Whether `tokens[i]` (of a masked log line) is a module's name written bare in `<preposition> module <name> from`. */
export function isBareModuleName(tokens: readonly string[], i: number): boolean {
  if (i < 2 || tokens[i - 1] !== 'module' || !PREPOSITIONS.has(tokens[i - 2]) || tokens[i + 1] !== 'from') return false;
  const token = tokens[i];
  return MODULE_NAME.test(token) && !IN_CAPITALS.test(token) && !isGrammarWord(token) && !isFailureWord(token);
}
