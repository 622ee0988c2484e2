// The runtime's own C files in a recovery middleware's stack, as Go 1.4 and older print them.
//
// Until Go 1.4 the runtime's panic machinery was written in C: a stack walked with
// runtime.Caller (martini's and negroni's recovery, gin's form: `file:line (0xpc)` a line) names
// `runtime/panic.c` where today's names `runtime/panic.go`, and the fault handler of a nil
// dereference `runtime/os_<os>.c` or `runtime/signal_<os>.c` (sigpanic) where today's names
// `runtime/signal_unix.go`:
//   [martini] PANIC: runtime error: index out of range
//   D:/go/src/pkg/runtime/panic.c:482 (0x4155e8)
//   D:/go/src/pkg/runtime/panic.c:433 (0x4153ea)
//   E:/Go/Development/src/github.com/gogits/gogs/modules/middleware/repo.go:226 (0x560ef5)
// (gogs/gogs#285; negroni's in tsuru/tsuru#906, threads-50). Read for Go files only, such a line
// was no frame: the last one above the program's was taken for the panic's value (Gogs' record was
// keyed by `<path>:<int> (<hex>)`), and with the recovery handler above them (negroni's
// recovery.go) no cut below the machinery was made, so the recovering handler was the crash site.

/** A location line of a C file of the runtime package (`…/src/pkg/runtime/panic.c:482 (0x4155e8)`), indented as RECOVERY_FILE allows. */
export const RUNTIME_C_FILE = /^[\t ]{0,8}((?:\S.{0,599}?\/)?runtime\/\w{1,40}\.c):(\d{1,7}) \(0x[0-9a-f]{1,16}\)$/;

/**
 * A file of the runtime's panic machinery, above which a recovery's stack is the handler and the
 * runtime raising the panic: today's `panic.go`, `signal_unix.go` and Go 1.4's `sigpanic_<os>.go`,
 * and Go 1.3's and older C files, `panic.c` and the fault handlers in `os_<os>.c` / `signal_<os>.c`.
 */
export const PANIC_MACHINERY_FILE = /(?:^|\/)runtime\/(?:panic\.(?:go|c)|signal_unix\.go|sigpanic\w{0,20}\.go|(?:os|signal)_\w{1,30}\.c)$/;
