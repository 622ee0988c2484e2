// A native stack frame written as a log line names its function with the offset into it: the
// Android debuggerd tombstone's `#01 pc 00280a27  /system/lib/libart.so (artQuickGenericJniTrampoline+34)`,
// glibc's backtrace_symbols(3) `./prog(main+0x15)[0x4005d5]`, the Linux kernel's call trace
// `dump_stack+0x19/0x1b` (printk's %pS, Documentation/core-api/printk-formats.rst), FreeBSD's
// `#1 0xffffffff80b32bd1 at vpanic+0x131` (KDB's backtrace after a panic). Each frame is
// a line of one statement, the function a value of it, like the address beside it: read as a
// word, every frame of a backtrace was its own signature.
//
// Tokens arrive parameterised: the offset is already `<int>` or `<hex>`. Only the symbol+offset
// shape is read: a `+` with no offset after it (`C++`), or an offset not glued to a symbol, is not.
// But for one: backtrace_symbols(3) writes an address no symbol covers as `binary(+offset)`
// (glibc's debug/backtracesyms.c leaves the symbol out), a frame of the same backtrace as
// `binary(symbol+offset)` beside it: tor 0.4.9.11's bug report logs its stack a frame a line,
// `/lib/x86_64-linux-gnu/libc.so.6(+0x2724a) [0x7f…]` among `tor(tor_main+0x5d) [0x55…]`
// (programs/tor, server-logs-19.test.ts). Only after a binary and with a hex offset, as glibc
// writes it: a bare `(+3)` in a sentence is no frame.

// `(symbol+offset)`, after an optional binary's path and before an optional `[address]`.
const PARENTHESISED = /^(<path>|[\w./-]{0,200})\([A-Za-z_][\w.$:~]{0,200}\+<(?:int|hex)>\)((?:\[<hex>\])?[,;:]?)$/;
// `binary(+offset)`: the binary's name or path (parameterised to `<path>` when it has one).
const UNNAMED = /^(<path>|[\w./-]{1,200})\(\+<hex>\)((?:\[<hex>\])?[,;:]?)$/;
// The address backtrace_symbols(3) writes after a frame, a space apart: `binary(symbol+offset)
// [address]`. It belongs to the frame, as it does when glued to it: read as a token of its own,
// a frame whose binary is a path (`<path>(+<hex>)`, all values) ran on into it as one value while
// a frame named by its binary alone (`tor(<*>)`) did not, and one statement's frames made two
// templates of two lengths.
const FRAME_ADDRESS = /^\[<hex>\][,;:]?$/;
/** Whether `token` is the address that follows a frame read by `nativeFrameSymbolAsValue`. */
export const isFrameAddress = (token: string | undefined) => token !== undefined && FRAME_ADDRESS.test(token);
// `symbol+offset/size`, the kernel's.
const KERNEL = /^[A-Za-z_][\w.$]{0,200}\+<hex>\/<hex>$/;
// `symbol+offset` with a hex offset and no size: FreeBSD's stack(9) and its debugger's backtrace
// print a frame as `#%d %p at %s+%#lx` (`#2 0xffffffff80b32a93 at panic+0x43`, sys/kern/subr_stack.c).
// Read only after that `at`, and with the offset in hex (`0x…`, masked `<hex>`): elsewhere
// `x+0x10` is as likely arithmetic, and a decimal `+3` after a word a count.
const BARE = /^[A-Za-z_][\w.$]{0,200}\+<hex>[,;]?$/;

/**
 * The token with its frame's function as a value, or undefined when it is no symbol+offset.
 * `previous` is the word before it (a bare `symbol+offset` is a frame only after `at`).
 */
export function nativeFrameSymbolAsValue(token: string, previous = ''): string | undefined {
  if (!token.includes('+<')) return undefined;
  const paren = PARENTHESISED.exec(token);
  if (paren) return `${paren[1]}(<*>)${paren[2]}`;
  const unnamed = UNNAMED.exec(token);
  if (unnamed) return `${unnamed[1]}(<*>)${unnamed[2]}`;
  if (KERNEL.test(token)) return '<*>+<hex>/<hex>';
  return previous === 'at' && BARE.test(token) ? '<*>+<hex>' : undefined;
}
