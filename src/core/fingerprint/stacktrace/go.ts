// Go: panic output and goroutine dumps (runtime/debug.Stack(), SIGQUIT dumps).
// https://pkg.go.dev/runtime#Stack — each frame is two lines:
//   main.(*Server).handle(0xc000010000, {0x1, 0x2})
//   \t/app/server.go:42 +0x1d
// Only the first goroutine block counts: in a panic it is the one that panicked, in
// debug.Stack() it is the caller's. "[recovered]" / "[recovered, repanicked]" are kept in the message.
// Errors that record their stack (github.com/pkg/errors and project helpers built on
// runtime.Callers) print it with %+v without a goroutine header, the function bare:
//   order 17 not found
//   example.com/shop/errs.New
//   	/app/errs/errs.go:26
// gin's recovery middleware prints its own stack: the file first, with the program counter,
// then the function without its package and the source line, after the panic value:
//   runtime error: index out of range [5] with length 2
//   /app/main.go:13 (0x742104)
//   	total: func total(c *cart, n int) int { return c.items[n] }
import { withConsoleCutGoLinesJoined } from '../go-console-cut-lines.js';
import { reportedRuntimeError } from '../go-reported-runtime-error.js';
import { applyNameRules, moduleFrameKey } from '../normalize.js';
import type { NameRule, RuntimeProfile } from './profile.js';
import { traceLines, type ParsedException, type ParsedTrace, type RawFrame } from '../types.js';
import { firstLine } from '../stock-text.js';
import { withGoroutineHeaderOnItsOwnLine } from '../go-run-in-goroutine-header.js';
import { withHeadlessPanicGoroutine } from '../go-headless-panic-goroutine.js';
import { withInstalledProgramFilesOwn } from '../go-installed-program.js';
import { withPointerReceiverRestored } from '../go-emphasis-eaten-receiver.js';
import { RECOVERY_BARE_FRAMES, RECOVERY_FILE, RECOVERY_FRAME, RECOVERY_FUNC, recoveredPanicValue } from '../go-recovery-stack.js';
import { withRepositoryCaseFolded } from '../go-repository-case.js';
import { concurrentMapFatalText, runtimeThrowFrames } from '../go-map-race-fatal.js';
import { PANIC_MACHINERY_FILE, RUNTIME_C_FILE } from '../go-c-runtime-location.js';

/**
 * A goroutine's header. Where the runtime itself is throwing (`fatal error: …`) or GOTRACEBACK is
 * `system` or `crash`, Go 1.23 and later print the goroutine's g, its m and the m's address
 * between its id and its status (runtime/traceback.go, goroutineheader):
 * `goroutine 9375 gp=0x7dec45e960 m=4 mp=0x7dfbf5f808 [running]:`, `… gp=0x6f7b084b40 m=nil [GC worker (idle)]:`.
 * Read as no header, the whole dump was no frame.
 */
const GOROUTINE_ID = String.raw`goroutine \d{1,12}(?: gp=0x[0-9a-f]{1,16} m=(?:\d{1,6} mp=0x[0-9a-f]{1,16}|nil))? \[`;
const GOROUTINE = new RegExp(String.raw`^${GOROUTINE_ID}[^\]]{1,100}\]:$`);
const GOROUTINE_ANYWHERE = new RegExp(`^${GOROUTINE_ID}`, 'm');
/**
 * A goroutine header indented with the lines below it: the runtime prints it at column 0, so
 * its indentation is the block's, as a tool quoting a plugin's output gives it (Pulumi's
 * diagnostics indent a provider's stderr by four spaces; the copy starts at the `panic:` line
 * after their label, at column 0).
 */
const INDENTED_GOROUTINE = new RegExp(String.raw`^([ \t]{1,16})${GOROUTINE_ID}[^\]]{1,100}\]:$`, 'm');
const PANIC = /^panic: (.*)$/;
/**
 * A panic raised while an earlier one was unwinding: the runtime prints the chain oldest first,
 * each later panic on a line of its own after a tab (runtime/panic.go, printpanics), the earlier
 * ones marked `[recovered]` where a deferred function had recovered them.
 */
const CHAINED_PANIC = /^\tpanic: (.*)$/;
/** A value the runtime panics with itself for a fault in the code running (runtime.Error). */
const RUNTIME_ERROR = /^runtime error: /;
const RECOVERED_MARK = / \[recovered(?:, repanicked)?\]$/;
/**
 * A type assertion's panic value is a *runtime.TypeAssertionError (Go's runtime/error.go), whose
 * Error() is `interface conversion: …`: the runtime prints it so after `panic: `, and a
 * recovering handler logs it so. Read as that type, the dump of an unrecovered or logged one is
 * the signature of the same panic recorded on a span, which the OpenTelemetry SDK types
 * `*runtime.TypeAssertionError` (test/core/fingerprint/go-type-assertion-panic.test.ts).
 */
const TYPE_ASSERTION_VALUE = /^interface conversion: /;
/**
 * A panic value a recovering handler logged on the line before the goroutine's stack, after its
 * logger's prefix: net/http's server (`2026/12/04 21:51:57 http: panic serving
 * 127.0.0.1:52722: runtime error: index out of range [3] with length 2`, server.go's
 * `http: panic serving %v: %v\n%s`), or a handler's own `log.Printf("panic: %v\n%s", v,
 * debug.Stack())`. Without it, every panic net/http recovered in one handler was one signature.
 */
