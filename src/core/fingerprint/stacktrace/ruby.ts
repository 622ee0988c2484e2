// Ruby: Exception#full_message(order: :top) — what opentelemetry-ruby records — and bare
// backtraces. https://docs.ruby-lang.org/en/3.3/Exception.html#method-i-full_message
//   /app/x.rb:5:in `divide': divided by 0 (ZeroDivisionError)
//   \tfrom /app/x.rb:10:in `block in run'
//   /app/x.rb:3:in `load': cause message (KeyError)        ← the cause, same shape
// Ruby 3.4 quotes labels as 'Integer#/' instead of `divide'.
// Ruby ≥ 3.1's error_highlight (bundled, on by default) ends the message of a NoMethodError or
// NameError (3.2: also TypeError and ArgumentError raised by a C method) with the source line
// of the backtrace's first location and a line of carets under the failing call, after a blank
// line (https://docs.ruby-lang.org/en/3.1/ErrorHighlight.html):
//   /app/x.rb:30:in `checkout': undefined method `size' for nil:NilClass (NoMethodError)
//
//     count = payload['cart'].size
//                            ^^^^^
//   \tfrom /app/x.rb:72:in `call'
// That line is the crash site's code, read as Python's printed source line is (exception.ts).
import { CARETS, highlightedCode } from '../highlighted-code.js';
import { fileFrameKey } from '../normalize.js';
import { innermostFirst, numberedFrame, type NumberedFrame } from '../ruby-numbered-backtrace.js';
import type { NameRule, RuntimeProfile } from './profile.js';
import { traceLines, type ParsedException, type ParsedTrace, type RawFrame } from '../types.js';

// `:in ` then the quoted label; the space is missing where a backtrace was pasted into Markdown,
// which reads every other backtick as the start of code (`installer.rb:57:in\`each'`).
const HEAD = /^(.{1,600}?):(\d{1,7}):in ?[`'](.{1,300}?)': (.*) \(([A-Z][\w:]{0,200})\)$/;
const HEAD_NO_TYPE = /^(.{1,600}?):(\d{1,7}):in ?[`'](.{1,300}?)': (.*)$/;
const FROM = /^\s*(?:from )?(.{1,600}?):(\d{1,7}):in ?[`'](.{1,300}?)'$/;
const PLAIN_HEADER = /^([A-Z][\w:]{0,200}): (.*)$/;
// What Rails and Ruby's Logger write above a backtrace in a log (the exception's own line is not
// a frame there): Rails' `NoMethodError (undefined method …):`, and Logger's
// `E, [2024-03-01T10:00:00.123456 #1] ERROR -- : undefined method … (NoMethodError)`.
const EXCEPTION_CLASS = '[A-Z]\\w{0,100}(?:::[A-Z]\\w{0,100}){0,8}';
// Rails' line may carry its logger's prefix and request tags (`F, […] FATAL -- : [req-1] NoMethodError (…):`).
const RAILS_HEADER = new RegExp(`(?:^|\\] |: )(${EXCEPTION_CLASS}) \\((.{0,2000})\\):$`);
const LOGGER_HEADER = new RegExp(`^(?:[A-Z], \\[[^\\]]{1,100}\\] {0,2}[A-Z]{1,7} -- [^:]{0,100}: )?(.{0,2000}) \\((${EXCEPTION_CLASS})\\)$`);
// Logger's header when the message has several lines (error_highlight's): the class ends its last line.
const LOGGER_PREFIX = /^[A-Z], \[[^\]]{1,100}\] {0,2}[A-Z]{1,7} -- [^:]{0,100}: (.{0,2000})$/;
const MESSAGE_END = new RegExp(`^(.{0,2000}) \\((${EXCEPTION_CLASS})\\)$`);
/** Lines a multi-line Logger header may take: error_highlight adds a blank one, the code and the carets. */
const MAX_HEADER_LINES = 8;
/**
 * Labels Ruby gives its own code's blocks and clauses (`block in total`, `block (2 levels) in
 * process`, `rescue in establish_connection`, `ensure in …`, `<main>`, `<class:Foo>`): never a
 * method written in C, whose label is its name.
 */
const RUBY_CODE_LABEL = /^(?:(?:block(?: \(\d{1,3} levels\))?|rescue|ensure) in |<)/;
/** A class that names an exception: namespaced, or named so (`ActiveRecord::RecordNotFound`, `NoMethodError`). */
const isExceptionClass = (name: string) => name.includes('::') || /(?:Error|Exception)$/.test(name);

/**
 * Honeybadger's issue-tracker integration lists a backtrace one frame a line as `line <n> of
 * <file>: <method>`, the application's files under `[PROJECT_ROOT]` and gems' under `[GEM_ROOT]`
 * (its backtrace filters): `line 83 of [PROJECT_ROOT]/app/controllers/scrapers_controller.rb:
 * scraperwiki`. Only a Ruby source or template file makes it a Ruby frame. Before, such a list
 * was read as no frame, and an application's `undefined method … for nil:NilClass` from three
 * controllers and views was one signature.
 */
const REPORTED_FRAME = /^\s*line (\d{1,7}) of ((?:\[(?:PROJECT|GEM)_ROOT\]|\/)\S{0,600}?\.(?:rb|erb|haml|slim|builder|jbuilder|rake)): (\S.{0,300})$/;

/**
 * Errbit's notice page lists a backtrace one frame a line as `<file>:<line>→ <method>`, the
 * application's files under `[PROJECT_ROOT]`, gems' by name and version
 * (`actionview-4.2.9/lib/action_view/template.rb:145→ block in render`), and a copy of it keeps
 * the arrow. Only a Ruby source or template file makes it a Ruby frame. Before, such a copy was
 * read as no frame, and its `undefined method … for nil:NilClass` was one signature with every
 * other frameless one.
 */
const NOTICE_FRAME = /^\s*(\S{1,600}?\.(?:rb|erb|haml|slim|builder|jbuilder|rake)):(\d{1,7})→ (\S.{0,300})$/;

/** A Ruby source or template file, the only files the trackers' frame lists below are read for. */
export const RUBY_SOURCE_FILE = /\.(?:rb|erb|haml|slim|builder|jbuilder|rake)$/;

/**
 * Rollbar lists a Ruby backtrace in Python's frame form, `File "<file>", line <n>, in <method>`
 * under the exception's `Type: message` line, innermost frame first as Ruby prints it (its
 * GitHub issues, and a copy from its item page, where the frames are numbered and the commas
 * may be missing: `3 File "…/exception_handler.rb" line 18 in each`). Only a Ruby source or
 * template file makes it a Ruby frame. Before, such a list was read as a Python traceback, whose
 * frames are printed outermost first, so the crash site was the request's outermost
 * application frame (a controller action, a worker's perform) for every failure under it
 * (ProjectR's `undefined method ... for nil` from two workers' helpers were one signature with
 * a third worker's own nil read, threads-10), and a numbered copy read no frame at all.
 */
const TRACKER_FRAME = /^\s*(?:\d{1,4}\s+)?File "(\S[^"]{0,600}?)",? line (\d{1,7}),? in (\S.{0,300})$/;

