// JavaScript: V8's Error.stack (Node, Chrome, Deno, Bun) and the `fn@url:line:col` format of
// SpiderMonkey / JavaScriptCore (Firefox, Safari) for browser errors.
// https://v8.dev/docs/stack-trace-api
//   TypeError: msg
//       at fn (/app/src/a.js:10:5)
//       at async Promise.all (index 0)
//       at /app/src/b.js:3:1                      ← anonymous
//       at new Foo (file:///app/x.mjs:1:2)
import { unspacedFrame } from '../v8-unspaced-frame.js';
import { leadNamedHeader } from '../uncaught-exception-lead.js';
import { applyNameRules, normalizePath } from '../normalize.js';
import type { NameRule, RuntimeProfile } from './profile.js';
import { LIMITS, type ParsedException, type ParsedTrace, type RawFrame } from '../types.js';

const V8_ANON = /^\s*at (?:async )?(.{1,600})$/;
const GECKO = /^\s*([^@\s]{0,300})@(.{1,600})$/;
/**
 * Chrome DevTools' console shows an uncaught error's stack as `function @ file:line` rows (the
 * column dropped, `(anonymous)` for a function without a name), and that is what is copied from it:
 * `fn @ main.js:103`, `(anonymous) @ main.js:2656`, `__webpack_require__ @ bootstrap:19`.
 */
const DEVTOOLS = /^\s*(\S[^@\n]{0,300}?) @ (\S{1,600}?:\d{1,7}(?::\d{1,7})?)$/;
const DEVTOOLS_LINES = /^\s*\S[^@\n]{0,300}? @ \S{1,600}?:\d{1,7}(?::\d{1,7})?$/gm;
/**
 * Firefox's web console shows an error's stack as `function location` rows, the location a URL
 * and its line (`o moz-extension://…/assets/consts.js:9`, `#injectIntoMainWorld
 * resource://gre/modules/ExtensionContent.sys.mjs:728`, `<anonymous> <anonymous code>:11`), and
 * that is what is copied from it, at times as a Markdown list (`- prevent moz-extension://…:95`).
 * Only a URL whose path names a file (or Firefox's `<anonymous code>`) is a location: `GET
 * https://host:443` is no frame. Two rows at least make a trace.
 */
const FIREFOX_CONSOLE = /^\s*(?:- )?([^\s:@()][^\s@]{0,300}) ((?:[a-z][\w+.-]{1,30}:\/\/[^\s/]{0,300}\/\S{0,600}?\.[A-Za-z]{1,8}(?:\?\S{0,200})?|<anonymous code>)):(\d{1,7})(?::(\d{1,7}))?$/;
const FIREFOX_CONSOLE_LINES = new RegExp(FIREFOX_CONSOLE.source, 'gm');
/**
 * Safari's Web Inspector copies an error's stack as `function (file, line N)` rows, tab-indented
 * under `[Error] TypeError: …` (`_getLineFromStack (consolelog.js, line 99)`, `global code
 * (app.js, line 3)`). Two rows at least make a trace: one `(file, line N)` could be prose. The
 * function is a JavaScript name: Erlang's shell prints `in function  mod:fun/1 (file.erl, line
 * 411)` in the same shape.
 */
const SAFARI_CONSOLE = /^\s*([A-Za-z_$<#][\w$.<>#/]{0,300}|global code) \(([^\s(),]{1,600}), line (\d{1,7})\)$/;
const SAFARI_CONSOLE_LINES = new RegExp(SAFARI_CONSOLE.source, 'gm');
/** A script's location as an error tracker names it: a URL, or a script's file. */
export const SCRIPT_LOCATION = /^(?:[a-z][\w+.-]{1,30}:\/\/\S|\S{0,600}\.(?:[cm]?js|jsx|[cm]?ts|tsx)(?:\?\S{0,200})?$)/;
/**
 * Rollbar lists a JavaScript stack in Python's frame form, `File "<url>", line <n>, in <function>`
 * under the error's `Type: message` line (`[anonymous]` for a function without a name, the
 * source line under a frame where it has the source map), innermost frame first as the engine
 * printed it. Only a script's location (SCRIPT_LOCATION) makes it a JavaScript frame. Before,
 * such a list was read as a Python traceback, outermost first: Land of the Rair's crash site was
 * Angular's zone hook bundled into its main script (`Object.onInvokeTask`), under which every
 * error of the app runs, and a page's `[anonymous]` read as a named function (threads-10).
 */
const ROLLBAR_ROW = /^\s*File "(\S[^"]{0,600}?)", line (\d{1,7}), in (\S.{0,300})$/;

