// What of a log body is the message. Structured bodies put the message in one field and
// everything else (request ids, users, durations) in others; mining the whole line would make
// every field a token. JSON bodies are parsed only when they start with `{` and are small.
// The message, then the error: `msg="query failed" err="deadline exceeded"` and
// `msg="query failed" err="connection refused"` are different failures.
import { withoutAnsi } from './ansi.js';
import { isAuditRecordStamp, withoutAuditRecordHeader } from './audit-record-header.js';
import { withoutIrcFormatting } from './irc-formatting.js';
import { withoutRepeatedDriverName } from './repeated-driver-name.js';
import { withProgramsOwnTag } from './repeated-program-tag.js';
import { withoutTransportHeader } from './transport-header.js';
import { withoutWindowsEventExport } from './windows-event-export.js';
import { withDotnetRuntimeEventDescription } from './dotnet-runtime-event.js';
import { withRelayedRecordsAsValue } from './relayed-log-records.js';
import { hasShimRuntimeField, hasShimRuntimeValue, markedIfShimRecord } from './runtime-shim-record.js';

// Looked up whatever their case: .NET's JSON console logger and Serilog's JSON formatter write
// `Message` and `Exception`. Serilog's compact format (CLEF) writes the message template as `@mt`
// (kept whole: its holes are names, not values) and the rendered message as `@m`.
// GELF (Graylog's format) names it `short_message`.
const MESSAGE_KEYS = ['msg', 'message', 'event', '@mt', '@m', 'short_message'];
const ERROR_KEYS = ['error', 'err', 'exception'];
// A quoted value the line ends in before its closing quote (journalctl's pager cuts a long line at
// the terminal's width and marks the cut with `>`: CRI-O's `msg="Node configuration value for
// hugetlb cgroup is >`, oracle/vagrant-projects#405) is the rest of the line: read as a bare value
// it was its first word with the quote, `"Node`, one template for every statement cut so.
const LOGFMT_FIELD = /(?:^|\s)(msg|message|error|err)=(?:"((?:[^"\\]|\\.){0,2000})"|"((?:[^"\\]|\\.){0,2000})$|(\S{1,2000}))/g;
// logfmt: starts with `key=` and has another ` key=` later. Two linear probes, not one
// pattern over the whole line (a repeated `key=value` group backtracks badly on `a=a=a=…`).
const LOGFMT_START = /^[\w.@-]{1,64}=/;
const LOGFMT_NEXT = /\s[\w.@-]{1,64}=/;

// A level or tag padded to its column inside its brackets (hclog's `[INFO ]`, Elasticsearch's
// `[WARN ]`, fluent-bit's `[ warn]`): the same tag as `[INFO]`, which other versions and layouts
// of the program write. A thread's column is padded so too, and holds a name or a number:
// gearmand's log.hpp writes `[%6s ]`, `[  main ]` for the main thread and `[     1 ]` for an I/O
// thread (programs/gearmand); with only the name closed up, one statement was one template in the
// main thread (`[main]`, a context tag) and another in each I/O thread (`[ <int> ]`). A number
// with a fraction (the kernel's `[  518.050606]`) is a time and stays as it is.
const PADDED_TAG = /\[ {0,6}([A-Za-z]{2,8}|\d{1,6}) {0,6}\]/g;

// logrus' TTY layout: a four-letter level, its time in brackets (seconds since start, or a
// timestamp), the message, then its fields as ` key=value`.
const LOGRUS_TTY = /^(?:TRAC|DEBU|INFO|WARN|ERRO|FATA|PANI)\[[^\]\s]{1,40}\] /;
const LOGRUS_FIELD = /\s[\w.-]{1,64}=/;

// A structured record after a prefix its transport added: journald's or syslog's `Mar 10
// 12:00:01 host dockerd[812]: time=… level=error msg="…"`, a compose service's `app_1  | {…}`,
// a timestamp before a JSON object. Read without its prefix, the record's message would be
// masked whole as the value of `msg=` (parameterize.ts), and every line of a logrus service
// one template.
const PREFIXED_LOGFMT = /(?:^|\s)(?:msg|message)=/;

/** Longest body read as a structured record (JSON after a prefix too); a longer one is text. */
const MAX_STRUCTURED_BODY = 16 * 1024;

/**
 * The message of a body, at most `maxChars` long. A structured record is read whole before its
 * message is cut to length: cut first, a JSON record is no longer JSON and was mined whole as
 * text, its timestamps and ids among its words (structlog's records carry their exception's
 * frames and locals and pass 2 KB). A text body is cut first, as it always was.
 */
export function bodyMessage(raw: string, maxChars: number): { text: string; format: 'json' | 'logfmt' | 'text' } {
  if (raw.length <= maxChars) return messageOfBody(raw);
  const whole = messageOfBody(raw.length > MAX_STRUCTURED_BODY ? raw.slice(0, MAX_STRUCTURED_BODY) : raw);
  if (whole.format === 'text') return messageOfBody(raw.slice(0, maxChars));
  return whole.text.length > maxChars ? { text: whole.text.slice(0, maxChars), format: whole.format } : whole;
}

export function messageOfBody(body: string): { text: string; format: 'json' | 'logfmt' | 'text' } {
  const trimmed = withoutIrcFormatting(withoutAnsi(body)).trim();
  if (trimmed.startsWith('{') && trimmed.endsWith('}') && trimmed.length <= MAX_STRUCTURED_BODY) {
    return jsonMessage(trimmed) ?? { text: trimmed, format: 'text' };
  }
  if (trimmed.length <= 4096 && trimmed.includes('=')) {
    const start = LOGFMT_START.test(trimmed) ? 0 : prefixedLogfmtStart(trimmed);
    if (start >= 0 && LOGFMT_NEXT.test(trimmed.slice(start))) {
      const fields: Record<string, string> = {};
      for (const m of trimmed.slice(start).matchAll(LOGFMT_FIELD)) fields[m[1]] = (m[2] ?? m[3] ?? m[4]).replace(/\\"/g, '"');
      // another program's records carried in the message are one value (relayed-log-records.ts)
      const text = withRelayedRecordsAsValue([fields.msg ?? fields.message, fields.error ?? fields.err].filter(Boolean).join(': '));
      // a containerd runtime shim's record relayed by containerd is the shim's statement (runtime-shim-record.ts)
      if (text && !(fields.msg !== undefined && isAuditRecordStamp(fields.msg))) return { text: markedIfShimRecord(text, hasShimRuntimeField(trimmed.slice(start))), format: 'logfmt' };
    }
  }
  // logrus' text format on a terminal: `WARN[2025-05-07T08:57:56Z] cleaning up dead shim   namespace=moby`
  // (dockerd, containerd and most Go services that log with logrus). The same record written
  // as logfmt (`level=warning msg="cleaning up dead shim" namespace=moby`) is read above as its
  // `msg`; here the message is what lies between the level and the first field.
  const logrus = LOGRUS_TTY.exec(trimmed);
  if (logrus) {
    const rest = trimmed.slice(logrus[0].length);
    const field = LOGRUS_FIELD.exec(rest);
    const text = (field ? rest.slice(0, field.index) : rest).trim();
    if (text) return { text: markedIfShimRecord(text, field !== null && hasShimRuntimeField(rest.slice(field.index))), format: 'logfmt' };
  }
  // A JSON object after a prefix: from the first `{` to the end.
  const open = trimmed.endsWith('}') && trimmed.length <= MAX_STRUCTURED_BODY ? trimmed.indexOf('{') : -1;
  if (open > 0) {
    const json = jsonMessage(trimmed.slice(open));
    if (json) return json;
  }
  // An exported Windows event is its description (windows-event-export.ts), and the .NET
  // runtime's event is what its `Description:` row says (dotnet-runtime-event.ts).
  const text = withDotnetRuntimeEventDescription(withoutWindowsEventExport(trimmed));
  return { text: withoutAuditRecordHeader(withoutRepeatedDriverName(withProgramsOwnTag(withoutTransportHeader(text)))).replace(PADDED_TAG, '[$1]'), format: 'text' };
}

/** The message and error fields of a JSON object, if it is one and has them. */
function jsonMessage(text: string): { text: string; format: 'json' } | undefined {
  try {
    const obj = JSON.parse(text) as Record<string, unknown>;
    if (!obj || typeof obj !== 'object') return undefined;
    const message = messageThenError(obj) || nestedMessage(obj);
    return message ? { text: markedIfShimRecord(message, hasShimRuntimeValue(obj.runtime)), format: 'json' } : undefined;
  } catch {
    // Not JSON after all: mine it as text.
    return undefined;
  }
}

/** A record's message, then the error it names (`msg="query failed" err="…"`); empty when it has neither. */
function messageThenError(fields: Record<string, unknown>): string {
  return [field(fields, MESSAGE_KEYS), field(fields, ERROR_KEYS)].filter(Boolean).join(': ');
}

/**
 * A record whose logger nests its fields under one key: Rust's tracing-subscriber writes the event's
 * `message` and fields (`error = %e`) under `fields`
 * (https://docs.rs/tracing-subscriber/latest/tracing_subscriber/fmt/format/struct.Json.html);
 * loguru's serialised record (`serialize=True`) the line as its sink prints it in `text` and the
 * record's own fields, its message among them, under `record`
 * (https://loguru.readthedocs.io/en/stable/api/logger.html).
 */
function nestedMessage(obj: Record<string, unknown>): string | undefined {
  for (const key of NESTING_KEYS) {
    const nested = obj[key];
    if (!nested || typeof nested !== 'object' || Array.isArray(nested)) continue;
    const message = messageThenError(nested as Record<string, unknown>);
    if (message) return message;
  }
  return undefined;
}
const NESTING_KEYS = ['fields', 'record'];

/**
 * Where a logfmt record starts after a prefix: the first `key=` token from which the line has
 * a `msg=` or `message=` field; -1 when it has none (then the line is text).
 */
function prefixedLogfmtStart(line: string): number {
  const message = PREFIXED_LOGFMT.exec(line);
  if (!message) return -1;
  const key = /(?:^|\s)([\w.@-]{1,64}=)/g;
  for (let m = key.exec(line); m && m.index <= message.index; m = key.exec(line)) {
    const at = m.index + m[0].length - m[1].length;
    if (LOGFMT_NEXT.test(line.slice(at))) return at;
  }
  return message.index + (line[message.index] === ' ' ? 1 : 0);
}

/**
 * The error a log record's attributes name beside its message (`error`, `err`, `exception`: a
 * text, or a map with its `message`), where an OpenTelemetry log bridge put the logger's fields
 * (Go's slog and zap bridges send `slog.Error("query failed", "err", err)` as the body and an
 * `err` attribute): the message, then the error, as a JSON or logfmt record's are read.
 */
export function attributeError(attributes: Record<string, unknown> | undefined): string | undefined {
  return attributes === undefined ? undefined : field(attributes, ERROR_KEYS);
}

function field(obj: Record<string, unknown>, keys: string[]): string | undefined {
  for (const key of keys) {
    const v = valueOf(obj, key);
    if (typeof v === 'string' && v) return v;
    if (v && typeof v === 'object' && typeof (v as { message?: unknown }).message === 'string') return (v as { message: string }).message;
  }
  return undefined;
}

/**
 * `obj[key]`, or the value of the first own key equal to it whatever its case (`Message` for
 * `message`); keys are given lower-case.
 */
export function valueOf(obj: Record<string, unknown>, key: string): unknown {
  const exact = obj[key];
  if (exact !== undefined) return exact;
  for (const own of Object.keys(obj)) if (own.length === key.length && own.toLowerCase() === key) return obj[own];
  return undefined;
}
