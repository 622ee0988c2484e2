// The words loggers write for a record's severity (syslog's, Java's, Python's, .NET's console
// logger's `fail`), upper-cased: where a header's field or an exception's type would be, one of
// these is the logger's, not the program's. `PANIC` is left out: Go's exception type is `panic`.
export const SEVERITY_WORDS: ReadonlySet<string> = new Set(['TRACE', 'DEBUG', 'INFO', 'NOTICE', 'WARN', 'WARNING', 'ERROR', 'ERR', 'CRIT', 'CRITICAL', 'ALERT', 'EMERG', 'FATAL', 'SEVERE', 'FAIL']);