/** A line of Rollbar's JavaScript frame list (ROLLBAR_ROW) whose location is a script's. */
function rollbarRow(line: string): RegExpExecArray | null {
  const m = line.includes('File "') ? ROLLBAR_ROW.exec(line) : null;
  return m && SCRIPT_LOCATION.test(m[1]) ? m : null;
}
// Safari's console puts the message's level before it: `[Error] TypeError: …`.
const HEADER = /^(?:\[Error\] )?(?:Uncaught )?([A-Za-z_$][\w$.]{0,200}?)(?:\s\[[^\]]{0,100}\])?(?::\s?(.*))?$/;
// An error's cause after its frames: Node's inspection (`console.error`, an uncaught error)
// prints `[cause]: Type: message` (or `cause: …` where the cause is an own property, as undici
// sets it) inside the braces that open after the last frame; pino's serializer appends
// `caused by: Type: message`. Each starts the next exception of the chain, with its own frames.
const CAUSE = /^\s*(?:\[cause\]|cause|caused by): (?=[A-Za-z_$])(.{1,400})$/;
// The banner Node prints above an uncaught error: where it was thrown, that source line and a
// caret under the throw (`/app/x.js:10`, `    throw new Error('x');`, `    ^`); not the header.
const UNCAUGHT_BANNER = /^[^\n]{1,600}:\d{1,7}\r?\n[^\n]{0,600}\r?\n[ \t]{0,600}\^+[ \t]*\r?\n/;
/**
 * UNCAUGHT_BANNER's match, looked for only where the first line ends in a digit (before a `\r`):
 * its location's line number ends that line. A trace's header (`TypeError: …`) nearly never
 * does, and the pattern's walk back through the first line ran on every JavaScript trace.
 */
function uncaughtBanner(text: string): RegExpExecArray | null {
  let end = text.indexOf('\n') - 1;
  if (end > 0 && text.charCodeAt(end) === 13) end--;
  const last = end >= 0 ? text.charCodeAt(end) : 0;
  return last >= 48 && last <= 57 ? UNCAUGHT_BANNER.exec(text) : null;
}
/**
 * The banner's location when it is a JavaScript (or TypeScript, as ts-node runs it) file: an
 * error printed without its stack (the frames cut from a post, a stack-less `throw` of a value
 * from a library) still says there where it was thrown.
 */
const BANNER_FILE = /^([^\n]{1,600}\.(?:[cm]?js|jsx|[cm]?ts|tsx)):(\d{1,7})\r?\n/;

/** A header whose type is named as an error's (`TypeError: …`, `Uncaught FooException: …`). */
const NAMED_ERROR_HEADER = /^(?:Uncaught )?([A-Za-z_$][\w$.]{0,200}?(?:Error|Exception)): (.{1,2000})$/;

/** The value `numberSuffix` last read. */
let suffixValue = 0;

/**
 * Where the `:` before the number that ends `text.slice(start, end)` is, when that number has
 * 1–7 digits and the `:` is not the first character; -1 otherwise. The number is left in
 * `suffixValue`: no substring or pair is made for the frames of every trace.
 */
function numberSuffix(text: string, start: number, end: number): number {
  const colon = text.lastIndexOf(':', end - 1);
  const digits = end - colon - 1;
  if (colon <= start || digits < 1 || digits > 7) return -1;
  let value = 0;
  for (let i = colon + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    value = value * 10 + (c - 48);
  }
  suffixValue = value;
  return colon;
}

/**
 * `file:line:col`, `file:line` or `file`, split from the end by string search: the lazy regex
 * this replaces backtracked through every position of long locations and was the largest
 * single cost of fingerprinting a Node trace.
 */
function location(loc: string, fn: string | undefined): RawFrame {
  return locationIn(loc, 0, loc.length, fn);
}

