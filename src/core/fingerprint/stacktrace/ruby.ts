// Ruby: Exception#full_message(order: :top) — what opentelemetry-ruby records — and bare
// backtraces. https://docs.ruby-lang.org/en/3.3/Exception.html#method-i-full_message
//   /app/x.rb:5:in `divide': divided by 0 (ZeroDivisionError)
//   \tfrom /app/x.rb:10:in `block in run'
//   /app/x.rb:3:in `load': cause message (KeyError)        ← the cause, same shape
// Ruby 3.4 quotes labels as 'Integer#/' instead of `divide'.
import { fileFrameKey } from '../normalize.js';
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
/** A class that names an exception: namespaced, or named so (`ActiveRecord::RecordNotFound`, `NoMethodError`). */
const isExceptionClass = (name: string) => name.includes('::') || /(?:Error|Exception)$/.test(name);

export function looksLikeRuby(text: string): boolean {
  return text.includes(':in') && /:\d{1,7}:in ?[`'][^'\n]{1,300}'/.test(text);
}

function frame(file: string, line: string, label: string): RawFrame {
  // `block (2 levels) in foo`, `rescue in foo`; 3.4 labels carry the class: `Integer#/`, `User.find`.
  const m = /^((?:(?:block(?: \(\d{1,4} levels\))?|rescue|ensure) in ){0,8})(?:([A-Z][\w:]{0,200})[#.])?(.*)$/.exec(label);
  return m ? { file, line: Number(line), module: m[2], function: m[1] + m[3] } : { file, line: Number(line), function: label };
}

export function parseRuby(text: string): ParsedTrace {
  const exceptions: ParsedException[] = [];
  let current: ParsedException | undefined;
  for (const raw of traceLines(text)) {
    const line = raw.trimEnd();
    // Every frame and header quotes its label (`…in 'label'`): lines without a quote skip the
    // regexes, whose lazy groups would otherwise try every `:N:in ` split of a long line.
    if (!line) continue;
    const quoted = line.includes("'");
    if (!/^\s/.test(line)) {
      const h = quoted ? (HEAD.exec(line) ?? HEAD_NO_TYPE.exec(line)) : null;
      if (h) {
        current = { type: h[5] ?? 'RuntimeError', message: h[4], frames: [frame(h[1], h[2], h[3])], relation: exceptions.length ? 'cause' : undefined };
        exceptions.push(current);
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
        const logged = rails ? undefined : LOGGER_HEADER.exec(line);
        const type = rails?.[1] ?? logged?.[2];
        if (type && isExceptionClass(type)) {
          current = { type, message: (rails?.[2] ?? logged?.[1])!, frames: [] };
          exceptions.push(current);
          continue;
        }
      }
    }
    const f = quoted ? FROM.exec(line) : null;
    if (f) {
      if (!current) {
        current = { type: 'RuntimeError', message: '', frames: [] };
        exceptions.push(current);
      }
      if (current.frames.length < 200) current.frames.push(frame(f[1], f[2], f[3]));
    }
  }
  // A method written in C is reported at its caller's file and line (`shop.rb:20:in 'fetch'`
  // directly above `shop.rb:20:in 'lookup'`): it is the runtime's code, not the app's.
  for (const e of exceptions) {
    for (let i = 0; i + 1 < e.frames.length; i++) {
      const f = e.frames[i];
      const next = e.frames[i + 1];
      if (f.file === next.file && f.line === next.line && f.function !== next.function) f.native = true;
    }
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
