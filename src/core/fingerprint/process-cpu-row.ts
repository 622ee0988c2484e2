// Android's CPU usage report: one row per process, printed by one statement whatever its values.
//
// ActivityManager logs the CPU use of the moments before an ANR, one row per process or thread,
// through ProcessCpuTracker's printProcessCPU (frameworks/base, com.android.internal.os): the
// share of CPU, `pid/label: ` (or `TOTAL: ` without a pid), `N% user + N% kernel`, then
// ` + N% iowait`, ` + N% irq`, ` + N% softirq` (and, in some vendors' copies, ` + N% idle`) each
// only when its count is above zero, and ` / faults: N minor N major`, each count only when above
// zero. Its printRatio writes a share of ten or more, or a whole one, without decimals (`82%`,
// `0%`) and a smaller one with one (`0.7%`), and a row of a process that started or ended in the
// interval carries `+` or `-` before its share. The label is the process's or thread's name as
// the kernel knows it: `com.android.vending`, `kworker/u17:1`, `irq/168-main_tt`, `/init`.
// Read token by token, one statement was a signature per set of optional parts, per name's shape
// and per decimal point (the os-logs corpus: 21 lines, 6 signatures).
//
// Here such a row, from its share to the line's end, reads as `<*> user + <*> kernel`: the share,
// the label and the user share one value, the kernel share another, the optional parts dropped.
// Only where the whole rest of the line is the row: its fixed words in place (`user + … kernel`),
// each share a masked number with `%`, the label closed by its colon, and after `kernel` nothing
// but the optional parts as printProcessCPU writes them. A line that goes on with other words
// (`… kernel time exceeded`), or whose shares are not percentages, keeps its words.
import { WILDCARD } from './template-tokens.js';

// A share as the parameteriser leaves it: `<int>%`, `<float>%`, with `+`/`-` on the row's first.
const SHARE = /^<(?:int|float)>%$/;
const FIRST_SHARE = /^[+-]?<(?:int|float)>%$/;
// `pid/label:` or `TOTAL:`; the label may hold `/` and `:` itself (`kworker/u17:1`).
const LABEL = /^\S+:$/;
const EXTRA_SHARES = new Set(['iowait', 'irq', 'softirq', 'idle']);
const COUNT = '<int>';

/** Whether `tokens[from]` opens a printProcessCPU row that runs to the line's end (see above). */
export function opensProcessCpuRow(tokens: readonly string[], from: number): boolean {
  if (!FIRST_SHARE.test(tokens[from] ?? '') || !LABEL.test(tokens[from + 1] ?? '') || !SHARE.test(tokens[from + 2] ?? '')) return false;
  if (tokens[from + 3] !== 'user' || tokens[from + 4] !== '+' || !SHARE.test(tokens[from + 5] ?? '') || tokens[from + 6] !== 'kernel') return false;
  let k = from + 7;
  while (tokens[k] === '+' && SHARE.test(tokens[k + 1] ?? '') && EXTRA_SHARES.has(tokens[k + 2] ?? '')) k += 3;
  if (tokens[k] === '/' && tokens[k + 1] === 'faults:') {
    k += 2;
    if (tokens[k] === COUNT && tokens[k + 1] === 'minor') k += 2;
    if (tokens[k] === COUNT && tokens[k + 1] === 'major') k += 2;
    if (k === from + 9) return false;
  }
  for (; k < tokens.length; k++) if (tokens[k]) return false;
  return true;
}

/** The row's tokens as read: its values, and its fixed words (see above). */
export function processCpuRowTokens(): string[] {
  return [WILDCARD, 'user', '+', WILDCARD, 'kernel'];
}