/** `location` of `text.slice(start, end)`, read in place. */
function locationIn(text: string, start: number, end: number, fn: string | undefined): RawFrame {
  if (text.startsWith('eval at ', start)) {
    const origin = evalOrigin(text, start, end);
    if (origin) return locationIn(text, origin[0], origin[1], fn);
  }
  const frame: RawFrame = { function: fn };
  const last = numberSuffix(text, start, end);
  if (last < 0) {
    frame.file = text.slice(start, end);
    return frame;
  }
  const lastValue = suffixValue;
  const before = numberSuffix(text, start, last);
  if (before >= 0) {
    frame.file = text.slice(start, before);
    frame.line = suffixValue;
    frame.column = lastValue;
  } else {
    frame.file = text.slice(start, last);
    frame.line = lastValue;
  }
  return frame;
}

/**
 * Code made at run time by eval or `new Function` is located by V8 where it was made: `eval at
 * create (/app/node_modules/tapable/lib/HookCodeFactory.js:19:10), <anonymous>:7:1`, nested
 * when that code made more. Its frame is filed under the file that made it: read whole, the
 * location's file held the maker's line and column (`HookCodeFactory.js:19:10), <anonymous>`),
 * which another release of that file moves. The span of the maker's location, inside the
 * parentheses after `eval at <function>`, or undefined.
 */
function evalOrigin(text: string, start: number, end: number): [number, number] | undefined {
  const open = text.indexOf(' (', start + 8);
  if (open < 0 || open >= end) return undefined;
  let depth = 0;
  for (let i = open + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41 && --depth === 0) return [open + 2, i];
  }
  return undefined;
}

/**
 * The common frame line, `at [async ][new ]fn (location)` ending in `)`, read in place from
 * the line `text.slice(start, end)` as `v8Named` and `location` read it, without cutting the
 * line, the name-location pair and the location out first (they were a third of a Node
 * trace's parsing). Undefined for any other line, and for a builtin's `(index N)`: the
 * general path reads those.
 */
