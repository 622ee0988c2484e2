// Fields a key=value record prints only when it has them (docs/fingerprinting.md, "Template
// miner"; read by variable-run.ts).
//
// A program that writes an event as its name and a record of `key=value` fields often appends a
// field only when it holds: wpa_supplicant's control events (wpa_supplicant/events.c) print
// `CTRL-EVENT-DISCONNECTED bssid=%s reason=%d%s` with ` locally_generated=1` or nothing, and
// `CTRL-EVENT-REGDOM-CHANGE init=%s type=%s%s%s` with ` alpha2=<country>` or nothing. One format
// string, so one statement, whose lines differ in length by the fields at their end.
//
// A line that is another's with key=value fields added at its end is that statement with its
// optional fields where: the shorter line already ends in a record (at least two key=value fields
// after a constant word that names what it records), every added token is a key=value field, and
// no added key repeats one of the record's (a key printed twice is a list, not an optional
// field). Words added at the end, a record of one field, and fields added in the middle (the
// miner's variable run needs a constant after it) are kept apart: an added word can state
// another outcome (`… failed` / `… failed permanently`), and a single `key=value` after free text
// is the text's own value, not a record's.
import { isParameter } from './template-tokens.js';

/** Fields a record may add at its end in one statement (as many as a variable run holds, variable-run.ts). */
export const MAX_OPTIONAL_FIELDS = 6;

const FIELD = /^([A-Za-z][\w.-]{0,63})=\S/;

function keyOf(token: string): string | undefined {
  return FIELD.exec(token)?.[1];
}

/** The keys of the record `tokens` ends in (its trailing key=value fields, in order), or undefined where fewer than two end it or no constant word comes before them. */
function endingRecordKeys(tokens: readonly string[], end: number): Set<string> | undefined {
  const keys = new Set<string>();
  let i = end - 1;
  for (; i >= 0; i--) {
    const key = keyOf(tokens[i]);
    if (key === undefined) break;
    keys.add(key);
  }
  if (end - 1 - i < 2) return undefined;
  for (; i >= 0; i--) if (!isParameter(tokens[i])) return keys;
  return undefined;
}

/**
 * Whether `tokens[from, to)` may be fields `tokens[0, from)`'s record printed only when it had
 * them (see the file's header). An empty tail is the record without them.
 */
export function optionalFieldsAt(tokens: readonly string[], from: number, to: number): boolean {
  if (to < from || to - from > MAX_OPTIONAL_FIELDS) return false;
  const keys = endingRecordKeys(tokens, from);
  if (!keys) return false;
  for (let i = from; i < to; i++) {
    const key = keyOf(tokens[i]);
    if (key === undefined || keys.has(key)) return false;
    keys.add(key);
  }
  return true;
}
