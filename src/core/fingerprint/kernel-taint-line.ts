// The kernel's taint line after a hung task's report: its flags and the running release, one value.
//
// kernel/hung_task.c follows `INFO: task %s:%d blocked for more than %ld seconds.` with
// `      %s %s %.*s`: print_tainted() (kernel/panic.c: `Not tainted`, or `Tainted: ` and a letter per
// taint flag, `G` or `P` first; before Linux 6 each unset flag a space, `G        W   E`), the
// release (`4.19.0-6-amd64`) and the version string, cut at its first space since Linux 5.x and
// whole before (`#1 Debian 4.19.67-2+deb10u2`). Read word by word, each set of flags and each
// distribution's version was a signature of its own (the os-logs corpus: 9 lines, 4 signatures).
//
// Here, where `Tainted:` opens the message (after the transport's tag at most), the flags and what
// follows them are one value, and so is the release and version after `Not tainted`; a tainted and
// an untainted kernel stay two, as print_tainted's two texts. Only with a flag of `G` or `P` first
// after `Tainted:`, a masked release first after `Not tainted`, and at most eight tokens after
// either. `Tainted:` inside a line keeps its words: dump_stack's `CPU: 2 PID: 2266 Comm: python
// Tainted: P OE …` is another statement.
import { WILDCARD } from './template-tokens.js';

const TAINTED = 'Tainted:';
const FIRST_FLAG = /^[GP]$/;
const FLAGS = /^[A-Z]{1,20}$/;
const MAX_AFTER = 8;

/** `out` (the line's tokens as read) with the taint line's flags and release as one value (see above); `out` otherwise. */
export function withKernelTaintAsValue(out: string[]): string[] {
  const start = out[0]?.endsWith(':') && out[0] !== TAINTED ? 1 : 0;
  const rest = out.length - start;
  if (rest < 2 || rest - 2 > MAX_AFTER) return out;
  if (out[start] === TAINTED) {
    if (!FIRST_FLAG.test(out[start + 1])) return out;
    for (let k = start + 2; k < out.length && !out[k].includes('<'); k++) if (!FLAGS.test(out[k])) return out;
    return [...out.slice(0, start), TAINTED, WILDCARD];
  }
  if (out[start] === 'Not' && out[start + 1] === 'tainted' && rest >= 3 && out[start + 2].includes('<')) return [...out.slice(0, start), 'Not', 'tainted', WILDCARD];
  return out;
}