function v8FrameIn(text: string, start: number, end: number): RawFrame | undefined {
  // The line ends with `)`, which none of the words below holds: a match never runs past it.
  let at = start;
  while (at < end && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  if (!text.startsWith('at ', at)) return undefined;
  at += 3;
  if (text.startsWith('async ', at)) at += 6;
  if (text.startsWith('new ', at)) at += 4;
  const open = text.indexOf(' (', at);
  if (open <= at || open >= end - 1) return undefined;
  if (text.startsWith('index ', open + 2)) return undefined;
  return locationIn(text, open + 2, end - 1, text.slice(at, open));
}

/**
 * `at [async ][new ]fn (location)` split by string search, not by a regex: a lazy name group
 * before ` (` backtracks quadratically on lines like `at ( ( ( (…`. The first ` (` ends the
 * name (V8 names hold no ` (`; `eval at f (x.js:1:2)` locations may, and stay whole).
 */
function v8Named(line: string): [fn: string, location: string] | undefined {
  if (!line.endsWith(')')) return undefined;
  let start = 0;
  while (start < line.length && (line[start] === ' ' || line[start] === '\t')) start++;
  if (!line.startsWith('at ', start)) return undefined;
  start += 3;
  if (line.startsWith('async ', start)) start += 6;
  if (line.startsWith('new ', start)) start += 4;
  const open = line.indexOf(' (', start);
  if (open <= start) return undefined;
  return [line.slice(start, open), line.slice(open + 2, -1)];
}

// Next.js's development error overlay, copied as text, lists a frame as two lines, the function
// and then its file with `(line:column)`, under a `Call Stack` heading, with the names of the
// frameworks it collapses (`Next.js`, `React`) between them:
//   options.factory
//   file:///C:/app/.next/static/chunks/webpack.js (715:31)
// Read as no frame, every error copied so was left to its message.
const OVERLAY_PAIR = /^([A-Za-z_$<][^\s()]{0,200})\r?\n(\S[^\n]{0,600}?\.(?:[cm]?[jt]sx?)(?:\?\S{0,200})?) \((\d{1,7}):(\d{1,7})\)\r?$/gm;
const OVERLAY_LOCATION = /\.(?:[cm]?[jt]sx?)(?:\?\S{0,200})? \(\d{1,7}:\d{1,7}\)\r?$/m;
/** Two frames at least: one `name` / `file (l:c)` pair could be prose. */
const OVERLAY_MIN_FRAMES = 2;

/** The overlay's line pairs rewritten as V8 frame lines, its heading dropped; undefined when it is not one. */
function fromOverlay(text: string): string | undefined {
  if (!OVERLAY_LOCATION.test(text)) return undefined;
  let pairs = 0;
  const rewritten = text.replace(OVERLAY_PAIR, (_, fn: string, file: string, line: string, column: string) => {
    pairs++;
    return `    at ${fn} (${file}:${line}:${column})`;
  });
  return pairs >= OVERLAY_MIN_FRAMES ? rewritten.replace(/^Call Stack\r?$/m, '') : undefined;
}

export function looksLikeJavaScript(text: string): boolean {
  return /^\s*at (?:.{1,400} \()?.{1,600}:\d{1,7}:\d{1,7}\)?$/m.test(text) || /^\s*[^@\s]{0,300}@.{1,600}:\d{1,7}:\d{1,7}$/m.test(text) ||
    // DevTools' rows: two at least, as one `x @ host:port` line can be anything.
    (text.match(DEVTOOLS_LINES)?.length ?? 0) >= 2 ||
    // Firefox's and Safari's console rows, two at least.
    (text.includes(':') && (text.match(FIREFOX_CONSOLE_LINES)?.length ?? 0) >= 2) ||
    (text.includes(', line ') && (text.match(SAFARI_CONSOLE_LINES)?.length ?? 0) >= 2) ||
    (text.includes('File "') && text.split('\n').some((l) => rollbarRow(l.trimEnd()) !== null)) ||
    // Node's banner above an uncaught error whose stack holds no frame.
    (BANNER_FILE.test(text) && uncaughtBanner(text) !== null) || fromOverlay(text) !== undefined;
}

/** `inPlace: false` reads every line by the general path (tests check the two agree). */
export function parseJavaScript(text: string, inPlace = true): ParsedTrace {
  // The lines of `traceLines`, found in place: a frame line is read without being cut out.
  const limited = text.length > LIMITS.maxTraceChars ? text.slice(0, LIMITS.maxTraceChars) : text;
  const capped = /^\s*at /m.test(limited) ? limited : (fromOverlay(limited) ?? limited);
  const exceptions: ParsedException[] = [];
  let exc: ParsedException | undefined;
  const banner = uncaughtBanner(capped);
  // Whether the first exception was opened by a line that is not an error's header.
  let textAbove = false;
  for (let next = banner ? banner[0].length : 0; next <= capped.length; ) {
    const start = next;
    let end = capped.indexOf('\n', start);
    if (end < 0) end = capped.length;
    next = end + 1;
    if (end - start > LIMITS.maxLineChars) end = start + LIMITS.maxLineChars;
    if (end > start && capped.charCodeAt(end - 1) === 13) end--;
    let frame = inPlace && end > start && capped.charCodeAt(end - 1) === 41 ? v8FrameIn(capped, start, end) : undefined;
    if (frame) {
      if (!exc) exceptions.push((exc = { type: 'Error', message: '', frames: [] }));
      if (exc.frames.length < 200) exc.frames.push(frame);
      continue;
    }
    // A trace quoted in prose may end its last frame with a full stop: `…catalog.js:98:8).`;
    // Node's inspection of an error with own properties (an uncaught one, console.error) opens
    // them after its last frame: `…safe-parser.js:1:17) {`, then `code: '…'` and `}`.
    const trimmed = capped.slice(start, end).trimEnd();
    const line = trimmed.endsWith(').') ? trimmed.slice(0, -1) : trimmed.endsWith(') {') ? trimmed.slice(0, -2) : trimmed;
    if (!line) continue;
    const named = v8Named(line);
    // `at async Promise.all (index 0)`: a builtin, with no location.
    if (named) frame = named[1].startsWith('index ') && /^index \d{1,7}$/.test(named[1]) ? { function: named[0] } : location(named[1], named[0]);
    else if (/^\s*at /.test(line)) {
      const anon = V8_ANON.exec(line);
      // `at async Promise.all (index 0)` has no location; `at file:1:2` is an anonymous function;
      // `at assert(node:internal/assert:14:10)` lost the space before its location (v8-unspaced-frame.ts).
      const unspaced = anon ? unspacedFrame(anon[1]) : undefined;
      if (unspaced) frame = unspaced[1] === '<anonymous>' ? { function: unspaced[0], file: unspaced[1] } : location(unspaced[1], unspaced[0]);
      else if (anon) frame = /:\d+(:\d+)?$/.test(anon[1]) ? location(anon[1], undefined) : { function: anon[1] };
    } else if (line.includes('@') && /:\d+:\d+$/.test(line)) {
      // Also as the first line: Firefox's and Safari's `error.stack` has no `Type: message`
      // header (the type and message are the exception's attributes), so its first line is
      // the throwing frame, which read as a header left the crash site to its caller. A header
      // cannot match: GECKO allows no space before the `@`.
      const g = GECKO.exec(line);
      if (g) frame = location(g[2], g[1] || undefined);
    } else if (line.includes(' @ ')) {
      const d = DEVTOOLS.exec(line);
      if (d) frame = location(d[2], d[1] === '(anonymous)' ? undefined : d[1]);
    } else if (line.includes('File "') && rollbarRow(line)) {
      const r = rollbarRow(line)!;
      frame = { function: r[3] === '[anonymous]' ? undefined : r[3], file: r[1], line: Number(r[2]) };
    } else if (line.includes(', line ')) {
      const sf = SAFARI_CONSOLE.exec(line);
      if (sf) frame = { function: sf[1] === 'global code' ? undefined : sf[1], file: sf[2], line: Number(sf[3]) };
    } else if (line.includes(':')) {
      const ff = FIREFOX_CONSOLE.exec(line);
      if (ff) frame = { function: ff[1] === '<anonymous>' ? undefined : ff[1], file: ff[2], line: Number(ff[3]), column: ff[4] === undefined ? undefined : Number(ff[4]) };
    }
    if (frame) {
      if (!exc) exceptions.push((exc = { type: 'Error', message: '', frames: [] }));
      if (exc.frames.length < 200) exc.frames.push(frame);
      continue;
    }
    const cause = exc && exc.frames.length > 0 ? CAUSE.exec(line) : null;
    const causeHeader = cause ? HEADER.exec(cause[1].trim()) : null;
    if (causeHeader && exceptions.length < 16) {
      exceptions.push((exc = { type: causeHeader[1], message: causeHeader[2]?.trim() ?? '', frames: [], relation: 'cause' }));
      continue;
    }
    if (!exc) {
      const h = HEADER.exec(line.trim());
      exceptions.push((exc = h ? { type: h[1], message: h[2]?.trim() ?? '', frames: [] } : { type: 'Error', message: line.trim(), frames: [] }));
      textAbove = !h;
    } else if (exc.frames.length === 0 && exc.relation !== 'cause') {
      // Text above the error (Atom's uncaught-exception report opens with `At <file>:<line>`
      // and a blank line before `error.stack`; a logger's line before it): the error's own
      // header is the first line below that names an error type and its message.
      const named = textAbove ? NAMED_ERROR_HEADER.exec(line.trim()) : null;
      const h = named ? ([named[1], named[2]] as const) : textAbove ? leadNamedHeader(line.trim()) : undefined;
      if (h) {
        exc.type = h[0];
        exc.message = h[1].trim();
        textAbove = false;
      } else exc.message += '\n' + line;
    }
  }
  // Without a frame, the banner's location is where the error was thrown: the crash site.
  const thrownAt = banner && !exceptions.some((e) => e.frames.length > 0) ? BANNER_FILE.exec(banner[0]) : null;
  if (thrownAt) {
    if (!exceptions.length) exceptions.push({ type: 'Error', message: '', frames: [] });
    exceptions[0].frames.push({ file: thrownAt[1], line: Number(thrownAt[2]) });
  }
  return { runtime: 'javascript', exceptions };
}

const JS_NAMES: readonly NameRule[] = [
  [/^(?:async |new )/, ''],
  [/ \[as [^\]]{1,200}\]$/, ''], // `Foo.bar [as baz]`
];

