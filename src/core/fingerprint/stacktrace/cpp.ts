// C++ (and C): native backtraces in the forms people paste and crash handlers print, innermost
// frame first in all of them:
//   gdb's `bt` (https://sourceware.org/gdb/current/onlinedocs/gdb.html/Backtrace.html):
//     #9  0x000055555555b525 in std::vector<…>::_M_range_check (this=0x7ffe…, __n=5) at /usr/include/c++/12/bits/stl_vector.h:1153
//     #11 0x000055555555acc7 in orders::Cart::total (this=0x7ffe…, idx=5) at shop.cpp:33
//     #4  0x00007ffff7c9d919 in ?? () from /lib/x86_64-linux-gnu/libstdc++.so.6
//   the sanitizers' (AddressSanitizer, UBSan, TSan: `#0 0x4c1b2d in main /src/main.cpp:10:5`),
//   glibc's backtrace_symbols (https://man7.org/linux/man-pages/man3/backtrace.3.html:
//   `./app(_ZNK6orders4Cart5totalEm+0x23) [0x55a6a55e6cc7]`, its symbol mangled),
//   systemd-coredump's (`#0  0x7f… tracker_zip_read_file (libextract-oasis.so + 0x2de8)`),
//   boost::stacktrace's (` 0# orders::Cart::total(unsigned long) at /src/cart.cpp:33`) and
//   backward-cpp's (`#2    Source "src/cart.cpp", line 33, in orders::Cart::total [0x…]`).
// Above the failing frame sit the C++ runtime's and the C library's reporting: `__cxa_throw`,
// `std::__throw_out_of_range_fmt`, `std::terminate`, `abort`, `raise`, a signal handler and its
// trampoline. They are dropped, as Rust's panic machinery is (rust.ts). Addresses, offsets and
// gdb's argument values differ between builds and runs and never contribute.
import type { RuntimeProfile } from './profile.js';
import { LIMITS, traceLines, type ParsedTrace, type RawFrame } from '../types.js';

const GDB_FRAME = /^#(\d{1,4})\s+(?:0x[0-9a-f]{1,16} in )?(.{1,2000}?)(?: at (\S{1,600}):(\d{1,7})| from (\S{1,600}))?\s*$/;
/** systemd-coredump's (`coredumpctl info`): `#0  0x7f… tracker_zip_read_file (libextract-oasis.so + 0x2de8)`, `n/a` where no symbol. */
const COREDUMP_FRAME = /^\s{0,60}#(\d{1,4})\s+0x[0-9a-f]{1,16} (\S{1,2000}?) \((\S{1,600}?)(?: \+ 0x([0-9a-f]{1,16}))?\)\s*$/;
const SANITIZER_FRAME = /^\s{0,12}#(\d{1,4}) 0x[0-9a-f]{1,16}(?: in (.{1,2000}?))? (\(?\S{1,600}?\)?)\s*$/;
const SYMBOLS_FRAME = /^(\S{1,600}?)\(([^()\s]{0,1000})?\+0x[0-9a-f]{1,16}\) ?\[0x[0-9a-f]{1,16}\]\s*$/;
const BOOST_FRAME = /^\s{0,4}(\d{1,4})# (.{1,2000}?)(?: at (\S{1,600}):(\d{1,7})| in (\S{1,600}))?\s*$/;
const BACKWARD_FRAME = /^#(\d{1,4})\s+(?:Source "([^"]{1,600})", line (\d{1,7}), in (.{1,2000}?)|Object "([^"]{0,600})", at (?:0x)?[0-9a-f]{1,16}, in(?: (.{1,2000}?))?)(?: \[0x[0-9a-f]{1,16}\])?\s*$/;

