// A stack trace inside a log record's body. Logs collected from files or consoles (a Collector's
// filelog receiver with a multiline rule, a container's stdout) carry the exception as text:
// Spring Boot's `… : Servlet.service() threw exception` followed by the Java trace, Python's
// `logger.exception` output, a Go panic, ASP.NET Core's console logger. Without reading it, the
// record's first line was its whole identity, and every exception a handler logged with the same
// sentence was one signature. With it, the record is fingerprinted as the exception it prints.
// A JSON record's trace is read from the field its logger puts it in (pino's `err.stack`, ECS's
// `error.stack_trace`, logstash-logback-encoder's `stack_trace`, python-json-logger's `exc_info`).

import { withoutAnsi } from './ansi.js';
import { valueOf } from './log-body.js';
import { log4jThrown, monologTrace, structlogTrace } from './structured-exception.js';
import { withPhpJsonLogRecordAsTrace } from './php-json-log-record.js';
import { withGoFrameObjectsAsTrace } from './go-frame-object-stack.js';
import { SEVERITY_WORDS } from './severity-words.js';
import { parseStacktrace } from './stacktrace/detect.js';
import { LIMITS } from './types.js';

/** Lines a logger may write before the trace's own first line (a header, a request line). */
const MAX_PREAMBLE_LINES = 3;
/**
 * An exception type as runtimes print it: a name, no spaces (`System.InvalidOperationException`,
 * `panic`, PHP's namespaced `App\Exceptions\CheckoutException`, which Monolog's JSON record of
 * an exception names as its class: before rounds-fp/11 such a record was not read as the
 * exception it holds, only its message was mined).
 */