/** Function name as it contributes. */
function functionKey(frame: RawFrame): string {
  const fn = applyNameRules(frame.function ?? '', JS_NAMES);
  if (fn === '<anonymous>' || fn === '?' || fn.endsWith('/<')) return '';
  // `Object.<anonymous>`, `Module._compile`: keep the last dotted segment, as the receiver
  // (`Object`, `process`, a class) is printed inconsistently by V8.
  const dot = fn.lastIndexOf('.');
  return dot >= 0 ? fn.slice(dot + 1).replace(/^<anonymous>$/, '') : fn;
}

// A Node core module as Node 14 and before named it: a bare file name or `internal/…`, nothing
// else: an application's file has a directory, on Windows a drive and backslashes
// (`C:\app\node_modules\webpack\lib\util\createHash.js`).
const OLD_CORE_FILE = /^(?:internal\/[\w./-]{1,200}|[\w.-]{1,100})\.js$/;

/**
 * A Node core module's file as every Node version names it: `node:child_process` since Node 16,
 * `child_process.js` and `internal/child_process.js` before (core modules printed by bare name,
 * an application's files always with a path). One key for both, so a failure seen only in
 * Node's own frames is one signature on a Node 14 host and on a Node 20 one.
 */
function nodeCoreModule(file: string | undefined): string | undefined {
  if (!file) return undefined;
  if (file.startsWith('node:')) return file;
  return OLD_CORE_FILE.test(file) ? `node:${file.slice(0, -'.js'.length)}` : undefined;
}

