// An Elixir stack as Rollbar lists it: Python's frame form under Python's traceback header, each
// frame an Elixir call with its arity and OTP application, in Elixir's order (innermost first),
// the exit or exception after the frames:
//   Traceback (most recent call last):
//     File "lib/gen_server.ex", line 826, in GenServer.call/3 (elixir)
//     File "lib/channels/video_debate_channel.ex", line 43, in CF.RestApi.VideoDebateChannel.handle_info/2 (cf_rest_api)
//     File "proc_lib.erl", line 249, in :proc_lib.init_p_do_apply/3 (stdlib)
//   GenServer terminating: exited in: GenServer.call(CF.RestApi.Presence, {:list, "video_debate:4dpw"}, 5000)
//       ** (EXIT) no process: the process is not alive or there's no process currently associated with the given name, …
// Read as Python's, innermost last, every one was keyed by the outermost frame, proc_lib's
// init_p_do_apply, which every Elixir process starts from, and by no exit reason: CaptainFact's
// presence call on a dead Presence process (CaptainFact/captain-fact-api#70 and #110,
// threads-57) would have been one signature with any other crash Rollbar reported of that
// service. The frames are Elixir's (a `Module.fun/arity` call and the application in
// parentheses, as Exception.format_stacktrace_entry/1 prints them:
// https://hexdocs.pm/elixir/Exception.html#format_stacktrace_entry/1) and are read as the BEAM's,
// in the order listed; the `** (Kind) message` line after them is the exception.
import type { ParsedException, RawFrame } from './types.js';

const FRAME = /^\s{0,12}File "([^"\s]{1,500}\.(?:ex|exs|erl))", line (\d{1,7}), in (\S.{0,600}?\/\d{1,3}) \(([a-z_]\w{0,100})\)\s*$/;
const REPORTED = /^\s{0,12}\*\* \(([A-Za-z_:][\w.:]{0,200})\) ?(.*)$/;

/** Whether a trace is Rollbar's list of an Elixir stack (two such frames, or one and its header). */
export function looksLikeRollbarElixir(text: string): boolean {
  if (!text.includes('File "') || !text.includes(', in ')) return false;
  let frames = 0;
  for (const line of text.split('\n', 400)) if (FRAME.test(line) && ++frames >= 2) return true;
  return frames === 1 && text.includes('Traceback (most recent call last)');
}

/** `CF.RestApi.VideoDebateChannel.handle_info/2` → module and function; `:proc_lib.init_p_do_apply/3` too. */
function call(text: string): Pick<RawFrame, 'module' | 'function'> {
  const anonymous = /^anonymous fn\/\d{1,3} in (.+)$/.exec(text);
  const m = /^(.+?)\.([^.\s/]{1,300})\/\d{1,3}$/.exec(anonymous ? anonymous[1] : text);
  if (!m) return { function: text };
  return { module: m[1], function: anonymous ? `${m[2]}.anonymous` : m[2] };
}

/**
 * The exception of a Rollbar list of Elixir frames: the `** (Kind) message` after the frames (an
 * exit's reason after its `exited in:` line), its frames in the order listed; `isLibraryApp`
 * says which OTP applications are libraries.
 */
export function parseRollbarElixir(lines: readonly string[], isLibraryApp: (app: string) => boolean): ParsedException {
  const frames: RawFrame[] = [];
  const after: string[] = [];
  let reported: ParsedException | undefined;
  for (const line of lines) {
    const f = FRAME.exec(line);
    if (f) {
      if (frames.length >= 200) continue;
      const frame: RawFrame = { ...call(f[3]), file: f[1], line: Number(f[2]) };
      if (isLibraryApp(f[4])) frame.library = true;
      frames.push(frame);
      continue;
    }
    if (!frames.length || !line.trim()) continue;
    const r = REPORTED.exec(line);
    if (r && !reported) reported = { type: r[1], message: r[2].trim(), frames };
    else if (!reported) after.push(line.trim());
  }
  return reported ?? { type: 'error', message: after.join('\n'), frames };
}
