// PHP: Throwable::__toString() and the "Uncaught" fatal error that embeds it.
// https://www.php.net/manual/en/throwable.tostring.php
//   InvalidArgumentException: bad amount in /app/src/Cart.php:12
//   Stack trace:
//   #0 /app/src/Cart.php(30): App\Cart->add(-1)
//   #1 {main}
//
//   Next RuntimeException: checkout failed in /app/src/Shop.php:8    ← the wrapping exception
// Laravel logs the same frames after `[object] (Type(code: 0): message at file:line)`.
// __toString() prints the previous (inner) exception first and the outermost last.
// Frame #N names the function that was *called* at file(line): the code running at file(line)
// is the caller, the function on the next line. So the throw site is the header's file:line
// inside frame #0's function, and frame #N+1's function was running at frame #N's file(line).
// A function that was running exactly where it was called from is one of PHP's own
// (`DateTimeImmutable->__construct()`, `json_decode()`): it has no PHP source, the engine
// reports its caller's location for it, so it is marked native and is never the crash site —
// two call sites of it stay two failures.
import { ignitionPage } from '../ignition-page.js';
import { collisionReport } from '../collision-report.js';
import type { NameRule, RuntimeProfile } from './profile.js';
import { applyNameRules, moduleFrameKey } from '../normalize.js';
import { traceLines, type ParsedException, type ParsedTrace, type RawFrame } from '../types.js';
import { phpunitFailure } from '../phpunit-report.js';
import { argumentErrorCallee } from '../php-argument-error-callee.js';
import { keepComposerLoadedFile } from '../composer-loaded-file.js';
import { whoopsCopiedException } from '../whoops-copied-exception.js';
import { phpFailedRequire } from '../php-failed-require.js';
import { brokeOwnReturn } from '../php-own-return-error.js';
import { withWrappedPlacesJoined } from '../php-wrapped-place.js';
import { typo3LoggedException } from '../typo3-exception-log.js';
import { mediawikiLoggedException } from '../mediawiki-exception-log.js';
import { isEngineCalledErrorHandler, markEngineCalledErrorHandler } from '../php-error-handler-frame.js';
import { markAssertionExpression } from '../php-assertion-expression.js';
import { withoutApacheErrorLogFields } from '../apache-error-log-line.js';
import { glpiLoggedException } from '../glpi-error-log.js';
import { withoutConsoleWrapPadding } from '../console-wrap-padding.js';
import { carriedEngineError, FATAL_CARRIER_PREFIX, isThrowableCarrier } from '../symfony-fatal-carrier.js';
import { isPhpHeaderCutAtTrace } from '../php-header-cut-at-trace.js';
import { withConsoleWidthWrapsJoined } from '../console-wrap-width.js';
import { phpFunctionNameKey } from '../php-function-name-key.js';

// The message may itself contain " in " (`… could not be found in the database in /app/x.php:3`):
// the greedy message group leaves the last " in file:line" to the location. What may come first:
// PHP's error log puts the time (`[17-Jun-2021 13:13:04 UTC] PHP Fatal error:  Uncaught …`),
// Monolog (Laravel) the time and channel (`[2017-01-02 03:53:30] local.ERROR: `), php-fpm passes
// the line on as `PHP message: …`, and an uncaught exception may be printed without `Fatal error:`.
// Kohana and Koseven print an exception as `<class> [ <code> ]: <message>` (Kohana_Exception::text),
// and their shutdown handler hands PHP's fatal error on as an ErrorException coded by its level,
// so an uncaught throwable reaches their error page and log as `ErrorException [ Fatal Error ]:
// Uncaught TypeError: … in <file>:<line> Stack trace: …`: the throwable PHP names is the failure,
// the ErrorException only its carrier. Read as no header, the trace was a typeless Throwable with
// no message beside the same failure pasted from PHP's own line (kohana/core#704, threads-30).
// Symfony's shutdown handler carries the same fatal error as a FatalErrorException (FatalError from
// Symfony 4.4), printed `Symfony\Component\ErrorHandler\Error\FatalError: Uncaught Error: … in
// <file>:<line>` over PHP's own trace of the throwable: read past too (symfony-fatal-carrier.ts).
// WooCommerce's file logger (WC_Log_Handler_File) writes `<ISO 8601 time> <LEVEL> <message>`,
// an uncaught throwable as `2023-01-26T09:32:06+00:00 CRITICAL Uncaught TypeError: … in <file>:135`
// (woocommerce/woocommerce#36616, threads-39): read as no header, it was a typeless Throwable with
// no message. The time and the level (PSR-3's, upper-cased) are taken only before `Uncaught `.
const HEADER_PREFIX = String.raw`(?:\[[^\]]{1,40}\] )?(?:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:[+-]\d{2}:?\d{2}|Z) (?:EMERGENCY|ALERT|CRITICAL|ERROR|WARNING|NOTICE|INFO|DEBUG) (?=Uncaught ))?(?:[\w-]{1,40}\.[A-Z]{1,12}: )?(?:(?:NOTICE|WARNING): )?(?:PHP message: )?(?:PHP )?(?:Fatal error: +)?(?:ErrorException \[ [A-Za-z ]{1,30} \]: (?=Uncaught ))?${FATAL_CARRIER_PREFIX}(?:Uncaught )?(?:Next )?`;
const HEADER = new RegExp(String.raw`^${HEADER_PREFIX}([A-Za-z_\\][\w\\]{0,300}): ?(.*) in ([^ ].{0,499}?):(\d{1,7})$`);
// PHP 5: `PHP Fatal error:  Uncaught exception 'ReflectionException' with message '…' in /x.php:738`.
const PHP5_HEADER = new RegExp(String.raw`^${HEADER_PREFIX}exception '([A-Za-z_\\][\w\\]{0,300})' with message '(.*)' in ([^ ].{0,499}?):(\d{1,7})$`);
// Laravel's log line embeds the exception as `… {"exception":"[object] (Type(code: 0): message
// at /path/File.php:12)` followed by `[stacktrace]` and the same `#N` frames. The code is an
// integer, or PDOException's SQLSTATE, five characters (`(code: HY000)`, `(code: 42S02)`: ISO/IEC
// 9075's class and subclass), which PDO keeps as its code.
const LARAVEL_HEADER = /\[object\] \(([A-Za-z_\\][\w\\]{0,300})\(code: (?:-?\d{1,12}|[0-9A-Z]{5})\): (.*) at ([^ ].{0,499}?):(\d{1,7})\)$/;
/**
 * Monolog's LineFormatter, when it allows line breaks (Laravel's does), writes the message as it
 * is, so a message of several lines leaves the header's ` at file:line)` on a line of its own
 * above `[stacktrace]`: Guzzle's RequestException quotes the response's body below its first
 * line (`Client error: `GET …` resulted in a `404 Not Found` response:` then the body). Read as
 * it stood the header was not found, and the record kept its frames but no type or message: a
 * call's ClientException and ServerException were one signature (programs/php-bugs-5-logged).
 * The header is folded onto its first line, the message's first line, as a span's message is
 * read by its first line.
 */
