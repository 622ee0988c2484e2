// The machine's name in the kernel's dump_stack header: lib/dump_stack.c dump_stack_print_info
// writes `Hardware name: %s` after the `CPU: … PID: … Comm: …` line of every oops, WARN and hung
// task report, the string the architecture set (dump_stack_set_arch_desc): on x86 the DMI
// vendor, product and BIOS (`Red Hat RHEV Hypervisor, BIOS 1.11.0-2.el7 04/01/2014`), on arm a
// device-tree model (`ASpeed SoC`). It is where the report ran, a value of one statement: read
// word by word, each machine model was a signature of its own and its words a template's.
//
// Here, where `Hardware name:` opens the message (after the transport's tag at most), what follows
// is one value, up to sixteen tokens. A label inside a line, or nothing after it, keeps its words.
import { WILDCARD } from './template-tokens.js';

const MAX_AFTER = 16;

/** `out` (a line's tokens as read) with the kernel's hardware name as one value (see above); `out` otherwise. */
export function withKernelHardwareNameAsValue(out: string[]): string[] {
  const start = out[0]?.endsWith(':') && out[0] !== 'name:' && out[0] !== 'Hardware' ? 1 : 0;
  if (out[start] !== 'Hardware' || out[start + 1] !== 'name:') return out;
  const after = out.length - start - 2;
  if (after < 1 || after > MAX_AFTER) return out;
  return [...out.slice(0, start + 2), WILDCARD];
}
