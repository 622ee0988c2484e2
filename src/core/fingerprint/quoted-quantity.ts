// A quantity in quotes after a label, read as one value.
//
// A program that quotes back a value it could not read after a label (`not a valid duration
// string: "soon"`) quotes whatever it was given: a word, or a number with its unit. Prometheus's
// and Alertmanager's common/model ParseDuration write `not a valid duration string: %q`, so one
// statement logs `"soon"` and `"15 seconds"`. A quoted word after a label is the value it labels
// (template-tokens.ts `classify`); a quoted text of several words is one value only when the
// parameteriser found nothing inside it, since quotes around values it found hold a structure of
// constants (a request line's `"GET <path> HTTP/<float>"`, where GET and POST stay apart). So the
// number it masked kept the unit beside it as a word, and the two durations were two signatures.
//
// After a label (a word ending in a colon), a quoted text of exactly a number and one word — the
// quantity and its unit, closed right after — is the labelled value as a quoted word is. Longer
// quoted texts keep their words (a request line, another program's relayed message: php-fpm's
// `said into stderr: "…"`), and so does a unit word that states a condition (`"500 error"`,
// failure-words.ts). Logfmt quotes Go's %q again, escaping its quotes (`err="…: \"15 seconds\""`),
// which `escape` strips.
import { isFailureWord } from './failure-words.js';

const OPENING_NUMBER = /^["']<(?:int|float)>$/;
const UNIT = /^(\p{L}{1,16})(["'])[,;:.!?)\]}]{0,3}$/u;

/** The index of the quantity's last token when `tokens[at]` opens one after the label `previous` (see above), or -1. */
export function quotedQuantityEnd(tokens: readonly string[], at: number, previous: string, escape = ''): number {
  if (previous.length < 2 || previous.charCodeAt(previous.length - 1) !== 58) return -1;
  const first = tokens[at];
  const second = tokens[at + 1];
  if (second === undefined || (escape && !first.startsWith(escape))) return -1;
  const number = first.slice(escape.length);
  if (!OPENING_NUMBER.test(number)) return -1;
  const unitToken = escape ? second.replace(`${escape}${number[0]}`, number[0]) : second;
  const unit = UNIT.exec(unitToken);
  if (!unit || unit[2] !== number[0] || (escape && !second.includes(escape + number[0]))) return -1;
  return isFailureWord(unit[1]) ? -1 : at + 1;
}
