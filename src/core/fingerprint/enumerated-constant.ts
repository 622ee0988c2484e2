// A word in capitals of two or more `_`-joined parts (`GEARMAN_SUBMIT_JOB_BG`, `JOB_ASSIGN`,
// `WORK_COMPLETE`) is how C and C++ programs print a member of one of their enumerations: a
// protocol's command, a packet type, a job state, named by a table lookup into one `%s` of one
// statement. gearmand 1.1.20 logs every packet it reads as `Received %s` (thread.cc, with
// gearman_strcommand's name for the command), every packet it answers as `Sent %s`, and
// `PACKET COMMAND: %s` (server.cc): 24, 14 and 23 different names at one place of otherwise
// equal lines in programs/gearmand's run (server-logs-59.test.ts). Such a place is a value's once
// it has held ENUMERATED_VALUE_WORDS different names (miner.ts joinValuePosition), not at the
// three a lower-case name needs: a program also writes a few constants of its own vocabulary at
// one place of statements of their own (a mode, a state, one of two or three codes), and a
// statement that prints a member of a table prints many.
//
// Never a constant that says it reports a failure or a status (`NT_STATUS_WRONG_PASSWORD`,
// `KDC_ERR_PREAUTH_FAILED`, `GEARMAN_JOB_NOT_FOUND`, `WORK_FAIL`): which code a program chose is
// the failure the line reports (outcome-words.ts isEnclosedStatusConstant, for those in brackets
// or quotes), and two of them stay apart however many are seen.
import { isFailureWord, isGrammarWord } from './failure-words.js';

/** Capitals and digits, two to nine `_`-joined parts, the first opening with a letter. */
const ENUMERATED_CONSTANT = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){1,8}$/;

/** Parts that name an outcome code's kind rather than a thing (`NT_STATUS_…`, `KDC_ERR_…`, `E_NOTIMPL`). */
const OUTCOME_PARTS = new Set(['STATUS', 'ERR', 'ERRNO', 'EXCEPTION', 'E']);

/**
 * Different enumerated constants one place of otherwise equal log lines must have held before
 * it is a value's: twice the three of a lower-case name (miner.ts VALUE_WORDS). gearmand's
 * statements held 14 to 24; a program's own words at one place of statements of their own (the
 * modes and states of server-logs' sets) three at most.
 */
export const ENUMERATED_VALUE_WORDS = 6;

/** True for a bare enumerated constant (see above) none of whose parts states a failure (failure-words.ts, grammar aside: `NO_JOB`) or an outcome code. */
export function isEnumeratedConstant(token: string): boolean {
  if (token.length > 96 || !ENUMERATED_CONSTANT.test(token)) return false;
  return token.split('_').every((part) => !OUTCOME_PARTS.has(part) && (isGrammarWord(part) || !isFailureWord(part)));
}
