// A PHP throwable printed as Throwable::__toString() writes it (https://www.php.net/manual/en/
// throwable.tostring.php: `<Class>: <message> in <file>:<line>`, then `Stack trace:` and the
// `#N …` rows) and quoted only up to its `Stack trace:` line: a thread's stored copy that ends
// inside frame #0, or a report that kept the header and cut the rows. Nextcloud's `occ` prints
// it so under `An unhandled exception has been thrown:` (console.php), and AppAPI's
// `TypeError: OCA\AppAPI\Fetcher\AppAPIFetcher::get(): Return value must be of type array, null
// returned in …/AppAPIFetcher.php:163` / `Stack trace:` (nextcloud/app_api#594, threads-52) was not
// read as PHP at all: without a `#0` row and without `Uncaught `, the text was typed by its
// first line, `An unhandled exception has been thrown:`, and another command's TypeError, cut the
// same way, was the same signature. The header says the class, the message and the throw site,
// which is all a trace cut there still holds.
//
// Only a header whose place is a PHP source file (`.php`, `.phtml`, `.inc`, `.module`) and
// whose next line is `Stack trace:` with nothing but blank lines after it: a header line alone
// in prose, a `Stack trace:` followed by anything that is not a row, and another runtime's
// `Stack trace:` under a header that names no PHP file are not read so.

const CUT_HEADER = /^(?:PHP Fatal error: +)?(?:Uncaught )?[A-Za-z_\\][\w\\]{0,300}: ?\S.{0,7999}? in \S.{0,499}?\.(?:php|phtml|inc|module):\d{1,7}$/;

/** True when `text` ends with a PHP throwable's header over its `Stack trace:` line and no row after it. */
export function isPhpHeaderCutAtTrace(text: string): boolean {
  if (!text.includes('Stack trace:')) return false;
  const lines = text.trimEnd().split('\n').map((l) => l.trim());
  const last = lines.length - 1;
  return last >= 1 && lines[last] === 'Stack trace:' && CUT_HEADER.test(lines[last - 1]);
}