const TERMINATE = /terminate called after throwing an instance of '([^']{1,300})'/;
const WHAT = /^\s{0,4}what\(\):\s+(.{0,2000})$/;
const SIGNAL = /(?:Program|Thread \d{1,6}(?: "[^"]{0,100}")?) (?:received|terminated with) signal (SIG[A-Z0-9]{2,8}), (.{1,200}?)\.?$/;
const SANITIZER = /^==\d{1,10}==ERROR: (\w{1,40}Sanitizer): (\S{1,100})(?: (.{0,1000}))?$/;
/**
 * UndefinedBehaviorSanitizer's report (https://clang.llvm.org/docs/UndefinedBehaviorSanitizer.html):
 * the statement's location, then what it did (`ub.cpp:4:51: runtime error: signed integer
 * overflow: …`); a stack follows only with UBSAN_OPTIONS=print_stacktrace=1.
 */
const UBSAN = /^(\S{1,600}?\.(?:c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|m|mm)):(\d{1,7}):\d{1,7}: runtime error: (.{1,2000})$/;
const ASSERTION = /^\S{0,200}: (.{0,1000}Assertion `.{0,1000}' failed\.)$/;

// With an address, gdb's ` in `; without one (an inlined frame), a location, perhaps wrapped onto the next line.
const DETECT_GDB = /^#\d{1,4}\s+(?:0x[0-9a-f]{4,16} in \S.{0,800}\)(?: at \S{1,600}:\d{1,7}| from \S{1,600})?|\S.{0,800} \(.{0,800}\)\s{0,4}(?:\n\s{1,12})?at \S{1,600}:\d{1,7})\s*$/m;
const DETECT_SANITIZER = /^\s{0,12}#\d{1,4} 0x[0-9a-f]{4,16} in \S/m;
const DETECT_SYMBOLS = /^\S{1,600}\([^()\s]{0,1000}\+0x[0-9a-f]{1,16}\) ?\[0x[0-9a-f]{1,16}\]\s*\n\S{1,600}\([^()\s]{0,1000}\+0x[0-9a-f]{1,16}\) ?\[0x[0-9a-f]{1,16}\]/m;
const DETECT_BOOST = /^\s{0,4}0# \S.{0,800}\n\s{0,4}1# \S/m;
const DETECT_COREDUMP = /^\s{0,60}#\d{1,4}\s+0x[0-9a-f]{4,16} \S{1,2000} \(\S{1,600}(?: \+ 0x[0-9a-f]{1,16})?\)\s*\n\s{0,60}#\d{1,4}\s+0x[0-9a-f]{4,16} \S/m;
const DETECT_UBSAN = /^\S{1,600}?\.(?:c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|m|mm):\d{1,7}:\d{1,7}: runtime error: /m;
const DETECT_BACKWARD = /^#\d{1,4}\s+(?:Source "[^"]{1,600}", line \d{1,7}, in |Object "[^"]{0,600}", at (?:0x)?[0-9a-f]{1,16}, in)/m;
/** gdb's line for the frame it stopped in, under `Program received signal …` (no `#N`). */
const STOP_LINE = /^(?:0x[0-9a-f]{1,16} in )?(\S.{0,2000}?\))(?: at (\S{1,600}):(\d{1,7})| from (\S{1,600}))?\s*$/;
const DETECT_STOP = /(?:Program|Thread \d{1,6}(?: "[^"]{0,100}")?) (?:received|terminated with) signal SIG[A-Z0-9]{2,8}, [^\n]{1,200}\n(?:\[[^\n]{0,200}\]\n)?(?:0x[0-9a-f]{1,16} in )?\S[^\n]{0,2000}\)(?: at \S{1,600}:\d{1,7}| from \S{1,600})\s*$/m;

export function looksLikeCpp(text: string): boolean {
  if (text.includes('terminate called after throwing an instance of')) return true;
  if (text.includes(' signal SIG') && DETECT_STOP.test(text)) return true;
  if (text.includes(': runtime error: ') && DETECT_UBSAN.test(text)) return true;
  if (text.includes('#') && (DETECT_GDB.test(text) || DETECT_COREDUMP.test(text) || DETECT_SANITIZER.test(text) || DETECT_BACKWARD.test(text) || DETECT_BOOST.test(text))) return true;
  return text.includes('[0x') && DETECT_SYMBOLS.test(text);
}

/**
 * The name of an Itanium-mangled symbol (https://itanium-cxx-abi.github.io/cxx-abi/abi.html#mangling)
 * where it is a plain or nested name (`_ZNK6orders4Cart5totalEm` → `orders::Cart::total`,
 * `_Z3runPKc` → `run`); undefined for what this reader does not follow (templates,
 * substitutions, operators), whose frames are then named by the mangled symbol.
 */
export function demangleName(symbol: string): string | undefined {
  if (!symbol.startsWith('_Z')) return undefined;
  let i = 2;
  const parts: string[] = [];
  const sourceName = (): boolean => {
    let n = 0;
    const start = i;
    while (i < symbol.length && symbol[i] >= '0' && symbol[i] <= '9') n = n * 10 + Number(symbol[i++]);
    if (i === start || n === 0 || i + n > symbol.length) return false;
    parts.push(symbol.slice(i, i + n));
    i += n;
    return true;
  };
  if (symbol[i] === 'N') {
    i++;
    while ('rVKRO'.includes(symbol[i]) && i < symbol.length) i++;
    if (symbol.startsWith('St', i)) {
      parts.push('std');
      i += 2;
    }
    while (i < symbol.length && symbol[i] !== 'E') {
      if (symbol[i] === 'C' && '123'.includes(symbol[i + 1])) {
        parts.push(parts[parts.length - 1]);
        i += 2;
      } else if (symbol[i] === 'D' && '012'.includes(symbol[i + 1])) {
        parts.push(`~${parts[parts.length - 1]}`);
        i += 2;
      } else if (!sourceName()) return undefined;
    }
    return parts.length ? parts.join('::') : undefined;
  }
  if (symbol.startsWith('St', i)) {
    parts.push('std');
    i += 2;
  }
  return sourceName() ? parts.join('::') : undefined;
}

/** The name without its parameter list and qualifiers: `run(char const*)` → `run`, `f() const` → `f`. */
export function withoutParameters(name: string): string {
  // GCC's clones (`[clone .lto_priv.770]`, `[clone .constprop.0]`) are the function.
  let s = name.trim().replace(/ \[clone [^\]]{1,80}\]/g, '').replace(/\s+(?:const|volatile|&&?|noexcept)$/g, '');
  s = s.replace(/\s+(?:const|volatile|&&?|noexcept)$/g, '');
  if (!s.endsWith(')') || s.startsWith('operator()')) return s;
  let depth = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    const ch = s[i];
    if (ch === ')') depth++;
    else if (ch === '(') {
      depth--;
      // `(anonymous namespace)::f` keeps its parentheses: only a list at the end is parameters.
      if (depth === 0) return i > 0 ? s.slice(0, i).trimEnd() : s;
    }
  }
  return s;
}

