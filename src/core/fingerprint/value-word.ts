// A quoted text between the word `value` and `for` is the value itself, `for` naming what it is
// the value of: the program echoes back what it
// was given and calls it a value (PgBouncer 1.18's lib/usual/cfparser.c `invalid value "%s" for
// parameter %s in configuration (%s:%d)`, for `"many"`, `"maybe"` and for a whole connection
// string, `"host=127.0.0.1 dbname"`: programs/pgbouncer, server-logs-22.test.ts). The text is
// whatever an operator wrote, a word or several, with values inside it or none, so neither its
// words nor its length tell one failure from another. Without `for` after it the quoted word may
// name the setting (`the value "ListenPort" is wrong`), which tells failures apart.

/** Whether `previous` (the token before a quoted one in a log line) is the word `value`. */
export const isValueWord = (previous: string): boolean => previous === 'value' || previous === 'Value';
