// Lua: an error's message and the traceback `luaL_traceback` prints under it (Lua 5.1–5.4,
// LuaJIT; https://www.lua.org/manual/5.4/manual.html#luaL_traceback), as the stand-alone
// interpreter, OpenResty's error log and Kong print them:
//   lua5.4: ./app/orders.lua:5: attempt to index a nil value (local 'cart')
//   stack traceback:
//   	[C]: in function 'error'
//   	./app/orders.lua:5: in function 'app.orders.total'
//   	(...tail calls...)
//   	main.lua:11: in main chunk
//   	[C]: in ?
// OpenResty (lua-nginx-module) logs `lua entry thread aborted: runtime error: <message>` (or
// `lua coroutine: runtime error:`, `failed to run log_by_lua*:`) with the traceback of each
// coroutine under `coroutine N:`, innermost first, and its request after the last frame
// (`, client: …, server: …, request: "GET / HTTP/1.1"`). LuaJIT prints the top frame of a
// runtime error without its line (`/x/waf.lua: in function 'exec'`); the message's own
// position (`/x/waf.lua:430:`) is that line. A source name longer than LUA_IDSIZE is cut at
// its start (`...sty-1.9.7.4/install/lualib/…`).
import type { RuntimeProfile } from './profile.js';
import { normalizePath } from '../normalize.js';
import { LIMITS, traceLines, type ParsedTrace, type RawFrame } from '../types.js';

/** The error's position, which the runtime puts before a message (`error(msg, 1)`'s `where`). */
const POSITION = /^(.{1,600}?):(\d{1,7}): ([^]{0,4000})$/;
/** What OpenResty and Kong write before the error in their log. */
const NGINX_PREFIX = /(?:lua (?:entry|user) thread aborted|lua coroutine|lua handler aborted|failed to run \w{1,40}_by_lua\*?):(?: runtime error:)? /;
/** `lua5.4: `, `luajit: `, `lua: ` before the interpreter's error. */
const INTERPRETER_PREFIX = /^(?:lua(?:\d(?:\.\d)?)?|luajit|resty): /;
/**
 * A traceback line: the source, its current line when known, then how the function was reached.
 * The source is matched lazily, so `access_by_lua(nginx.conf:57):10:` keeps its own colon.
 */