/** gdb's `name (args)`: the name before the last top-level ` (`. */
function gdbName(text: string): string {
  let depth = 0;
  for (let i = text.length - 1; i > 0; i--) {
    const ch = text[i];
    if (ch === ')' || ch === '>') depth++;
    else if (ch === '(' || ch === '<') {
      depth--;
      if (depth === 0 && ch === '(' && text[i - 1] === ' ') return withoutParameters(text.slice(0, i - 1));
    }
  }
  return withoutParameters(text);
}

/** `ns::Class::method` → module `ns::Class`, function `method`; the split is outside template brackets. */
export function splitCppName(name: string): RawFrame {
  let depth = 0;
  for (let i = name.length - 1; i > 0; i--) {
    const ch = name[i];
    if (ch === '>' || ch === ')') depth++;
    else if (ch === '<' || ch === '(') depth--;
    else if (ch === ':' && name[i - 1] === ':' && depth === 0) return { module: name.slice(0, i - 1), function: name.slice(i + 1) };
  }
  return { function: name };
}

/**
 * The reporting above the failing frame: the C library's abort and signal delivery, the C++
 * runtime's throw and terminate, assertion and fortify failures, the sanitizers' own frames.
 */
const MACHINERY = /^(?:__GI_)?(?:raise|gsignal|abort|pthread_kill|__pthread_kill\w{0,40}|__cxa_throw|__cxa_rethrow|__cxa_call_terminate|__cxa_bad_cast|__cxa_bad_typeid|_Unwind_\w{1,40}|__assert_fail\w{0,20}|__GI___assert_fail|__assert_perror_fail|__libc_message|__fortify_fail|__chk_fail|__stack_chk_fail|__sanitizer\w{0,80}|__asan\w{0,80}|__ubsan\w{0,80}|__tsan\w{0,80}|__interceptor_\w{1,80}|<signal handler called>|__restore_rt|_sigtramp|__kernel_rt_sigreturn|killpg|__kill)$|^std::(?:terminate|__terminate|rethrow_exception|__throw_\w{1,60})$|^__gnu_cxx::__verbose_terminate_handler$|^__cxxabiv1::/;
/** Names of a crash handler's own frames: it handles a signal and prints a backtrace. */
const HANDLER_NAME = /signal|backtrace|stack_?trace|crash|handler/i;
/** The C libraries whose restorer returns from a signal handler, and how deep a handler's frames reach. */
const SIGNAL_RESTORER_LIBRARY = /(?:^|\/)lib(?:c|pthread)(?:[.-][\w.]{0,20})?\.so/;
const HANDLER_DEPTH = 8;
/** The machinery is looked for among the top frames only: below them a frame named so is the program's own call. */
const MACHINERY_DEPTH = 16;

