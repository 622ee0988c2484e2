// A message its program prints under the traceback rather than before it. Knot Resolver raises
// its Lua bindings' errors through lua_error_p (daemon/bindings/impl.c), which puts
// luaL_traceback's output where the message would go and the message after the last frame, so
// the record it logs (engine.c's `error while loading config: %s`, the control socket's `%s`)
// reads:
//   [system] error while loading config: error occurred here (config filename:lineno is at the bottom, if config is involved):
//   stack traceback:
//   	[C]: in function 'listen'
//   	/etc/knot-resolver/kresd.conf:4: in main chunk
//   ERROR: net.listen() failed to bind (workdir '/var/lib/knot-resolver')
// The first line, which is all the miner reads of a record (head-only-line.ts), is the same for
// every such error: `net.listen() failed to bind`, `No such file or directory` from
// modules.load and cache.open's usage were one template (programs/knot-resolver,
// server-logs-54.test.ts). The line the miner reads is the first with the `ERROR:` line's message
// in the stand-in's place. Only that stand-in, with a `stack traceback:` under it and an
// `ERROR: ` line after the frames, is read so: any other first line, or a traceback with no such
// line after it, is left as it was.

/** luaL_traceback's message in lua_error_p (Knot Resolver 5, daemon/bindings/impl.c). */
const STAND_IN = 'error occurred here (config filename:lineno is at the bottom, if config is involved):';
const TRACEBACK = /\nstack traceback:\n(?:\t[^\n]*\n){1,64}ERROR: ([^\n]{1,2000})/;

/** The record's first line with the message printed under its traceback in the stand-in's place, or undefined when it has none. */
export function messageBelowTraceback(text: string): string | undefined {
  const nl = text.indexOf('\n');
  if (nl < 0 || !text.slice(0, nl).trimEnd().endsWith(STAND_IN)) return undefined;
  const below = TRACEBACK.exec(text.slice(nl));
  if (!below) return undefined;
  const first = text.slice(0, nl).trimEnd();
  return first.slice(0, first.length - STAND_IN.length) + below[1];
}
