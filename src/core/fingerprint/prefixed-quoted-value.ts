// A quoted text glued to a one-letter prefix (`u'sensor1'`, `b'x'`) in a log line: a value the
// program printed, not a word of its statement.
//
// In a log line a quoted plain word stays a word (template-tokens.ts classify: a quoted name
// often says what failed). A prefix before the opening quote says otherwise: the quotes are the
// program's way of printing data. Eclipse Mosquitto 2.0's handle_connect.c writes `New client
// connected from %s:%d as %s (p%d, c%d, k%d, u'%s').`, the user name between `u'` and `'`
// (programs/mosquitto, mosquitto-broker.ndjson, server-logs-2.test.ts), and each user name was a
// template of its own; Python's repr() prints a text as `u'…'` (Python 2) and bytes as `b'…'`
// (Python 3; the library reference, "Built-in Types", bytes), which a `%r` in a log
// format writes. A program's own fixed words carry no such prefix.
//
// Read only so: `u` or `b` (lower case, as the programs print it), a quote, one to 128 characters
// with no space and no quote, the same quote closing, then at most the closing marks after it
// (`')` `').` `',`). A word with an apostrophe (`don't`, `o'clock`), an upper-case prefix and a
// quoted text of several tokens are not read.
const PREFIXED_QUOTED = /^[ub](['"])[^\s'"]{1,128}\1([)\]},.;:]{0,3})$/;

/** The class of a prefixed quoted value (`u'sensor1').` → `<name>).`), or undefined when `token` is none. */
export function prefixedQuotedValueClass(token: string, name: string): string | undefined {
  const m = PREFIXED_QUOTED.exec(token);
  return m ? name + m[2] : undefined;
}