const TYPE_NAME = /^\\?[A-Za-z_$][\w$.:<>`'+\\-]{0,200}$/;
/**
 * A logger's words and then the exception's header on one line (`request 7 failed: TypeError:
 * Cannot read…`, console.error's message before the error): the header from its type on.
 */
const HEADER_AFTER_PREFIX = /^.{1,500}?[\s:]((?:[A-Za-z_$][\w$]*\.)*(?:[A-Z][\w$]*)?(?:Error|Exception)(?::\s.*)?)$/;
/** Longest first line searched for a header after a logger's words. */
const MAX_HEADER_LINE = 2000;
/** A line that starts as a header does (`com.x.FooException: wrapped: …`): its own words, not a logger's. */
const STARTS_AS_HEADER = /^(?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*(?::\s|$)/;

/**
 * A type name, and not a severity a logger wrote where one would be (`SEVERE: request failed` in
 * java.util.logging). JavaScript's own base class is spelt `Error`: a header `Error: …` over V8's
 * frames is that exception (`throw new Error(…)`, the commonest in Node), where the same word
 * over another runtime's frames may be a logger's level. (A V8 trace read without a header is
 * typed `Error` too: only a text that starts with the word has it.)
 * PHP's engine errors have the base class `Error` too (`Cannot instantiate interface …`, `Call to
 * undefined method …`; https://www.php.net/manual/en/class.error.php), and PHP's prints name it
 * where no logger writes a level: Monolog's `[object] (Error(code: 0): …)` inside the record's
 * context, PHP's own `Error: … in file:line` at the start, after `Uncaught ` or `Next `.
 * Read as a level, a Laravel log's every engine error lost its type and message, and two of them
 * at one crash site were one signature (programs/php-bugs-5-logged).
 */
const PHP_ERROR_CLASS = /(?:^|Uncaught |\nNext |\[object\] \()Error(?:: |\(code: )/;
// Go names a pointer type with its star (`*runtime.TypeAssertionError`, stacktrace/go.ts).
const isTypeName = (type: string, runtime: string, text: string) =>
  TYPE_NAME.test(runtime === 'go' ? type.replace(/^\*/, '') : type) &&
  (!SEVERITY_WORDS.has(type.toUpperCase()) ||
    (type === 'Error' && runtime === 'javascript' && text.startsWith('Error')) ||
    (type === 'Error' && runtime === 'php' && PHP_ERROR_CLASS.test(text)));

/**
 * The part of `body` that is a stack trace, from the line the runtime's parser reads as the
 * exception's header; undefined when the body holds no frame a parser recognises (a one-line
 * record, a multi-line SQL error). A logger's own lines before the trace are skipped while the
 * header they would give is not a type name (`fail: Microsoft.AspNetCore.Server.Kestrel[13]`).
 */
export function embeddedTrace(given: string | undefined, hint?: string): string | undefined {
  if (given === undefined) return undefined;
  const body = withoutAnsi(given);
  const trimmed = body.trimStart();
  if (trimmed.startsWith('{')) {
    for (const field of stackFields(trimmed)) {
      const trace = traceIn(field, hint);
      if (trace !== undefined) return trace;
    }
    // Nextcloud's and ownCloud's record: the exception an object of capitalised keys (php-json-log-record.ts).
    const record = withPhpJsonLogRecordAsTrace(trimmed);
    if (record !== trimmed) return traceIn(record, hint);
    // A Go logger's stack as an array of frame objects (zerolog's pkgerrors: go-frame-object-stack.ts).
    const frames = withGoFrameObjectsAsTrace(trimmed);
    return frames === trimmed ? undefined : traceIn(frames, hint);
  }
  if (!body.includes('\n')) return undefined;
  const block = prettyStackBlock(body);
  return (block !== undefined ? traceIn(block, hint) : undefined) ?? traceIn(body, hint);
}

/**
 * A pretty-printer's rendering of a record's error object (pino-pretty: `err: {`, then
 * `"stack":` alone on its line and the trace below it, indented further): the trace, dedented.
 * The record's own lines above it (time, level, message, the error's type and message fields)
 * are more than the few a logger writes before a trace.
 */
const PRETTY_STACK_KEY = /^([ \t]*)"?(?:stack|stack_trace|stacktrace|exc_info|traceback)"?:[ \t]*$/m;

function prettyStackBlock(given: string): string | undefined {
  const body = given.length > LIMITS.maxTraceChars ? given.slice(0, LIMITS.maxTraceChars) : given;
  const key = PRETTY_STACK_KEY.exec(body);
  if (!key) return undefined;
  const keyIndent = key[1].length;
  const lines: string[] = [];
  let cut = Infinity;
  let filled = 0;
  for (const line of body.slice(key.index + key[0].length + 1).split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (line.trim()) {
      if (indent <= keyIndent) break;
      if (indent < cut) cut = indent;
      filled++;
    }
    lines.push(line);
  }
  if (filled < 2) return undefined;
  return lines.map((l) => l.slice(Math.min(cut, l.length - l.trimStart().length))).join('\n').trimEnd();
}

// Where JSON loggers put the trace: pino and bunyan (`err.stack`), Elastic's ECS
// (`error.stack_trace`), logstash-logback-encoder (`stack_trace`), python-json-logger
// (`exc_info`), structlog (`exception`), Serilog's compact JSON (`@x`), .NET's JSON console
// logger and Serilog's JSON formatter (`Exception`: keys are matched whatever their case).
// GELF (Graylog's format: log4j's GelfLayout, pygelf, Docker's gelf driver) puts it in
// `full_message`; loguru's serialised record in `text` (the line as its sink would print it, the
// traceback under it).
const STACK_KEYS = ['stack_trace', 'stacktrace', 'stack', 'exc_info', 'exception', 'traceback', 'error.stack_trace', '@x', 'full_message', 'text'];
/**
 * Last: the message itself, when the logger writes the trace into it below the message's first
 * line (Google Cloud's structured logs, whose Error Reporting reads the trace from the message:
 * Python's StructuredLogHandler, log4j's GcpLayout). Only a trace a parser reads is taken from it.
 */
const MESSAGE_KEYS = ['message', 'msg'];
/** A record that may hold one of them (one case-insensitive pass before the JSON is parsed). */
const MAY_HOLD_STACK = /stack|exc_info|exception|traceback|"@x"|full_message|"thrown"|\\n\s{0,8}(?:at |File )|\\n\\tat /i;
const ERROR_OBJECTS = ['err', 'error', 'exception', 'thrown', 'context.exception'];
const NESTED_STACK_KEYS = ['stack', 'stack_trace', 'stacktrace', 'extendedStackTrace'];
/**
 * A stack of Go frames only, no line of the error's own: zap's `stacktrace`
 * (`main.(*server).get\n\t/app/main.go:42`, on every Error entry of its production logger).
 */
const FRAME_FIRST = /^[^\s]{1,500}\n\t[^\s]{1,500}:\d{1,7}/;
const startsWithFrame = (value: string) => FRAME_FIRST.test(value);

/**
 * Frames without the error's own line get the record's: its message and the error it logged
 * (zap's `msg` and `error`), so what failed is read beside where. Without them, every error one
 * function logged with its stack was one failure whatever the error (a real Go service on zap:
 * test/core/fingerprint/embedded-trace.test.ts).
 */
function withRecordHeader(fields: Record<string, unknown>, frames: string): string {
  const words = [valueOf(fields, 'msg') ?? valueOf(fields, 'message'), loggedError(fields)]
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .map((v) => v.split('\n', 1)[0]);
  return words.length ? `${words.join(': ')}\n${frames}` : frames;
}

/**
 * Frames-only stacks taken inside a deferred recover hold the panic's own frame,
 * `runtime.gopanic` (a symbolised stack prints the function the traceback calls `panic(…)`):
 * zap's `stacktrace` on `logger.Error("panic recovered", zap.Any("panic", r))` in recovery
 * middleware. The recovered value is then what failed, as for a goroutine dump (withPanicHeader),
 * not the record's message, which every panic the middleware logs shares: read with `panic
 * recovered` as its message, the record was another signature than the same panic recorded on
 * its span (programs/go-bugs-25). Without a recovered value the record's words stay
 * (withRecordHeader).
 */
const RECOVERED_IN_FRAMES = /(?:^|\n)runtime\.gopanic\n/;
function withFramesHeader(fields: Record<string, unknown>, frames: string): string {
  if (!RECOVERED_IN_FRAMES.test(frames)) return withRecordHeader(fields, frames);
  const headed = withPanicHeader(fields, frames);
  return headed === frames ? withRecordHeader(fields, frames) : headed;
}

/**
 * A goroutine's dump as runtime/debug.Stack() returns it, which a recovering handler logs beside
 * the value it recovered (log/slog's `slog.Error("panic recovered", "panic", r, "stack",
 * string(debug.Stack()))`, a common shape of Go recovery middleware).
 */
const GOROUTINE_DUMP = /^goroutine \d{1,12} \[/;

/**
 * The dump gets the recovered value as Go prints an unrecovered panic, `panic: <value>` on the
 * line above it (stacktrace/go.ts reads it as the message). Without it the record had frames and
 * no message, so the runtime function that panicked stood in for it, and the same panic recorded
 * on the span (OpenTelemetry's RecordError, the value as exception.message) was another
 * signature (test/core/fingerprint/bugs-9-programs.test.ts, go-bugs-9's WaitGroup panics).
 *
 * So for the runtime's errors (`runtime error: index out of range [5] with length 3`, `slice
 * bounds out of range [:8] with capacity 5`, `invalid memory address or nil pointer
 * dereference`), which vary only in numbers, which parameterisation masks: Go 1.26's dump does
 * not show a runtime function that raised them (older ones printed `runtime.goPanicIndex`), so
 * without the value the record had no message while the span's RecordError of the same panic had
 * it (test/core/fingerprint/bugs-10-programs.test.ts, go-bugs-10's Recoverer-caught panics). A
 * type assertion's value (`interface conversion: interface {} is string, not float64`) is kept
 * too: it names the value's dynamic type, the data's, but stacktrace/go.ts reads it as a
 * *runtime.TypeAssertionError, a type that with the crash site names the failure, so its words do
 * not contribute (one assertion met with a string and a bool stays one signature, programs/go-bugs-4).
 */
function withPanicHeader(fields: Record<string, unknown>, dump: string): string {
  const value = valueOf(fields, 'panic') ?? loggedError(fields);
  if (typeof value !== 'string' || value.trim() === '' || value.includes('\n')) return dump;
  return `panic: ${value}\n\n${dump}`;
}

/**
 * An error value a handler logs with the stack where it handled it (log/slog's `slog.Error("request
 * failed", "err", err, "stack", string(debug.Stack()))`: no panic, the dump has no `panic(` frame)
 * is that stack's value as a recovered panic's is: without it every error one function logged
 * was one signature, the dump's frames alone (programs/go-bugs-16, basketStats's and margins's
 * json.Marshal errors). Its `err` or `error` field, as zap's frames-only stack gets it
 * (withRecordHeader).
 */
function loggedError(fields: Record<string, unknown>): unknown {
  return valueOf(fields, 'error') ?? valueOf(fields, 'err');
}

/** Monolog's place for the exception a record was logged with: `context.exception`. */
function contextException(fields: Record<string, unknown>): unknown {
  const context = valueOf(fields, 'context');
  return context && typeof context === 'object' && !Array.isArray(context) ? valueOf(context as Record<string, unknown>, 'exception') : undefined;
}

/**
 * A trace as text: a string of several lines, or an array of its lines (ECS loggers'
 * `stackTraceAsArray`, Semantic Logger's `stack_trace`, python-json-logger's array option).
 */
function traceText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.includes('\n') ? value : undefined;
  if (!Array.isArray(value) || value.length < 2 || !value.every((line) => typeof line === 'string')) return undefined;
  return value.join('\n');
}

/** Bodies longer than this are not parsed as JSON for a trace (the body reader caps them too). */
const MAX_JSON_CHARS = 256 * 1024;

/**
 * The traces a JSON log record may carry, in the order they are tried: the fields loggers use for
 * one, an error object's, and last the message's. The first a parser reads is the record's, so
 * each is written out only when the ones before it were not read.
 */
function stackFields(json: string): Iterable<string> {
  if (json.length > MAX_JSON_CHARS || !MAY_HOLD_STACK.test(json)) return [];
  let record: unknown;
  try {
    record = JSON.parse(json);
  } catch {
    return [];
  }
  if (!record || typeof record !== 'object' || Array.isArray(record)) return [];
  return traceCandidates(record as Record<string, unknown>);
}

/** The texts a record's fields may hold a trace in, in the order they are tried (stackFields). */
function* traceCandidates(fields: Record<string, unknown>): Generator<string> {
  for (const key of STACK_KEYS) {
    const given = valueOf(fields, key);
    const value = traceText(given) ?? structlogTrace(given);
    if (value !== undefined) yield startsWithFrame(value) ? withFramesHeader(fields, value) : GOROUTINE_DUMP.test(value) ? withPanicHeader(fields, value) : value;
  }
  for (const key of ERROR_OBJECTS) {
    const nested = key === 'context.exception' ? contextException(fields) : valueOf(fields, key);
    if (!nested || typeof nested !== 'object' || Array.isArray(nested)) continue;
    const error = nested as Record<string, unknown>;
    const normalized = monologTrace(error) ?? log4jThrown(error);
    if (normalized !== undefined) {
      yield normalized;
      continue;
    }
    for (const inner of NESTED_STACK_KEYS) {
      const given = valueOf(error, inner);
      const value = traceText(given);
      if (value === undefined) continue;
      yield withErrorHeader(error, given, value);
      break;
    }
  }
  for (const key of MESSAGE_KEYS) {
    const value = traceText(valueOf(fields, key));
    if (value !== undefined) yield value;
  }
}

/** An error object's `name` (Semantic Logger, ECS's `type`): the exception's type. */
const errorType = (error: Record<string, unknown>) => {
  const type = valueOf(error, 'name') ?? valueOf(error, 'type');
  return typeof type === 'string' && type ? type : undefined;
};

/** Python frames as `traceback.format_tb` prints them, without the lines around them. */
const PYTHON_FRAMES_ONLY = /^\s{0,8}File "[^"\n]{1,500}", line \d{1,7}, in /;

