// A message whose first line is only the stock text of an error code, the reason on the line
// after it. The message's first line is what contributes (index.ts), but SQLite's ADO.NET
// providers word an error as the result code's stock text, a line break, then SQLite's own
// reason (sqlite3_errmsg): Mono.Data.Sqlite's SqliteException is
// `Abort due to constraint violation\nUNIQUE constraint failed: users.email`, and every UNIQUE,
// NOT NULL, FOREIGN KEY and CHECK violation of one INSERT had the same first line, one
// signature (test/core/fingerprint/dotnet-libraries.test.ts). Other runtimes print the reason
// itself on one line (PHP's PDO `… 19 UNIQUE constraint failed: users.email`,
// programs/php-libraries; Python's sqlite3 `UNIQUE constraint failed: users.email`), and those
// were told apart: the line after a stock text is read with it, so the reason names the failure
// everywhere.

import { openedRecord } from './opened-record.js';

/**
 * The texts SQLite's result codes are printed as, lower-cased. Mono.Data.Sqlite's own table
 * (the strings of Debian's Mono 6.8 Mono.Data.Sqlite.dll, checked) and SQLite's
 * sqlite3_errstr() texts (the strings of libsqlite3 3.40.1, checked; `constraint failed`, the
 * SQLITE_CONSTRAINT text, shares its bytes there with `FOREIGN KEY constraint failed`).
 */
const STOCK_TEXTS = new Set([
  // Mono.Data.Sqlite
  'sqlite error', 'an internal logic error in sqlite', 'access permission denied', 'callback routine requested an abort',
  'the database file is locked', 'a table in the database is locked', 'malloc() failed', 'attempt to write a read-only database',
  'operation terminated by sqlite3_interrupt()', 'some kind of disk i/o error occurred', 'the database disk image is malformed',
  'table or record not found', 'insertion failed because the database is full', 'unable to open the database file',
  'database lock protocol error', 'database is empty', 'the database schema changed', 'too much data for one row of a table',
  'abort due to constraint violation', 'data type mismatch', 'library used incorrectly', 'uses os features not supported on host',
  'authorization denied', 'auxiliary database format error', '2nd parameter to sqlite3_bind() out of range', 'file opened that is not a database file',
  // sqlite3_errstr()
  'sql logic error', 'query aborted', 'database is locked', 'database table is locked', 'attempt to write a readonly database',
  'interrupted', 'disk i/o error', 'database disk image is malformed', 'unknown operation', 'database or disk is full',
  'unable to open database file', 'locking protocol', 'database schema has changed', 'string or blob too big', 'constraint failed',
  'datatype mismatch', 'bad parameter or other api misuse', 'column index out of range', 'file is not a database',
]);

/**
 * The line of a message that names its failure: its first, and the next with it when the first is
 * only an error code's stock text (`Abort due to constraint violation: UNIQUE constraint failed:
 * users.email`), or when the first ends with a colon, a label for the block set apart under it
 * (after a blank line, or indented): Ecto's `expected at least one result but got none in
 * query:` then the query, its first line naming the schema (`from p0 in
 * Emoji.Predictions.Prediction,`); read alone, two applications' queries were one signature
 * (threads-16, message-subject-after-colon.test.ts). A first line that only opens a record printed
 * over the lines below it (`{`) is the record's lines joined (opened-record.ts).
 */
export function messageLine(message: string): string {
  // A record printed over several lines is read whole (opened-record.ts).
  const record = openedRecord(message);
  if (record !== undefined) return record;
  const first = firstLine(message);
  const nl = message.indexOf('\n');
  if (nl < 0) return first;
  // Only a block set apart under the label, after a blank line or indented: an unindented next
  // line goes on with the same text (H2's `…; SQL statement:` then the statement, then Tomcat's
  // `with root cause`).
  const rest = message.slice(nl + 1);
  if (first.endsWith(':') && /^(?:[ \t]*\r?\n|[ \t]+\S)/.test(rest)) {
    const subject = firstNonBlankLine(rest);
    return subject ? `${first} ${subject}` : first;
  }
  if (!STOCK_TEXTS.has(first.replace(/\.$/, '').toLowerCase())) return first;
  const reason = firstLine(message.slice(nl + 1));
  return reason ? `${first}: ${reason}` : first;
}

/** A text's first line, trimmed. */
export function firstLine(text: string): string {
  const nl = text.indexOf('\n');
  return (nl >= 0 ? text.slice(0, nl) : text).trim();
}

/** The first line of `text` that is not blank, trimmed: the line under a label or a head, blank lines skipped. */
export function firstNonBlankLine(text: string): string {
  return firstLine(text.replace(/^\s*\n/, ''));
}
