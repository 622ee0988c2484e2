// The lines a program printed before it panicked, pasted with the panic. A console copied from a
// terminal holds the program's own output above the default hook's `thread '…' panicked at`
// header (Achiefs FIM's `Achiefs File Integrity Monitoring software started!`, `[INFO] Reading
// config...`, the prompt and command line: Achiefs/fim#44, threads-57); the parser read the first
// line as an error of its own (`# ./fim` its message) and the panic after it as nothing, so each
// signature was the command line typed and two different `expect`s under one command line were
// one. The default hook writes the header as the first line of the panic's report
// (https://doc.rust-lang.org/std/panic/fn.set_hook.html), so the report starts there and what
// stands above it is the program's output. An anyhow or eyre report (`Error: …`) above a panic
// header is left as it is: that is another report, printed first.
const ERROR_REPORT = /^Error: /;

/**
 * Where a Rust panic's report starts among a trace's lines: the first panic header when lines of
 * output stand above it, 0 when the first line is one (or an `Error:` report, or none is there).
 */
export function panicReportStart(lines: readonly string[], isPanicHeader: (line: string) => boolean): number {
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0 || isPanicHeader(lines[first].trimEnd()) || ERROR_REPORT.test(lines[first])) return 0;
  for (let i = first + 1; i < lines.length && i < 200; i++) if (isPanicHeader(lines[i].trimEnd())) return i;
  return 0;
}
