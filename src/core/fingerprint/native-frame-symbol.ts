// A native stack frame written as a log line names its function with the offset into it: the
// Android debuggerd tombstone's `#01 pc 00280a27  /system/lib/libart.so (artQuickGenericJniTrampoline+34)`,
// glibc's backtrace_symbols(3) `./prog(main+0x15)[0x4005d5]`, the Linux kernel's call trace
// `dump_stack+0x19/0x1b` (printk's %pS, Documentation/core-api/printk-formats.rst). Each frame is
// a line of one statement, the function a value of it, like the address beside it: read as a
// word, every frame of a backtrace was its own signature.
//
// Tokens arrive parameterised: the offset is already `<int>` or `<hex>`. Only the symbol+offset
// shape is read: a `+` with no offset after it (`C++`), or an offset not glued to a symbol, is not.

// `(symbol+offset)`, after an optional binary's path and before an optional `[address]`.
const PARENTHESISED = /^([\w./-]{0,200})\([A-Za-z_][\w.$:~]{0,200}\+<(?:int|hex)>\)((?:\[<hex>\])?[,;:]?)$/;
// `symbol+offset/size`, the kernel's.
const KERNEL = /^[A-Za-z_][\w.$]{0,200}\+<hex>\/<hex>$/;

/** The token with its frame's function as a value, or undefined when it is no symbol+offset. */
export function nativeFrameSymbolAsValue(token: string): string | undefined {
  if (!token.includes('+<')) return undefined;
  const paren = PARENTHESISED.exec(token);
  if (paren) return `${paren[1]}(<*>)${paren[2]}`;
  return KERNEL.test(token) ? '<*>+<hex>/<hex>' : undefined;
}
