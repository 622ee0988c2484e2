// A module's name in parentheses right after `module` is the module the line is about, a value.
//
// Net-SNMP 5.9.3's MIB parser writes `Cannot find module (%s): At line %d in %s` (parse.c
// print_error) for every module a MIB imports or the command line asks for that no file in the
// MIB directories holds (programs/snmpd, server-logs-47.test.ts): `(SNMP-FRAMEWORK-MIB):`,
// `(NET-SNMP-EXAMPLES-MIB):`, `(NO-SUCH-MIB):`, each a signature of its own as words. A bare word
// after `module` is read so only before `from` (bare-module-name.ts); in parentheses the name is
// set apart from the sentence whatever follows.
//
// Read only so: `module` in lower case, then one parenthesised name (letters, digits, `_`, `-`,
// `.`), a colon or a comma after it allowed. A word that states a failure in the parentheses is
// the failure (`module (failed)`), and `Module` capitalised is a heading or a type's name.
import { isFailureWord } from './failure-words.js';

const PARENTHESISED_NAME = /^\(([A-Za-z_][\w.-]{0,127})\)[:,]?$/;

/** Whether `tokens[i]` (of a masked log line) is a module's name in parentheses after `module`. */
export function isParenthesisedModuleName(tokens: readonly string[], i: number): boolean {
  if (i < 1 || tokens[i - 1] !== 'module') return false;
  const m = PARENTHESISED_NAME.exec(tokens[i]);
  return m !== null && !isFailureWord(m[1]);
}
