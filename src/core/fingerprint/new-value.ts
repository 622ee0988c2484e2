// The value a program says it set, bare at the line's end after `set to new value` (or `new value
// :`): the phrase names what follows as the value the operator chose, and each value was read as a
// word of a template of its own.
//
// lldpd 1.0.16's lldpcli writes `system name set to new value %s` and `iface-pattern set to new
// value %s` for each configuration command it applies (programs/lldpd, server-logs-34.test.ts:
// `edge-sw1`, `core-rtr2`). Only one token, the line's last, and neither grammar nor a word stating
// a kind of failure: `new value is out of range` and `new value rejected` go on as sentences do.
import { isBareLineEnd } from './bare-line-end.js';

// What the program set: one bare token, a letter, digit or pattern character first, no quotes.
const SET_TEXT = /^[A-Za-z0-9*!][\w.,*!+\/-]{0,63}$/;

/**
 * Whether `tokens[i]`, the line's last token, is the value right after `new value` (`new value:`,
 * `new value :`), and neither grammar nor a word stating a kind of failure.
 */
export function isNewValue(tokens: readonly string[], i: number): boolean {
  if (i < 2 || !isBareLineEnd(tokens, i, SET_TEXT)) return false;
  const p = tokens[i - 1] === ':' ? i - 2 : i - 1;
  if (p < 1) return false;
  return /^value:?$/i.test(tokens[p]) && tokens[p - 1].toLowerCase() === 'new';
}