/**
 * Columns this far in are a bundler's or minifier's single long line (webpack, esbuild and
 * Next.js server chunks, a browser's `main.3f2a1b.js`), not a line a person wrote.
 */
const BUNDLED_COLUMN = 300;
/** A frame served to a browser (its file a URL), which several engines run. */
const WEB_URL = /^(?:https?|blob|chrome-extension|moz-extension|safari-extension|webpack):\/\//i;
/** A minifier's mangled name (`e`, `t`, `Qe`), on a file's first lines, where bundles keep their code. */
const MANGLED_NAME = /^[A-Za-z_$][A-Za-z0-9_$]?$/;

/**
 * A frame in minified or bundled server code: a far column, or a mangled function name on one
 * of the first lines. Line and column never contribute, so there every failure of a mangled function
 * (or of a handler the bundler inlined everything into) had one key: two different bugs of one
 * Next.js chunk (`at e (…/chunks/8734.js:1:23456)`, `at e (…:1:98765)`) were one signature.
 */
function minifiedFrame(frame: RawFrame): boolean {
  // A browser's bundle (served from a URL) runs on several engines, which word one failure
  // differently (V8's `Cannot read properties of undefined (reading 'x')`, Firefox's `n is
  // undefined`): there the message would split one bug by browser, so the frame alone stays
  // its key. A server runs one engine, whose wording is fixed.
  if (frame.file !== undefined && WEB_URL.test(frame.file.replace(/\\/g, '/'))) return false;
  if (frame.column !== undefined && frame.column >= BUNDLED_COLUMN) return true;
  if (frame.line === undefined || frame.line > 3) return false;
  const name = functionKey(frame);
  // Browsers print a bundle's frames without a column too (`at nn (commons.5752e1f2.js:1)`),
  // and its anonymous functions without a name (`at commons.5752e1f2.js:1`).
  return MANGLED_NAME.test(name) || (name === '' && frame.line === 1);
}