/**
 * A trace given without the exception's own line gets it from the error object beside it:
 * Semantic Logger's `stack_trace` array (the line first, as Ruby prints it), ECS's Python
 * logger's `error.stack_trace` (ecs-logging-python writes `traceback.format_tb`: frames only, with
 * `error.type` and `error.message` beside them; Python prints the line after its frames).
 */
function withErrorHeader(error: Record<string, unknown>, given: unknown, value: string): string {
  const type = errorType(error);
  if (type === undefined) return value;
  const text = valueOf(error, 'message');
  const message = typeof text === 'string' ? text : '';
  if (PYTHON_FRAMES_ONLY.test(value) && !value.includes('Traceback (most recent call last)')) {
    return `Traceback (most recent call last):\n${value.trimEnd()}\n${message ? `${type}: ${message}` : type}`;
  }
  return Array.isArray(given) && !value.startsWith(type) ? `${type}: ${message}\n${value}` : value;
}

/**
 * The trace a log record's attributes hold, where an OpenTelemetry log bridge put the logger's
 * own fields: the pino and winston instrumentations send `logger.error({ err })` as a record whose
 * body is the message (here none) and whose `err` attribute is a map of the error's `type`,
 * `message` and `stack` (the OpenTelemetry Demo's payment service: test/core/fingerprint/
 * otel-demo.test.ts); a Collector's json_parser moves a JSON line's fields into attributes alike.
 * Read as a JSON record's fields are, the body as its message. Only a record with a map or a
 * text of several lines among its attributes is looked at.
 */
