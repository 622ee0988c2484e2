// An uncaught PHP throwable as Whoops' error page puts it on the clipboard (its copy button
// copies Whoops\Exception\Formatter::formatExceptionPlain), which is what users paste from Kirby,
// Grav, Slim, and Laravel before 5.5:
//
//   Error thrown with message "Failed opening required '/site/vendor/composer/../x.php' (…)"
//
//   Stacktrace:
//   #11 Error in /site/vendor/composer/autoload_real.php:53
//   #10 composerRequire979c… in /site/vendor/composer/autoload_real.php:36
//   #9 ComposerAutoloaderInit979c…:getLoader in /site/vendor/autoload.php:12
//
// The frames are numbered down to #0, the first of them the exception itself at the place it was
// thrown (its class, no function), each later one the function called (`Class:function`, Whoops'
// own separator, whatever the call's `->` or `::`) and the place it was called from, as PHP's own
// `#N file(line): Class->function()` rows are. Unread, a Kirby plugin's failed require copied
// from the page had no frame and was keyed by its whole text, a signature apart from the same
// failure in PHP's error log (threads-32). It is written as PHP prints it, for the PHP reader.

const HEAD = /^\s*([A-Za-z_\\][\w\\]{0,300}) thrown with message "([^]{0,8000}?)"\r?\n\s*\r?\nStacktrace:\r?\n/;
const FRAME = /^#(\d{1,5}) (\S{1,600}) in (.{1,500}?):(\d{1,7})$/;
/** The file Whoops names for a frame that has none (a call from PHP's own code). */
const UNKNOWN_FILE = '<#unknown>';

/** PHP's own text of the throwable Whoops' copied page shows, or undefined when `text` is no such page. */
export function whoopsCopiedException(text: string): string | undefined {
  if (!text.includes(' thrown with message "')) return undefined;
  const head = HEAD.exec(text);
  if (!head) return undefined;
  const [type, rawMessage] = [head[1], head[2]];
  const frames: { name: string; file: string; line: string }[] = [];
  for (const raw of text.slice(head[0].length).split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const f = FRAME.exec(line);
    if (!f) break;
    frames.push({ name: f[2], file: f[3], line: f[4] });
  }
  // The first frame is the exception where it was thrown; without it this is no Whoops page.
  if (frames.length === 0 || frames[0].name !== type || frames[0].file === UNKNOWN_FILE) return undefined;
  // A message of several lines is read by its first, as a span's message is.
  const message = rawMessage.split('\n')[0].trimEnd();
  const rows = frames.slice(1).map((f, i) => {
    const colon = f.name.indexOf(':');
    const called = colon > 0 ? `${f.name.slice(0, colon)}->${f.name.slice(colon + 1)}` : f.name;
    const from = f.file === UNKNOWN_FILE ? '[internal function]' : `${f.file}(${f.line})`;
    return `#${i} ${from}: ${called}()`;
  });
  return [`${type}: ${message} in ${frames[0].file}:${frames[0].line}`, 'Stack trace:', ...rows].join('\n');
}
