// Android's runtime (ART) logs each garbage collection it was asked to log in one statement.
//
// art/runtime/gc/heap.cc's LogGC writes `<cause> <collector> GC freed N(size) AllocSpace objects,
// N(size) LOS objects, N% free, size/size, paused … total …`: the cause is the GcCause's name
// (`Background`, `Alloc`, `NativeAlloc`, `Explicit`, …, gc_cause.cc), the collector its GetName()
// (`concurrent copying`, `young concurrent copying`, `partial concurrent mark sweep`, …, one to
// four words), and since Android 14 ` (sampled)` after it. Logcat's tag for it was `art` up to
// Android 7 and is the process's name since (`zygote`, `ndroid.systemu`, the name's last 15
// characters), a value the runtime takes from the process. Read word by word, one statement was a
// signature per cause, collector and tag (the os-logs corpus: 25 lines, 9 signatures; the miner
// routes lines by their token count, so a collector's name of another length is another route).
//
// Here the tokens before `GC freed` are one value when ART's fixed text follows them (`GC freed
// <count>(<size>) AllocSpace objects,`) and they are at most a tag, a cause, a collector of four
// words and ` (sampled)`. Another program's `… GC freed 12MB` (a JVM's, Go's),
// Dalvik's `GC_CONCURRENT freed 2048K, …`, and a longer text before `GC freed` keep their words.
import { isParameter, WILDCARD } from './template-tokens.js';

const FREED_AT = ['GC', 'freed'];
// The count and size freed, as the parameteriser leaves `13639(702KB)`.
const FREED_COUNT = /^<int>\(<size>\)$/;
const SPACE = ['AllocSpace', 'objects,'];
// A tag (`art:`, `zygote:`, a masked `<name>`), a cause (`NativeAlloc`), a collector's words, `(sampled)`.
const HEAD_WORD = /^(?:[A-Za-z]+:?|\(sampled\))$/;
const MAX_HEAD = 7;

/** `out` (the line's tokens as read) with ART's GC summary's head as one value (see above); `out` otherwise. */
export function withArtGcHeadAsValue(out: string[]): string[] {
  const g = out.indexOf(FREED_AT[0]);
  if (g < 1 || g > MAX_HEAD || out[g + 1] !== FREED_AT[1] || !FREED_COUNT.test(out[g + 2] ?? '')) return out;
  if (out[g + 3] !== SPACE[0] || out[g + 4] !== SPACE[1]) return out;
  for (let k = 0; k < g; k++) if (!HEAD_WORD.test(out[k]) && !isParameter(out[k])) return out;
  return [WILDCARD, ...out.slice(g)];
}