/** A mangled name in `std::`, `__gnu_cxx::` or `__cxxabiv1::` (`_ZNKSt6vectorI…`). */
const MANGLED_STD = /^_ZN?[rVKRO]{0,4}(?:St|9__gnu_cxx|10__cxxabiv1)/;

/**
 * The C library's and the dynamic loader's own functions, which no program defines, and the C
 * standard's string, memory and stdio functions (with glibc's per-CPU variants, `__memmove_avx_unaligned`),
 * which gdb names at a bare source file (`strlcpy (…) at strlcpy.c:36`).
 */
const LIBC_FUNCTION = /^(?:__libc_\w{1,40}|__GI_\w{1,80}|_start|start_thread|clone3?|__clone\w{0,10}|_dl_\w{1,40}|__restore_rt|\?\?|(?:__)?(?:str(?:len|n?cpy|l(?:cpy|cat)|n?cat|n?cmp|n?casecmp|n?dup|r?chr|str|tok(?:_r)?|to(?:u?ll?|d|f))|mem(?:cpy|move|set|cmp|chr)|(?:v?[fs]n?)?printf|f(?:puts|write|read|open|close)|malloc|calloc|realloc|free|qsort|bsearch)(?:_\w{1,40})?)$/;

function nameOf(frame: RawFrame): string {
  return frame.module ? `${frame.module}::${frame.function ?? ''}` : frame.function ?? '';
}

function frameOf(name: string | undefined, file?: string, line?: string): RawFrame | undefined {
  if (!name || name === '??') return file ? { function: '??', file, library: true } : undefined;
  const frame = name === '<signal handler called>' ? { function: name } : splitCppName(name);
  if (file) frame.file = file;
  if (line) frame.line = Number(line);
  return frame;
}

/**
 * gdb's frames as it wraps them to the terminal's width: the location (`    at /src/x.cpp:12`,
 * `   from /lib/libstdc++.so.6`) or the rest of the arguments on the next, indented line. Joined
 * to the frame; an indented line under a frame that has its location (`bt full`'s locals) is not.
 */
function joinWrappedFrames(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out.length ? out[out.length - 1] : '';
    if (/^\s{1,12}\S/.test(line) && !line.trimStart().startsWith('#') && /^#\d{1,4}\s/.test(prev) && !/ at \S{1,600}:\d{1,7}\s*$| from \S{1,600}\s*$/.test(prev)) {
      out[out.length - 1] = `${prev.trimEnd()} ${line.trim()}`;
    } else out.push(line);
  }
  return out;
}