const LARAVEL_OPEN = /\[object\] \([A-Za-z_\\][\w\\]{0,300}\(code: (?:-?\d{1,12}|[0-9A-Z]{5})\): /;
const LARAVEL_CLOSE = / at [^ ].{0,499}?:\d{1,7}\)$/;
/** Lines a folded message may span (a response body Guzzle summarises is at most 120 characters, but may hold line breaks). */
const MAX_LOGGED_MESSAGE_LINES = 40;

/**
 * Laravel's log writes the exception into the record's context, which Monolog encodes as JSON:
 * from `{"exception":"[object] (` on, the header and the `[stacktrace]` frames are one JSON
 * string whose line breaks the formatter let through, but whose backslashes and quotes stay
 * escaped (`App\\Clients\\Inventory->stock()`, `property \"price\"`). They are the encoder's,
 * not the exception's: read as they stood, the log's record of a failure named other classes,
 * functions and messages than the span's record of it (`App\\Clients\\Inventory.stock` against
 * `App\Clients\Inventory.stock`), and the two were two signatures (programs/php-bugs-5 and
 * php-bugs-5-logged). The one-line record (phpLoggedException) is unescaped the same way.
 */
const LARAVEL_CONTEXT = '"exception":"[object] (';
/**
 * The context's members before `"exception"` on the record's line: Laravel's exception handler
 * puts the signed-in user's id first (`{"userId":97,"exception":"[object] (…`, Handler::context()
 * whenever a user is signed in), and an application's Log::withContext() adds its own. Read only
 * from `{"exception"`, Snipe-IT's record of a property read on null kept `\"eol\"` and doubled
 * backslashes, and was another signature than the same failure logged with PHP's own text
 * (threads-41). Members of scalars only, so a `{"` inside a message does not open a context.
 */
