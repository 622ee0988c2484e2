// Rust: panics printed by the default panic hook with RUST_BACKTRACE=1 (std's backtrace
// format, https://doc.rust-lang.org/std/backtrace/), and `{:?}` of anyhow / eyre errors.
//   thread 'main' panicked at src/main.rs:13:24:          (Rust ≥ 1.73; `thread 'main' (12)`
//   called `Option::unwrap()` on a `None` value             in ≥ 1.90; before 1.73 the message
//   stack backtrace:                                        was quoted on the first line:
//      0: rust_begin_unwind                                 `panicked at 'msg', src/x.rs:1:2`)
//                at /rustc/<hash>/library/std/src/panicking.rs:689:5
//      4: shop::parse_qty
//                at ./src/main.rs:13:24
//
//   Error: could not load config                           (anyhow; eyre's default handler
//                                                            prints the same shape)
//   Caused by:
//       0: limit "abc" is not a number
//       1: invalid digit found in string
//
//   Stack backtrace:
//      0: anyhow::error::<impl anyhow::Error>::msg
//                at /root/.cargo/registry/src/…/anyhow-1.0.105/src/backtrace.rs:10:14
// Frames print innermost first. `RUST_BACKTRACE=full` adds `0x55d5c3a1b2c3 - ` addresses
// and `::h0123456789abcdef` symbol hashes. The frames above the panic machinery (the panic
// hook, `rust_begin_unwind`, `core::panicking::panic_fmt`) are the reporting code, not the
// failure, and are dropped; the error chain's causes carry no frames of their own.
import type { RuntimeProfile } from './profile.js';
import { traceLines, type ParsedException, type ParsedTrace, type RawFrame } from '../types.js';
import { panicLocationFunction, withLibraryPanicLocation } from '../rust-library-panic-location.js';
import { panicReportStart } from '../rust-output-above-panic.js';

// The thread's name may be missing where a person retyped the line (an issue's title:
// `thread panicked at 'msg', src/x.rs:1:2`); the runtime always prints one (`'<unnamed>'`).
const PANIC = /^thread (?:'([^']{0,200})'(?: \(\d{1,20}\))? )?panicked at (.{0,2000})$/;
const OLD_PANIC_MESSAGE = /^'(.*)', (.{1,500}):\d{1,7}:\d{1,7}$/;
const FRAME = /^\s{0,12}\d{1,5}: {1,8}(?:0x[0-9a-f]{1,16} - )?(.{1,1000})$/;
const AT = /^\s{4,40}at (.{1,600}?)(?::(\d{1,7})(?::\d{1,7})?)?$/;
const CAUSE = /^\s{2,12}(?:\d{1,3}: )?(.{0,2000})$/;
// Frames of the panic machinery: everything above the last of them is the hook reporting it.
const PANIC_MACHINERY = /^(?:__rustc::)?rust_begin_unwind$|^std::panicking::(?:begin_panic|rust_panic_with_hook|panic_with_hook|panic_handler|begin_panic_handler|begin_panic_fmt)|^core::panicking::|__rust_end_short_backtrace|^std::panic::panic_any/;

// anyhow's and eyre's `{:?}` without a backtrace: `Error: …`, then `Caused by:` alone on its line
// and the causes indented under it (Java's `Caused by: x` has its exception on the same line).
const ERROR_CHAIN = /^Error: .{1,2000}\n(?:\s{0,12}\n){0,2}Caused by:[ \t]{0,4}\n\s{2,12}\S/m;

