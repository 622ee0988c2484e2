// The SQL a PostgreSQL-family server echoes after `statement:` in a LOG report: one value, however
// many words.
//
// With statement logging on, PostgreSQL writes each statement it runs as `LOG:  statement: %s`
// (and `LOG:  duration: %s ms  statement: %s`, log_min_duration_statement), and pgpool-II 4.3.5
// does so twice, for the statement it received and for each backend it sent it to
// (pool_proto_modules.c: `statement: %s` under log_statement, `DB node id: %d backend pid: %d
// statement: %s` under log_per_node_statement). The text is the client's: read word by word,
// every statement a client sent was a template of its own, twenty signatures for pgpool's two
// statements in one short session (programs/pgpool2, server-logs-52.test.ts).
//
// Read only so: right after a `statement:` token, in a report whose level `LOG:` comes before it
// within REPORT_HEAD tokens (the level elog.c writes first, after the log_line_prefix), from a
// token that opens with a letter (an SQL keyword, or what the client typed for one) to the
// line's end. A quoted statement is not read so: pgpool's per_node_error_log quotes it and goes on
// with the backend's `message: "…"`, which is another statement's text per error
// (server-logs-52.test.ts), and so does any other line that goes on after the SQL.

// The token labelling the echoed SQL, and the level of the report that echoes it.
const STATEMENT_LABEL = 'statement:';
const LOG_LEVEL = 'LOG:';
// Tokens from the level to the label: pgpool's per-node prefix is the longest (`DB node id: <n>
// backend pid: <n>`, six tokens).
const REPORT_HEAD = 12;
// The statement's first token: a keyword, unquoted.
const SQL_START = /^[A-Za-z]/;

/** Where the SQL echoed from `tokens[i]` ends (the line's last index), or -1 when `tokens[i]` does not open it. */
export function echoedSqlStatementEnd(tokens: readonly string[], i: number): number {
  if (i < 2 || tokens[i - 1] !== STATEMENT_LABEL || !SQL_START.test(tokens[i])) return -1;
  const level = tokens.lastIndexOf(LOG_LEVEL, i - 2);
  if (level < 0 || i - level > REPORT_HEAD) return -1;
  return tokens.length - 1;
}