const FRAME = /^\s{0,12}(.{1,600}?)(?::(\d{1,7}))?: (?:in (.{1,600}?)|at 0x[0-9a-f]{1,16}|\?)(?:, client: .*| while .*)?$/;
const DESCRIPTION = /^(?:function '([^']{1,300})'|function <([^>]{1,600})>|(?:upvalue|local|method|field|global|metamethod|for iterator) '([^']{1,300})'|(main chunk)|(\?))/;
const TAIL_CALL = /^\s{0,12}(?:\(\.\.\.tail calls\.\.\.\)|\(tail call\): \?)\s*$/;

const TRACEBACK = /^\s{0,12}stack traceback:\s*$/m;
const FRAME_LINE = /^\s{0,12}(?:\[C\]: (?:in |at 0x|\?)|\S.{0,600}?\.lua(?::\d{1,7})?: in |\(\.\.\.tail calls\.\.\.\)|coroutine \d{1,4}:)/m;

export function looksLikeLua(text: string): boolean {
  if (!text.includes('stack traceback:')) return false;
  const at = TRACEBACK.exec(text);
  if (!at) return false;
  return FRAME_LINE.test(text.slice(at.index + at[0].length, at.index + at[0].length + 2000));
}

/** The error's message and position from the line that carries it. */
function headerOf(line: string): { message: string; file?: string; line?: number } {
  let text = line;
  const nginx = NGINX_PREFIX.exec(text);
  if (nginx) text = text.slice(nginx.index + nginx[0].length);
  else text = text.replace(INTERPRETER_PREFIX, '');
  // OpenResty writes the request after the message when no traceback follows.
  text = text.replace(/, client: .*$/, '').trim();
  const at = POSITION.exec(text);
  if (at && !/\s/.test(at[1].replace(/\[string "[^"]*"\]/, ''))) return { message: at[3], file: at[1], line: Number(at[2]) };
  return { message: text };
}

/** Two spellings of one source (`…/lualib/resty/waf.lua`, `waf.lua`, cut or relative): the same file name. */
const sameSource = (a: string, b: string) => a.slice(a.lastIndexOf('/') + 1) === b.slice(b.lastIndexOf('/') + 1);

/**
 * Lua's errors carry no type: any value can be raised, and the interpreter reports all of them
 * as a run-time error (lua_pcall's LUA_ERRRUN, https://www.lua.org/manual/5.4/manual.html#4.4;
 * OpenResty writes `runtime error:`). The statement that raised it is the traceback's; its
 * message is the operation and the data (`attempt to index a nil value (local 'cart')`, which
 * Lua 5.1 and LuaJIT word `attempt to index local 'cart' (a nil value)`).
 */
const RUNTIME_ERROR = 'runtime error';

export function parseLua(text: string): ParsedTrace {
  const lines = traceLines(text);
  const frames: RawFrame[] = [];
  let header: ReturnType<typeof headerOf> | undefined;
  let inTrace = false;
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (!inTrace) {
      if (TRACEBACK.test(line)) {
        inTrace = true;
        continue;
      }
      if (!header && line.trim()) header = headerOf(line);
      continue;
    }
    if (!line.trim() || /^\s{0,12}coroutine \d{1,4}:$/.test(line) || TAIL_CALL.test(line)) continue;
    const f = FRAME.exec(line);
    if (!f) {
      // The traceback ends at the first line that is not a frame (the next log record).
      if (frames.length) break;
      continue;
    }
    const [, source, current, description] = f;
    const d = description ? DESCRIPTION.exec(description) : null;
    const name = d ? (d[1] ?? d[3] ?? (d[4] ? 'main chunk' : d[2] ? `<${d[2]}>` : '?')) : '?';
    const frame: RawFrame = source === '[C]' ? { function: name, native: true } : { function: name, file: source };
    if (current) frame.line = Number(current);
    if (frames.length < LIMITS.maxFrames) frames.push(frame);
  }
  // LuaJIT's top frame without its line: the error's own position is that line.
  const top = frames.find((fr) => !fr.native);
  if (top && top.line === undefined && header?.file && header.line !== undefined && top.file && sameSource(top.file, header.file)) top.line = header.line;
  if (!frames.length && header?.file && header.line !== undefined) frames.push({ file: header.file, line: header.line, function: '?' });
  return { runtime: 'lua', exceptions: [{ type: RUNTIME_ERROR, message: header?.message ?? '', frames }] };
}

export const luaProfile: RuntimeProfile<'lua'> = {
  name: 'lua',
  hints: ['lua', 'luajit'],
  looksLike: looksLikeLua,
  parse: parseLua,
  naming: {
    // A Lua function has no name of its own: the traceback names it by how its caller reached
    // it (a global, a field, a local, an upvalue; the reference manual, lua_getinfo's `name`:
    // "functions in Lua are first-class values, they do not have a fixed name"), so one
    // function is `'serve'` reached from one caller and `'serve_admin_api'` from another, and
    // LuaJIT names a tail-called function by its caller's name. Where it failed is its source
    // and current line; a frame printed without a line is named by what the traceback says.
    frameKey: (frame) => `${normalizePath(frame.file?.replace(/^\.\.\./, '')) ?? '[C]'}:${frame.line ?? frame.function ?? ''}`,
  },
  library: {
    // OpenResty's bundled libraries, LuaRocks trees (Kong, lapis, lua-resty-*) and the
    // interpreters' system module directories; `coroutine.wrap` is the runtime's own.
    paths: /(?:^|\/)(?:openresty\/(?:lualib|site)|lualib|share\/lua\/5\.\d|lib\/lua\/5\.\d|lib\/luarocks)\/|^coroutine\.wrap$|(?:^|\/)usr\/lib\/lua\//,
  },
};
