// MediaWiki logs an exception on one line of its own words (MWExceptionHandler's log message:
// `[<request id>] <url>   <class> from line <n> of <file>: <message>`), in its exception log
// behind the log's time, host and wiki (`2020-06-07 13:15:49 mw4 sagan4wiki: [e0e6…] /wiki/X
// Error from line 14 of /srv/…/PortableInfoboxRenderService.php: Class 'LightnCandy\LightnCandy'
// not found`), and its `Backtrace:` under it with PHP's own `#N` lines when the handler logs one.
// It names the throwable's class, its message and the line that threw it, as PHP's uncaught
// header `<class>: <message> in <file>:<line>` does, and is read as that header (over its trace
// when one follows). Unread, the class, file and line were words of the message: the file's path
// mask ran on into a namespaced class name and left `Error from line <int> of <path>: not found`,
// one template for every class any extension failed to find (lkucharczyk/mediawiki-PortableInfobox
// PR #31 and #28, threads-37), and the header above a backtrace read as no type nor message.
const LOGGED = /\[[\w@.-]{1,64}\] \S{1,4000} {1,4}([A-Za-z_\\][\w\\]{0,300}) from line (\d{1,7}) of (\S.{0,499}?): (.{1,4000})$/;
const BACKTRACE = /^Backtrace:$/;

export interface MediawikiLoggedException { type: string; message: string; file: string; line: number; trace?: string }

/**
 * The throwable MediaWiki's log line names, when the text opens with one: alone, its place the
 * only frame; over a `Backtrace:`, written as PHP prints an uncaught throwable (`trace`).
 */
export function mediawikiLoggedException(text: string): MediawikiLoggedException | undefined {
  if (!text.includes(' from line ')) return undefined;
  const lines = text.trim().split('\n');
  const m = LOGGED.exec(lines[0].trimEnd());
  if (!m) return undefined;
  const logged = { type: m[1], message: m[4], file: m[3], line: Number(m[2]) };
  const rest = lines.slice(1).filter((l) => l.trim() !== '');
  if (rest.length === 0) return logged;
  if (!BACKTRACE.test(rest[0].trim()) || !rest.slice(1).every((l) => /^#\d{1,5} /.test(l.trim()))) return undefined;
  return { ...logged, trace: [`${m[1]}: ${m[4]} in ${m[3]}:${m[2]}`, 'Stack trace:', ...rest.slice(1).map((l) => l.trim())].join('\n') };
}
