// Picks the parser for a stack trace by its shape: the SDK's language hint first when that
// runtime's detector agrees, then every runtime in the registry's detection order (registry.ts
// says why the order matters).
import { LIMITS, type ParsedTrace, type Runtime } from '../types.js';
import { otherProgramTail } from '../syslog-other-program-tail.js';
import { profileOf, runtimeProfiles } from './registry.js';
import { withoutHtmlMarkup } from '../html-page.js';
import { withoutLineNumbers } from '../line-number-column.js';
import { withoutBarColumn } from '../bar-column.js';
import { isContainerAfterPod } from '../pod-container-prefix.js';
import { withoutInlineCodeMarks } from '../inline-code-span.js';
import { withoutStrongEmphasisMarks } from '../strong-emphasis.js';
import { withoutReferenceLinks } from '../reference-link.js';
import { withLaravelDebugJsonAsTrace } from '../laravel-debug-json.js';
import { withPhpJsonLogRecordAsTrace } from '../php-json-log-record.js';
import { withGoFrameObjectsAsTrace } from '../go-frame-object-stack.js';
import { withoutFpmStderrRelay } from '../php-fpm-relayed-stderr.js';

/** Maps OTel `telemetry.sdk.language` / `process.runtime.name` values to a runtime. */
const HINTS = new Map<string, Runtime>(runtimeProfiles.flatMap((p) => p.hints.map((h) => [h, p.name] as const)));

/** Characters the detectors look at: the header and the first frames say which runtime it is. */
const DETECT_CHARS = 4096;

export function detectRuntime(text: string, hint?: string): Runtime {
  const sample = text.length > DETECT_CHARS ? text.slice(0, DETECT_CHARS) : text;
  const hinted = hint ? HINTS.get(hint.toLowerCase()) : undefined;
  if (hinted && profileOf(hinted)!.looksLike(sample)) return hinted;
  for (const profile of runtimeProfiles) if (profile.looksLike(sample)) return profile.name;
  return 'unknown';
}

/** Parses a trace of any supported runtime; `unknown` yields no exceptions (the caller degrades to type + message). */
export function parseStacktrace(text: string, hint?: string): ParsedTrace {
  const plain = unquoteTrace(withoutLineHeaders(withoutBarColumn(withoutLineNumbers(withLineBreaksUnescaped(withoutHtmlMarkup(withoutStrongEmphasisMarks(withoutInlineCodeMarks(withoutReferenceLinks(withLaravelDebugJsonAsTrace(withPhpJsonLogRecordAsTrace(withGoFrameObjectsAsTrace(withoutFpmStderrRelay(text)))))))))))));
  const profile = profileOf(detectRuntime(plain, hint));
  return profile ? profile.parse(plain) : { runtime: 'unknown', exceptions: [] };
}

/**
 * An escaped line break before a trace's own line starts: PHP's `Stack trace:`, a frame `#0 `,
 * `  thrown in`, Java's `\tat ` and `Caused by: `, Python's `  File "`, a Go goroutine header.
 */