const LOGGED_PANIC = /(?:^|\s)panic(?: serving \S{1,300})?: (.{1,2000})$/;
const FUNC = /^([^\s(][^\s]{0,500})\(([^()]{0,400})\)$/; // greedy: `main.(*T).m(…)` splits at the last `(`
// The runtime's own fatal errors (`fatal error: concurrent map writes`, deadlocks, out of
// memory) print each location with the frame's registers: `… +0x95 fp=0xc42… sp=0xc42… pc=0x43b579`.
const FILE = /^\s+(.{1,600}?):(\d{1,7})(?: \+0x[0-9a-f]{1,16})?(?: fp=0x[0-9a-f]{1,16} sp=0x[0-9a-f]{1,16}(?: pc=0x[0-9a-f]{1,16})?)?$/;
/**
 * A frame's file line without its tab, as a paste loses it (Markdown outside a code block, a
 * console that trims lines): only after a function line, and only a Go or assembly file
 * (`runtime.goexit` is in asm_amd64.s), so no other line of a dump reads as one.
 */
const FILE_UNINDENTED = /^(\S.{0,599}?\.(?:go|s)):(\d{1,7})(?: \+0x[0-9a-f]{1,16})?(?: fp=0x[0-9a-f]{1,16} sp=0x[0-9a-f]{1,16}(?: pc=0x[0-9a-f]{1,16})?)?$/;
/** A function line cut before its argument list, which a narrow console or a paste wrapped onto the next line. */
const FUNC_NAME_ONLY = /^[^\s(][^\s]{0,500}$/;
/**
 * A function line cut inside its argument list (`…logset.(*Actor).finalizeBucket(0xc00012ea60?,
 * 0xc0011`): where a paste stops, its function still names the frame.
 */
const FUNC_CUT = /^([^\s(][^\s]{0,500})\([^()]{0,400}$/;
const BARE_FUNC = /^([\w.\-~/]{1,500}\.[^\s./]{1,300}|[\w.\-~/]{1,500}\.\(\*?[\w[\]]{1,200}\)\.[^\s/]{1,300})$/; // pkg/errors %+v: `pkg/path.(*T).m`
/** The runtime's packages: `runtime` and the ones it is split into (`internal/runtime/maps` since Go 1.24). */
const RUNTIME_PACKAGE = /^(?:runtime|internal\/runtime\/\w+)$/;
/**
 * A generic function's or generic type's method's name as runtime.Frame.Function gives it, its
 * type arguments elided (`main.Field[...]`, `main.(*Ring[...]).At`: the runtime package's "Frame"
 * documentation; the traceback prints them so too, `main.Field[...](…)`). The bare patterns know
 * no dots inside a name's last part, so a symbolised stack (zap's `stacktrace`, a logger's own
 * runtime.Callers) lost the generic frame, and the crash site of the same panic was its caller
 * there and the generic function on the span (programs/go-bugs-25, Field[...] under priceOf).
 * The elision is taken out for the test only; the frame keeps its name.
 */
const ELIDED_TYPE_ARGUMENTS = /\[\.\.\.\]/g;
function bareFunctionName(line: string): string | undefined {
  const direct = BARE_FUNC.exec(line);
  if (direct) return direct[1];
  return line.includes('[...]') && BARE_FUNC.test(line.replace(ELIDED_TYPE_ARGUMENTS, '')) ? line : undefined;
}
function callWithoutArgumentsName(line: string): string | undefined {
  const direct = CALL_WITHOUT_ARGUMENTS.exec(line);
  if (direct) return direct[1];
  return line.includes('[...]') && CALL_WITHOUT_ARGUMENTS.test(line.replace(ELIDED_TYPE_ARGUMENTS, '')) ? line.slice(0, -2) : undefined;
}
// A bare function line followed by an indented `file.go:N` line; anchored at line starts. The
// indent is a tab as runtime/debug and pkg/errors print it, or the spaces a paste or a logger's
// own formatting of runtime.Callers puts there (GoToSocial's readable stack, one or two spaces:
// superseriousbusiness/gotosocial#3674, threads-24); only Go's frames name a `.go` file.
const PKG_ERRORS_FRAME = /^[^\s]{1,500}\n(?:\t| {1,8})[^\s]{1,500}\.go:\d{1,7}$/m;
/**
 * Frames a panic-recovery handler logs from runtime.CallersFrames as it formats them itself: the
 * function on one line and `file:line` on the next, neither indented nor offset (a gRPC service's
 * handler in grpc/grpc-go#4742, threads-34: `google.golang.org/grpc/status.FromError` over
 * `google.golang.org/grpc@v1.36.0/status/status.go:88`). Only two such pairs one under the other
 * make a text this stack, and then an unindented file line completes the function above it.
 */
function hasUnindentedFrames(text: string): boolean {
  if (!text.includes('.go:')) return false;
  const lines = text.split('\n', 64).map((l) => l.trimEnd());
  for (let i = 0; i + 3 < lines.length; i++) {
    if (bareFunctionName(lines[i]) !== undefined && CALLER_LOCATION.test(lines[i + 1]) && bareFunctionName(lines[i + 2]) !== undefined && CALLER_LOCATION.test(lines[i + 3])) return true;
  }
  return false;
}
/** A file line under its function in a stack without a goroutine header: a tab, or a paste's or logger's spaces. */
const INDENTED_FILE = /^(?:\t| {1,8})\S/;
// A logger that formats runtime.Frame itself prints the function with empty parentheses
// (`web.(*Module).threadGETHandler()`, GoToSocial's stack field): the arguments the runtime
// prints in a goroutine dump are not known there, so the parentheses are always empty.
const CALL_WITHOUT_ARGUMENTS = /^([\w.\-~/]{1,500}\.[^\s/()]{1,300}|[\w.\-~/]{1,500}\.\(\*?[\w[\]]{1,200}\)\.[^\s/()]{1,300})\(\)$/;
/** A function line, then its indented file: the text's first line is a frame. */
const OPENS_WITH_FRAME = /^[^\n]{1,500}\n(?:\t| {1,8})\S/;
// gin's frames (recovery.go `stack`): `file.go:N (0xPC)`, then `\tfunction: source line`, as
// loggers and pastes indent them (go-recovery-stack.ts: RECOVERY_FILE, RECOVERY_FUNC,
// RECOVERY_FRAME). Without the function line (a release build in a container, whose sources
// recovery.go cannot read), the locations stand one under the other (RECOVERY_BARE_FRAMES).

/**
 * Kubernetes' crash handler (k8s.io/apimachinery/pkg/util/runtime, HandleCrash's logPanic before
 * it printed a goroutine dump) logs `Observed a panic: "<value>" (<error>)` and then the callers
 * it walked with runtime.Caller, one `file.go:line` a line, no function names:
 *   E0919 07:54:18.172914  1 runtime.go:69] Observed a panic: "invalid memory address …" (runtime error: …)
 *   /go/pkg/mod/k8s.io/apimachinery@v0.0.0-…/pkg/util/runtime/runtime.go:76
 *   /usr/local/go/src/runtime/panic.go:679
 *   /workspace/pkg/certutil/main.go:72
 * Read as no frame before, every operator's nil dereference was one signature.
 */
const OBSERVED_PANIC = /Observed a panic: (.{1,2000})$/;
const CALLER_LOCATION = /^(\S{1,600}?\.(?:go|s)):(\d{1,7})$/;

/**
 * A goroutine's frames whose `goroutine N [running]:` line a paste left out (it went into the
 * issue's title, or the copy began below it): a function line with its argument list, then its
 * indented file line with the program counter offset the runtime prints (`+0x247`), which no
 * other runtime's frame has.
 */
const HEADLESS_GOROUTINE = /^[^\s(][^\s]{0,500}\([^()\n]{0,400}\)\n\s+\S{1,600}\.(?:go|c|s):\d{1,7} \+0x[0-9a-f]{1,16}$/m;

export function looksLikeGo(text: string): boolean {
  return (text.includes('goroutine ') && (GOROUTINE_ANYWHERE.test(text) || INDENTED_GOROUTINE.test(text))) || (text.includes('panic: ') && /^panic: /m.test(text)) ||
    (text.includes(' +0x') && HEADLESS_GOROUTINE.test(text)) ||
    (text.includes('.go:') && (PKG_ERRORS_FRAME.test(text) || RECOVERY_FRAME.test(text) || RECOVERY_BARE_FRAMES.test(text))) ||
    (text.includes('Observed a panic: ') && /^\S{1,600}\.go:\d{1,7}$/m.test(text)) ||
    hasUnindentedFrames(text);
}

/**
 * HandleCrash's callers as frames keyed by their file (no function is printed). The locations up
 * to the last one in the runtime's panic machinery (`runtime/panic.go`, `signal_unix.go`) are the
 * handler and the runtime raising the panic, not the failure: the crash site is the one below.
 */
function parseObservedPanic(text: string, fallbackType: string): ParsedTrace {
  let message = '';
  const frames: RawFrame[] = [];
  for (const raw of traceLines(text)) {
    const line = raw.trim();
    const observed = message === '' ? OBSERVED_PANIC.exec(line) : null;
    if (observed) {
      message = observed[1];
      continue;
    }
    const at = message !== '' ? CALLER_LOCATION.exec(line) : null;
    if (at && frames.length < 200) frames.push({ file: at[1], line: Number(at[2]) });
    else if (message !== '' && frames.length > 0) break;
  }
  let cut = -1;
  frames.forEach((f, i) => {
    if (PANIC_MACHINERY_FILE.test(f.file ?? '')) cut = i;
  });
  return { runtime: 'go', exceptions: [{ type: fallbackType, message, frames: frames.slice(cut + 1) }] };
}

/**
 * The text with an indented goroutine block (INDENTED_GOROUTINE) moved back to the runtime's
 * columns: each line that starts with the header's indentation loses it. Read as it was, the
 * indented header was no header and the dump no frame (pulumi-pulumiservice#355, threads-12).
 * A text with a goroutine header at column 0 is the runtime's own and is returned as it is.
 */
function withGoroutineBlockDedented(text: string): string {
  if (!text.includes('goroutine ') || GOROUTINE_ANYWHERE.test(text)) return text;
  const indent = INDENTED_GOROUTINE.exec(text)?.[1];
  if (!indent) return text;
  return text.split('\n').map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l)).join('\n');
}

/** `github.com/x/y/pkg.(*T).Method.func1` → module `github.com/x/y/pkg`, function `(*T).Method.func1`. */
export function splitGoFunction(qualified: string): RawFrame {
  const slash = qualified.lastIndexOf('/');
  const dot = qualified.indexOf('.', slash + 1);
  if (dot < 0) return { function: qualified };
  return { module: withoutBuildDirectory(qualified.slice(0, dot)), function: withPointerReceiverRestored(qualified.slice(dot + 1)) };
}

/**
 * A package built outside GOPATH and outside any module (`go build` in a directory before
 * modules, or with GO111MODULE=off) is named by the go tool after its absolute directory, `_`
 * before it (`_/home/alice/proxy/lib.halfPipe`): the build machine's path, which another
 * machine or checkout of the same code does not share. Its last directory stays, still marked
 * `_/` (no standard-library or module path looks so).
 */
function withoutBuildDirectory(pkg: string): string {
  if (!pkg.startsWith('_/')) return pkg;
  return `_/${pkg.slice(pkg.lastIndexOf('/') + 1)}`;
}

/**
 * The package a gin frame's file belongs to, since its function is printed without one: the
 * path inside GOROOT (`runtime`) or the module cache (`github.com/gin-gonic/gin@v1.10.1`), else
 * the file's directory (`ginapp`), which is stable across machines where the full path is not.
 */
function ginModule(file: string): string {
  const dir = file.slice(0, Math.max(0, file.lastIndexOf('/')));
  const inRoot = /\/(?:go|goroot)\/src\/(.+)$|\/pkg\/mod\/(.+)$/.exec(dir);
  if (inRoot) return inRoot[1] ?? inRoot[2];
  return dir.slice(dir.lastIndexOf('/') + 1);
}

export function parseGo(text: string, fallbackType = 'panic', fallbackMessage = ''): ParsedTrace {
  // Rows a console cut from the runtime's own lines are joined again (go-console-cut-lines.ts).
  text = withConsoleCutGoLinesJoined(text);
  // A header run into the line before it is only looked for where no line starts with one.
  if (text.includes('goroutine ') && !GOROUTINE_ANYWHERE.test(text)) text = withGoroutineHeaderOnItsOwnLine(text);
  text = withGoroutineBlockDedented(text);
  // A panic line over frames whose goroutine header a paste left out (go-headless-panic-goroutine.ts).
  text = withHeadlessPanicGoroutine(text);
  if (!text.includes('goroutine ') && (RECOVERY_FRAME.test(text) || RECOVERY_BARE_FRAMES.test(text))) return parseGin(text, fallbackType);
  if (!text.includes('goroutine ') && text.includes('Observed a panic: ')) return parseObservedPanic(text, fallbackType);
  const lines = traceLines(text);
  const messages: string[] = [];
  // The panics printed after the first one's line (CHAINED_PANIC).
  const chained: string[] = [];
  const frames: RawFrame[] = [];
  // Frames without their goroutine's header are that goroutine's (HEADLESS_GOROUTINE).
  let goroutines = !GOROUTINE_ANYWHERE.test(text) && text.includes(' +0x') && HEADLESS_GOROUTINE.test(text) ? 1 : 0;
  let pending: RawFrame | undefined;
  let logged: string | undefined;
  let previous = '';
  // The lines before the first goroutine header, where a crash reporter states the value (go-reported-runtime-error.ts).
  const preamble: string[] = [];
  // Function and file lines without indentation (hasUnindentedFrames): a file line completes the function above it.
  const unindented = !text.includes('goroutine ') && hasUnindentedFrames(text);
  // A function line whose argument list may be on the next line.
  let nameLine: string | undefined;
  // Whether the last line that was not blank is the function line `pending` holds.
  let endsAtFunction = false;
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (line !== '') endsAtFunction = false;
    const p = PANIC.exec(line);
    if (p && goroutines === 0) {
      messages.push(p[1]);
      continue;
    }
    const chainedPanic = messages.length > 0 && goroutines === 0 ? CHAINED_PANIC.exec(line) : null;
    if (chainedPanic) {
      chained.push(chainedPanic[1]);
      continue;
    }
    if (GOROUTINE.test(line)) {
      goroutines++;
      if (goroutines > 1) break;
      if (!messages.length) logged = LOGGED_PANIC.exec(previous)?.[1] ?? reportedRuntimeError(preamble);
      continue;
    }
    previous = line;
    if (goroutines === 0 && preamble.length < 20) preamble.push(line);
    // Without a goroutine header the text can only be a %+v stack: bare function lines.
    if (goroutines === 0) {
      const file = FILE.exec(line) ?? (unindented ? CALLER_LOCATION.exec(line) : null);
      if (file && pending && (INDENTED_FILE.test(raw) || unindented)) {
        pending.file = file[1];
        pending.line = Number(file[2]);
        if (frames.length < 200) frames.push(pending);
        pending = undefined;
        continue;
      }
      // A function line with its argument list: the `runtime stack:` a fatal error prints above
      // the goroutines (`runtime.systemstack(0x454489)`, out of memory on the system stack)
      // prints the arguments as a goroutine's frames do. BARE_FUNC takes the list into the
      // name, so two such fatal errors were apart by their arguments' addresses.
      // CALL_WITHOUT_ARGUMENTS only matches a line ending in `()`; tried on others, its two runs
      // of overlapping classes backtracked quadratically on a long dotted line (stacktrace.test.ts'
      // adversarial `main.a.a.…`), about 40 ms a 64-line trace.
      const call = line.endsWith(')') ? FUNC.exec(line) : null;
      const bare = call?.[1] ?? bareFunctionName(line) ?? (line.endsWith('()') ? callWithoutArgumentsName(line) : undefined);
      pending = bare !== undefined ? splitGoFunction(bare) : undefined;
      continue;
    }
    if (goroutines !== 1) continue;
    if (line.startsWith('created by ')) {
      pending = undefined;
      continue;
    }
    const file = pending && (FILE.exec(line) ?? FILE_UNINDENTED.exec(line));
    if (file && pending) {
      pending.file = file[1];
      pending.line = Number(file[2]);
      if (frames.length < 200) frames.push(pending);
      pending = undefined;
      nameLine = undefined;
      continue;
    }
    // `(args)` on a line of its own completes the function line above it.
    const fn = FUNC.exec(nameLine !== undefined && line.startsWith('(') ? nameLine + line : line);
    nameLine = !fn && FUNC_NAME_ONLY.test(line) ? line : undefined;
    if (fn) {
      pending = splitGoFunction(fn[1]);
      endsAtFunction = true;
      continue;
    }
    // A function line cut inside its arguments counts only as the paste's last line
    // (endsAtFunction goes with the next line that is not blank); a file line after it (an
    // argument list a terminal wrapped) completes it as it completes a whole one.
    const cut = FUNC_CUT.exec(line);
    if (cut) {
      pending = splitGoFunction(cut[1]);
      endsAtFunction = true;
    }
  }
  // A paste that stops after a function line, before its file line, still names that frame.
  if (pending && endsAtFunction && goroutines === 1 && frames.length < 200) frames.push(pending);
  // In a recovered panic (debug.Stack() inside a deferred recover, recovery middleware) the
  // frames above `panic(…)` (`runtime.gopanic` in symbolised dumps) are the recovering
  // handler, not the failure: the crash site is the frame below it.
  // But where the program died of a fault the runtime raised in a deferred function while an
  // earlier panic unwound (the chain's last panic a `runtime error: …` other than the one before
  // it, not recovered: a cleanup that recovered an index out of range and then wrote through a
  // nil pointer), the frames above the earlier panic's `panic(…)` are that deferred function,
  // where the program failed, and its panic is the message. A deferred function that raises the
  // recovered value again (`[recovered, repanicked]`, or the same text on the chained line
  // before Go 1.23) or a value of its own (`panic(fmt.Sprintf(…))`, a test harness reporting the
  // panic) is passing the earlier failure on: cut as before. Read so, that cleanup's crash and
  // the index out of range it had recovered were one signature (programs/go-bugs-17).
  const killer = chained.length ? chained[chained.length - 1] : undefined;
  const faultInDefer = killer !== undefined && RUNTIME_ERROR.test(killer) && !RECOVERED_MARK.test(killer) && killer !== (chained.length > 1 ? chained[chained.length - 2] : messages[messages.length - 1]).replace(RECOVERED_MARK, '');
  let cut = -1;
  for (let i = 0; i < frames.length && !faultInDefer; i++) {
    const f = frames[i];
    // Go 1.4 and older named it `runtime.panic` (panic.c).
    if ((!f.module && f.function === 'panic') || (f.module === 'runtime' && (f.function === 'gopanic' || f.function === 'panic'))) cut = i;
  }
  // Only a symbolised stack names the panic `runtime.gopanic`; the traceback prints `panic(…)`.
  const symbolisedPanic = cut >= 0 && frames[cut].module === 'runtime' && frames[cut].function === 'gopanic';
  if (cut >= 0) frames.splice(0, cut + 1);
  // Below `runtime.gopanic` a stack taken with runtime.Callers (zap's `stacktrace`, a logger's own
  // frames) holds the runtime's function that raised the panic (`runtime.panicdivide`,
  // `runtime.panicBounds64`, `runtime.panicdottypeE`, `runtime.mapassign_faststr`,
  // `runtime.sigpanic`), which the runtime's own traceback never prints at its default level
  // (runtime/debug.Stack(), an unrecovered panic, OpenTelemetry's RecordError: `panic(…)` right
  // above the faulting frame; the runtime package's "GOTRACEBACK" documentation: runtime frames
  // are shown at `system` and above). Kept, the one form's top frame was the runtime's and the
  // other's the program's, and the same panic logged with zap and recorded on its span was two
  // signatures (programs/go-bugs-25). A runtime frame with the program's below it is dropped;
  // a stack of the runtime's frames alone keeps them, and so does a traceback that printed them
  // (GOTRACEBACK=system, a throw's dump: go-goroutine-header-fields.test.ts), which is not this form.
  if (symbolisedPanic) {
    let raisedBy = 0;
    while (raisedBy < frames.length && RUNTIME_PACKAGE.test(frames[raisedBy].module ?? '')) raisedBy++;
    if (raisedBy > 0 && raisedBy < frames.length) frames.splice(0, raisedBy);
  }
  // A fault (a nil dereference) in Go 1.5 and 1.6, and in 1.4 and older, prints no `panic`
  // frame: the recovering handler's deferred closure is right above the faulting frame
  // (net/http's `(*conn).serve.func1`, `net/http.func·011` before Go 1.5). Where a handler
  // logged the panic it recovered (`http: panic serving …`), its standard-library closures at
  // the top are that handler, not a function the failing code called.
  else if (logged !== undefined) {
    let handler = 0;
    while (handler < frames.length && GO_STDLIB.test(frames[handler].module ?? '') && STDLIB_CLOSURE.test(frames[handler].function ?? '')) handler++;
    if (handler < frames.length) frames.splice(0, handler);
  }
  withInstalledProgramFilesOwn(frames);
  markOtherRepositories(frames);
  markGeneratedWrappers(frames);
  unfoldInlinedClosures(frames);
  // A frame whose file line the paste cut off is still known vendored by its import path
  // (`github.com/golangci/golangci-lint/vendor/github.com/timakin/bodyclose/…(*runner).run`): a
  // dependency's, as its file under `vendor/` would say. Read as in-app, the last frame of
  // golangci-lint's excerpt was the crash site of its vendored bodyclose's nil dereference.
  for (const f of frames) if (!f.file && /\/vendor\//.test(f.module ?? '')) f.library = true;
  // Likewise a frame whose file line was cut, of a module the same trace shows in the module
  // cache (`…/pkg/mod/github.com/caddyserver/caddy/v2@v2.8.0-rc.1/context.go`, or the
  // `<module>@<version>/` of a -trimpath build): `go` puts only dependencies there. Read as
  // in-app, the last frame of a paste cut before its file line was the crash site
  // (caddy-trojan's quote of Caddy's AppIfConfigured nil dereference, threads-29).
  const cached = dependencyModules(frames);
  if (cached.size) for (const f of frames) if (!f.file && f.module && moduleOrParentIn(f.module, cached)) f.library = true;
  // The last panic line is the one that killed the program; earlier ones were recovered.
  // A %+v stack opens with the error's message; frames alone (zap's stack, a logger bridge's
  // exception.stacktrace) open with a function, which is no message.
  const opensWithFrame = goroutines === 0 && bareFunctionName(firstLine(text).trim()) !== undefined && (OPENS_WITH_FRAME.test(text) || (unindented && CALLER_LOCATION.test(text.split('\n', 2)[1]?.trimEnd() ?? '')));
  if (logged !== undefined) messages.push(logged);
  if (faultInDefer) messages.push(killer);
  // A throw's dump for a map two goroutines used at once has no panic line; the map function
  // below the throw says which of the runtime's texts it printed (go-map-race-fatal.ts).
  const raceText = messages.length || fallbackMessage ? undefined : concurrentMapFatalText(frames, text);
  if (raceText !== undefined) frames.splice(0, runtimeThrowFrames(frames));
  const message = messages.length ? messages[messages.length - 1].replace(RECOVERED_MARK, '') : (raceText ?? (goroutines === 0 && frames.length && !opensWithFrame ? firstLine(text) : fallbackMessage));
  const type = messages.length ? (TYPE_ASSERTION_VALUE.test(message) ? '*runtime.TypeAssertionError' : 'panic') : fallbackType;
  return { runtime: 'go', exceptions: [{ type, message, frames, ...(cut >= 0 ? { recovered: true } : {}) }] };
}

/**
 * The repository a file under a GOPATH is in: the import path after the last `src/`, cut to the
 * repository (`github.com/owner/repo`, `gopkg.in/pkg.v1`). Undefined for a file not under a
 * `src/` directory (module mode) or whose path there does not start with a host.
 */
function gopathRepository(file: string): string | undefined {
  const at = file.lastIndexOf('src/');
  if (at < 0 || (at > 0 && file[at - 1] !== '/')) return undefined;
  const parts = file.slice(at + 4).split('/');
  // Only a remote import path, its host first: a `src/` directory of another kind (a package
  // build's, `/build/hub/src/github-hub-7988c4b/main.go`) names no repository.
  if (parts.length < 4 || !/^[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/.test(parts[0])) return undefined;
  return parts.slice(0, parts[0] === 'gopkg.in' ? 2 : 3).join('/');
}

/** The GOPATH's `…/src/` of a file under a local import path there (`/opt/dev/src/naraka/main.go`: `/opt/dev/src/`), without a host. */
function gopathLocalRoot(file: string): string | undefined {
  const at = file.lastIndexOf('src/');
  if (at <= 0 || file[at - 1] !== '/') return undefined;
  const parts = file.slice(at + 4).split('/');
  if (parts.length < 2 || parts[0].includes('.')) return undefined;
  return file.slice(0, at + 4);
}

/**
 * A wrapper the compiler generates (a pointer receiver's method set taking a value method, a
 * method called through an interface or embedding) prints `<autogenerated>:1` for its file: there
 * is no source of it in the program. Where the method it wraps ran, that method is the frame
 * above it and the wrapper names nothing more: it is library code, never the crash site. Read as
 * in-app, gin's `render.(*JSON).Render` wrapper became the crash site of a gin v1.7.4 paste that
 * runs on past it, and the same concurrent header write from gin v1.9.0, cut above it, was
 * another signature (threads-31: go-admin-team/go-admin#656, JacobSNGoodwin/memrizr#4).
 * Where nothing is above it once the recovering frames are cut, the wrapper raised the panic
 * itself: a value method called through a nil pointer (`value method main.Flat.Price called using
 * nil *Flat pointer`, the runtime's panicwrap) fails in the wrapper before the method runs, and
 * the wrapper, named for the method, says which one (programs/go-bugs-16: Flat's and Banded's
 * were one signature at their caller). It is then its package's code as the package's other
 * frames are; with none in the trace, library code as above.
 */
function markGeneratedWrappers(frames: RawFrame[]): void {
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i];
    if (f.file !== '<autogenerated>') continue;
    const kin = i === 0 ? frames.find((g) => g.file !== '<autogenerated>' && g.module === f.module) : undefined;
    f.library = kin ? kin.library : true;
  }
}

/**
 * What follows an inlined function's name in its closure's: more names, then `.funcN`. A name
 * may be a method's receiver, as where a closure's closure landed a second time in a method
 * (`(*Desk).Quote.pricer.func1.func2` after `main.(*Desk).Quote.`, programs/go-bugs-15); the
 * first is never a closure's own `funcN`: quote2's closure's closure inlined into quote2 is
 * `main.quote2.quote2.func1.func2` (`main.quote2.func1.1` built with -l, Go 1.26.8), whose
 * `func1.func2` after the second `quote2.` names no inlined function.
 */
const INLINED_CLOSURE_TAIL = /^(?!func\d{1,6}\.)(?:\(\*?\w{1,100}\)|[A-Za-z_]\w{0,100})(?:\.(?:\(\*?\w{1,100}\)|[A-Za-z_]\w{0,100})){0,10}\.func\d{1,6}(?:\.\d{1,6}){0,6}(?:-range\d{1,6}){0,6}$/;

/**
 * A closure declared in a function the compiler inlined into a plain function or a method is
 * named after that function, then the inlined function, then its number (golang/go#60324, Go
 * 1.22 on): rows's iterator closure is `main.sumPrices.rows.func1` where rows is inlined into
 * sumPrices, `main.rows.func1` where it is not (-gcflags=-l, or rows grown past the inliner's
 * budget), so one panic was two signatures across builds. By its name alone it reads like the
 * closure of a method `rows` of a type `sumPrices`; but a package cannot declare a type and a
 * function of one name, so where the trace holds a frame of the function `main.sumPrices` (or of
 * the method `main.(*Svc).Handle` before `.rows.func1`), the closure is named without it
 * (programs/go-bugs-8).
 */
function unfoldInlinedClosures(frames: RawFrame[]): void {
  const called = new Set(frames.map((f) => `${f.module ?? ''} ${f.function ?? ''}`));
  for (const f of frames) {
    if (!(f.function ?? '').includes('.func')) continue;
    // A closure returned by a closure of an inlined function lands twice, once with each
    // closure: pricer's inner closure is `main.quote.quote.pricer.func1.func2` where pricer and
    // its closure are both inlined into quote (`main.(*Desk).Quote.(*Desk).Quote.pricer.func1.func2`
    // into a method; Go 1.26.8), `main.pricer.func1.1` where they are not (programs/go-bugs-15).
    // Each landing is read off as the first is.
    for (let rest = unfoldedOnce(f, called); rest !== undefined; rest = unfoldedOnce(f, called)) f.function = rest;
  }
}

/** The frame's function without the one function the trace calls that it landed in, if it names one. */
function unfoldedOnce(f: RawFrame, called: ReadonlySet<string>): string | undefined {
  const fn = f.function ?? '';
  for (let dot = fn.indexOf('.'); dot > 0; dot = fn.indexOf('.', dot + 1)) {
    const rest = fn.slice(dot + 1);
    if (called.has(`${f.module ?? ''} ${fn.slice(0, dot)}`) && INLINED_CLOSURE_TAIL.test(rest)) return rest;
  }
  return undefined;
}

/** The module paths the frames' files show at `<module>@<version>/`, the module cache's layout (go help modules), a local replacement's aside. */
function dependencyModules(frames: readonly RawFrame[]): Set<string> {
  const modules = new Set<string>();
  for (const f of frames) {
    const m = f.file ? /(?:^|\/pkg\/mod\/)([a-z0-9][\w.~-]{0,100}(?:\/[\w.~!-]{1,100}){0,10})@(v\d[^/\s]{0,100})\//.exec(f.file) : null;
    // The zero pseudo-version is a module a `replace` points at a local directory: the
    // developer's own code (go-local-replace-module.test.ts), not a dependency.
    if (m && !m[2].startsWith('v0.0.0-00010101000000-')) modules.add(m[1]);
  }
  return modules;
}

/** Whether `module` (an import path) is one of `modules` or a package inside one. */
function moduleOrParentIn(module: string, modules: ReadonlySet<string>): boolean {
  for (let path = module; path !== ''; path = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '') if (modules.has(path)) return true;
  return false;
}

/**
 * Before modules, `go get` put every dependency under the GOPATH beside the program, at its own
 * import path (`…/src/github.com/elazarl/go-bindata-assetfs/`), so by their paths a
 * dependency's frames and the program's look alike: both were read as in-app, and a dependency's
 * function became the crash site of every program that failed in it (go-bindata-assetfs' Open
 * under gotty, bleve-explorer and go-fuzz: one signature). Where the trace shows the program's
 * `main` package, its files say which repository is the program's, and a frame in another
 * repository under the GOPATH is a dependency (GOPATH's layout, a package's source at
 * `$GOPATH/src/<import path>`: https://go.dev/doc/gopath_code). Without a `main` frame nothing
 * is changed.
 */
function markOtherRepositories(frames: RawFrame[]): void {
  const main = frames.find((f) => f.module === 'main' && f.file);
  const program = main?.file ? gopathRepository(main.file) : undefined;
  if (!program) {
    // A program at the GOPATH's top under a name of its own (`/opt/dev/src/naraka/main.go`, no
    // host: it was never fetched), beside what `go get` fetched (`/opt/dev/src/github.com/
    // jinzhu/gorm/…`): every remote import path under that GOPATH is a dependency. Read as
    // in-app, jinzhu/gorm's clone was the crash site of every program misusing it (utron's app
    // and golang/go#23303's, threads-12). Files under another GOPATH are left as they are.
    const root = main?.file ? gopathLocalRoot(main.file) : undefined;
    if (!root) return;
    for (const f of frames) {
      if (!f.file || f.module === 'main' || GO_STDLIB.test(f.module ?? '')) continue;
      if (f.file.startsWith(root) && gopathRepository(f.file) !== undefined) f.library = true;
    }
    return;
  }
  for (const f of frames) {
    if (!f.file || f.module === 'main' || GO_STDLIB.test(f.module ?? '')) continue;
    const repository = gopathRepository(f.file);
    if (repository !== undefined && repository !== program) f.library = true;
  }
}

/**
 * gin's recovery output: the panic value is the last line before the first frame. A location
 * without its function line (RECOVERY_BARE_FRAMES) is keyed by its file, as HandleCrash's callers
 * are. The locations down to the runtime's panic machinery, with their function lines or without,
 * are the recovery and the runtime raising the panic: the crash site is below them.
 */
function parseGin(text: string, type: string): ParsedTrace {
  const frames: RawFrame[] = [];
  let message = '';
  let pending: RawFrame | undefined;
  const flushBare = () => {
    if (!pending) return;
    const located: RawFrame = { file: pending.file, line: pending.line };
    if (frames.length < 200) frames.push(located);
    pending = undefined;
  };
  for (const raw of traceLines(text)) {
    const line = raw.trimEnd();
    // Go 1.3's and older runtime was C: its panic machinery's locations are frames too (go-c-runtime-location.ts).
    const file = RECOVERY_FILE.exec(line) ?? RUNTIME_C_FILE.exec(line);
    if (file) {
      flushBare();
      pending = { file: file[1], line: Number(file[2]), module: ginModule(file[1]) };
      continue;
    }
    const fn = pending && RECOVERY_FUNC.exec(raw);
    if (fn && pending) {
      pending.function = fn[1];
      if (frames.length < 200) frames.push(pending);
      pending = undefined;
      continue;
    }
    // The last line before the first frame is the value; Gitea's record names it after `PANIC: ` (go-recovery-stack.ts).
    if (frames.length === 0 && !pending && line.trim() !== '') message = recoveredPanicValue(line.trim());
  }
  flushBare();
  let cut = -1;
  frames.forEach((f, i) => {
    // With its function line too: a recovery that logs and panics again (Gitea's request logger,
    // modules/web/routing) stands above a second gopanic, and the crash site is below the last one.
    if (PANIC_MACHINERY_FILE.test(f.file ?? '')) cut = i;
  });
  return { runtime: 'go', exceptions: [{ type, message, frames: frames.slice(cut + 1) }] };
}

const GO_NAMES: readonly NameRule[] = [
  // A package-level function literal (`pkg.glob..func1`) first: the closure rule below would leave `pkg.glob.`.
  [/glob\.\.func\d{1,6}/g, 'glob'],
  // A closure declared in a function that the compiler inlined into another closure is named
  // after the closure it landed in, then the inlined functions, then its own number
  // (golang/go#60324, Go 1.22 on): `listOrders`'s closure is `main.main.func18.listOrders.1`
  // in a build that inlines listOrders into main's handler closure and `main.listOrders.func2`
  // in one that does not (-gcflags=-l, or a later edit that makes listOrders too big). Its own
  // function is the last inlined name, so both are keyed `main.listOrders` (programs/go-bugs-8).
  // (Inlined into a function that is not a closure, `main.G.listOrders.func1` reads like a
  // value method's closure, `main.T.M.func1`, and is left as it is.)
  [/\.[^/]*?\.func\d{1,6}(?:\.\d{1,6})*((?:\.(?:\(\*?\w{1,100}\)|[A-Za-z_]\w{0,100})){1,20})(?:\.\d{1,6}){1,6}$/, '$1'],
  // A range-over-func loop's body is compiled as a closure named after its function and the
  // loop's number in it (Go 1.23 on; go-delve/delve#3736): `main.sumPrices-range1`, which a loop
  // added above renumbers `-range2` (programs/go-bugs-8). It is its function's code.
  [/(?:-range\d{1,6})+(?=$|\.)/g, ''],
  [/\.(?:func|gowrap)\d{1,6}(?:\.\d{1,6})*/g, ''], // closures: main.process.func1.2
  // A package's init functions are numbered in the order the compiler meets them: adding one
  // to another file of the package renumbers the rest (quic-go's check was `init.0` in one
  // release and `init.1` in the next).
  [/(^|\.)init\.\d{1,6}$/, '$1init'],
  [/\[\.\.\.\]/g, ''], // generic instantiation
];

/** A package's numbered init function (`init.0`), not a closure inside one (`init.0.func1`). */
const INIT_FUNCTION = /(?:^|\.)init\.\d{1,6}$/;

/** A function literal's name: `(*conn).serve.func1`, or Go 1.4's `func·011`. */
const STDLIB_CLOSURE = /(?:^|\.)func(?:\d{1,6}|·\d{1,6})(?:\.\d{1,6})*$/;

/** Go packages without a dot in their first element are the standard library (`net/http`, `runtime`). */
const GO_STDLIB = /^(?:runtime|internal|reflect|sync|syscall|testing|fmt|os|io|bufio|bytes|strings|strconv|errors|sort|time|context|net|encoding|crypto|database|log|math|path|regexp|text|html|mime|compress|archive|container|hash|unicode|embed|flag|slices|maps|iter|unique|plugin|image|debug|expvar|go|cmp)(?:\/|$)/;

/**
 * Go's recovered panic values are typed by implementation (`runtime.boundsError`,
 * `runtime.plainError`, `string`, and since Go 1.24 by the runtime's internal packages too:
 * `internal/runtime/maps.unhashableTypeError`), and an uncaught panic prints no type at all: for
 * Go the kind of failure is in the message, so all of these are one type, `panic`.
 */
const GO_PANIC_TYPES = /^(?:panic|string|runtime\.\w{1,60}|internal\/runtime\/\w{1,40}\.\w{1,60}|\*?errors\.errorString)$/;

/**
 * A map lookup or write with a key whose dynamic type cannot be hashed (a slice, a map, a func
 * in an `any`): Go 1.24's Swiss maps raise it from internal/runtime/maps as an
 * `unhashableTypeError` worded `hash of unhashable type: []interface {}` when the map is empty,
 * the runtime as `runtime error: hash of unhashable type []interface {}` (an errorString) when it
 * is not (both checked with Go 1.26.8; programs/go-bugs-12, one statement met with an empty and a
 * filled map). One failure under two types and two wordings, and the type it names is the key's,
 * the data's (a list here, an object there), as a type assertion's is: typed as the maps
 * package's error, the type and the crash site name it and its words do not contribute, as
 * *runtime.TypeAssertionError's do not.
 */
const UNHASHABLE_KEY = /^(?:runtime error: )?hash of unhashable type:? \S/;
const UNHASHABLE_KEY_TYPE = 'internal/runtime/maps.unhashableTypeError';

const ONCE_WRAPPER_FILE = /(?:^|\/)sync\/oncefunc\.go$/;
const ONCE_WRAPPER_FUNCTION = /(?:^|\.)Once(?:Func|Values?)(?:\[\.\.\.\])?\.func\d/;

/**
 * The type a recovered panic's value is known by: a log of the recovery (a `panic recovered`
 * record with debug.Stack(), net/http's `http: panic serving …`) prints the value's message and
 * never its type, where the span's exception event (RecordError in the recovering function)
 * carries the value's type: `panic(err)` with an *fs.PathError was two signatures, the span's and
 * the log record's (programs/go-bugs-14). Typed from its message as parseGo types a logged
 * panic: a failed type assertion and an unhashable map key keep the runtime's type.
 */
function goRecoveredType(_type: string, message: string): string {
  return goCanonicalType(TYPE_ASSERTION_VALUE.test(message) ? '*runtime.TypeAssertionError' : 'panic', message);
}

/** Go's type for a failure: a panic value's kind is in its message, so every panic type is one (above). */
function goCanonicalType(type: string, message: string): string {
  if (GO_PANIC_TYPES.test(type) && UNHASHABLE_KEY.test(message)) return UNHASHABLE_KEY_TYPE;
  return GO_PANIC_TYPES.test(type) ? 'panic' : type;
}

/**
 * The standard library's packages that define error types (exported or not), by the name a type
 * string gives them (`*json.SyntaxError`, `*fs.PathError`, `context.deadlineExceededError`,
 * `*poll.DeadlineExceededError`): their messages describe the input (`invalid character 'x'
 * looking for beginning of value`), and the type already names the failure.
 */
const GO_STDLIB_ERROR_PACKAGES = new Set([
  'aes', 'ascii85', 'asn1', 'base32', 'base64', 'big', 'bzip2', 'cipher', 'context', 'csv', 'des', 'driver', 'dwarf',
  'ecdsa', 'elf', 'errors', 'exec', 'filepath', 'flate', 'fmt', 'fs', 'gob', 'gzip', 'hex', 'http', 'io', 'jpeg', 'json',
  'lzw', 'macho', 'mail', 'multipart', 'net', 'os', 'pe', 'pem', 'png', 'poll', 'rc4', 'reflect', 'rpc', 'rsa', 'runtime',
  'scanner', 'signal', 'smtp', 'sql', 'strconv', 'syntax', 'syscall', 'tar', 'template', 'textproto', 'time', 'tls',
  'url', 'user', 'utf8', 'x509', 'xml', 'zip', 'zlib',
]);

/**
 * A Go error type outside the standard library (`*main.ValidationError`, `*orders.NotFoundError`,
 * `github.com/acme/shop/orders.NotFoundError` as the OpenTelemetry SDK names a type that is not a
 * pointer): an error value carries no stack, so the trace an SDK records with it
 * (`RecordError(err, trace.WithStackTrace(true))`, `debug.Stack()`) is where it was recorded — a
 * handler or the service's one recording helper — and such a type is the application's (or a
 * library's) one type for several failures: its message says which.
 */
function goMessageNamesFailure(type: string): boolean {
  const m = /^\*?(?:\[\])?((?:[^\s/]{1,200}\/){0,20})(\w{1,100})\.\w{1,200}$/.exec(type);
  if (!m) return false;
  // A package path whose first element has a dot is a module's, never the standard library's.
  if (m[1] && m[1].slice(0, m[1].indexOf('/')).includes('.')) return true;
  // The standard library's internal packages (`internal/runtime/maps`), whatever their name.
  if (m[1].startsWith('internal/')) return false;
  return !GO_STDLIB_ERROR_PACKAGES.has(m[2]);
}

export const goProfile: RuntimeProfile<'go'> = {
  name: 'go',
  hints: ['go'],
  looksLike: looksLikeGo,
  parse: parseGo,
  naming: {
    // Always `package.function`, without module versions or vendoring prefixes.
    frameKey(frame) {
      // A location printed without its function (HandleCrash's callers) is keyed by its file.
      if (!frame.function && !frame.module) return moduleFrameKey(frame, GO_NAMES);
      const mod = withRepositoryCaseFolded((frame.module ?? '').replace(/@v[^/]{1,60}/g, '').replace(/^.{0,300}\/vendor\//, ''));
      const key = applyNameRules(`${mod}.${frame.function ?? ''}`, GO_NAMES);
      // With its number gone every init function of a package is one name, so it is told apart by
      // its file (its base name: -trimpath changes the directory), where an init is declared and
      // which adding one elsewhere leaves alone: two settings' inits, in config.go and limits.go,
      // were one crash site, and their numbers moved when a build added an init before them
      // (programs/go-bugs-5/boot).
      const file = frame.file && INIT_FUNCTION.test(frame.function ?? '') ? /[^/\\]{1,200}$/.exec(frame.file)?.[0] : undefined;
      return file ? `${key} ${file}` : key;
    },
  },
  library: {
    pooledPaths: {
      patterns: [
        /(?:^|\/)vendor\//, // Go vendoring
        /\/pkg\/mod\//, // Go module cache
        // A dependency in a binary built with -trimpath (Docker images, goreleaser): its files are
        // `module@version/…` with no module cache before them (`go.opentelemetry.io/otel/sdk@v1.24.0/trace/span.go`);
        // the main module's are `module/…`, without a version. A module at the zero pseudo-version
        // (`@v0.0.0-00010101000000-000000000000`) is one a `replace` points at a local directory
        // (the go.mod idiom for a module of one's own beside the program, and gomobile's for the
        // bound package): the developer's code, not a dependency (firestack's, threads-12).
        /(?:^|\/)[^/@\s]{1,200}@v(?!0\.0\.0-00010101000000-000000000000\/)\d{1,6}\.\d{1,6}\.\d{1,6}[^/\s]{0,80}\//,
        /\/(?:usr\/local\/go|usr\/lib\/go[^/]{0,20}|goroot|go\/src)\/src\//, // GOROOT
        /^\/_\/GOROOT\/|^\$GOROOT\//, // -trimpath GOROOT
      ],
      needles: ['vendor/', '/pkg/mod/', '/go/src/', '/usr/lib/go', 'goroot/', 'GOROOT/', '@v'],
    },
    modules: GO_STDLIB,
  },
  stdlib: { modules: GO_STDLIB },
  machinery: {
    errorPackage: /^(?:errs|errors|errorx|errorsx|errutil|errutils|apperrors?|apperr|xerrors|faults?|oops|stacktrace)$/,
    helperFiles: true,
    // The `Must` idiom (text/template's Must, regexp.MustCompile; an application's generic
    // `func must[T any](v T, err error) T`, golang/go#60846): a function of that name only
    // panics with the error its caller passed it, and every caller would share its frame. And a
    // handler's one helper that answers with the error it was handed and records it
    // (`respondError(w, err)`, `writeError`, `renderError`, `sendError`): a Go error's trace is
    // where it was recorded, so every handler's error had the helper as crash site. (Not in
    // other runtimes: there the trace is where the error was made, and a bug inside such a
    // helper — Ruby's `render_error` reading a nil exception, threads-6 — is its own.)
    helperFunction: /^(?:[Mm]ust|(?:[Rr]espond|[Ww]rite|[Rr]ender|[Ss]end|[Rr]eply)(?:With)?Err(?:or)?)$/,
  },
  canonicalType: goCanonicalType,
  recoveredType: goRecoveredType,
  messageNamesFailure: goMessageNamesFailure,
  // The runtime prints a generic function's or method's type arguments as `[...]`
  // (runtime/traceback.go since Go 1.18): `main.firstOf[...]`, `main.(*Cache[...]).Put`.
  genericCode: (frame) => (frame.function ?? '').includes('[...]'),
  // sync.OnceFunc / OnceValue / OnceValues' closures, compiled into their caller's package
  // (`main.init.OnceValue[...].func3.1`) from sync/oncefunc.go (Go 1.21 and later).
  replaysOutcome: (frame) => (frame.file ? ONCE_WRAPPER_FILE.test(frame.file) : ONCE_WRAPPER_FUNCTION.test(frame.function ?? '')),
};
