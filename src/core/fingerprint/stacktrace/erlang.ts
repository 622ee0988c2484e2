// The BEAM: Elixir and Erlang, one runtime to OpenTelemetry (`telemetry.sdk.language` is
// `erlang` for both SDKs). Three shapes of the same stack:
// Elixir's Exception.format/3 — what an Elixir service records with record_exception (the
// stack as Exception.format_stacktrace/1 prints it) and what Logger prints for a crashed
// process. https://hexdocs.pm/elixir/Exception.html#format_stacktrace_entry/1
//   ** (ArithmeticError) bad argument in arithmetic expression
//       :erlang.div(1, 0)                                          ← a built-in, no source
//       (my_app 0.1.0) lib/my_app/math.ex:5: MyApp.Math.divide/2
//       (elixir 1.14.0) lib/enum.ex:1658: Enum."-map/2-lists^map/1-0-"/2
//       lib/my_app/math.ex:12: anonymous fn/1 in MyApp.Math.run/1
// A crash report wraps the exception (`** (exit) an exception was raised:`, then its own block,
// indented); a message may take several lines (a FunctionClauseError lists its arguments).
// Erlang's stacktrace as a term, as crash reports and `~p` print it (Erlang's SDK records the
// term), and the same term inspected by Elixir:
//   {function_clause,[{jid,tolower,[undefined],[{file,"src/jid.erl"},{line,230}]},
//                     {xmpp_util,add_delay_info,4,[{file,"src/xmpp_util.erl"},{line,51}]}]}
//   [{BorsNG.GitHub, :post_comment!, 3, [file: 'lib/github/github.ex', line: 292]}, …]
// And the shell's and crash reports' rendering (erl_error):
//   ** exception error: bad argument
//        in function  binary_to_term/1
//        in call from edbg_tracer:file/2 (src/edbg_tracer.erl, line 356)
import type { RuntimeProfile } from './profile.js';
import { LIMITS, traceLines, type ParsedException, type ParsedTrace, type RawFrame } from '../types.js';
import { looksLikeRollbarElixir, parseRollbarElixir } from '../rollbar-elixir-frame.js';
import { isOtpReportField, looksLikeOtpStopReport, stoppedProcessName } from '../otp-stop-report.js';

