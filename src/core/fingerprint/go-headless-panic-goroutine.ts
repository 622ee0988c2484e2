// A Go panic quoted with its `panic: …` line and its frames but without the `goroutine N
// [running]:` line between them. The runtime prints the panic's value, the `[signal …]` line of a
// fault, a blank line, the goroutine's header and then its frames (runtime/panic.go printpanics,
// runtime/traceback.go goroutineheader); a paste that keeps the value and drops the header (the
// header went into the title, or the copy was trimmed to the frames that looked useful)
// left a text the parser read as frames without a goroutine (HEADLESS_GOROUTINE in
// stacktrace/go.ts), and a panic line above such frames was not read: the message was empty.
// So komuw/ong's nil *stackError dereference logged through an errors.Join (komuw/ong#463,
// threads-56) was another signature than the same dump with its header, and a nil dereference
// and an `index out of range` at one function, both pasted so, were one signature (their
// messages, which say which runtime error it was, both empty). The header is put back where the
// runtime prints it, above the first frame, so the text reads as the dump it was cut from. Only
// a text with no goroutine header anywhere, a `panic: ` line at column 0 and, after it, a
// function line with its argument list over an indented `file.go:N +0x…` line (the offset only
// the Go runtime prints) is changed; the id put in never contributes.

/** A function line with its argument list over its indented file line with the runtime's pc offset. */
const FIRST_FRAME = /^[^\s(][^\s]{0,500}\([^()\n]{0,400}\)\n\s+\S{1,600}\.(?:go|c|s):\d{1,7} \+0x[0-9a-f]{1,16}$/m;
const ANY_GOROUTINE_HEADER = /^\s{0,16}goroutine \d{1,12}\b/m;
const PANIC_LINE = /^panic: \S/m;

/** The text with a goroutine header put above the first frame of a headless panic dump. */
export function withHeadlessPanicGoroutine(text: string): string {
  if (!text.includes('panic: ') || !text.includes(' +0x') || ANY_GOROUTINE_HEADER.test(text)) return text;
  const panic = PANIC_LINE.exec(text);
  const frame = FIRST_FRAME.exec(text);
  if (!panic || !frame || frame.index < panic.index) return text;
  return `${text.slice(0, frame.index)}goroutine 1 [running]:\n${text.slice(frame.index)}`;
}
