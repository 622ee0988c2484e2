// The stack a Go web framework's panic recovery logs in gin's form, one location a line with its
// program counter (`/app/routers/repo/view.go:302 (0x2a2d5e4)`) and, where the source file is on
// the machine, the function and its source line under it. Gitea's recovery (modules/log's Stack,
// the form gin's recovery.go prints) logs it after its own record:
//   2025/07/31 10:55:56 routers/common/errpage.go:25:RenderPanicErrorPage() [E] PANIC: runtime error: …
//   /go/src/code.gitea.io/gitea/modules/git/commit_info.go:21 (0xe9ddc3)
// and it reaches an issue in more than one shape: the logger of Gitea 1.14 indented every line of
// the stack by a tab (go-gitea/gitea#15558), and a paste turns the tab before a function line
// into spaces (go-gitea/gitea#30156). Read only at column 0 with a tab before the function, such
// a stack was no frame and every nil dereference Gitea recovered from was one signature; and the
// record's lead before `PANIC: ` (time, the logging function's place, the level) was read as the
// message, so one panic logged with and without it was two (threads-43).

/** A location line: the file and line, then the program counter in parentheses; a tab or a few spaces of a logger's indentation allowed. */
export const RECOVERY_FILE = /^[\t ]{0,8}(\S.{0,599}?\.go):(\d{1,7}) \(0x[0-9a-f]{1,16}\)$/;
/** The function line under a location: a tab (two, under an indented location) or a paste's spaces, the function, `: `, its source. */
export const RECOVERY_FUNC = /^(?:\t{1,2}| {2,16})(\S{1,300}?): /;
/** A location line with its function line below it. */
export const RECOVERY_FRAME = /^[\t ]{0,8}\S[^\n]{0,599}\.go:\d{1,7} \(0x[0-9a-f]{1,16}\)\n(?:\t{1,2}| {2,16})\S/m;
/** Two location lines one under the other: the function lines were left out (the sources are not on the machine). */
export const RECOVERY_BARE_FRAMES = /^[\t ]{0,8}\S[^\n]{0,599}\.go:\d{1,7} \(0x[0-9a-f]{1,16}\)\n[\t ]{0,8}\S[^\n]{0,599}\.go:\d{1,7} \(0x[0-9a-f]{1,16}\)$/m;

/**
 * Gitea's recovery record names the value after `PANIC: ` (routers/common/errpage.go and its
 * predecessors log `PANIC: %v`), at the start of the line or after the logger's lead; the value is
 * the panic's message. A line without that word is returned as it is.
 */
const PANIC_LEAD = /(?:^|\s)PANIC: (.{1,2000})$/;

export function recoveredPanicValue(line: string): string {
  return PANIC_LEAD.exec(line)?.[1] ?? line;
}