// The error types ECMAScript defines (ECMA-262 §20.5: Error, its NativeErrors, AggregateError,
// SuppressedError from the explicit-resource-management proposal, SpiderMonkey's InternalError)
// and Web IDL's DOMException, which the runtime makes at the application's frame as well: they
// are never the application's own.
const LANGUAGE_ERROR_TYPES = new Set(['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'AggregateError', 'SuppressedError', 'InternalError', 'DOMException']);

// What a server-side engine (V8 in Node and Deno, JavaScriptCore in Bun) writes when the
// application's own statement fails, the error made at the application's frame with no frame of
// the runtime above it: an operator on a missing value, a call of what is not a function, a
// binding used wrongly, a recursion or an allocation too deep or too large, the parser's words
// for code evaluated at run time. Any other message of a language type made there is one the
// application's `throw` wrote. A message of the engine's read as the application's would have
// its words mined, and the property it names is data-dependent along a chain (code-in-message.ts).
const ENGINE_MESSAGE = new RegExp([
  // V8
  String.raw`^Cannot (?:read|set) propert(?:y|ies) (?:'[^']*' )?of `,
  String.raw` is not (?:a function|a constructor|iterable|async iterable|defined|an object|a valid|a symbol)\b`,
  String.raw`^Assignment to constant variable\.`,
  String.raw`^Cannot access '[^']*' before initialization`,
  String.raw`^Cannot (?:destructure|convert|mix BigInt|use 'in' operator|create property|assign to read only property|redefine property|add property|delete property|define property|freeze|read private member|write private member|set private member)\b`,
  String.raw`^Class (?:constructor .* cannot be invoked without 'new'|extends value )`,
  String.raw`^Maximum call stack size exceeded`,
  String.raw`^Invalid (?:array length|string length|typed array length|time value|count value|code point|regular expression|or unexpected token|left-hand side|shorthand property initializer|destructuring assignment target)`,
  String.raw`^Division by zero$`,
  String.raw`^Unexpected (?:token|end of|identifier|string|number|strict mode reserved word|reserved word|template string)`,
  String.raw`^(?:Right-hand side of 'instanceof'|Spread syntax requires|Found non-callable @@iterator|Super constructor|Derived constructors may only return|Private field '|Method .* called on incompatible receiver|Reduce of empty array with no initial value|Converting circular structure to JSON|Do not know how to serialize a BigInt|Iterator result .* is not an object|Illegal (?:invocation|return statement|break statement|continue statement))`,
  String.raw` has already been declared$`,
  String.raw`^Identifier '[^']*' has already been declared`,
  String.raw`^BigInt(?:s)? `,
  String.raw`^(?:await|yield) is only valid`,
  // JavaScriptCore (Bun; Safari)
  String.raw` is not an object \(evaluating `,
  String.raw`^Can't find variable: `,
  String.raw`^Attempted to assign to readonly property`,
  String.raw`^Cannot access uninitialized variable`,
  String.raw`^Right side of assignment cannot be destructured`,
  String.raw`^Type error$`,
  // SpiderMonkey (Firefox), for a browser's errors a server collects
  String.raw`^[\w$.\[\]"'()]+ is (?:undefined|null)$`,
  String.raw`^can't (?:access property|convert|assign to|define property|redefine|delete|access lexical declaration)\b`,
  String.raw` has no properties$`,
  String.raw`^(?:too much recursion|cyclic object value|invalid array length|invalid assignment to const|missing \S+ (?:after|before|in))`,
  // A wording is read wherever the message quotes it, after a prefix a logger or Node's warning
  // put before it (`(node:1075) UnhandledPromiseRejectionWarning: TypeError: Cannot read …`).
].map((p) => (p.startsWith('^') ? String.raw`(?:^|[^\w'])` + p.slice(1) : p)).join('|'));

export const javascriptProfile: RuntimeProfile<'javascript'> = {
  name: 'javascript',
  hints: ['nodejs', 'node', 'node.js', 'webjs', 'javascript'],
  looksLike: looksLikeJavaScript,
  parse: parseJavaScript,
  naming: { frameKey: (frame) => `${nodeCoreModule(frame.file) ?? normalizePath(frame.file) ?? ''}:${functionKey(frame)}` },
  library: {
    pooledPaths: {
      patterns: [
        /(?:^|\/)node_modules\//, // npm, yarn, pnpm (also bundled `webpack:///node_modules/`)
        /^node:/, // Node core (`node:internal/…`, `node:fs`)
        /^internal\//, // Node core before the `node:` prefix
        /^<anonymous>$|^native$|^\[native code\]$|^index \d+$/, // V8 builtins (`Array.map (<anonymous>)`)
      ],
      needles: ['node_modules/'],
      prefixes: ['node:', 'internal/', '<anonymous>', 'native', '[native code]', 'index '],
    },
    isLibraryFrame: (_frame, file) =>
      // `at async Promise.all (index 0)`; and Node before 16 printed its own modules by bare
      // name (`events.js:98:17`, `_http_server.js`), an application file always with its path or URL.
      !file || !file.includes('/'),
  },
  // Node's own modules, with the `node:` prefix (16+) or as Node 14 and before named them (a bare
  // file name, `internal/…`): OLD_CORE_FILE.
  stdlib: { paths: new RegExp(`^node:|${OLD_CORE_FILE.source}`) },
  machinery: { errorClassConstructorsOnly: true, helperFiles: true },
  minified: minifiedFrame,
  anonymous: (frame) => functionKey(frame) === '',
  // An exception's type is its `name` (or its `code`, which the OpenTelemetry JS SDK records
  // first: `ENOENT`, `23505`), never qualified by a module. A class name that is not the
  // language's may be the application's own (`class NotFoundError extends Error`).
  unqualifiedOwnType: (type) => /^[A-Z][A-Za-z0-9_$]{0,199}$/.test(type) && /[a-z]/.test(type) && !LANGUAGE_ERROR_TYPES.has(type),
  // `Error` itself is read as a generic type wherever it is made (exception.ts); the others are
  // the ones the engine makes too.
  writtenByApplication: (type, message) => type !== 'Error' && LANGUAGE_ERROR_TYPES.has(type) && message.trim() !== '' && !ENGINE_MESSAGE.test(message.slice(0, 500)),
};