export function attributeTrace(attributes: Record<string, unknown> | undefined, body: string | undefined, hint?: string): string | undefined {
  if (attributes === undefined) return undefined;
  let worth = false;
  for (const key in attributes) {
    const value = attributes[key];
    if ((typeof value === 'string' && value.includes('\n')) || (value !== null && typeof value === 'object' && !Array.isArray(value))) {
      worth = true;
      break;
    }
  }
  if (!worth) return undefined;
  const fields = body && valueOf(attributes, 'msg') === undefined ? { ...attributes, msg: body } : attributes;
  for (const field of traceCandidates(fields)) {
    const trace = traceIn(field, hint);
    if (trace !== undefined) return trace;
  }
  return undefined;
}

/**
 * Tomcat's line for a servlet's failure, which Spring Boot's default logging prints for every
 * unhandled exception: `Servlet.service() … threw exception [Request processing failed: <the
 * exception>] with root cause`, then the ROOT cause's trace, not the named exception's. The
 * named exception is read as the outer one (`] with root cause` cut from its message) and the
 * printed trace as its cause, as a Caused by: section would be: a wrapper the application threw
 * (`new IllegalStateException("cannot reserve …", e)`) keeps its type in the chain, and an
 * exception that is its own root cause is one link (exception.ts drops a repeated link).
 * Read as it stood, the named exception took the printed root cause's frames, its message
 * ended in `] with root cause`, and the root cause's header was read as its message's lines.
 */
