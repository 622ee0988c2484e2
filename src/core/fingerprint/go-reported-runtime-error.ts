// A Go program that reports its own crashes prints the panic's value above the stack in its own
// words, with no `panic:` line: hub's crash reporter writes `Error (runtime.errorString):
// \`runtime error: index out of range\``, then `Stack:` and the goroutine's frames
// (mislav/hub#1510, threads-22). Read without it, a trace had no message, and the same crash
// recorded with its value (on a span, or pasted from the runtime's own dump) was another
// signature. Every error the runtime raises says so first: runtime.Error's messages begin
// `runtime error: ` (https://pkg.go.dev/runtime#Error; `runtime error: index out of range`,
// `runtime error: invalid memory address or nil pointer dereference`), so that text on a line
// before the stack is the value the stack panicked with.

const RUNTIME_ERROR = /runtime error: ([^`"'\n]{1,500})/;

/** The `runtime error: …` a line before the stack states (the last such line), cut at a closing quote or backtick. */
export function reportedRuntimeError(preamble: readonly string[]): string | undefined {
  for (let i = preamble.length - 1; i >= 0; i--) {
    const m = preamble[i].includes('runtime error: ') ? RUNTIME_ERROR.exec(preamble[i]) : null;
    if (m) return `runtime error: ${m[1].trim()}`;
  }
  return undefined;
}