export function parseCpp(text: string): ParsedTrace {
  let type = 'Error';
  let message = '';
  const frames: RawFrame[] = [];
  let form: 'gdb' | 'coredump' | 'sanitizer' | 'symbols' | 'boost' | 'backward' | undefined;
  let lastIndex = -1;
  let firstIndex: number | undefined;
  let signalled = -1;
  let stop: RawFrame | undefined;
  const lines = joinWrappedFrames(traceLines(text));
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trimEnd();
    // gdb's line for the frame it stopped in, the only frame where no `bt` followed.
    if (signalled >= 0 && n - signalled <= 3 && !stop && !frames.length && !line.startsWith('#') && !line.startsWith('[')) {
      const at = STOP_LINE.exec(line);
      if (at) {
        stop = frameOf(gdbName(at[1]), at[2] ?? at[4], at[3]);
        continue;
      }
    }
    if (!frames.length) {
      const t = TERMINATE.exec(line);
      if (t) {
        type = t[1];
        continue;
      }
      const w = WHAT.exec(line);
      if (w) {
        message = w[1];
        continue;
      }
      const s = SANITIZER.exec(line);
      if (s) {
        type = `${s[1]}: ${s[2]}`;
        message = s[3] ?? '';
        continue;
      }
      const u = UBSAN.exec(line);
      if (u) {
        type = 'UndefinedBehaviorSanitizer';
        message = u[3];
        // Without a stack, the location is all the report says of where: the statement, as a
        // Rust panic's location is (a release that moves it starts a new signature).
        stop ??= { file: u[1], line: Number(u[2]), function: `runtime error at line ${u[2]}` };
        continue;
      }
      const a = ASSERTION.exec(line);
      if (a) {
        type = 'SIGABRT';
        message = a[1];
        continue;
      }
      const g = SIGNAL.exec(line);
      if (g) {
        signalled = n;
        if (type === 'Error') {
          type = g[1];
          message = g[2];
        }
        continue;
      }
    }
    if (frames.length >= LIMITS.maxFrames) break;
    let frame: RawFrame | undefined;
    let index: number | undefined;
    let m: RegExpExecArray | null;
    if ((form === undefined || form === 'backward') && (m = BACKWARD_FRAME.exec(line))) {
      form = 'backward';
      index = Number(m[1]);
      frame = m[2] ? frameOf(withoutParameters(m[4]), m[2], m[3]) : frameOf(m[6] ? withoutParameters(m[6]) : undefined, m[5] || undefined);
    } else if ((form === undefined || form === 'coredump') && (m = COREDUMP_FRAME.exec(line))) {
      form = 'coredump';
      index = Number(m[1]);
      // Without a symbol, the offset into its module names the instruction in one build of it.
      const name = m[2] === 'n/a' ? (m[4] ? `+0x${m[4]}` : undefined) : demangleName(m[2]) ?? m[2];
      frame = name ? frameOf(name, m[3]) : { file: m[3], library: true };
      if (frame && m[2] !== 'n/a' && MANGLED_STD.test(m[2])) frame.library = true;
    } else if ((form === undefined || form === 'sanitizer') && (m = SANITIZER_FRAME.exec(line))) {
      form = 'sanitizer';
      index = Number(m[1]);
      const where = m[3];
      const module = /^\((\S{1,600})\+0x[0-9a-f]{1,16}\)$/.exec(where);
      const loc = module ? null : /^(\S{1,600}?)(?::(\d{1,7}))?(?::\d{1,7})?$/.exec(where);
      frame = frameOf(m[2] ? withoutParameters(m[2]) : undefined, module ? module[1] : loc?.[1], loc?.[2]);
    } else if ((form === undefined || form === 'gdb') && (m = GDB_FRAME.exec(line))) {
      form = 'gdb';
      index = Number(m[1]);
      frame = frameOf(gdbName(m[2]), m[3] ?? m[5], m[4]);
    } else if ((form === undefined || form === 'symbols') && (m = SYMBOLS_FRAME.exec(line))) {
      form = 'symbols';
      const symbol = m[2];
      frame = symbol ? frameOf(demangleName(symbol) ?? symbol, m[1]) : undefined;
      if (frame) frame.file = m[1];
      // A symbol of the standard library this reader could not demangle (a template's).
      if (frame && MANGLED_STD.test(symbol!)) frame.library = true;
      else frames.push({ file: m[1], library: true });
      if (!frame) continue;
    } else if ((form === undefined || form === 'boost') && (m = BOOST_FRAME.exec(line))) {
      form = 'boost';
      index = Number(m[1]);
      const name = m[2].startsWith('0x') ? undefined : withoutParameters(m[2]);
      frame = frameOf(name, m[3] ?? m[5], m[4]);
    } else if (frames.length && form === 'sanitizer' && line.trim() === '') {
      // A sanitizer's first stack is the access; the next ones (`freed by thread T0 here:`) are history.
      break;
    } else continue;
    // A numbered stack that starts again at #0 is another thread's or another report's, except
    // where gdb printed the frame it stopped in as `#0` before `bt` printed the whole stack.
    // backward-cpp numbers its frames down to #0, the innermost, printed last.
    if (index !== undefined && form !== 'backward') {
      if (index <= lastIndex && frames.length) {
        if (index === 0 && lastIndex === 0) frames.length = 0;
        else break;
      }
      lastIndex = index;
    }
    if (index !== undefined && firstIndex === undefined) firstIndex = index;
    if (frame) frames.push(frame);
  }
  if (form === 'backward' && firstIndex !== undefined && firstIndex > 0) frames.reverse();
  if (!frames.length && stop) frames.push(stop);
  let cut = -1;
  let printer = false;
  for (let i = 0; i < Math.min(frames.length, MACHINERY_DEPTH); i++) {
    const name = nameOf(frames[i]);
    if (MACHINERY.test(name)) cut = i;
    // A crash handler that printed the stack from inside a signal handler: its frames are above
    // the kernel's signal frame, which the C library's restorer is (`__restore_rt`, unresolved
    // in libc or libpthread where the trace has no symbols for it).
    else if (HANDLER_NAME.test(name)) printer = true;
    else if (printer && i < HANDLER_DEPTH && frames[i].library && !frames[i].function?.replace('??', '') && SIGNAL_RESTORER_LIBRARY.test(frames[i].file ?? '')) cut = i;
  }
  if (cut >= 0) frames.splice(0, cut + 1);
  return { runtime: 'cpp', exceptions: [{ type, message, frames }] };
}