const CONTEXT_MEMBERS_BEFORE = /\{(?:"\w{1,64}":(?:-?\d{1,20}|"[^"\\]{0,200}"|null|true|false),){0,8}$/;

function unescapedLaravelContext(text: string): string {
  let at = -1;
  for (let from = 0; (from = text.indexOf(LARAVEL_CONTEXT, from)) >= 0; from++) {
    const lineStart = text.lastIndexOf('\n', from) + 1;
    if (CONTEXT_MEMBERS_BEFORE.test(text.slice(Math.max(lineStart, from - 600), from))) {
      at = text.lastIndexOf('{', from);
      break;
    }
  }
  if (at < 0 || !text.includes('\n[stacktrace]', at)) return text;
  return text.slice(0, at) + text.slice(at).replace(/\\(["\\/])/g, '$1');
}

function foldLoggedHeaders(text: string): string {
  if (!text.includes('[object] (') || !text.includes('\n[stacktrace]')) return text;
  const lines = text.split('\n');
  let folded = false;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes('[object] (') || !LARAVEL_OPEN.test(lines[i]) || LARAVEL_HEADER.test(lines[i])) continue;
    // The closing line must be the last before the header's own `[stacktrace]`.
    for (let j = i + 1; j < lines.length && j <= i + MAX_LOGGED_MESSAGE_LINES; j++) {
      if (lines[j] === '[stacktrace]') break;
      const close = LARAVEL_CLOSE.exec(lines[j]);
      if (close && lines[j + 1] === '[stacktrace]') {
        lines.splice(i, j - i + 1, lines[i] + close[0]);
        folded = true;
        break;
      }
    }
  }
  return folded ? lines.join('\n') : text;
}
/**
 * PHP's own errors — a warning, a notice, a deprecation, a fatal error that is no exception
 * (memory or time exhausted) — are printed without a trace, on one line that names where they
 * happened (php_error_cb in main/main.c: `<level>: <message> in <file> on line <n>`), after the
 * error log's time and `PHP ` (`[04-Dec-2026 19:11:01 UTC] PHP Warning:  Undefined array key "id"
 * in /var/www/shop/app/orders.php on line 6`), or alone as display_errors shows it. The level is
 * the type (`PHP Warning`); the file is the crash site, the only code location there is (its line, as every
 * line number, does not contribute).
 */
const LEVELS = 'Fatal error|Recoverable fatal error|Parse error|Warning|Notice|Strict Standards|Deprecated|Unknown error';
/**
 * An application's error handler that turns PHP's error into an exception keeps PHP's line as the
 * exception's message, and the file it names is still where the error happened: Magento 2 throws
 * `new \Exception($errorStr)` from its ErrorHandler and prints it as `Exception #0 (Exception):
 * Notice: Undefined index: id in …/Iterator.php on line 63` under `1 exception(s):` on its error
 * page, and as a Monolog record (`main.CRITICAL: Notice: …`) in exception.log. Unread, Magento's
 * `Undefined index` notices of two modules (Config's Iterator.php, Integration's Helper/Data.php)
 * had no frame and were one signature (threads-14).
 */
const CONVERTED_ERROR_PREFIX = String.raw`(?:Exception #\d{1,3} \([A-Za-z_\\][\w\\]{0,300}\): |[\w-]{1,40}\.[A-Z]{1,12}: )?`;
const ERROR_LINE = new RegExp(
  String.raw`^(?:\[[^\]]{1,40}\] )?${CONVERTED_ERROR_PREFIX}(?:PHP message: )?(?:PHP )?(${LEVELS}): +(?!Uncaught )(.{1,4000}) in (\S.{0,499}?) on line (\d{1,7})$`,
);
/** Magento's heading over the exceptions its error page lists (`1 exception(s):`). */
const EXCEPTION_COUNT = /^\d{1,3} exception\(s\):$/;

/**
 * Drupal reports a caught or uncaught throwable in its own words, the same on the error page, in
 * watchdog and in Drush: `%type: @message in %function (line %line of %file).` (Drupal\Core\Utility\
 * Error's standard message), as `Error: Call to a member function render() on null in Drupal\Core\
 * Template\TwigExtension->escapeFilter() (line 468 of core/lib/Drupal/Core/Template/TwigExtension.php).`,
 * sometimes followed by the backtrace's `#N` lines. The function and file:line are the throw site:
 * the function is frame #0's when no `#0` line follows. The file is one of Drupal's PHP sources
 * (`.php`, `.module`, `.install`, `.inc`, `.theme`, `.profile`, `.engine`). Before, such a report
 * read no frame, and Drupal sites' `Call to a member function X() on null` were one signature.
 */
const DRUPAL_HEADER = new RegExp(
  String.raw`^${HEADER_PREFIX}([A-Za-z_\\][\w\\]{0,300}): (.{1,4000}) in ([^\s()]{1,400})\(\) \(line (\d{1,7}) of (\S.{0,499}?\.(?:php|module|install|inc|theme|profile|engine))\)\.?(?: .{0,4000})?$`,
);

/**
 * A PHP error line (`PHP Fatal error:  … in /x/LocaleCommands.php on line 113`) followed by the
 * call stack Xdebug prints under it (`PHP Stack trace:` or `Call Stack:` and one numbered call a
 * line, outermost first). The error line's file is the crash site, as for the line alone.
 */
const XDEBUG_LISTING = /^(?:PHP Stack trace:|Call Stack:)$/;

/**
 * php-fpm hands what a worker prints to the web server, which quotes it in its own error log:
 * nginx's `… FastCGI sent in stderr: "PHP message: PHP Warning:  … on line 6" while reading
 * response header from upstream, client: …, request: "GET /x?id=3 …"`, Apache's mod_proxy_fcgi
 * `AH01071: Got error 'PHP message: PHP Warning:  … on line 6'`. The first error quoted is the
 * failure; the server's words around it (client, request, upstream) are not.
 */
const RELAYED = new RegExp(String.raw`PHP message: (PHP (?:${LEVELS}): +(?!Uncaught ).{1,4000}? in \S.{0,499}? on line \d{1,7})`);

/**
 * An uncaught throwable's first line, copied without the `Stack trace:` PHP prints under it
 * (`Fatal error: Uncaught TypeError: count(): … in plugins\schema-and-structured-data-for-wp\output\gutenberg.php:1198`):
 * the file and line the header names are where it was thrown, the one location there is, as a
 * PHP error line's (ERROR_LINE). Read as no frame, one message raised in several programs was
 * one signature (threads-12). Only a PHP source file makes the line PHP's.
 */
const UNCAUGHT_ALONE = new RegExp(String.raw`^${HEADER_PREFIX.replace('(?:Uncaught )?', 'Uncaught ')}[A-Za-z_\\][\w\\]{0,300}: ?.* in [^ ].{0,499}?\.(?:php|phtml|inc|module):\d{1,7}$`);

/**
 * An uncaught argument TypeError's first line without its location (`Uncaught TypeError: Argument 1
 * passed to Kohana_Kohana_Exception::handler() must be an instance of Exception, …`), as a report
 * quotes it: typed as PHP types it, its crash site the method the message names when the engine
 * made the call (php-argument-error-callee.ts). Only PHP's argument-check wording makes the line
 * PHP's: a browser prints `Uncaught TypeError: …` too.
 */
const UNCAUGHT_UNLOCATED = new RegExp(String.raw`^${HEADER_PREFIX.replace('(?:Uncaught )?', 'Uncaught ')}(TypeError): (.{1,4000})$`);

function unlocatedArgumentError(text: string): ParsedException | undefined {
  const line = text.trim();
  if (!line.includes('Uncaught TypeError: ') || line.includes('\n') || / in \S.{0,499}?(?::\d{1,7}| on line \d{1,7})$/.test(line)) return undefined;
  const m = UNCAUGHT_UNLOCATED.exec(line);
  const callee = m ? argumentErrorCallee(m[2]) : undefined;
  return m && callee ? { type: m[1], message: m[2], frames: [{ ...callee }] } : undefined;
}

/**
 * An uncaught throwable's header as a web server quotes what php-fpm printed, behind its own
 * words and any earlier message of the request (Apache's `AH01071: Got error 'PHP message: PHP
 * Warning: …; PHP message: PHP Fatal error: Uncaught TypeError: … in /x/filters.php:84`, nginx's
 * `FastCGI sent in stderr: "PHP message: …`): the header is the quoted message that is uncaught.
 * Unread, its frames had no throw site, frame #0's function no file, and the crash site fell to
 * its caller (FAU's fau_searchfilter under WP_Hook::apply_filters, threads-12).
 */
function relayedHeader(line: string, current: ParsedException | undefined): RegExpExecArray | null {
  if (current || !line.includes('Uncaught ')) return null;
  if (line.includes('PHP message: ')) {
    for (let at = line.lastIndexOf('PHP message: '); at >= 0; at = at > 0 ? line.lastIndexOf('PHP message: ', at - 1) : -1) {
      const quoted = line.slice(at);
      // PHP 5's `Uncaught exception 'Type' with message '…' in file:line` first (PHP5_HEADER): the
      // general form would read the quote's own `PHP message` as a type called `message`.
      if (quoted.includes('Uncaught ')) return (quoted.includes("exception '") ? PHP5_HEADER.exec(quoted) : null) ?? HEADER.exec(quoted);
    }
  }
  // Quoted by another program as the output it got (Matomo for WordPress's archive warning,
  // `… Response was \'PHP Fatal error: Uncaught TypeError: count(): … in …/ssb-main.php:217`,
  // matomo-org/matomo-for-wordpress#677, threads-33): the header starts after the quote mark.
  const quoted = QUOTED_FATAL.exec(line);
  return quoted ? HEADER.exec(quoted[1]) : null;
}

/**
 * An uncaught throwable's first line alone (UNCAUGHT_ALONE) as a web server relays it, behind its
 * own words and `PHP message: ` (relayedHeader): Revive Adserver's `in request:<host>/www/admin/…:PHP
 * message: PHP Fatal error:  Uncaught TypeError: uasort(): … in /…/account-settings-email.php:43`
 * (revive-adserver/revive-adserver#1595, threads-40). Unread, the server's words and PHP's were one
 * message whose file fell to `<path>`, and one message thrown in two files was one signature. The
 * line is one line and its file a PHP source, as UNCAUGHT_ALONE's.
 */
function relayedUncaughtAlone(text: string): boolean {
  const line = text.trim();
  if (line.includes('\n') || !line.includes('PHP message: ')) return false;
  const h = relayedHeader(line, undefined);
  return h !== null && /\.(?:php|phtml|inc|module)$/.test(h[3]);
}

/** PHP's fatal error for an uncaught throwable right after a quote mark (`'`, `"`, an escaped `\'`) in a line that does not start with it. */
const QUOTED_FATAL = /.['"](PHP Fatal error: +Uncaught [A-Za-z_\\][\w\\]{0,300}: .*)$/;

/** The line of `text` that is a PHP error printed without a trace, when it is one (its only line, after a logger's whitespace, or quoted by a web server). */
export function phpErrorLine(text: string | undefined): string | undefined {
  if (text === undefined || !text.includes(' on line ')) return undefined;
  let line = withoutApacheErrorLogFields(text.trim());
  if (line.includes('\n')) {
    const lines = line.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    if (lines.length === 2 && EXCEPTION_COUNT.test(lines[0])) lines.shift();
    else if (lines.length < 2 || !XDEBUG_LISTING.test(lines[1])) return undefined;
    line = lines[0];
  }
  if (ERROR_LINE.test(line)) return line;
  const relayed = line.includes('PHP message: ') ? RELAYED.exec(line) : null;
  return relayed && ERROR_LINE.test(relayed[1]) ? relayed[1] : undefined;
}

/**
 * Monolog's LineFormatter (its default; Symfony's and Laravel's text log) writes a logged
 * exception into the record's context as `[object] (Type(code: 0): message at /path/file.php:8)`,
 * and without its stack (`includeStacktraces`, off by default) that one line is all there is:
 * `[time] request.CRITICAL: Uncaught PHP Exception … {"exception":"[object] (…)"} []`. The context
 * is JSON, so its backslashes and quotes are escaped. Monolog 1 chains the previous exceptions
 * after the outer one (`…:144, Prev\\Type(code: 0): … at …:1759)`): the outer one is read, as
 * from its JSON. Monolog 2 writes each previous one after it as `[previous exception] [object]
 * (…)`, on a line of its own when the formatter allows line breaks (Laravel's does), else after
 * the JSON context's escaped `\n` (LineFormatter::normalizeException): the chain is read,
 * innermost first as PHP prints it.
 */
const LOGGED_OBJECT = /\[object\] \(([A-Za-z_\\][\w\\]{0,300})\(code: (?:-?\d{1,12}|[0-9A-Z]{5})\): (.{0,4000}?) at ([^\s,]{1,500}?):(\d{1,7})(?:\)(?="|(?: |\\n)\[previous exception\] \[object\] \(|\s*$)|, [A-Za-z_\\][\w\\]{0,300}\(code: )/g;
const PREVIOUS = '[previous exception] ';

/** The exception a one-line Monolog record carries, written as PHP prints it (its throw site its only frame). */
export function phpLoggedException(text: string | undefined): string | undefined {
  if (text === undefined || !text.includes('[object] (')) return undefined;
  const lines = text.trim().split('\n');
  // Monolog 2's previous exceptions on lines of their own; any other second line is no record.
  if (lines.length > 1 && !lines.slice(1).every((l) => l.startsWith(PREVIOUS + '[object] ('))) return undefined;
  const line = lines.join(' ');
  const printed: string[] = [];
  LOGGED_OBJECT.lastIndex = 0;
  for (let m = LOGGED_OBJECT.exec(line); m; m = LOGGED_OBJECT.exec(line)) {
    // The outer exception, then only those Monolog 2 marks as its previous ones.
    if (printed.length > 0 && !line.startsWith(PREVIOUS, m.index - PREVIOUS.length)) break;
    const type = m[1].replace(/\\\\/g, '\\');
    const message = m[2].replace(/\\(["\\/])/g, '$1');
    // With no stack, the place the line names for a wrong argument is the callee's; the call the
    // message names is where it failed (CALLER_ARGUMENT_ERROR).
    const call = argumentCall(type, message);
    const site = call ? `${call.file}(${call.line})` : `${m[3]}(${m[4]})`;
    printed.push(`${type}: ${message} in ${m[3]}:${m[4]}\nStack trace:\n#0 ${site}`);
    if (m[0].endsWith('(code: ')) break; // Monolog 1's chain: the outer one only
  }
  if (printed.length === 0) return undefined;
  // PHP prints the innermost first and each outer one after it as `Next …`.
  return printed.reverse().map((p, i) => (i === 0 ? p : `Next ${p}`)).join('\n\n');
}

const FRAME = /^#\d{1,5} (?:(.{1,500}?)\((\d{1,7})\)|\[internal function\]): (?:(.{1,300}?)(->|::))?([^(]{1,300})\(.{0,500}\)$/;
// PHP's file-loading constructs, printed in a trace as if they were functions (`include()`).
const LOADING_CONSTRUCT = /^(?:include|require)(?:_once)?$/;

/**
 * An error reporter's frame list, as Bugsnag's issue-tracker integration writes it under
 * `## Stacktrace`: one frame a line, `<file>:<line> - <Class>::<method>` (`app/Http/Controllers/
 * Auth/AuthController.php:473 - App\Http\Controllers\Auth\AuthController::confirmIPAddress`). Each
 * line is a frame already as a frame is meant (the function and the place it was running), not
 * PHP's `#N` call sites; the file must be a `.php` one, the runtime the line names. Before, such a
 * list was read as no frame, and the reports of one application were grouped by their message
 * alone (`Call to a member function X() on null`, its method masked).
 */
const REPORTED_FRAME = /^(\S.{0,499}?\.php):(\d{1,7}) - (?:([\w\\]{1,300}?)(->|::))?([^\s(]{1,300})(?:\(.{0,500}\))?$/;

/**
 * A trace whose line breaks were lost — display_errors' output copied from a page the browser
 * laid out as text (HTML collapses the newlines), or a log that joins a record onto one line:
 * `Fatal error: Uncaught Error: … in /x/query.php:28 Stack trace: #0 /x/a.php(101): f('a') #1 …
 * thrown in /x/query.php on line 28`. The breaks are put back where PHP printed them: before
 * `Stack trace:`, before each `#N ` numbered one after the previous (a `#3` inside an argument's
 * text is not the next frame unless it is the number due), and before ` thrown in`.
 */
export function unfoldOneLinePhpTrace(text: string): string {
  const start = text.indexOf(' Stack trace: #0 ');
  if (start < 0 || /^#0 /m.test(text)) return text;
  let out = `${text.slice(0, start)}\nStack trace:\n#0 `;
  let rest = text.slice(start + ' Stack trace: #0 '.length);
  for (let n = 1; n < 1000; n++) {
    const at = rest.indexOf(` #${n} `);
    if (at < 0) break;
    out += `${rest.slice(0, at)}\n#${n} `;
    rest = rest.slice(at + ` #${n} `.length);
  }
  const thrown = rest.indexOf(' thrown in ');
  return out + (thrown < 0 ? rest : `${rest.slice(0, thrown)}\n  thrown in ${rest.slice(thrown + ' thrown in '.length)}`);
}

/**
 * Symfony's exception page as text (its debug handler's and ErrorRenderer's, what users copy):
 * the throw site as `at <file>:<line>`, then per frame `at <Class>-><method>(<args>)` with the
 * place it was called from on the next line, `(<file>:<line>)` — PHP's `#N <file>(<line>):
 * <call>` split over two lines. Before, it was read as no frame, and two statements raising one
 * message (ControllerTrait's getDoctrine() and render() calling has() on a missing container,
 * symfony#24580 and WorkingForumBundle#44) were known by the message alone: one signature.
 */
const PAGE_THROW_SITE = /^at (\S.{0,499}?\.php):(\d{1,7})$/;
const PAGE_CALL = /^at (?:([\w\\]{1,300}?)(->|::))?([\w{}\\]{1,300})\(/;
const PAGE_CALLED_FROM = /^\((\S.{0,499}?\.php):(\d{1,7})\)$/;

// A location without the function called there: how a trace normalised by Monolog (`path:line`
// call sites) is written for this parser (embedded-trace.ts), each location a frame of its own.
const SITE = /^#\d{1,5} (.{1,500}?)\((\d{1,7})\)$/;

/**
 * Where PHP says a call passed a wrong argument: a userland function's parameter check
 * (Zend's zend_verify_arg_error: `f(): Argument #1 ($x) must be of type string, null given,
 * called in <file> on line <n>`) and a call with too few arguments (zend_missing_arg_error:
 * `Too few arguments to function f(), 1 passed in <file> on line <n> and exactly 2 expected`).
 * The engine raises either at the callee's declaration (the header's `defined in`, frame #0's
 * function) on behalf of the call, whose place the message names: the failure is the caller's,
 * as with one of PHP's own functions that refuses an argument.
 */
const CALLER_ARGUMENT_ERROR = /(?:, called| passed) in (\S.{0,499}?) on line (\d{1,7})(?: and |$)/;

/** Whether `e` is the engine's refusal of an argument to `callee` without a caller named (php-argument-error-callee.ts). */
function engineArgumentError(e: { type: string; message: string }, callee: RawFrame): boolean {
  if (e.type !== 'TypeError' && e.type !== 'ArgumentCountError') return false;
  const named = argumentErrorCallee(e.message);
  return named !== undefined && named.function === callee.function && named.module === (callee.module ?? '').replace(/^\\/, '');
}

/** The call a wrong argument was passed at, for a TypeError or ArgumentCountError whose message names it (CALLER_ARGUMENT_ERROR). */
function argumentCall(type: string, message: string): { file: string; line: string } | undefined {
  if (type !== 'TypeError' && type !== 'ArgumentCountError') return undefined;
  const m = CALLER_ARGUMENT_ERROR.exec(message);
  return m ? { file: m[1], line: m[2] } : undefined;
}

/**
 * A throwable's message with the place PHP names after it, `… in <file> on line <n>`, as PHP's
 * `thrown in` line and display_errors word it, quoted without a level or a trace: Query Monitor's
 * `strpos(): Argument #1 ($haystack) must be of type string, null given in /query-monitor/
 * output/Html.php on line 505`, or retyped from an error screen with the place on the next line
 * (`Uncaught Error: strpos(): …` over `in D:\…\BlockPatterns.php on line 251`). The file is where
 * it was thrown, the crash site, as a PHP error line's is. Unread, two plugins' strpos() errors
 * (threads-15) had no frame and were one signature.
 */
const LOCATED_MESSAGE = /^(?:Uncaught )?(?:([A-Za-z_\\][\w\\]{0,300}): )?(\S.{0,3999}?)\s+in (\S[^\n]{0,499}?\.(?:php|phtml|inc|module)) on line (\d{1,7})$/;

/** The message and throw site of a located message alone (LOCATED_MESSAGE): one line, or the place on a second. */
function locatedMessage(text: string): RegExpExecArray | null {
  if (!text.includes(' on line ') || text.includes('#0 ')) return null;
  const lines = text.trim().split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length > 2 || (lines.length === 2 && !lines[1].startsWith('in '))) return null;
  return LOCATED_MESSAGE.exec(lines.join(' '));
}

export function looksLikePhp(wrapped: string): boolean {
  // A place or a frame a wrap moved to the next line is read on its error's line (php-wrapped-place.ts);
  // httpd's error-log fields before mod_php's line are not PHP's (apache-error-log-line.ts).
  // A terminal's fixed-width breaks are taken out too (console-wrap-width.ts).
  let text = withWrappedPlacesJoined(withConsoleWidthWrapsJoined(withoutApacheFields(wrapped)));
  // The text's trimmed lines, split once and only when a form read line by line may be there.
  let lines: string[] | undefined;
  const someLine = (re: RegExp) => (lines ??= text.split('\n').map((l) => l.trim())).some((l) => re.test(l));
  if (text.includes('.php:') && text.includes('\n') && someLine(PAGE_CALLED_FROM) && someLine(PAGE_THROW_SITE)) return true;
  if (text.includes('.php:') && text.includes(' - ') && someLine(REPORTED_FRAME)) return true;
  if (text.includes(' (line ') && someLine(DRUPAL_HEADER)) return true;
  // PHPUnit's report: the error over bare `file:line` rows (phpunit-report.ts).
  if ((text.includes('.php:') || text.includes('phpunit:')) && (text.includes(') ') || text.includes('✘ ')) && phpunitFailure(text)) return true;
  // A PHP error line, also when an error handler's exception wraps it (`Exception #0 (Exception): Notice: …`).
  if (phpErrorLine(text) !== undefined) return true;
  if (locatedMessage(text)) return true;
  // MediaWiki's logged exception (mediawiki-exception-log.ts).
  if (text.includes(' from line ') && mediawikiLoggedException(text) !== undefined) return true;
  // TYPO3's exception handler's one-line log (typo3-exception-log.ts).
  if (typo3LoggedException(text) !== undefined) return true;
  // Laravel's error page copied as text (ignition-page.ts).
  if (ignitionPage(text)) return true;
  // Collision's console report (collision-report.ts).
  if (text.includes('.php:') && collisionReport(text)) return true;
  // PHP 7's failed require, after its warning (php-failed-require.ts).
  if (text.includes('Failed opening required') && phpFailedRequire(text) !== undefined) return true;
  // Whoops' error page copied with its copy button (whoops-copied-exception.ts).
  if (text.includes(' thrown with message "') && whoopsCopiedException(text) !== undefined) return true;
  // GLPI's error handler's record (glpi-error-log.ts).
  if (text.includes('*** Uncaught Exception ') && glpiLoggedException(text) !== undefined) return true;
  // The AWS SDK's header before PHP 5's chain, which the log may have cut before any whole frame.
  if (text.includes("with message '") && AWS_PRELUDE.test(text.trimStart())) return true;
  // A header quoted only up to its `Stack trace:` line (php-header-cut-at-trace.ts).
  if (!text.includes('#0 ')) return (text.includes('Uncaught ') && (someLine(UNCAUGHT_ALONE) || unlocatedArgumentError(text) !== undefined || relayedUncaughtAlone(text))) || isPhpHeaderCutAtTrace(text);
  if (text.includes(' Stack trace: #0 ')) text = unfoldOneLinePhpTrace(text);
  return /^#\d{1,5} (?:.{1,500}\(\d{1,7}\)|\[internal function\]): /m.test(text) || /^#\d{1,5} \{main\}$/m.test(text) || (text.includes('\nStack trace:\n#0 ') && /^#0 .{1,500}\(\d{1,7}\)$/m.test(text));
}

/**
 * The AWS SDK for PHP prints its exception's own header before the chain PHP 5 prints innermost
 * first (AwsException::__toString, aws-sdk-php 3: `exception '<class>' with message '<message>'`
 * and a blank line, then `exception 'GuzzleHttp\Exception\ClientException' with message 'Client
 * error: 403' in …`), because PHP's error log keeps only the first log_errors_max_len bytes (1024
 * by default) of an uncaught exception's text and the `Next exception` that would name the SDK's
 * exception is cut off: `PHP Fatal error:  Uncaught exception 'Aws\S3\Exception\S3Exception' with
 * message 'Error executing "PutObject" …; AWS HTTP error: Client error: 403 RequestTimeTooSkewed
 * …'` (aws/aws-sdk-php#612). Read without it, every S3 error the SDK wraps — a skewed clock, a
 * denied key, a missing bucket — was Guzzle's `Client error: <int>`, one signature. The prelude is
 * the outermost exception; where the log cut the chain before its `Next exception`, it is the
 * exception read, thrown where PHP's ` in <file> on line <n>` at the end of the line says.
 */
const AWS_PRELUDE = new RegExp(String.raw`^${HEADER_PREFIX}exception '([A-Za-z_\\][\w\\]{0,300})' with message '([^]{0,8000}?)'(?:\n\n| )(?=exception '[A-Za-z_\\])`);
const CUT_LOCATION = /^[^]* in (\S.{0,499}?\.php) on line (\d{1,7})$/;

/** `text` without httpd's error-log fields before its first line (apache-error-log-line.ts), else as it is. */
function withoutApacheFields(text: string): string {
  const start = text.trimStart();
  const read = withoutApacheErrorLogFields(start);
  return read === start ? text : read;
}

export function parsePhp(pasted: string): ParsedTrace {
  const raw = withConsoleWidthWrapsJoined(withoutConsoleWrapPadding(withoutApacheFields(pasted)));
  const prelude = raw.includes("exception '") ? AWS_PRELUDE.exec(raw.trimStart()) : null;
  if (prelude) {
    const parsed = parsePhpChain(raw.trimStart().slice(prelude[0].length));
    if (parsed.exceptions[0]?.type === prelude[1]) return parsed;
    // The cut chain is left out: the wrapped exception's words (`Client error: 403`) are the
    // same for every error the service answers, and read as the chain's root they would be the
    // signature's message, where the SDK's names the service's error code.
    const cut = CUT_LOCATION.exec(raw.trimEnd());
    return { runtime: 'php', exceptions: [{ type: prelude[1], message: prelude[2], frames: cut ? [{ file: cut[1], line: Number(cut[2]) }] : [] }] };
  }
  return parsePhpChain(raw);
}

function parsePhpChain(wrapped: string): ParsedTrace {
  const pasted = withWrappedPlacesJoined(wrapped);
  // Whoops' copied page is read as the PHP text it stands for (whoops-copied-exception.ts).
  // PHP 7's failed require is read as the Error PHP 8 throws for it (php-failed-require.ts).
  // MediaWiki's logged exception: alone, its place the frame; over its backtrace, read as PHP's
  // uncaught header over its trace (mediawiki-exception-log.ts).
  const mediawiki = mediawikiLoggedException(pasted);
  if (mediawiki && mediawiki.trace === undefined) return { runtime: 'php', exceptions: [{ type: mediawiki.type, message: mediawiki.message, frames: [{ file: mediawiki.file, line: mediawiki.line }] }] };
  // GLPI's error handler's record is read as PHP's own text for the throwable (glpi-error-log.ts).
  const raw = (pasted.includes(' thrown with message "') ? whoopsCopiedException(pasted) : undefined) ?? (pasted.includes('*** Uncaught Exception ') ? glpiLoggedException(pasted) : undefined) ?? phpFailedRequire(pasted) ?? mediawiki?.trace ?? pasted;
  const text = foldLoggedHeaders(unescapedLaravelContext(raw.includes(' Stack trace: #0 ') ? unfoldOneLinePhpTrace(raw) : raw));
  const errorLine = phpErrorLine(text);
  const error = errorLine === undefined ? null : ERROR_LINE.exec(errorLine);
  // Typed `PHP <level>` in both of PHP's formats: the level alone would be Go's `fatal error`. An
  // error raised before any script runs names no file: PHP prints `in Unknown on line 0` (a body
  // over post_max_size, a startup error: PodcastGenerator/PodcastGenerator#746), which is no place
  // in the code — read as no frame, not as a file called Unknown.
  if (error) return { runtime: 'php', exceptions: [{ type: `PHP ${error[1]}`, message: error[2], frames: error[3] === 'Unknown' && error[4] === '0' ? [] : [{ file: error[3], line: Number(error[4]) }] }] };
  const typo3 = typo3LoggedException(text);
  if (typo3) return { runtime: 'php', exceptions: [{ type: typo3.type, message: typo3.message, frames: [{ file: typo3.file, line: typo3.line }] }] };
  const located = locatedMessage(text);
  if (located) return { runtime: 'php', exceptions: [{ type: located[1] ?? '', message: located[2], frames: [{ file: located[3], line: Number(located[4]) }] }] };
  const unlocated = unlocatedArgumentError(text);
  if (unlocated) return { runtime: 'php', exceptions: [unlocated] };
  const page = ignitionPage(text);
  if (page) return { runtime: 'php', exceptions: [{ type: page.type, message: page.message, frames: page.file ? [{ file: page.file, line: page.line }] : [] }] };
  const report = collisionReport(text);
  if (report) return { runtime: 'php', exceptions: [{ type: report.type, message: report.message, frames: [{ file: report.file, line: report.line }] }] };
  // PHP's own trace (`#0 file(line): …` rows) is read below; a data set's `#0` is not one.
  const unit = /^\s*#0 /m.test(text) ? undefined : phpunitFailure(text);
  if (unit) return { runtime: 'php', exceptions: [unit] };
  const printed: ParsedException[] = [];
  let current: ParsedException | undefined;
  // Monolog 2 with its stack traces (Laravel's log) prints the outer exception first and each
  // previous one after it, `[previous exception] [object] (…)` and its own `[stacktrace]`
  // (LineFormatter::normalizeException): outer first, where PHP prints the innermost first.
  let outerFirst = false;
  let throwSite: { file: string; line: number } | undefined;
  // Drupal's report names the function running at its throw site: frame #0 unless `#0` follows.
  let drupalSite: RawFrame | undefined;
  // The call a wrong argument was passed at, when the header says so (CALLER_ARGUMENT_ERROR).
  let argumentCallSite: { file: string; line: number } | undefined;
  // The last frame, when PHP printed it `[internal function]` (called back by a built-in).
  let calledBack: RawFrame | undefined;
  for (const raw of traceLines(text)) {
    const line = raw.trim();
    const d = !current && line.includes(' (line ') ? DRUPAL_HEADER.exec(line) : null;
    if (d) {
      const call = /^(?:(.{1,300}?)(->|::))?(.{1,300})$/.exec(d[3])!;
      current = { type: d[1], message: d[2], frames: [] };
      throwSite = { file: d[5], line: Number(d[4]) };
      drupalSite = { function: call[3], module: call[1], file: d[5], line: Number(d[4]) };
      printed.push(current);
      continue;
    }
    const h = HEADER.exec(line) ?? (line.includes("exception '") ? PHP5_HEADER.exec(line) : null) ?? (line.includes('[object] (') ? LARAVEL_HEADER.exec(line) : null) ?? relayedHeader(line, current);
    const previous = h !== null && current !== undefined && line.startsWith(PREVIOUS + '[object] (');
    if (previous) outerFirst = true;
    if (h && (!current || previous || line.startsWith('Next ') || line.includes('Uncaught '))) {
      current = { type: h[1], message: h[2], frames: [] };
      throwSite = { file: h[3], line: Number(h[4]) };
      const call = argumentCall(h[1], h[2]);
      argumentCallSite = call ? { file: call.file, line: Number(call.line) } : undefined;
      printed.push(current);
      continue;
    }
    const f = FRAME.exec(line);
    if (f) {
      // Frames without a header: `getTraceAsString()`, which PHP code often records as the
      // trace; the type and message are the event's own then (exception.type / .message).
      if (!current) printed.push((current = { type: 'Throwable', message: '', frames: [] }));
      // `include`, `require` and their `_once` forms are language constructs, not functions: a
      // frame PHP names after one was running the included file's top-level code, and the
      // construct says only how the caller loaded it (WordPress includes a plugin's main file on
      // activation, include_once on every later request: elementor/wp2static#676, #639). Keyed
      // by the file alone, as a location with no function is.
      const frame: RawFrame = { function: f[3] === undefined && LOADING_CONSTRUCT.test(f[5]) ? undefined : f[5], module: f[3] };
      // Attach the location where this function was executing: the header's throw site for
      // #0, otherwise the call site printed on the previous frame.
      const site = throwSite;
      if (site) {
        frame.file = site.file;
        frame.line = site.line;
      }
      throwSite = f[1] ? { file: f[1], line: Number(f[2]) } : undefined;
      if (site && throwSite && site.line === throwSite.line && site.file === throwSite.file && !isEngineCalledErrorHandler(current.type, frame, current.frames.length)) frame.native = true;
      // One of PHP's own functions called back by another (`#0 [internal function]: trim()` under
      // `#1 app.php(19): array_map()`, a first-class callable `trim(...)` handed to array_map) was
      // running where the built-in that called it was called from, the line below's call site:
      // it is native too, never the crash site. A user function called back so ran at a line of
      // its own, in its body; only a closure written on the line that hands it over (`array_map(
      // fn ($x) => …, $xs)`, `[internal function]: App\{closure}()`) shares that line, and it is
      // the application's code.
      if (throwSite && calledBack && calledBack.file === throwSite.file && calledBack.line === throwSite.line) calledBack.native = true;
      // A user function a built-in called back (`#0 [internal function]: App\Pricing->parse()`
      // under `#1 app.php(47): array_map()`, a first-class callable `$this->parse(...)` handed
      // over) whose parameter check refused the value: the engine made the call, so the message
      // names no caller (php-argument-error-callee.ts), but the value is one the built-in took
      // from what the code at its call site handed it, the place a `called in` clause would name
      // (CALLER_ARGUMENT_ERROR). The callee is the engine's check, never the crash site; the
      // function that called the built-in is. Read as the callee, two callers mapping bad rows
      // through one parser were one signature (programs/php-bugs-25, Pricing::parseAll and
      // parseColumn). A callee called back by the engine alone (an exception handler, `#1
      // {main}`) keeps its frame (the frame below is no built-in called at a line).
      if (current.frames.length === 1 && calledBack === current.frames[0] && f[1] && f[3] === undefined && !LOADING_CONSTRUCT.test(f[5]) && engineArgumentError(current, calledBack)) calledBack.native = true;
      calledBack = !f[1] && site && !f[5].includes('{closure}') ? frame : undefined;
      // The callee whose parameter check failed, called where the message says: the engine's
      // check at the call, so never the crash site — its caller (the next frame) is.
      if (argumentCallSite && current.frames.length === 0 && throwSite?.line === argumentCallSite.line && throwSite.file === argumentCallSite.file) frame.native = true;
      if (current.frames.length < 200) current.frames.push(frame);
    } else if (line.startsWith('at ') && PAGE_THROW_SITE.test(line) && !current?.frames.length) {
      // Symfony's exception page: where the exception was thrown (no function named).
      const site = PAGE_THROW_SITE.exec(line)!;
      if (!current) printed.push((current = { type: 'Throwable', message: '', frames: [] }));
      throwSite = { file: site[1], line: Number(site[2]) };
    } else if (line.startsWith('at ') && current && PAGE_CALL.test(line)) {
      // Its frame: the function, running where the previous frame was called from.
      const call = PAGE_CALL.exec(line)!;
      const frame: RawFrame = { function: call[3], module: call[1] };
      if (throwSite) {
        frame.file = throwSite.file;
        frame.line = throwSite.line;
      }
      throwSite = undefined;
      if (current.frames.length < 200) current.frames.push(frame);
    } else if (line.startsWith('(') && current && PAGE_CALLED_FROM.test(line)) {
      const from = PAGE_CALLED_FROM.exec(line)!;
      throwSite = { file: from[1], line: Number(from[2]) };
    } else if (line.includes(' - ') && REPORTED_FRAME.test(line)) {
      // A reporter's frame: its function ran at its own file:line (no call-site shift).
      const r = REPORTED_FRAME.exec(line)!;
      if (!current) printed.push((current = { type: 'Throwable', message: '', frames: [] }));
      if (current.frames.length < 200) current.frames.push({ function: r[5], module: r[3], file: r[1], line: Number(r[2]) });
      throwSite = undefined;
    } else if (current && SITE.test(line)) {
      // A location alone names no function: it is a frame at that file (keyed by the file).
      const site = SITE.exec(line)!;
      if (current.frames.length < 200) current.frames.push({ file: site[1], line: Number(site[2]) });
      throwSite = undefined;
    } else if (/^#\d{1,5} \{main\}$/.test(line) && current && throwSite) {
      current.frames.push({ function: '{main}', file: throwSite.file, line: throwSite.line });
      throwSite = undefined;
    }
  }
  if (drupalSite && printed.length > 0 && printed[0].frames.length === 0) printed[0].frames.push(drupalSite);
  // An uncaught throwable's header alone (UNCAUGHT_ALONE), or quoted up to its `Stack trace:`
  // line (php-header-cut-at-trace.ts): its throw site is its frame.
  else if (printed.length === 1 && printed[0].frames.length === 0 && throwSite && !text.includes('#0 ') && (text.includes('Uncaught ') || isPhpHeaderCutAtTrace(text))) printed[0].frames.push({ ...throwSite });
  const exceptions = outerFirst ? printed : printed.reverse();
  for (let i = 1; i < exceptions.length; i++) exceptions[i].relation = 'previous';
  // A file Composer's autoloader loaded and whose top-level code threw is the crash site, not
  // the application's line that loaded the autoloader (composer-loaded-file.ts).
  for (const e of exceptions) keepComposerLoadedFile(e);
  // An error handler the engine called inside a built-in is not where a promoted warning happened.
  for (const e of exceptions) markEngineCalledErrorHandler(e);
  // assert()'s default description is the asserted expression, the statement's own code.
  for (const e of exceptions) markAssertionExpression(e);
  // Symfony's FatalThrowableError is the engine error it carries (symfony-fatal-carrier.ts).
  for (const e of exceptions) if (isThrowableCarrier(e.type)) Object.assign(e, carriedEngineError(e.message));
  compiledTemplatesAsViews(exceptions);
  return { runtime: 'php', exceptions };
}

// Laravel compiles a Blade template into its storage's framework/views, the file named by a
// hash of the template's path (sha1, 40 hex digits; xxh128, 32, since Laravel 10), and reports a
// failure inside it from that file, wrapping it with the template's path: `… (View:
// /app/resources/views/cart.blade.php)` (Illuminate\View\Engines\CompilerEngine, once per
// template it was rendered through, the innermost first). The hash is of the path, so a release
// deployed beside the last compiles every template under another name: keyed by it, one
// template's failure was a signature per release.
const VIEW_NAMED = / \(View: ([^()\n]{1,500}?)\)/g;
const COMPILED_TEMPLATE = /(?:^|[\\/])[0-9a-f]{32}(?:[0-9a-f]{8})?\.php$/;

/**
 * Frames in compiled templates are filed under the templates the message names: the compiled
 * files in the order the frames meet them, innermost first, are the templates in the order
 * the message names them.
 */
function compiledTemplatesAsViews(exceptions: ParsedException[]): void {
  let views: string[] = [];
  for (const e of exceptions) {
    if (!e.message.includes(' (View: ')) continue;
    const named = [...e.message.matchAll(VIEW_NAMED)].map((m) => m[1]);
    if (named.length > views.length) views = named;
  }
  if (views.length === 0) return;
  const compiled = new Map<string, string>();
  for (let i = exceptions.length - 1; i >= 0; i--) {
    for (const f of exceptions[i].frames) {
      if (f.file && !compiled.has(f.file) && COMPILED_TEMPLATE.test(f.file) && compiled.size < views.length) compiled.set(f.file, views[compiled.size]);
    }
  }
  for (const e of exceptions) for (const f of e.frames) if (f.file && compiled.has(f.file)) f.file = compiled.get(f.file);
}

const PHP_NAMES: readonly NameRule[] = [
  [/\{closure(?::[^}]{0,300})?\}/g, '{closure}'], // PHP 8.4 names closures by file:line
  // Symfony's compiled container lives in a namespace named by a hash of its configuration
  // (`ContainerZSEc6NK\App_KernelProdContainer`, `ContainerZSEc6NK\getMailer_TransportsService`:
  // `Container` and seven characters of base64, ContainerBuilder::hash), which every deploy that
  // changes a service's definition moves. Read as `Container\`; a namespace whose seven letters
  // read as a word (`ContainerManager\`), with no digit, `_`, `.` or capital after the first, is not one.
  [/^Container(?=[A-Za-z0-9_.]{0,6}[0-9_.]|[A-Za-z0-9_.][A-Za-z0-9_.]{0,5}[A-Z])[A-Za-z0-9_.]{7}\\/, 'Container\\'],
];

export const phpProfile: RuntimeProfile<'php'> = {
  name: 'php',
  hints: ['php'],
  looksLike: looksLikePhp,
  parse: parsePhp,
  naming: {
    rules: PHP_NAMES,
    // PHP's own function (`iterator_count()`, `json_decode()`) has no source: the trace files it
    // under the line that called it (the note at the top), so its file is its caller's, which the
    // crash site already names, and holds the deploy's directory (`releases/1/app.php`,
    // `releases/2/app.php`): one failure raised by iterator_count() was a signature per release
    // (programs/php-bugs-12). Such a function is global and named by its name alone; a class's
    // method keeps its class (`SplQueue.dequeue`). PHP code's own functions are global too, one
    // of a name in a process: named by the name alone wherever a release moved them
    // (php-function-name-key.ts); a closure, `{main}` and an included file keep their file.
    frameKey: (frame) => {
      if (frame.native && !frame.module) return applyNameRules(frame.function ?? '', PHP_NAMES);
      const named = phpFunctionNameKey(frame);
      return named !== undefined ? applyNameRules(named, PHP_NAMES) : moduleFrameKey(frame, PHP_NAMES);
    },
  },
  // A function the engine's TypeError says broke its own return declaration (`never`'s helpers
  // are named as throw helpers are) is where the failure is.
  brokeOwnDeclaration: brokeOwnReturn,
  // Before 8.4 a closure is `Class->Namespace\{closure}()`: its class, not its method.
  closureNamedByClass: (frame) => frame.module !== undefined && (frame.function ?? '').endsWith('{closure}'),
  library: {
    pooledPaths: { patterns: [/(?:^|\/)vendor\//], needles: ['vendor/'] }, // Composer
    // The distributions' PHP libraries: Debian and Ubuntu install every packaged PHP library
    // (php-illuminate-*, php-symfony-*, php-monolog) under /usr/share/php, on PHP's default
    // include_path ("/usr/share/php is for all PHP libraries packaged as part of Debian", the
    // Debian Webapps team's PHP policy draft, §2.2.2:
    // http://webapps-common.alioth.debian.org/draft-php/html/ch-php-int.html), and PEAR's under
    // /usr/share/pear where a distribution keeps it apart. An application is never there.
    // Without it a library's global function (Laravel's `tap()` in Illuminate/Support/helpers.php,
    // no namespace to name it) was the crash site of every insert Eloquent failed.
    paths: /^\/usr\/share\/(?:php|pear)\//,
    // `\` in PHP's own traces, `.` in opentelemetry-php's Java-style ones.
    modules: /^(?:Illuminate|Symfony|Laravel|Doctrine|GuzzleHttp|Monolog|Composer|PHPUnit|OpenTelemetry)[\\.]/,
    isLibraryFrame: (frame) => !frame.file && !frame.module, // `[internal function]`
  },
  // A namespaced class is named as its frames' classes are (`App\Exceptions\OrderException`); PHP's
  // own types (`TypeError`, `JsonException`) have no namespace.
  typeModule: (type) => (/^\\?\w{1,200}(?:\\\w{1,200}){1,30}$/.test(type) ? type.replace(/^\\/, '') : undefined),
};