/**
 * Bugsnag's issue-tracker integration writes a Ruby frame under `## Stacktrace` as `<file>:<line>
 * - <method>` (`app/workers/get_more_email_worker.rb:7 - perform`), as it writes PHP's
 * (php.ts). Only a Ruby source or template file makes it a Ruby frame, and one row alone only
 * under that heading: a log line may read `user.rb:12 - saved`. Before, it read no frame.
 */
const BUGSNAG_FRAME = /^\s*(\S{1,600}?\.(?:rb|erb|haml|slim|builder|jbuilder|rake)):(\d{1,7}) - (\S.{0,300})$/;

/** Bugsnag's rows (BUGSNAG_FRAME) in a text: two, or one under Bugsnag's `Stacktrace` heading. */
function hasBugsnagFrames(text: string): boolean {
  if (!text.includes(' - ')) return false;
  const n = text.split('\n').filter((l) => BUGSNAG_FRAME.test(l)).length;
  return n >= 2 || (n === 1 && /^#{0,6} ?Stacktrace\s*$/m.test(text));
}

/** A line of Rollbar's Ruby frame list (TRACKER_FRAME) whose file is a Ruby source or template. */
export function trackerFrame(line: string): RegExpExecArray | null {
  const m = line.includes('File "') ? TRACKER_FRAME.exec(line) : null;
  return m && RUBY_SOURCE_FILE.test(m[1]) ? m : null;
}

export function looksLikeRuby(text: string): boolean {
  return (text.includes(':in') && /:\d{1,7}:in ?[`'][^'\n]{1,300}'/.test(text)) ||
    (text.includes('line ') && text.includes('_ROOT]/') && text.split('\n').some((l) => REPORTED_FRAME.test(l))) ||
    (text.includes('→ ') && text.split('\n').some((l) => NOTICE_FRAME.test(l))) ||
    (text.includes('File "') && text.split('\n').some((l) => trackerFrame(l) !== null)) ||
    hasBugsnagFrames(text);
}

/**
 * The file of a frame line a logger's header stands before (Sidekiq 6's `2026-12-05T18:33:33.401Z
 * pid=2993 tid=2xt WARN: /app/jobs.rb`, the backtrace's first line of a record): the path after
 * the header's last `: `, where the header holds a digit (a time, a pid) and the path no space.
 * Left on, the header's time was the file's, and a script's frame (`worker.rb:18`, no directory
 * to key it by) named another file in every record.
 */
function withoutLoggedHeader(file: string): string {
  const at = file.lastIndexOf(': ');
  if (at <= 0) return file;
  const path = file.slice(at + 2);
  return path && !/\s/.test(path) && /\d/.test(file.slice(0, at)) ? path : file;
}

function frame(rawFile: string, line: string, label: string): RawFrame {
  const file = withoutLoggedHeader(rawFile);
  // `block (2 levels) in foo`, `rescue in foo`; 3.4 labels carry the class: `Integer#/`, `User.find`.
  const m = /^((?:(?:block(?: \(\d{1,4} levels\))?|rescue|ensure) in ){0,8})(?:([A-Z][\w:]{0,200})[#.])?(.*)$/.exec(label);
  return m ? { file, line: Number(line), module: m[2], function: m[1] + m[3] } : { file, line: Number(line), function: label };
}

export function parseRuby(text: string): ParsedTrace {
  const exceptions: ParsedException[] = [];
  let current: ParsedException | undefined;
  // The lines of the current exception's message after its header, until its first frame.
  let messageLines: string[] | undefined;
  // A Logger header whose message goes on over the next lines, until the line ending in `(Class)`.
  let logged: string[] | undefined;
  // error_highlight's source line of a header that has no frame of its own (Logger's): the first frame's.
  let pendingCode: string | undefined;
  // Ruby 2.5–2.7's reversed backtrace (ruby-numbered-backtrace.ts): its numbered frames, held
  // until the raise site's head below them, which they follow as its callers.
  let numbered: NumberedFrame[] = [];
  const withNumbered = (e: ParsedException) => {
    for (const n of innermostFirst(numbered)) if (e.frames.length < 200) e.frames.push(frame(n.file, n.line, n.label));
    numbered = [];
  };
  for (const raw of traceLines(text)) {
    let line = raw.trimEnd();
    const n = line.includes("'") ? numberedFrame(line) : undefined;
    if (n) {
      numbered.push(n);
      messageLines = undefined;
      continue;
    }
    if (logged) {
      const end = MESSAGE_END.exec(line);
      if (end && isExceptionClass(end[2])) {
        pendingCode = highlightedCode([...logged.slice(1), end[1]]);
        current = { type: end[2], message: logged[0], frames: [] };
        exceptions.push(current);
        logged = undefined;
        continue;
      }
      logged.push(line);
      if (logged.length <= MAX_HEADER_LINES && !FROM.test(line)) continue;
      logged = undefined;
    }
    // Every frame and header quotes its label (`…in 'label'`): lines without a quote skip the
    // regexes, whose lazy groups would otherwise try every `:N:in ` split of a long line.
    if (!line) continue;
    const quoted = line.includes("'");
    if (messageLines && !(quoted && FROM.test(line))) {
      // A line of the message, or its carets: the code goes to the header's frame.
      messageLines.push(line);
      const code = CARETS.test(line) && current?.frames.length === 1 ? highlightedCode(messageLines) : undefined;
      if (code) current!.frames[0].code = code;
    }
    if (!/^\s/.test(line)) {
      const h = quoted ? (HEAD.exec(line) ?? HEAD_NO_TYPE.exec(line)) : null;
      if (h) {
        current = { type: h[5] ?? 'RuntimeError', message: h[4], frames: [frame(h[1], h[2], h[3])], relation: exceptions.length ? 'cause' : undefined };
        exceptions.push(current);
        if (numbered.length) withNumbered(current);
        messageLines = [];
        pendingCode = undefined;
        continue;
      }
      const p = PLAIN_HEADER.exec(line);
      if (p && !current) {
        current = { type: p[1], message: p[2], frames: [] };
        exceptions.push(current);
        continue;
      }
      if (!current) {
        const rails = RAILS_HEADER.exec(line);
        const oneLine = rails ? undefined : LOGGER_HEADER.exec(line);
        const type = rails?.[1] ?? oneLine?.[2];
        if (type && isExceptionClass(type)) {
          current = { type, message: (rails?.[2] ?? oneLine?.[1])!, frames: [] };
          exceptions.push(current);
          continue;
        }
        const prefix = rails ? undefined : LOGGER_PREFIX.exec(line);
        // Logger's record of a backtrace joined by newlines (`logger.error(e.backtrace.join("\n"))`)
        // starts with its top frame: that is a frame, not a message. Taken for the message's
        // first line, the frame the exception was raised in was lost, and a KeyError from
        // `fetch` and an EISDIR from `File.read` at one line of one method were one signature.
        if (prefix && FROM.test(prefix[1])) line = prefix[1];
        else if (prefix) {
          logged = [prefix[1]];
          continue;
        }
      }
    }
    const reported = !quoted && line.includes(' of ') ? REPORTED_FRAME.exec(line) : null;
    if (reported) {
      if (!current) exceptions.push((current = { type: 'RuntimeError', message: '', frames: [] }));
      if (current.frames.length < 200) current.frames.push(frame(reported[2], reported[1], reported[3]));
      continue;
    }
    const noticed = !quoted && line.includes('→ ') ? NOTICE_FRAME.exec(line) : null;
    if (noticed) {
      if (!current) exceptions.push((current = { type: 'RuntimeError', message: '', frames: [] }));
      if (current.frames.length < 200) current.frames.push(frame(noticed[1], noticed[2], noticed[3]));
      continue;
    }
    const bugsnag = !quoted && line.includes(' - ') ? BUGSNAG_FRAME.exec(line) : null;
    if (bugsnag) {
      if (!current) exceptions.push((current = { type: 'RuntimeError', message: '', frames: [] }));
      if (current.frames.length < 200) current.frames.push(frame(bugsnag[1], bugsnag[2], bugsnag[3]));
      continue;
    }
    const tracked = trackerFrame(line);
    if (tracked) {
      if (!current) exceptions.push((current = { type: 'RuntimeError', message: '', frames: [] }));
      if (current.frames.length < 200) current.frames.push(frame(tracked[1], tracked[2], tracked[3]));
      continue;
    }
    const f = quoted ? FROM.exec(line) : null;
    if (f) {
      messageLines = undefined;
      if (!current) {
        current = { type: 'RuntimeError', message: '', frames: [] };
        exceptions.push(current);
      }
      if (current.frames.length < 200) {
        const fr = frame(f[1], f[2], f[3]);
        if (pendingCode !== undefined && current.frames.length === 0) fr.code = pendingCode;
        pendingCode = undefined;
        current.frames.push(fr);
      }
    }
  }
  // Numbered frames with no head below them (a copy cut before it): the raise site is lost, its callers stand.
  if (numbered.length) {
    if (!current) exceptions.push((current = { type: 'RuntimeError', message: '', frames: [] }));
    withNumbered(current);
  }
  // A method written in C is reported at its caller's file and line (`shop.rb:20:in 'fetch'`
  // directly above `shop.rb:20:in 'lookup'`): it is the runtime's code, not the app's. A block's
  // frame is Ruby code whatever line it shares with its caller (`total`'s one-line `sum { … }`
  // prints `block in total` over `sum` at one line).
  for (const e of exceptions) {
    for (let i = 0; i + 1 < e.frames.length; i++) {
      const f = e.frames[i];
      const next = e.frames[i + 1];
      if (f.file === next.file && f.line === next.line && f.function !== next.function && !RUBY_CODE_LABEL.test(f.function ?? '')) f.native = true;
    }
    // The highlighted line is the first location's: a C method's is its caller's, whose frame follows.
    const top = e.frames[0];
    for (let i = 1; top?.code !== undefined && i < e.frames.length && e.frames[i - 1].native; i++) e.frames[i].code ??= top.code;
  }
  return { runtime: 'ruby', exceptions };
}

const RUBY_NAMES: readonly NameRule[] = [
  [/^(?:(?:block(?: \(\d{1,4} levels\))?|rescue|ensure) in )+/, ''], // block (2 levels) in foo
  [/_{1,2}\d{3,}_\d{3,}$/, ''], // compiled ERB templates: _app_views_x_html_erb__123_456
];

export const rubyProfile: RuntimeProfile<'ruby'> = {
  name: 'ruby',
  hints: ['ruby'],
  looksLike: looksLikeRuby,
  parse: parseRuby,
  naming: { frameKey: (frame) => fileFrameKey(frame, RUBY_NAMES) },
  library: {
    pooledPaths: {
      patterns: [
        /(?:^|\/)gems\//, // RubyGems, bundler
        /\/lib\/ruby\/\d/, // Ruby stdlib
        /^<internal:/, // Ruby core written in Ruby
        /(?:^|\/)vendor\//, // bundler --deployment
      ],
      needles: ['gems/', '/lib/ruby/', 'vendor/'],
      prefixes: ['<internal:'],
    },
  },
  stdlib: { paths: /\/lib\/ruby\/\d[\d.]*\/(?!gems\/)|^<internal:/ },
  machinery: { helperFiles: true },
};