export const cppProfile: RuntimeProfile<'cpp'> = {
  name: 'cpp',
  hints: ['cpp', 'c++', 'c'],
  looksLike: looksLikeCpp,
  parse: parseCpp,
  naming: {
    rules: [
      [/\[abi:\w{1,40}\]/g, ''], // GCC's ABI tags (`what[abi:cxx11]`)
      [/\.(?:constprop|isra|part|cold|lto_priv)\.\d{1,6}/g, ''], // GCC's clones of a function
    ],
  },
  library: {
    // System headers and libraries, the C library's own sources as its debug info names them
    // (`./nptl/pthread_kill.c`, `../sysdeps/…`), shared objects, and the sanitizer runtime.
    paths: /^\/(?:usr\/)?(?:include|lib(?:32|64|x32)?|local\/lib|local\/include)\/|\.so(?:\.\d{1,6}){0,4}$|\.dylib$|^\.{1,2}\/(?:nptl|sysdeps|csu|stdlib|signal|libio|malloc|string|posix|elf|misc|assert|debug)\/|(?:^|\/)libsanitizer\/|(?:^|\/)compiler-rt\//,
    // The standard library and the C++ runtime's namespaces.
    modules: /^(?:std|__gnu_cxx|__cxxabiv1|__sanitizer|__asan|__ubsan|__tsan|boost|__cxx11)(?:::|<|$)/,
    isLibraryFrame: (frame) => LIBC_FUNCTION.test(frame.function ?? '') && !frame.module,
  },
};
