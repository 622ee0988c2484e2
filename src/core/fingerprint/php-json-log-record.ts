// The exception a PHP application's JSON log record holds, written as PHP prints an uncaught one
// (stacktrace/php.ts reads it). Nextcloud's nextcloud.log (OC\Log\LogDetails and
// OC\Log\ExceptionSerializer) writes one record a line, the exception as an object of
// `Exception` (the class), `Message`, `Code`, `Trace` (getTrace() without arguments or with them
// masked: `file`, `line`, `function`, `class`, `type`, the first two missing for a call PHP made
// itself), `File`, `Line` and `Previous` (the exception it wraps, of the same shape). Where it
// sits differs between releases (threads-46): under `exception` beside a plain `message` (22 and
// later), as the `message` object itself (14 to 21), or JSON-encoded as the `message` string
// (25's `"message":"{\"Exception\":\"Error\",…`). ownCloud's log viewer shows its record as
// `Exception: {"Message":…,"Exception":…,"Trace":"#0 …\n#1 …"}`, the Trace as
// getTraceAsString()'s text. Read as they were, none was a trace: each whole record was the
// message, one signature per record.
//
// Read by a tolerant scanner rather than JSON.parse: a record quoted in a thread is often cut
// inside its Trace (the calls before the cut still say where), broken by the paste inside a key
// (`"class` / `":`), or no longer JSON where its reporter masked a field (`-time-34+00:00",XXX,`,
// before the exception object, which is where reading starts). A raw line break inside a string
// is such a break and is dropped; JSON writes none.
//
// Only an object whose first keys include a quoted `Exception` class name and a `Message` or
// `Trace` is read so; a record without one (an access line, a plain `{"message":…}`) is left as
// it is, and so is one that names neither where it was thrown nor a call with a file.

import { isJsonObject, TolerantJsonReader, type Json } from './tolerant-json.js';
import { PHP_CLASS_NAME } from './laravel-debug-json.js';
import { rethrownEngineErrorClass } from './php-rethrown-engine-error.js';
import { nextcloudErrorHandlerText } from './nextcloud-error-handler-record.js';

const MAX_CHAIN = 8;
const MAX_FRAMES = 200;
/** Longest message searched for the rethrow's ` in file '…' line …` suffix. */
const MAX_MESSAGE = 8192;

/** Nextcloud's AppFramework dispatcher rethrows what a controller raised as `Exception` with this suffix (lib/private/AppFramework/Http/Dispatcher.php). */
const RETHROW_SUFFIX = /^([^]*?) in file '([^']{1,500})' line (\d{1,7})$/;
/** A getTraceAsString() line: `#N <file>(<line>): <call>` or `#N [internal function]: <call>`. */
const TRACE_LINE = /^#\d{1,5} (?:(.{1,500}?)\((\d{1,7})\)|\[internal function\]): (.{1,800})$/;

interface Printed { type: string; message: string; file?: string; line?: string; frames: string[] }

/** One call of a Trace array, as getTraceAsString() writes it (without its arguments). */
function callLine(frame: { [key: string]: Json }): string | undefined {
  const fn = frame.function;
  if (typeof fn !== 'string' || !fn) return undefined;
  const cls = typeof frame.class === 'string' ? frame.class : '';
  const type = typeof frame.type === 'string' ? frame.type : '->';
  const where = typeof frame.file === 'string' && typeof frame.line === 'number' ? `${frame.file}(${frame.line})` : '[internal function]';
  return `${where}: ${cls ? cls + type : ''}${fn}()`;
}

function framesOf(trace: Json | undefined): string[] {
  if (Array.isArray(trace)) return trace.filter(isJsonObject).map(callLine).filter((l): l is string => l !== undefined).slice(0, MAX_FRAMES);
  if (typeof trace !== 'string') return [];
  const calls: string[] = [];
  for (const line of trace.split('\n')) {
    const m = TRACE_LINE.exec(line.trim());
    if (m && calls.length < MAX_FRAMES) calls.push(`${m[1] !== undefined ? `${m[1]}(${m[2]})` : '[internal function]'}: ${m[3]}`);
  }
  return calls;
}

/**
 * Nextcloud's PHP error handler (OC\Log\ErrorHandler::onError, and onAll for what it only logs):
 * the engine calls it for a warning or notice, which it logs as an `Error` whose message ends
 * ` at <file>#<line>`, the first call of the Trace being the handler's own at the warning's place.
 * Every warning of the server goes through it, so it is no part of the failure: the place is.
 * Kept, two warnings with one message in two files (an undefined `size` key in SFTP::stat and in
 * View::getCacheEntry, threads-44) were one signature, keyed by the handler.
 */
const isErrorHandlerCall = (frame: Json | undefined): frame is { [key: string]: Json } =>
  isJsonObject(frame) && typeof frame.class === 'string' && /(?:^|\\)ErrorHandler$/.test(frame.class) && typeof frame.function === 'string' && /^on(?:Error|All)$/.test(frame.function);

