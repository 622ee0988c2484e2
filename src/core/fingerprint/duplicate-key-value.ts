// SQL Server's duplicate-key errors name the index or constraint and the table: 2601 `Cannot
// insert duplicate key row in object '…' with unique index '…'.`, 2627 `Violation of … constraint
// '…'. Cannot insert duplicate key in object '…'.` (the Database Engine error reference,
// MSSQLSERVER_2601 and MSSQLSERVER_2627). Servers that report the rejected key go on with `The
// duplicate key value is (…).`; older ones stop there. One application's insert, pasted from
// two servers, read as two messages and was two signatures (netTiers/netTiers#446, threads-20,
// duplicate-key-value.test.ts). The sentence holds only the rejected row's values, which
// say which row, not which failure: it is dropped from the line that names the failure, after
// SQL Server's wording only.

/**
 * SQL Server's duplicate-key wording up to its sentence's full stop, then the value sentence:
 * its values in parentheses to `).`, or to the line's end where the line was cut inside them.
 */
const DUPLICATE_KEY_VALUE = /(\bCannot insert duplicate key\b[^\n]{0,600}?\.) The duplicate key value is \((?:[^\n]{0,600}?\)\.(?=\s|$)|[^\n]{0,600}$)/;

/** `line` without SQL Server's `The duplicate key value is (…).` (see above). */
export function withoutDuplicateKeyValue(line: string): string {
  if (!line.includes('The duplicate key value is (')) return line;
  return line.replace(DUPLICATE_KEY_VALUE, '$1').trimEnd();
}