const ESCAPED_TRACE_BREAK = /\\n(?:Stack trace:|#\d{1,4} |\s{1,8}thrown in |\\tat |\tat |Caused by: | {2}File "|goroutine \d)/;
/**
 * A Go frame's file line escaped (`\n\t/app/main.go:42 +0x1d`, `\n\tgithub.com/x/y@v1/z.go:7`):
 * a goroutine dump a JSON logger wrote as a string (zap's `stacktrace` field, controller-runtime's
 * `Observed a panic` record).
 */
const ESCAPED_GO_FILE_LINE = /\\n\\t[^\s\\"]{1,300}\.go:\d/;

/**
 * A trace a web server wrote into its error log on one line, its line breaks escaped as `\n`:
 * Apache httpd escapes the control characters of what it logs (mod_php's `PHP Fatal error:
 * Uncaught …\nStack trace:\n#0 …`, proxy_fcgi's `AH01071: Got error 'PHP message: …'`). Read
 * as it was, it held no frame, and two failures with one message in two files were one
 * signature. Only a text without a line break of its own whose escapes stand before a trace's
 * line starts is read so, and an escape followed by a lower-case letter or a digit stays: in a
 * Windows path it is a directory's initial (`C:\xampp\htdocs\new\`).
 */
export function withLineBreaksUnescaped(text: string): string {
  if (!text.includes('\\n')) return text;
  if (text.trimEnd().includes('\n')) return withEscapedGoDumpLinesUnescaped(text);
  // A Go dump's function lines start with a lower-case package path (`sigs.k8s.io/…`,
  // `github.com/…`, `main.main()`), so there every escaped break is one, and the escaped tab
  // before each file line is a tab: Go prints paths with `/` on every system, so no directory's
  // initial follows a backslash. Read as it was, kong-operator's `Observed a panic` line
  // (threads-15) held no frame and was one signature with every nil dereference that had none.
  if (ESCAPED_GO_FILE_LINE.test(text)) return goDumpUnescaped(text);
  if (!ESCAPED_TRACE_BREAK.test(text)) return text;
  if (DOUBLED_NAME_SEPARATOR.test(text)) return text.replace(/\\([\\nt"])/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
  return text.replace(/\\n(?![a-z0-9])/g, '\n').replace(/\\t(?=at )/g, '\t');
}

/**
 * A backslash written twice between two names (`Illuminate\\Support\\Str::contains()`): the
 * line was escaped whole, its backslashes with its breaks, as Apache httpd escapes what proxy_fcgi
 * relays into its error log (laravel/framework#35854, threads-39: `AH01071: Got error 'PHP
 * message: …\nStack trace:\n#0 …Illuminate\\Support\\Str::contains()`). Its escapes are undone
 * in one pass, an escaped backslash first, so a namespace reads as PHP printed it; unescaped
 * breaks alone left `Illuminate\\Support\\Str`, and the same frame printed by another server was
 * another class. A line whose backslashes are single (mod_php's `C:\xampp\htdocs\new\`) keeps the
 * rule above.
 */
const DOUBLED_NAME_SEPARATOR = /[A-Za-z0-9_]\\\\[A-Za-z_]/;

/** A goroutine dump written as a string, its every escaped break a break and the escaped tab after one a tab (above). */
const goDumpUnescaped = (text: string): string => text.replace(/\\n(\\t)?/g, (_, tab?: string) => (tab ? '\n\t' : '\n'));

/** The runtime's `goroutine N [running]:` line, its break escaped: where a dump written as a string starts. */
const ESCAPED_GOROUTINE_HEADER = /goroutine \d{1,12} \[[^\]\n]{1,200}\]:\\n/;

/**
 * A log of several lines one of which holds a whole goroutine dump escaped: traefik's
 * safe.GoWithRecover logs `Error in Go routine: <panic value>` and then `Stack: <dump>` as two
 * logrus records, each one line, the dump's breaks and tabs written `\n`/`\t` inside the quoted
 * `msg` (logfmt or JSON). A paste of those records has breaks of its own, so it was read as it was:
 * no frame, and every such panic (a slice out of range in a config parser, a nil dereference in a
 * metrics loop) was the one template `time=<*> level=<*> msg=<*>` (threads-36). Only a line whose
 * escapes hold a whole dump, the runtime's `goroutine N [status]:` header and a Go file line
 * (`\n\t<path>.go:<n>`) after it, is unescaped, as a one-line text is above; the other lines stay
 * as they are, and so does a line of frames without the dump's header under a header of its own.
 */
function withEscapedGoDumpLinesUnescaped(text: string): string {
  if (!ESCAPED_GO_FILE_LINE.test(text) || !ESCAPED_GOROUTINE_HEADER.test(text)) return text;
  const holdsDump = (line: string) => ESCAPED_GOROUTINE_HEADER.test(line) && ESCAPED_GO_FILE_LINE.test(line);
  return text
    .split('\n')
    .map((line) => (holdsDump(line) ? goDumpUnescaped(line) : line))
    .join('\n');
}

/** Quote levels removed at most. */
const MAX_QUOTE_DEPTH = 8;

/** Columns per tab stop where indentation is measured (CommonMark, "Tabs"). */
const TAB_STOP = 4;

/**
 * A trace as it was pasted into an issue, an e-mail or a chat: every line behind the same quote
 * marker (`> `, as e-mail replies and Markdown block quotes write it, https://spec.commonmark.org/0.31.2/#block-quotes),
 * or every line indented alike (a Markdown indented code block, a log that indents what it
 * prints), read as the runtime printed it. Every parser anchors its header and frames at the
 * runtime's own columns (Go's function lines and Java's header at column 0), so the same trace
 * quoted or indented read no frame at all, and its failure was known by the message alone.
 * Only a prefix on every non-blank line is removed; a trace with any line without it (a header
 * at column 0 above indented frames) is returned as it is.
 */
export function unquoteTrace(text: string): string {
  let i = 0;
  while (i < text.length && (text[i] === '\n' || text[i] === '\r')) i++;
  const c = text[i];
  // The common case, a trace that opens at column 0, is returned at once.
  if (c !== '>' && c !== ' ' && c !== '\t') return text;
  const read = (text.length > LIMITS.maxTraceChars ? text.slice(0, LIMITS.maxTraceChars) : text).split('\n');
  // Nested quotes (`> > `) are removed one level at a time, up to a depth replies reach (each
  // level is a pass over the text). A quoted blank line may be a bare `>`. An indentation all
  // lines share goes before each level and after the last (a quoted paste indented as a whole).
  let lines = withoutCommonIndent(read);
  for (let depth = 0; depth < MAX_QUOTE_DEPTH && lines.some((l) => l.startsWith('>')) && lines.every((l) => l.trim() === '' || l.startsWith('>')); depth++) {
    lines = withoutCommonIndent(lines.map((l) => (l.startsWith('> ') ? l.slice(2) : l.startsWith('>') ? l.slice(1) : l)));
  }
  return lines === read ? text : lines.join('\n');
}

/**
 * The lines less the indentation every non-blank one shares, in columns, a tab advancing to the
 * next tab stop as CommonMark measures a code block's (https://spec.commonmark.org/0.31.2/#tabs):
 * a code block indented with spaces can hold the trace's own tab-indented lines. The same array
 * when none is shared.
 */
function withoutCommonIndent(lines: string[]): string[] {
  let indent = Infinity;
  for (const l of lines) {
    if (l.trim() === '') continue;
    indent = Math.min(indent, columnsOf(l));
    if (indent === 0) return lines;
  }
  return indent === Infinity ? lines : lines.map((l) => (l.trim() === '' ? l : dedent(l, indent)));
}

/** The columns a line's leading whitespace spans. */
function columnsOf(line: string): number {
  let col = 0;
  for (const ch of line) {
    if (ch === ' ') col++;
    else if (ch === '\t') col += TAB_STOP - (col % TAB_STOP);
    else break;
  }
  return col;
}

/** The line less its first `n` columns of leading whitespace; a tab that spans past them leaves the rest as spaces. */
function dedent(line: string, n: number): string {
  let col = 0;
  let k = 0;
  while (col < n) {
    const ch = line[k];
    col += ch === '\t' ? TAB_STOP - (col % TAB_STOP) : 1;
    k++;
  }
  return ' '.repeat(col - n) + line.slice(k);
}

/** The longest header a logger repeats before every line of a trace, and the shortest taken for one. */
const MAX_LINE_HEADER = 160;
const MIN_LINE_HEADER = 12;
/**
 * A time in brackets opening a line (`[19:56:49] `, `[2024-01-07 10:57:33] `): a CI runner's or
 * a logger's stamp, a header even where shorter than twelve characters.
 */
const BRACKETED_TIME = /^\[\d{1,4}(?:[-:/.]\d{1,4}){2,6}(?:[ T,.]\d{1,9}(?::\d{1,2}){0,2})?\] /;
/** The meridiem after a 12-hour clock's time (`1:05:32 pm`, `3:04:05 PM`, `a.m.`). */
const MERIDIEM_TOKEN = /^(?:[AaPp][Mm]|[ap]\.m\.)$/;
/** A token that only separates a line header from the line (`|`). */
const SEPARATOR_TOKEN = /^\|{1,2}$/;
/**
 * A service column opening a line: docker compose's container name, padded, then `| `
 * (`web_1 | `, `node3-1  | `). With its separator it is a header however short the name: its
 * length is the shortest header taken for the lines it opens.
 */
const SERVICE_COLUMN = /^[^\s|]{1,60} {1,40}\|{1,2}(?: |$)/m;
/** A service column padded to the width of its neighbours' names, as compose aligns them. */
const PADDED_SERVICE_COLUMN = /^[^\s|]{1,60} {2,40}\|{1,2} $/;
/** Lines a trace needs for a header shared by all of them to be a logger's, not chance. */
const MIN_HEADED_LINES = 3;
/**
 * Lines after the headed ones that may lack the header: the logger's next record (Terraform's
 * crash.log goes on with its own `[TRACE] dag/walk: …` line after a plugin's panic).
 */
const MAX_UNHEADED_TAIL = 2;
/** A level in brackets after a header's time (hclog's `[DEBUG]`), and the logger's name after it. */
const LEVEL_TOKEN = /^\[(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|ERR|FATAL)\]$/;
const LOGGER_NAME_TOKEN = /^[\w.\-/]{1,120}:$/;
/** logcat's priority letter (verbose, debug, info, warning, error, fatal, assert). */
const LOGCAT_PRIORITY_TOKEN = /^[VDIWEFA]$/;

/**
 * A trace a transport wrote line by line, each line behind the same header: syslog's (`May  1
 * 23:28:58 host prog[1947]: ` before every line of a Go panic, RFC 3164), a process manager's
 * (`0|app  | `) or a logger's that stamps each line with one time. The header is the lines'
 * common start up to the end of its last whole token that holds a digit (a time, a pid: a
 * header's values; a word every line of the trace shares is not one), at least twelve
 * characters or a bracketed time (`[19:56:49] `); it goes from every line, and rsyslog's escape
 * of a control character at a line's start (`#011` for the tab before a Go frame's file, its
 * $EscapeControlCharactersOnReceive default) becomes the character again. Left in, the header hid every line's own start from the
 * parsers, and the trace read as no frame. A trace whose lines do not all share such a header
 * is returned as it is.
 * Lines are compared with any fraction of a second as one: a logger stamps each line with the
 * time it wrote it, and a dump written within one second but over a millisecond's change (hclog's
 * `2018-09-10T13:34:04.850+0100 [DEBUG] plugin.…: ` over `….853+0100 …` in Terraform's plugin
 * log, threads-15) has headers of one shape and not one text. Compared as text, the header ended
 * inside the time, and the trace read as no frame. Times whose seconds differ still do not share
 * a header. A fraction is any fraction whatever its digits: GitHub Actions stamps each line of a
 * job's log with seven digits and drops the trailing zeros (`22:03:55.8815829Z ` over
 * `22:03:55.881712Z `, threads-20), so one header is a character shorter on some lines; each
 * line loses its own header, however long its fraction.
 */
/** A time of day with its fraction of a second near a line's start (`13:34:04.850`, `10:57:33,120`). */
const SECOND_FRACTION = /^([^\n]{0,40}?\d{2}:\d{2}:\d{2}[.,])(\d{1,9})/;
/** The widest fraction a shape holds: nanoseconds. */
const FRACTION_WIDTH = 9;
/**
 * Where a time's first colon stands at the latest for SECOND_FRACTION to match (its forty
 * characters, then two digits): a line with no colon up to there has no fraction to shape, and is
 * answered without the pattern's lazy scan (every line of every trace that reaches the shapes
 * passes here; the scan was a fifth of this reading's cost on Node.js traces).
 */
const LAST_TIME_COLON = 42;
/** A line as its header's shape: the fraction of the second it was stamped at is any fraction, of any width. */
const shapeOf = (line: string) =>
  line.lastIndexOf(':', LAST_TIME_COLON) < 0 ? line : line.replace(SECOND_FRACTION, (_, time: string) => time + '0'.repeat(FRACTION_WIDTH));
/**
 * Where a line's shape and the line part: the end of the time's fraction in the shape, and the
 * characters the shape adds there (a fraction narrower than nine digits); none without a time.
 */
function fractionShift(line: string): { at: number; by: number } | undefined {
  const m = SECOND_FRACTION.exec(line);
  return m ? { at: m[1].length + FRACTION_WIDTH, by: FRACTION_WIDTH - m[2].length } : undefined;
}
/** Where a fraction of a second can start at the earliest: after `hh:mm:ss.`. */
const FRACTION_AT_THE_EARLIEST = 9;

export function withoutLineHeaders(text: string): string {
  const cut = withoutSharedLineHeaders(text);
  if (cut !== text) return cut;
  // A first line pasted without the header the lines under it share: the reporter's selection
  // began after the logger's stamp on that line (terraform-provider-helm#423, threads-39: `panic:
  // runtime error: …` over go-hclog's `<time> [DEBUG] plugin.terraform-provider-helm_v1.0.0_x4: `
  // before every other line of the plugin's dump). The lines under it are read as a run of their
  // own, and the first line is kept as it was pasted; left, the header hid every frame and the
  // panic read as its message alone.
  const second = text.indexOf('\n') + 1;
  if (second <= 0 || second > MAX_LINE_HEADER * 4) return text;
  const rest = text.slice(second);
  const restCut = withoutSharedLineHeaders(rest);
  return restCut === rest ? text : text.slice(0, second) + restCut;
}

/**
 * Whether the first two lines, as shapes, share a start holding a digit, unless the second is the
 * header alone (then it is no headed line). Both are then headed lines of any cut (the first
 * opens the run, a tail after the run leaves three headed lines at least), so the header lies in
 * what they share, and it ends after a token holding a digit unless it is a service column: with
 * no digit there nothing is cut. Traces whose frames open alike (`    at orders…` over `    at
 * orders…`) are answered so, before their lines are split and shaped.
 */
function digitInSharedStart(first: string, second: string, min: number): boolean {
  if (isHeaderAlone(second, first, min)) return true;
  const shared = Math.min(first.length, second.length, MAX_LINE_HEADER);
  for (let i = 0; i < shared; i++) {
    const c = first.charCodeAt(i);
    if (c !== second.charCodeAt(i)) return false;
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * Whether a line's shape is the header alone, its trailing space trimmed (an empty line of the
 * trace as docker compose prints it, `haven2-relay  |`), beside the opening line's shape: such a
 * line is blank, and taken for a headed line it would cut the header short.
 */
function isHeaderAlone(shape: string, opening: string, min: number): boolean {
  const t = shape.trimEnd();
  return t.length >= 4 && (t.length >= min || t.endsWith('|')) && t.length < opening.trimEnd().length && opening.startsWith(t);
}

/** {@link withoutLineHeaders} where every line of the run, the first included, carries the header. */
function withoutSharedLineHeaders(text: string): string {
  // Istio's CI log stamps every line `[19:56:49] ` (threads-11): eleven characters; docker
  // compose's `web_1 | ` (threads-12) eight.
  // A column needs its bar: a text whose first characters hold none is not searched for one.
  const firstChars = text.slice(0, 120);
  const short = text.startsWith('[') ? BRACKETED_TIME.exec(text) : firstChars.includes('|') ? SERVICE_COLUMN.exec(firstChars) : null;
  // A service column is shared whole: compose's own line after the trace (`godoxy-backend exited
  // with code 2`, threads-17) starts with the name and not its bar, and taken for a headed line it
  // cut the header at the name and left every line's `| ` before the trace.
  const min = short && short.index === 0 ? (text.startsWith('[') ? Math.min(MIN_LINE_HEADER, short[0].length) : short[0].trimEnd().length) : MIN_LINE_HEADER;
  const first = text.indexOf('\n');
  if (first < 0 || first < min) return text;
  // Most traces' first two lines already share less than a header (`java.lang.X: …` over
  // `\tat …`): that answers for the whole trace before it is cut into lines, as every trace
  // parsed passes here.
  const second = text.indexOf('\n', first + 1);
  const next = text.slice(first + 1, second < 0 ? text.length : second);
  // Lines of one header agree to the letter up to a time's fraction of a second, which follows
  // `hh:mm:ss.` at the earliest: most traces' first two lines differ before that, and are answered
  // without their shapes (a search for a time on every trace cost ~5% of its analysis).
  const head = text.slice(0, min);
  const firstLine = text.slice(0, first);
  if (next.trim() !== '' && firstLine.trim() !== '' && (!next.startsWith(head.slice(0, FRACTION_AT_THE_EARLIEST)) || !shapeOf(next).startsWith(shapeOf(head)))) return text;
  const column = short && short.index === 0 && !text.startsWith('[') && PADDED_SERVICE_COLUMN.test(short[0]) ? short[0] : undefined;
  if (column === undefined && firstLine.trim() !== '' && next.trim() !== '' && text.length <= LIMITS.maxTraceChars && !digitInSharedStart(shapeOf(firstLine), shapeOf(next), min)) return text;
  const lines = (text.length > LIMITS.maxTraceChars ? text.slice(0, LIMITS.maxTraceChars) : text).split('\n');
  const shapes = lines.map(shapeOf);
  const opening = shapes.find((l) => l.trim() !== '') ?? '';
  const headerOnly = (i: number) => isHeaderAlone(shapes[i], opening, min);
  // The headed lines run from the first to the last line sharing the opening's first `min`
  // characters; at most a couple of lines may follow them without it.
  const shares = (i: number) => lines[i].trim() === '' || headerOnly(i) || shapes[i].startsWith(opening.slice(0, min));
  let run = lines.length;
  while (run > 0 && !shares(run - 1)) run--;
  if (lines.slice(run).filter((l) => l.trim() !== '').length > MAX_UNHEADED_TAIL) run = lines.length;
  let headedAt = lines.slice(0, run).flatMap((l, i) => (l.trim() !== '' && !headerOnly(i) ? [i] : []));
  // Another program's line or two after the trace (systemd's exit line under a panic in the
  // journal) share the time and host but not the program's tag: kept as they are, out of the
  // header (syslog-other-program-tail.ts).
  const tail = otherProgramTail(headedAt.map((i) => lines[i]), MAX_UNHEADED_TAIL);
  if (tail > 0 && headedAt.length - tail >= MIN_HEADED_LINES) {
    run = headedAt[headedAt.length - tail];
    headedAt = headedAt.slice(0, -tail);
  }
  if (headedAt.length < MIN_HEADED_LINES) return text;
  // The header is found on the lines' shapes, where one stamp is as long on every line, and cut
  // from each line at its own length.
  const headed = headedAt.map((i) => shapes[i]);
  let common = Math.min(headed[0].length, MAX_LINE_HEADER);
  for (let i = 1; i < headed.length && common >= min; i++) {
    let j = 0;
    while (j < common && j < headed[i].length && headed[i].charCodeAt(j) === headed[0].charCodeAt(j)) j++;
    common = j;
  }
  if (common < min) return text;
  // Back to the end of the last whole token holding a digit, the space after it included.
  let end = -1;
  for (let at = headed[0].indexOf(' '); at >= 0 && at < common; at = headed[0].indexOf(' ', at + 1)) {
    const start = headed[0].lastIndexOf(' ', at - 1) + 1;
    if (/\d/.test(headed[0].slice(start, at))) end = at + 1;
  }
  // The header's next word from `at`, within the part every line shares, and where the one after it starts.
  const token = (at: number) => {
    const stop = headed[0].indexOf(' ', at);
    return stop < 0 || stop >= common ? undefined : { text: headed[0].slice(at, stop), next: stop + 1 };
  };
  // A service column is a header with or without a digit in its name: compose prints the service's
  // name, and one named in words (`jellyfin    | ` before every line of Jellyfin's log,
  // jellyfin/jellyfin#5432, threads-37) holds none. Cut nowhere, the column hid every line's start
  // and the .NET trace under it read as no frame. Its `| ` must open every headed line, and the name
  // must be padded as compose pads a column (two spaces or more): `web | ` over every line may be
  // words the lines share (trace-line-header-short-service-column.test.ts).
  if (end < 0 && column && common >= column.length && headed.every((l) => l.startsWith(column))) end = column.length;
  // A 12-hour clock's meridiem closes the time it follows (Rancher's log viewer: `Fri, Aug 26
  // 2022 1:05:32 pm | ` before every line, threads-13): it holds no digit, and cut before it,
  // `pm | ` stayed before every line and hid its start as the header had.
  const meridiem = end > 0 ? token(end) : undefined;
  if (meridiem && MERIDIEM_TOKEN.test(meridiem.text)) end = meridiem.next;
  // The separator a transport prints after a service column is the header's too: docker
  // compose's `worker-1    | ` and honcho's `13:58:01 web.1  | ` pad the name, then `| `. Cut
  // after the name, the `| ` stayed before every line and hid its start as the header had.
  for (let at = end; end > 0; ) {
    while (at < common && headed[0][at] === ' ') at++;
    const separator = token(at);
    if (!separator || !SEPARATOR_TOKEN.test(separator.text)) break;
    end = at = separator.next;
  }
  // hclog, HashiCorp's logger, writes a plugin's output behind its time, a bracketed level and
  // the logger's names (Terraform's crash.log: `2017/09/14 09:21:28 [DEBUG] plugin:
  // terraform-provider-baremetal: panic: …`, `… [DEBUG] plugin.terraform-provider-libvirt: `):
  // every line shares them, so they are the header's too.
  const level = end > 0 ? token(end) : undefined;
  if (level && LEVEL_TOKEN.test(level.text)) {
    end = level.next;
    for (let name = token(end); name && LOGGER_NAME_TOKEN.test(name.text); name = token(end)) end = name.next;
  }
  // logcat's threadtime layout, Android's default (`logcat -v threadtime`: the Android developer
  // docs' "Logcat command-line tool"), writes the priority letter and the tag after the pid and
  // thread id: `05-20 16:27:45.067 22646 22646 E AndroidRuntime: ` before every line of a crash.
  // Cut after the thread id, `E AndroidRuntime: ` stayed before every frame and hid it: a .NET
  // app's crash on Android (MAUI's, threads-14) read as no frame.
  const priority = end > 0 ? token(end) : undefined;
  if (priority && LOGCAT_PRIORITY_TOKEN.test(priority.text)) {
    const tag = token(priority.next);
    if (tag && LOGGER_NAME_TOKEN.test(tag.text)) end = tag.next;
  }
  // A Kubernetes log tail's pod name, then the container's, before every line: the container's
  // name holds no digit and is the header's too (pod-container-prefix.ts).
  if (end > 0) {
    const last = headed[0].slice(headed[0].lastIndexOf(' ', end - 2) + 1, end - 1);
    const container = token(end);
    if (container && isContainerAfterPod(last, container.text)) end = container.next;
  }
  if (end < min) return text;
  const cutAt = (line: string) => {
    const shift = fractionShift(line);
    return shift && shift.at <= end ? end - shift.by : end;
  };
  return lines.map((l, i) => (l.trim() === '' || i >= run ? l : headerOnly(i) ? '' : l.slice(cutAt(l)).replace(/^#011/, '\t'))).join('\n');
}