/** The exception object and those it wraps, the record's order (outermost first). */
function chainOf(error: { [key: string]: Json }): Printed[] {
  const chain: Printed[] = [];
  for (let e: Json | undefined = error; isJsonObject(e) && chain.length < MAX_CHAIN; e = e.Previous) {
    const type = e.Exception;
    if (typeof type !== 'string' || !PHP_CLASS_NAME.test(type)) break;
    const message = typeof e.Message === 'string' ? e.Message : '';
    let file = typeof e.File === 'string' ? e.File : undefined;
    let line = typeof e.Line === 'number' ? String(e.Line) : undefined;
    let trace = e.Trace;
    if (Array.isArray(trace) && isErrorHandlerCall(trace[0])) {
      const handler = trace[0];
      if ((file === undefined || line === undefined) && typeof handler.file === 'string' && typeof handler.line === 'number') [file, line] = [handler.file, String(handler.line)];
      trace = trace.slice(1);
    }
    chain.push({ type: type.replace(/^\\/, ''), message, file, line, frames: framesOf(trace) });
  }
  return chain;
}

/** One exception as PHP prints it; undefined when the record says nowhere it was thrown. */
function printed(p: Printed, wraps: boolean): string | undefined {
  let { message, file, line } = p;
  // A rethrow whose wrapped exception the record (or its quote) no longer holds: the wrapped one's
  // place is in the message; without it, the dispatcher's place would be every such record's.
  const rethrown = !wraps && message.length <= MAX_MESSAGE ? RETHROW_SUFFIX.exec(message) : null;
  if (rethrown) [, message, file, line] = rethrown;
  // The dispatcher's own wrapper: the error it wrapped is read at its place, under the class its
  // message says, and quoted up to its `Stack trace:` (php-rethrown-engine-error.ts); the Trace
  // is the dispatcher's callers, not the error's.
  if (rethrown && p.type === 'Exception') return `${rethrownEngineErrorClass(message)}: ${message.split('\n', 1)[0]} in ${file}:${line}\nStack trace:`;
  const first = /^(.{1,500}?)\((\d{1,7})\): /.exec(p.frames[0] ?? '');
  // The throw site cut off: the deepest call the record still names stands for it.
  if (file === undefined || line === undefined) [file, line] = first ? [first[1], first[2]] : [undefined, undefined];
  if (file === undefined || line === undefined) return undefined;
  const frames = p.frames.length > 0 ? p.frames.map((f, i) => `#${i} ${f}`) : ['#0 {main}'];
  return `${p.type}: ${message.split('\n', 1)[0]} in ${file}:${line}\nStack trace:\n${frames.join('\n')}`;
}

/** The message a rethrow repeats, Nextcloud's `in file '…' line …` left off. */
const repeated = (message: string) => (message.length <= MAX_MESSAGE ? RETHROW_SUFFIX.exec(message)?.[1] : undefined) ?? message;

/**
 * The chain written as PHP prints it: the innermost first, each outer one after it as `Next …`.
 * An outer exception that only repeats the message of the one it wraps (Nextcloud's dispatcher
 * catching what a controller raised, with or without the place appended) says nothing of the
 * failure and is left out: its Trace is the dispatch every request shares, and read as the
 * failure it made the one raised in a controller a failure of the dispatcher.
 */
export function phpLoggedExceptionText(error: { [key: string]: Json }): string | undefined {
  const chain = chainOf(error);
  while (chain.length > 1 && chain[0].message !== '' && repeated(chain[0].message) === chain[1].message) chain.shift();
  // A wrapped exception the quote cut before its Trace and File says nowhere: the chain ends above it.
  while (chain.length > 1 && printed(chain[chain.length - 1], false) === undefined) chain.pop();
  const texts: string[] = [];
  for (let i = chain.length - 1; i >= 0; i--) {
    const text = printed(chain[i], i < chain.length - 1);
    if (text === undefined) return undefined;
    texts.push(texts.length === 0 ? text : `Next ${text}`);
  }
  return texts.length > 0 ? texts.join('\n\n') : undefined;
}

/** Where the exception object starts: after `"exception":`, `"message":` or ownCloud's `Exception: `. */
const OBJECT_START = /(?:"(?:exception|message)"\s*:\s*|^\s*Exception: )\{(?=\s*"(?:Exception|Message)"\s*:)/m;
/**
 * The exception object JSON-encoded as the `message` string: Nextcloud 25's `"message":"{\"Exception\":…`,
 * and Nextcloud 13's and ownCloud's `"message":"Exception: {\"Exception\":…` (nextcloud/server#9266).
 */
const ENCODED_START = /"message"\s*:\s*"(?:Exception: ?)?(?=\{\\"(?:Exception|Message)\\":)/;

/** The text the object is read from, one level of string escapes undone for an encoded one. */
function objectText(text: string): string | undefined {
  const start = OBJECT_START.exec(text);
  if (start) return text.slice(start.index + start[0].length - 1);
  const encoded = ENCODED_START.exec(text);
  if (!encoded) return undefined;
  // Cut inside the string: what was read up to the cut is the object's text.
  const inner = new TolerantJsonReader(`"${text.slice(encoded.index + encoded[0].length)}`).value();
  return typeof inner === 'string' ? inner : undefined;
}

/** The record's exception written as PHP prints it; the text as it is when it holds none. */
export function withPhpJsonLogRecordAsTrace(text: string): string {
  // A record with no exception object may still be the PHP error handler's of one (nextcloud-error-handler-record.ts).
  if (!text.includes('Exception"') && !text.includes('Exception\\"')) return nextcloudErrorHandlerText(text) ?? text;
  const source = objectText(text);
  if (source === undefined) return nextcloudErrorHandlerText(text) ?? text;
  const error = new TolerantJsonReader(source).value();
  if (!isJsonObject(error) || typeof error.Exception !== 'string' || (error.Message === undefined && error.Trace === undefined)) return text;
  return phpLoggedExceptionText(error) ?? text;
}
