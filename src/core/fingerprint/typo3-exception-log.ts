// TYPO3's exception handler logs an uncaught throwable on one line of its own words, no trace
// under it. Up to TYPO3 10 (AbstractExceptionHandler::writeLogEntries): `Core: Exception handler
// (WEB): Uncaught TYPO3 Exception: #1476045117: <message> | <class> thrown in file <file> in line
// <n>. Requested URL: <url>`, the code only when it is not 0, the title and the URL as the
// handler's context has them; from TYPO3 11, a PSR-3 record whose message interpolates the
// exception's fields: `Core: Exception handler (WEB: FE): <class>, code #<code>, file <file>,
// line <n>: <message>`, the file writer adding ` - {…}` with the context as JSON. Either names the
// throwable's class, its message and the line that threw it. Unread, the line had no frame and
// its whole text was the message: extbase's ConfigurationManager::getConfiguration on its null
// concrete manager (dmind-gmbh/extension-cookieman#119, threads-37) was a signature of its own,
// its place a `<path>` in the message, where PHP's own fatal-error line for it reads a frame.
const CLASS = String.raw`[A-Za-z_\\][\w\\]{0,300}`;
/** TYPO3 ≤ 10: `Uncaught TYPO3 Exception: [#code: ]message | Class thrown in file F in line N[. Requested URL: U]`. */
const UNCAUGHT = new RegExp(String.raw`(?:^|: )Uncaught TYPO3 Exception: (?:#\d{1,12}: )?(.{1,4000}?) \| (${CLASS}) thrown in file (\S.{0,499}?) in line (\d{1,7})(?:\.(?: Requested URL: \S{0,4000})?)?$`);
/** TYPO3 ≥ 11: `Core: Exception handler (…): Class, code #N, file F, line N: message[ - {context}]`. */
const RECORD = new RegExp(String.raw`Core: Exception handler \([\w: ]{1,40}\): (${CLASS}), code #-?\d{1,12}, file (\S.{0,499}?), line (\d{1,7}): (.{1,4000}?)(?: - \{.{0,8000}\})?$`);

export interface Typo3LoggedException { type: string; message: string; file: string; line: number }

/** The throwable TYPO3's exception handler logged on the text's one line, when it is such a line. */
export function typo3LoggedException(text: string): Typo3LoggedException | undefined {
  if (!text.includes('TYPO3 Exception: ') && !text.includes('Exception handler (')) return undefined;
  const line = text.trim();
  if (line.includes('\n')) return undefined;
  const u = UNCAUGHT.exec(line);
  if (u) return { type: u[2], message: u[1], file: u[3], line: Number(u[4]) };
  const r = RECORD.exec(line);
  return r ? { type: r[1], message: r[4], file: r[2], line: Number(r[3]) } : undefined;
}
