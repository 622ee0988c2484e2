// Go: panic output and goroutine dumps (runtime/debug.Stack(), SIGQUIT dumps).
// https://pkg.go.dev/runtime#Stack — each frame is two lines:
//   main.(*Server).handle(0xc000010000, {0x1, 0x2})
//   \t/app/server.go:42 +0x1d
// Only the first goroutine block counts: in a panic it is the one that panicked, in
// debug.Stack() it is the caller's. "[recovered]" / "[recovered, repanicked]" are kept in the message.
import { traceLines, type ParsedException, type ParsedTrace, type RawFrame } from '../types.js';

const GOROUTINE = /^goroutine \d{1,12} \[[^\]]{1,100}\]:$/;
const PANIC = /^panic: (.*)$/;
const FUNC = /^([^\s(][^\s]{0,500})\(([^()]{0,400})\)$/; // greedy: `main.(*T).m(…)` splits at the last `(`
const FILE = /^\s+(.{1,600}):(\d{1,7})(?: \+0x[0-9a-f]{1,16})?$/;

export function looksLikeGo(text: string): boolean {
  return (text.includes('goroutine ') && /^goroutine \d{1,12} \[/m.test(text)) || (text.includes('panic: ') && /^panic: /m.test(text));
}

/** `github.com/x/y/pkg.(*T).Method.func1` → module `github.com/x/y/pkg`, function `(*T).Method.func1`. */
export function splitGoFunction(qualified: string): RawFrame {
  const slash = qualified.lastIndexOf('/');
  const dot = qualified.indexOf('.', slash + 1);
  if (dot < 0) return { function: qualified };
  return { module: qualified.slice(0, dot), function: qualified.slice(dot + 1) };
}

export function parseGo(text: string, fallbackType = 'panic', fallbackMessage = ''): ParsedTrace {
  const lines = traceLines(text);
  const messages: string[] = [];
  const frames: RawFrame[] = [];
  let goroutines = 0;
  let pending: RawFrame | undefined;
  for (const raw of lines) {
    const line = raw.trimEnd();
    const p = PANIC.exec(line);
    if (p && goroutines === 0) {
      messages.push(p[1]);
      continue;
    }
    if (GOROUTINE.test(line)) {
      goroutines++;
      if (goroutines > 1) break;
      continue;
    }
    if (goroutines !== 1) continue;
    if (line.startsWith('created by ')) {
      pending = undefined;
      continue;
    }
    const file = FILE.exec(line);
    if (file && pending) {
      pending.file = file[1];
      pending.line = Number(file[2]);
      if (frames.length < 200) frames.push(pending);
      pending = undefined;
      continue;
    }
    const fn = FUNC.exec(line);
    if (fn) pending = splitGoFunction(fn[1]);
  }
  // In a recovered panic (debug.Stack() inside a deferred recover) the frames above `panic(…)`
  // are the recovering handler, not the failure: the crash site is the frame below it.
  let cut = -1;
  for (let i = 0; i < frames.length; i++) if (!frames[i].module && frames[i].function === 'panic') cut = i;
  if (cut >= 0) frames.splice(0, cut + 1);
  // The last panic line is the one that killed the program; earlier ones were recovered.
  const message = messages.length ? messages[messages.length - 1].replace(/ \[recovered(?:, repanicked)?\]$/, '') : fallbackMessage;
  return { runtime: 'go', exceptions: [{ type: messages.length ? 'panic' : fallbackType, message, frames }] };
}