const WITH_ROOT_CAUSE = /\] with root cause$/;
/** `head` and `rest` as the named exception caused by the printed one; undefined when they are not that line. */
function rootCausePrinted(head: string, rest: string): string | undefined {
  const cut = WITH_ROOT_CAUSE.exec(head);
  if (!cut) return undefined;
  const printed = rest.replace(/^\s*\n/, '');
  // Only when a header follows: frames right below the line would be the named exception's own.
  if (/^\s*at /.test(printed) || !STARTS_AS_HEADER.test(printed.slice(0, printed.indexOf('\n') >>> 0))) return undefined;
  return `${head.slice(0, cut.index)}\nCaused by: ${printed}`;
}

function traceIn(body: string, hint: string | undefined): string | undefined {
  const text = body.length > LIMITS.maxTraceChars ? body.slice(0, LIMITS.maxTraceChars) : body;
  let from = 0;
  for (let skipped = 0; skipped <= MAX_PREAMBLE_LINES; skipped++) {
    const candidate = from === 0 ? text : text.slice(from);
    const trace = parseStacktrace(candidate, hint);
    if (!trace.exceptions.some((e) => e.frames.length > 0)) return undefined;
    // The header may follow the logger's words on the trace's first line.
    const newline = candidate.indexOf('\n');
    const lineEnd = newline < 0 ? candidate.length : newline;
    const firstLine = candidate.slice(0, lineEnd);
    // Only on a line of ordinary length: the lazy prefix would retry the rest of a long one.
    const header = firstLine.length > MAX_HEADER_LINE || STARTS_AS_HEADER.test(firstLine) ? null : HEADER_AFTER_PREFIX.exec(firstLine);
    if (header) {
      const rest = candidate.slice(lineEnd);
      const withCause = rootCausePrinted(header[1], rest);
      const trimmed = withCause ?? header[1] + rest;
      const reparsed = parseStacktrace(trimmed, hint);
      // The outer exception of a root cause printed below has no frames of its own.
      const framed = reparsed.exceptions[withCause === undefined ? 0 : 1]?.frames.length;
      if (framed && isTypeName(reparsed.exceptions[0].type, reparsed.runtime, trimmed)) return trimmed;
    }
    // .NET's parser finds a header below a logger's own lines by itself (dotnet.ts, headerIndex):
    // the trace still starts at the line that names the exception, the logger's lines are not its.
    const belowLoggerLines = trace.runtime === 'dotnet' && !firstLine.includes(trace.exceptions[0].type);
    if (!belowLoggerLines && isTypeName(trace.exceptions[0].type, trace.runtime, candidate)) return candidate;
    const next = text.indexOf('\n', from);
    if (next < 0) return undefined;
    from = next + 1;
  }
  return undefined;
}
