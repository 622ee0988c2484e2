// GLPI's error handler logs an uncaught throwable in words of its own (Glpi\Application\
// ErrorHandler, GLPI 9.5 on: handleException and logErrorMessage), through Monolog:
//   [2023-09-15 14:28:05] glpiphplog.CRITICAL:   *** Uncaught Exception TypeError: uasort(): … in /srv/glpi/marketplace/x/inc/object.class.php at line 1264
//     Backtrace :
//     ...etplace/genericobject/inc/object.class.php:1264 uasort()
//     src/Html.php:1454                                  PluginGenericobjectObject::getMenuContent()
// The backtrace is the throwable's getTrace(), one call a row: where it was called from (the path
// under GLPI's root, padded to 50 characters, or its last 47 after `...` when longer) and the
// function called, as PHP's own `#N file(line): function()` rows say it. Unread, the record had no
// frame and its file fell to the message's `<path>`: two plugins' `uasort(): Argument #1 ($array)
// must be of type array, null given` were one signature (pluginsGLPI/genericobject#359, threads-40).
// It is read as PHP prints the same throwable: the header's type, message and throw site, the rows
// as frames; a row's path cut to its last characters is the header's when that path ends so.

/** The header: Monolog's time and `<channel>.<LEVEL>: `, then GLPI's `  *** Uncaught Exception <type>: <message> in <file> at line <n>`. */
const HEADER = /^(?:\[[^\]]{1,40}\] )?(?:[\w-]{1,40}\.[A-Z]{1,12}: )?\s*\*\*\* Uncaught Exception ([A-Za-z_\\][\w\\]{0,300}): (.{0,4000}) in (\S.{0,499}?) at line (\d{1,7})$/;
const BACKTRACE = /^\s*Backtrace :$/;
/** A row: the caller's place (`file:line`, `:` for none) and the function called, if any. */
const ROW = /^\s*(\S{0,500}?):(\d{0,7})(?:\s+(\S.{0,500}?\(\)))?\s*$/;

/** GLPI's logged throwable written as PHP's `Type: message in file:line`, `Stack trace:` and `#N` rows; undefined when `text` is no such record. */
export function glpiLoggedException(text: string): string | undefined {
  if (!text.includes('*** Uncaught Exception ')) return undefined;
  const lines = text.trim().split('\n');
  const header = HEADER.exec(lines[0].trim());
  if (!header) return undefined;
  const [, type, message, file, line] = header;
  const printed = [`${type}: ${message} in ${file}:${line}`];
  if (lines.length === 1) return printed[0];
  if (!BACKTRACE.test(lines[1])) return undefined;
  printed.push('Stack trace:');
  let n = 0;
  for (const raw of lines.slice(2)) {
    const row = ROW.exec(raw);
    if (!row) return undefined;
    const [, place, at, call] = row;
    // A row without a call (a top-level script's) names no function to key: PHP prints none either.
    if (call === undefined) continue;
    // GLPI keeps a long path's last 47 characters after `...`: the header names the file in full.
    const where = place.startsWith('...') && file.endsWith(place.slice(3)) ? file : place;
    printed.push(where === '' ? `#${n} [internal function]: ${call}` : `#${n} ${where}(${at}): ${call}`);
    n++;
  }
  return printed.join('\n');
}
