// A frame of the 32-bit arm kernel's backtrace, one printk per frame: arch/arm/kernel/traps.c
// dump_backtrace_entry writes `[<%08lx>] (%ps) from [<%08lx>] (%pS)`, the function and its caller
// (`[<80010080>] (unwind_backtrace) from [<8000d934>] (show_stack+0x20/0x24)`; kernels before
// 3.x print the offset on both sides, `(unwind_backtrace+0x0/0xf8)`). The functions are the
// frame's values, as the addresses beside them are and as the x86 call trace's `symbol+off/size`
// is (native-frame-symbol.ts): read as words, each frame of one WARN's backtrace was a signature
// of its own (openbmc/openbmc#2228: ten frames, ten signatures).
//
// Read only as the whole line: two masked addresses, each followed by a function in parentheses,
// `from` between them, after the transport's tag at most; the caller's side with its offset and
// size as %pS prints them. Anything else on the line (a sentence's `(root) from <ip>`) keeps its
// words.
import { WILDCARD } from './template-tokens.js';

const CALLEE = /^\([A-Za-z_][\w.$]{0,200}(?:\+<hex>\/<hex>)?\)$/;
const CALLER = /^\([A-Za-z_][\w.$]{0,200}\+<hex>\/<hex>\)$/;
const ADDRESS = /^<[a-z*]{1,8}>$/;

/** `out` (a line's tokens as read) with an arm backtrace entry's two functions as values; `out` otherwise. */
export function withArmBacktraceEntryAsValues(out: string[]): string[] {
  const start = out.length === 6 && out[0].endsWith(':') ? 1 : 0;
  if (out.length - start !== 5) return out;
  const [callee, calleeName, from, caller, callerName] = out.slice(start);
  if (from !== 'from' || !ADDRESS.test(callee) || !ADDRESS.test(caller) || !CALLEE.test(calleeName) || !CALLER.test(callerName)) return out;
  return [...out.slice(0, start), callee, `(${WILDCARD})`, 'from', caller, `(${WILDCARD}+<hex>/<hex>)`];
}