const HEADER = /^\s*\*\* \(([A-Za-z_:][\w.:]{0,200})\) ?(.*)$/;
// `(app 1.2.3) path:line: call`, the OTP application optional, its version too (Elixir before
// 1.9 printed `(app) …`), the line too; a logger may print the call quoted, `:217:in \`call'`.
// The indentation is what sets a frame apart from other lines; where a paste lost it (Markdown
// outside a code block, a console that trims lines), the OTP application in parentheses that
// Elixir prints first still does: `(sticker 0.1.0) lib/sticker/worker.ex:44: Sticker.Worker.run/1`.
const INDENT = String.raw`(?:\s{2,}|\s?(?=\([a-z_]\w{0,100}(?: [^)\s]{1,40})?\) \S))`;
// The call may carry its arguments (a FunctionClauseError's frame), as long as the data it was
// given: only the text up to them is read. Top-level code is `(file)`, `(module)`, ExUnit's `(test)`.
const FRAME = new RegExp(String.raw`^${INDENT}(?:\(([a-z_]\w{0,100})(?: [^)\s]{1,40})?\) )?([^\s:()][^:\s]{0,500}?):(?:(\d{1,7}):)?(?: |in \x60)((?:\([a-z_]{1,40}\)|[^(\n]{1,600}?)(?:\(.*)?)'?$`);
const BIF = /^\s{2,}(?:\([a-z_]\w{0,100}(?: [^)\s]{1,40})?\) )?(:[a-z_]\w{0,100}\.[\w!?]{1,200}(?:\/\d{1,3}|\(.{0,500}\)))$/;
const SHELL_FRAME = /^\s*(?:\*\* )?in (?:function|call from)\s+([a-z][\w@]{0,200}|'[^']{1,200}'):([^\s/(']{1,200}|'[^']{1,300}')\/\d{1,3}(?:\s+\((.{1,500}?), line (\d{1,7})\))?/;
const SHELL_HEADER = /^\s*(?:\*\* )?exception (error|exit|throw): ?(.*)$/;
const ATOM = String.raw`(?:[a-z][\w@]{0,200}|'(?:[^'\\]|\\.){1,300}')`;
// The start of a frame term: module, function, then an arity or an argument list.
const ERLANG_TERM_FRAME = new RegExp(String.raw`\{\s*(${ATOM})\s*,\s*(${ATOM})\s*,\s*(?=\d|\[)`, 'g');
const ELIXIR_TERM_FRAME = /\{\s*([A-Z][\w.]{0,200}|:[a-z]\w{0,200}|:"[^"]{1,300}")\s*,\s*(:[\w!?]{1,200}|:"[^"]{1,300}")\s*,\s*(?=\d|\[)/g;

/**
 * The OTP applications of Elixir, Erlang/OTP and the libraries most services run on: a frame
 * is printed with its application (`(ecto 3.10.1) lib/ecto/repo.ex:…`), and a library's
 * frames carry no path that says so (they are compiled from their own `lib/`).
 */
const LIBRARY_APPS = new Set(
  (
    'elixir stdlib kernel logger erts compiler crypto ssl inets public_key mnesia eex ex_unit iex mix ' +
    'phoenix phoenix_live_view phoenix_html phoenix_pubsub phoenix_ecto plug plug_cowboy plug_crypto cowboy cowlib ranch ' +
    'bandit thousand_island websock_adapter ecto ecto_sql postgrex myxql tds db_connection jason poison tesla finch mint ' +
    'hackney httpoison req oban broadway gen_stage absinthe absinthe_plug telemetry opentelemetry opentelemetry_api ' +
    'ex_aws castore swoosh gettext decimal nimble_pool nimble_options grpc protobuf redix'
  ).split(' '),
);

export function looksLikeErlang(text: string): boolean {
  if (text.includes('{file,"') || text.includes("[file: '")) return true;
  // Rollbar's list of an Elixir stack, in Python's frame form (rollbar-elixir-frame.ts).
  if (looksLikeRollbarElixir(text)) return true;
  // A process's crash report with its stop reason and no frames (otp-stop-report.ts).
  if (looksLikeOtpStopReport(text)) return true;
  // The shell's frame lines (erl_error): `in function  m:f/1`, `in call from m:f/2 (…)`.
  if (text.includes('in function') || text.includes('in call')) return /^\s*(?:\*\* )?in (?:function|call from)\s+[a-z'][^:\s]{0,200}:\S{1,300}\/\d/m.test(text);
  if (!text.includes('** (') && !text.includes('.ex:') && !text.includes('.erl:')) return false;
  return /^\s{2,}(?:\([a-z_]\w{0,100}(?: [^)\s]{1,40})?\) )?[^\s:()][^:\s]{0,500}\.(?:ex|exs|erl):(?:\d{1,7}:)?(?: |in `)(?:anonymous fn\/\d{1,3} in )?:?[\w.]{1,300}/m.test(text) ||
    (text.includes('** (') && /^\s?\([a-z_]\w{0,100}(?: [^)\s]{1,40})?\) [^\s:()][^:\s]{0,500}\.(?:ex|exs|erl):\d{1,7}: :?[\w.]{1,300}/m.test(text)) ||
    // Exception.format_stacktrace/1 without its header: what an Elixir service records as
    // `exception.stacktrace` (opentelemetry's record_exception) is the frames alone, each indented
    // alike, so once the common indentation is read off (detect.ts unquoteTrace) neither the
    // header nor the indentation is left. The frame's own shape still is: the OTP application in
    // parentheses, a .ex/.erl file and line, and a call with its arity.
    /^\([a-z_]\w{0,100}(?: [^)\s]{1,40})?\) [^\s:()][^:\s]{0,500}\.(?:ex|exs|erl):\d{1,7}: (?:anonymous fn\/\d{1,3} in )?:?[\w.]{1,300}\.[\w!?]{1,200}\/\d{1,3}$/m.test(text);
}

const unquote = (atom: string) => (atom.startsWith("'") || atom.startsWith(':"') ? atom.replace(/^:?['"]|['"]$/g, '') : atom);

/** `MyApp.Math.divide/2`, `anonymous fn/1 in MyApp.Math.run/1`, `:gen_server.call/3`, `Enum."-map/2-…"/2`, `Foo.bar(1, 2)`. */
function callOf(call: string): Pick<RawFrame, 'module' | 'function'> {
  const anonymous = /^anonymous fn\/\d{1,3} in (.+)$/.exec(call);
  const target = anonymous ? anonymous[1] : call;
  // A FunctionClauseError's frame prints the call with its arguments, which a log or a paste may
  // cut before the list closes (`Router.handle_errors(%Plug.Conn{adapter: …`): the arguments
  // are data, never part of the function.
  const m = /^([^(]+?)\.(?:"([^"]{1,300})"|([^.\s/(]{1,300}))(?:\/\d{1,3}|\(.*)?$/.exec(target);
  if (!m) return { function: call };
  const name = m[2] ?? m[3];
  return { module: m[1], function: anonymous ? `${name}.anonymous` : name };
}

/** The index just past the bracket that closes the one at `open`, quotes skipped; -1 if none. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const end = text.indexOf(ch, i + 1);
      if (end < 0) return -1;
      i = end;
    } else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Frames of a stacktrace term: `{m,f,arity|args,[{file,"…"},{line,N}]}` or Elixir's `{M, :f, 2, [file: '…', line: N]}`. */
function termFrames(whole: string): RawFrame[] {
  const text = whole.length > LIMITS.maxTraceChars ? whole.slice(0, LIMITS.maxTraceChars) : whole;
  const frames: RawFrame[] = [];
  const elixir = !text.includes('{file,"');
  const start = elixir ? ELIXIR_TERM_FRAME : ERLANG_TERM_FRAME;
  start.lastIndex = 0;
  for (let m = start.exec(text); m && frames.length < 200; m = start.exec(text)) {
    let at = start.lastIndex;
    // The arity, or the argument list skipped whole (it may hold terms that look like frames).
    if (text[at] === '[') {
      const end = closing(text, at);
      if (end < 0) break;
      at = end;
    } else while (at < text.length && text[at] >= '0' && text[at] <= '9') at++;
    const rest = /^\s*,\s*\[/.exec(text.slice(at, at + 40));
    // Not a frame after all: go on after what was skipped, never back inside it (a term nested
    // in itself would otherwise be scanned once per level).
    if (!rest) {
      start.lastIndex = at;
      continue;
    }
    const locationEnd = closing(text, at + rest[0].length - 1);
    if (locationEnd < 0) break;
    const location = text.slice(at + rest[0].length - 1, locationEnd);
    const file = elixir ? /file: '([^']{1,500})'/.exec(location) : /\{file,\s*"([^"]{1,500})"\}/.exec(location);
    const line = elixir ? /line: (\d{1,7})/.exec(location) : /\{line,\s*(\d{1,7})\}/.exec(location);
    const module = unquote(m[1]);
    const frame: RawFrame = { module, function: unquote(m[2]).replace(/^:/, '') };
    if (file) frame.file = file[1];
    if (line) frame.line = Number(line[1]);
    frames.push(frame);
    start.lastIndex = locationEnd;
  }
  return frames;
}

export function parseErlang(text: string): ParsedTrace {
  // Past the report's fields (`Last message:`, `State:`) no line is the message's.
  let fields = false;
  if (looksLikeRollbarElixir(text)) return { runtime: 'erlang', exceptions: [parseRollbarElixir(traceLines(text), (app) => LIBRARY_APPS.has(app))] };
  let current: ParsedException | undefined;
  const exceptions: ParsedException[] = [];
  const open = (type: string, message: string) => {
    // The wrapper a crash report puts around the exception (`** (exit) an exception was
    // raised:`) has no frames of its own: the exception below it replaces it.
    if (current && current.frames.length === 0) exceptions.pop();
    exceptions.push((current = { type, message, frames: [] }));
    fields = false;
  };
  const push = (frame: RawFrame) => {
    if (!current) open('error', '');
    if (current!.frames.length < 200) current!.frames.push(frame);
  };
  for (const raw of traceLines(text)) {
    const line = raw.trimEnd();
    const h = HEADER.exec(line) ?? SHELL_HEADER.exec(line);
    if (h) {
      open(h[1], h[2].trim());
      continue;
    }
    const f = FRAME.exec(line);
    if (f && (f[2].includes('.') || f[2] === 'nofile')) {
      const frame: RawFrame = { ...callOf(f[4]), file: f[2] };
      if (f[3]) frame.line = Number(f[3]);
      if (f[1] && LIBRARY_APPS.has(f[1])) frame.library = true;
      push(frame);
      continue;
    }
    const s = SHELL_FRAME.exec(line);
    if (s) {
      const frame: RawFrame = { module: unquote(s[1]), function: unquote(s[2]) };
      // The file and line come together; `in function  binary_to_term/1` without them: a built-in.
      if (s[3]) {
        frame.file = s[3];
        frame.line = Number(s[4]);
      } else frame.native = true;
      push(frame);
      continue;
    }
    // A built-in function has no source: `:erlang.div(1, 0)`, `(crypto 5.1) :crypto.hmac(…)`.
    const bif = current && current.frames.length < 200 ? BIF.exec(line) : null;
    if (bif && current) {
      current.frames.push({ ...callOf(bif[1]), native: true });
      continue;
    }
    // The report's fields after the reason are the process's data (otp-stop-report.ts).
    if (current && isOtpReportField(line)) fields = true;
    // More lines of a message, until the frames start.
    if (current && current.frames.length === 0 && line.trim() && !fields) current.message += `\n${line.trim()}`;
  }
  if (!exceptions.some((e) => e.frames.length > 0)) {
    const frames = termFrames(text);
    if (frames.length) {
      // The reason is the term's first element: `{function_clause,[…]}`, `{{badmatch,…},[…]}`.
      const reason = /\{\s*\{?\s*(:?[a-z][\w@]{0,100})/.exec(text)?.[1]?.replace(/^:/, '') ?? 'error';
      return { runtime: 'erlang', exceptions: [{ type: reason, message: '', frames }] };
    }
  }
  // A stopped process with no frames: named by its registered name with its reason (otp-stop-report.ts).
  if (exceptions.length === 1 && !exceptions[0].frames.length && looksLikeOtpStopReport(text)) {
    const name = stoppedProcessName(text);
    if (name) exceptions[0].message = `${exceptions[0].message} (${name})`;
  }
  return { runtime: 'erlang', exceptions };
}

export const erlangProfile: RuntimeProfile<'erlang'> = {
  name: 'erlang',
  hints: ['erlang', 'elixir', 'beam'],
  looksLike: looksLikeErlang,
  // A logger's `lib/x.ex:217:in \`Mod.fun/1'` also reads as a Ruby frame.
  detectBefore: ['ruby'],
  parse: parseErlang,
  // An Elixir module is the atom `Elixir.<Name>` (Elixir's Module docs): the OpenTelemetry
  // Erlang/Elixir SDK's record_exception writes the exception struct's module as that atom's
  // text (`Elixir.FunctionClauseError`) where Exception.format/3 and Logger print the module as
  // Elixir writes it (`** (FunctionClauseError)`), so one exception recorded on a span and logged
  // by Phoenix was two types, two signatures (incidents round 40). Read by Elixir's name.
  canonicalType: (type) => (type.startsWith('Elixir.') && type.length > 7 ? type.slice(7) : type),
  naming: {
    rules: [
      [/\.-(\w{1,200})\/\d{1,3}-.{0,300}$/, '.$1'], // compiler-generated funs: `Enum.-map/2-lists^map/1-0-`, `erl_eval.-reset_anno/0-fun-0-`
    ],
  },
  library: {
    pooledPaths: { patterns: [/(?:^|\/)deps\/[^/]{1,100}\/(?:lib|src)\//], needles: ['deps/'] },
    // Erlang/OTP's modules (`:gen_server` in Elixir's rendering, `gen_server` in Erlang's) and
    // Elixir's and its common libraries' own, where no application is printed.
    modules:
      /^(?::|(?:gen_server2?|gen_fsm|gen_statem|gen_event|p1_fsm|p1_server|proc_lib|supervisor2?|application_master|erl_eval|erl_anno|erl_parse|shell|lists|maps|ets|dets|erlang|timer|io|io_lib|file|logger\w{0,20}|inet\w{0,20}|ssl\w{0,20}|gen_tcp|gen_udp|cowboy\w{0,30}|ranch\w{0,30}|cowlib\w{0,30})$|(?:Enum|Kernel|String|Map|MapSet|Keyword|List|Stream|Access|Integer|Float|IO|File|Path|Code|Module|Protocol|Enumerable|GenServer|Task|Agent|Process|Registry|Supervisor|DynamicSupervisor|Phoenix|Plug|Ecto|DBConnection|Postgrex|Jason|Oban|Broadway|Absinthe|Finch|Mint|Tesla)(?:\.|$))/,
  },
  stdlib: {
    modules:
      /^(?::|(?:proc_lib|erl_eval|erl_anno|lists|maps|ets|erlang|timer|io_lib|file|gen_server|gen_statem|gen_fsm)$|(?:Enum|Kernel|String|Map|MapSet|Keyword|List|Stream|Access|Integer|Float|IO|File|Path|Enumerable)(?:\.|$))/,
  },
};
