// The words loggers write for a record's severity (syslog's, Java's, Python's, .NET's console
// logger's `fail`), upper-cased: where a header's field or an exception's type would be, one of
// these is the logger's, not the program's. `PANIC` is left out: Go's exception type is `panic`.
export const SEVERITY_WORDS: ReadonlySet<string> = new Set(['TRACE', 'DEBUG', 'INFO', 'NOTICE', 'WARN', 'WARNING', 'ERROR', 'ERR', 'CRIT', 'CRITICAL', 'ALERT', 'EMERG', 'FATAL', 'SEVERE', 'FAIL']);

// A level label in a line's text: a severity word in capitals, as a logger writes its record's
// level before the message, bare (`ERROR   Failed …`), with a colon (`WARNING: …`) or in brackets
// (`[WARN] …`). `FAIL` is no level there: Python's unittest prints `FAIL: test_x` for a failed
// assertion and `ERROR: test_x` for an exception, two outcomes of a test.
const LEVEL_LABEL = /^\[?([A-Z]{3,8})\]?:?$/;

/**
 * True for a token that is a record's level written into its text (LEVEL_LABEL). The severity
 * does not contribute to a signature (docs/fingerprinting.md, log records), so two such tokens in
 * one place of two lines that differ in nothing else but values are one statement's, logged at
 * two levels (miner.ts similarity).
 */
export function isLevelLabel(token: string): boolean {
  const m = LEVEL_LABEL.exec(token);
  return m !== null && m[1] !== 'FAIL' && SEVERITY_WORDS.has(m[1]);
}
