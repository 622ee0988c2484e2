// Whether a service already writes a value at the head of its messages: one of its templates holds
// a joined value (`<*>`) as its message's first word, the statement's own words after it. A
// program that opens one statement with the object it is about opens its others so too: Monit
// 5.33 starts every event of a check with the check's name (`'%s' file doesn't exist`, `'%s'
// trying to restart`, `'%s' permission test failed for %s …`, validate.c), and a check's
// statement logs only the checks configured for it, two as often as three. Where the service's
// head is known to hold values, two quoted names there in otherwise equal lines are enough to
// join (miner.ts HEAD_QUOTED_VALUE_WORDS_WHERE_VALUES_OPEN); elsewhere three are still needed, so
// that a program whose statements open with constant quoted names of their own (MariaDB's grant
// loader: `'user' entry '%s@%s' ignored …`, `'proxies_priv' entry …`, sql_acl.cc) keeps them
// apart while no statement of it has opened with a value (quoted-head-name.test.ts).
import { atMessageHead } from './message-head.js';
import { isParameter, WILDCARD } from './template-tokens.js';

/** Whether `template` holds a joined value as its message's first word, at place `at`, with a word of the statement's right after it. */
export function opensWithValueAt(template: readonly string[], at: number): boolean {
  if (template[at] !== WILDCARD || !atMessageHead(template, at)) return false;
  const next = template[at + 1];
  // The statement's own words follow the value: `<*> trying to restart`, not a run of values
  // (bracketed tags read as `<*>` before a message, MySQL 8's `[MY-010068] [Server]`).
  return next !== undefined && next !== WILDCARD && !isParameter(next) && /^[a-z]/i.test(next);
}

/** Whether any of a service's templates opens its message with a value at place `at` (see opensWithValueAt). */
export function serviceOpensWithValueAt(templates: Iterable<readonly string[]>, at: number): boolean {
  for (const t of templates) if (opensWithValueAt(t, at)) return true;
  return false;
}
