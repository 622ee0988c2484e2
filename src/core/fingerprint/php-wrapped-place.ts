// PHP prints an uncaught error's place on the error's own line (`… null given in
// /app/Calendar.php:86`, or `in /app/x.php on line 13` for an error), and a one-line display
// error runs its frames on after it (`Stack trace: #0 /app/x.php(86): f() #1 …`). A narrow
// console, a mail client or the reporter wraps that line, and where the wrap falls after the
// keyword ` in` or after a frame's number `#3`, the place or the frame begins the next line:
// `… null given in` / ` /home/user/…/Calendar.php:86 Stack trace: #0` / ` /home/user/…(86): …`.
// Read line by line, no place and no frame was found, the error was keyed by its words alone, and
// the same TypeError pasted unwrapped was another signature (Magento's Calendar iterator_to_array
// TypeError, magento/magento2#8659 and Magento-Japan/m2-jplocalize#3, threads-35). So a line that
// ends with ` in`, or with a frame number in a text that prints `Stack trace:`, is joined to the
// next where that one begins with a path (`/…`, `C:\…`, `phar://…`, after any indentation): PHP
// never ends its line there. A line that ends ` in` before a line of words (`… failed in` /
// `production.`), and an item number (`ticket #12`) in a text without a trace, are left as they are.
const ENDS_BEFORE_PLACE = / in\s*$/;
const ENDS_BEFORE_FRAME = /(?:^|\s)#\d{1,5}\s*$/;
const OPENS_WITH_PATH = /^\s*(?:\/|[A-Za-z]:\\|phar:\/\/)\S/;

/** The text with each line that a wrap cut before a place or a frame joined to the line it continues on. */
export function withWrappedPlacesJoined(text: string): string {
  if (!text.includes('\n') || !text.includes(' in')) return text;
  const lines = text.split('\n');
  const traced = text.includes('Stack trace:');
  const out: string[] = [];
  for (const line of lines) {
    const last = out.length - 1;
    const cut = last >= 0 && (ENDS_BEFORE_PLACE.test(out[last]) || (traced && ENDS_BEFORE_FRAME.test(out[last])));
    if (cut && OPENS_WITH_PATH.test(line)) out[last] = `${out[last].trimEnd()} ${line.trim()}`;
    else out.push(line);
  }
  return out.length === lines.length ? text : out.join('\n');
}