export function looksLikeRust(text: string): boolean {
  if (text.includes('panicked at ') && /^thread '[^']{0,200}'(?: \(\d{1,20}\))? panicked at /m.test(text)) return true;
  if (text.includes('thread panicked at ') && /^thread panicked at (?:'|\S{1,500}\.rs:\d)/m.test(text)) return true;
  if (text.includes('Caused by:') && ERROR_CHAIN.test(text)) return true;
  return text.includes('tack backtrace:') && /^\s{0,12}\d{1,5}: .{1,1000}\n\s{4,40}at .{1,600}\.rs:\d/m.test(text);
}

/** `shop::cart::Cart::add` → module `shop::cart::Cart`, function `add`; `<T as Trait>::m` splits outside the brackets. */
export function splitRustSymbol(symbol: string): RawFrame {
  const name = symbol.replace(/::h[0-9a-f]{16}$/, '');
  let depth = 0;
  for (let i = name.length - 1; i > 0; i--) {
    const ch = name[i];
    if (ch === '>' || ch === '}' || ch === ')') depth++;
    else if (ch === '<' || ch === '{' || ch === '(') depth--;
    else if (ch === ':' && name[i - 1] === ':' && depth === 0) return { module: name.slice(0, i - 1), function: name.slice(i + 1) };
  }
  return { function: name };
}

/** `src/main.rs:13:24` (Rust ≥ 1.73, the header's end) or `'msg', src/x.rs:1:2` (before). */
const LOCATION = /^(?:'.*', )?(.{1,500}?):(\d{1,7}):\d{1,7}:?$/;
/**
 * A ≥ 1.73 header whose message line was joined onto it (a paste or a log that lost the line
 * break): `thread 'main' panicked at src/x.rs:188:40:         called \`Option::unwrap()\` …`. The
 * location ends at the colon after its column, the message is the rest.
 */
const JOINED_LOCATION = /^([^\s']\S{0,499}?):(\d{1,7}):\d{1,7}:\s+(\S.{0,2000})$/;

/**
 * Where the panic happened, read from the `thread '…' panicked at` line or, before 1.73, from
 * the end of a message of several lines (`assert_eq!`'s left and right), which is quoted whole
 * with the location after its closing quote: `right: `254`', src/queue.rs:324:9`. Its line
 * number names it: there is no function to, and a file holds many `unwrap()`s on `None`, each
 * its own failure (a release that moves the line starts a new signature, which is the price of
 * never merging two of them).
 */
const locationFrame = (file: string, line: number): RawFrame => ({ file, line, function: panicLocationFunction(line) });
const OLD_MESSAGE_END = /', (.{1,500}?):(\d{1,7}):\d{1,7}$/;

/**
 * The text an `expect` call was given, when the backtrace shows the panic came from one:
 * `Option::expect(msg)` panics with `msg` (through `core::option::expect_failed`),
 * `Result::expect(msg)` with `msg: {err:?}` (through `core::result::unwrap_failed`, which
 * `unwrap` shares with the message `` called `Result::unwrap()` on an `Err` value: … ``)
 * (https://doc.rust-lang.org/std/option/enum.Option.html#method.expect). The text is a literal
 * in the code (Clippy's `expect_fun_call` lint steers a formatted one to `unwrap_or_else`): two
 * `expect`s in one function are two statements even where their texts differ by one word
 * (`config has no host` / `config has no port`), which the mined template makes one. Of a
 * `Result`'s, the text before the first `: `: the error's `{:?}` after it is the data's.
 */
function expectLiteral(message: string, frames: readonly RawFrame[]): string | undefined {
  if (!message) return undefined;
  const from = (module: string, fn: string) => frames.some((f) => f.module === module && f.function === fn);
  if (from('core::option', 'expect_failed')) return firstLineOf(message);
  if (!from('core::result', 'unwrap_failed') || message.startsWith('called `Result::')) return undefined;
  const colon = message.indexOf(': ');
  return colon > 0 ? message.slice(0, colon) : firstLineOf(message);
}

const firstLineOf = (text: string) => (text.includes('\n') ? text.slice(0, text.indexOf('\n')) : text);

export function parseRust(text: string): ParsedTrace {
  // The program's output pasted above the panic is not the report (rust-output-above-panic.ts).
  const printed = traceLines(text);
  const lines = printed.slice(panicReportStart(printed, (l) => PANIC.test(l)));
  const chain: ParsedException[] = [];
  const frames: RawFrame[] = [];
  let section: 'message' | 'causes' | 'frames' | 'none' = 'none';
  let panicked = false;
  let quoted = false;
  let location: RawFrame | undefined;
  let last: RawFrame | undefined;
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (!chain.length) {
      if (!line.trim()) continue;
      const p = PANIC.exec(line);
      if (p) {
        panicked = true;
        const old = OLD_PANIC_MESSAGE.exec(p[2]);
        // Before 1.73, a message of several lines is quoted from the header on.
        quoted = !old && p[2].startsWith("'");
        const at = LOCATION.exec(p[2]);
        const joined = at || old || quoted ? null : JOINED_LOCATION.exec(p[2]);
        if (at) location = locationFrame(at[1], Number(at[2]));
        else if (joined) location = locationFrame(joined[1], Number(joined[2]));
        chain.push({ type: 'panic', message: old ? old[1] : quoted ? p[2].slice(1) : joined ? joined[3].trim() : '', frames });
        section = old ? 'none' : 'message';
      } else {
        chain.push({ type: 'Error', message: line.replace(/^Error: ?/, '').trim(), frames });
        section = 'none';
      }
      continue;
    }
    if (line === 'stack backtrace:' || line === 'Stack backtrace:') {
      section = 'frames';
      continue;
    }
    if (line === 'Caused by:') {
      section = 'causes';
      continue;
    }
    if (section === 'message') {
      const end = quoted ? OLD_MESSAGE_END.exec(line) : null;
      if (end) {
        chain[0].message = `${chain[0].message}\n${line.slice(0, end.index)}`;
        location = locationFrame(end[1], Number(end[2]));
        section = 'none';
      } else if (line.startsWith('note: ')) section = 'none';
      else chain[0].message = chain[0].message ? `${chain[0].message}\n${line}` : line;
      continue;
    }
    if (section === 'causes') {
      const c = line ? CAUSE.exec(line) : null;
      if (c && chain.length < 8) chain.push({ type: 'Error', message: c[1].trim(), frames: [], relation: 'cause' });
      else if (!line) section = 'none';
      continue;
    }
    if (section !== 'frames') continue;
    const at = AT.exec(line);
    if (at && last) {
      last.file = at[1];
      if (at[2]) last.line = Number(at[2]);
      continue;
    }
    const f = FRAME.exec(line);
    if (f && frames.length < 200) {
      last = splitRustSymbol(f[1].trim());
      frames.push(last);
    }
  }
  // A backtrace without a Rust symbol — every frame `<unknown>` or the system's (`BaseThreadInitThunk`),
  // none with a crate path or a file: a Windows release build without its PDB, a stripped binary —
  // says no more than no backtrace.
  if (panicked && location && frames.length > 0 && frames.every((f) => !f.module && !f.file)) frames.length = 0;
  if (panicked && frames.length === 0) {
    // No backtrace (RUST_BACKTRACE unset, the default): the panic's location is all the trace
    // says of where it failed, and unwrap/expect report their caller's (#[track_caller]), so
    // it is the crash site. Without it every `index out of bounds` or `unwrap()` on `None`
    // in a service was one signature, whatever code panicked (and, with a backtrace of
    // `<unknown>` frames, red_oxide's and rustc's `unwrap()` on `None` were one: threads-18,
    // rust-unsymbolised-backtrace.test.ts).
    if (location) frames.push(location);
  }
  if (panicked) {
    let cut = -1;
    for (let i = 0; i < frames.length; i++) {
      const f = frames[i];
      if (PANIC_MACHINERY.test(f.module ? `${f.module}::${f.function}` : f.function ?? '')) cut = i;
    }
    if (cut >= 0) frames.splice(0, cut + 1);
    // A dependency's panic location on top of its backtrace (rust-library-panic-location.ts).
    chain[0].frames = withLibraryPanicLocation(frames, location);
    const literal = expectLiteral(chain[0].message, frames);
    if (literal) chain[0].literal = literal;
  }
  return { runtime: 'rust', exceptions: chain };
}

export const rustProfile: RuntimeProfile<'rust'> = {
  name: 'rust',
  hints: ['rust'],
  looksLike: looksLikeRust,
  // A Rust frame's `at ./src/main.rs:13:24` line also reads as a V8 frame.
  detectBefore: ['javascript'],
  parse: parseRust,
  naming: {
    rules: [
      [/::h[0-9a-f]{16}$/, ''], // symbol hash (RUST_BACKTRACE=full, older toolchains)
      [/\{\{closure\}\}|\{closure#\d{1,6}\}/g, '{closure}'], // closures: legacy and v0 mangling
    ],
  },
  library: {
    // Dependencies (crates.io and git, under ~/.cargo) and std/core/alloc as the toolchain
    // records them (`/rustc/<commit>/library/…`); tested on Rust frames only, so other
    // runtimes' frames do not pay for them. With Windows separators too (`C:\Users\u\.cargo\
    // registry\…`), and the standard library's own tree wherever the toolchain was built, as
    // toolchains before 1.47 recorded it (`src/libcore/…`, `C:\projects\rust\src\libcore\…`,
    // the later `library/core/src/…`, and a bare `libcore/option.rs` in 2018's, rust-lang/rustfmt
    // #2782): read as the program's code, a panic located in libcore (before track_caller) was
    // keyed as an in-app place (threads-14, threads-18, rust-toolchain-paths.test.ts).
    paths: /(?:^|[\\/])\.cargo[\\/](?:registry|git)[\\/]|^\/rustc\/[0-9a-f]{7,64}\/|(?:^|[\\/])src[\\/]lib(?:core|std|alloc)[\\/]|^lib(?:core|std|alloc)[\\/]|(?:^|[\\/])library[\\/](?:core|std|alloc)[\\/]src[\\/]/,
    // The standard library and the crates every service shares; `<T as std::…>` trait impls too.
    modules: /^<?(?:std|core|alloc|backtrace|anyhow|eyre|color_eyre|thiserror|tokio|futures\w*|hyper|axum|actix\w*|tower\w*|tracing\w*|serde\w*|reqwest|sqlx|diesel|rocket|warp|__rustc)(?:::|$)|^<(?:\w|&)[^>]{0,3} as (?:std|core|alloc|anyhow|eyre|tokio|futures\w*|hyper|axum|actix\w*|tower\w*)::/,
    // Symbols without a crate path are the C runtime's (`main`, `__libc_start_main`, `_start`).
    // (The panic's location, read when there is no backtrace, has a file and no crate path.)
    isLibraryFrame: (frame) => !frame.module && !frame.file,
  },
  // Not listed as stdlib: Rust's std raises panics whose message carries the error (`Result::unwrap`).
};
