// A Python traceback whose line breaks were lost: quoted in a reply or a chat, a log line that
// squeezes whitespace, the whole of format_exception's output on one line, `Traceback (most recent
// call last): File "/usr/src/homeassistant/homeassistant/config_entries.py", line 640, in
// __async_setup_with_context result = await component.async_setup_entry(hass, self) ^^^^^^^ File
// "/config/custom_components/switchbotremote/__init__.py", line 35, in async_setup_entry switchbot
// = SwitchBot(…, host=entry.data["host"]) ~~~~~~~~~~^^^^^^^^ KeyError: 'host'`
// (KiraPC/ha-switchbot-remote#60, threads-54). Read line by line it held no frame, so the message
// keyed it and the same failure pasted as printed was another signature.
// The lines are put back where the traceback's own words mark them: the header, each `File "…",
// line N, in name` (a function's name holds no space), the chain's two sentences, and within the
// text after a frame, the source line up to Python 3.11+'s markers (a run of `~` and `^`), the
// exception's line after the last frame's markers — or, where no markers were printed (before
// 3.11, or a whole-line expression), from the first `Type:` whose name reads as an exception's
// (`…Error:`, `…Exception:`, `…Warning:`, `…Exit:`, `…Interrupt:`, `…Iteration:`).
// https://docs.python.org/3/library/traceback.html; the markers: PEP 657.

const HEADER = 'Traceback (most recent call last):';
const CAUSE = 'The above exception was the direct cause of the following exception:';
const CONTEXT = 'During handling of the above exception, another exception occurred:';
/** The header followed on its own line by a frame: a traceback run onto one line. */
const FLATTENED = /Traceback \(most recent call last\):[ \t]{1,8}File "/;
const FRAME = /File "([^"]{1,500})", line (\d{1,7})(?:, in ([^\s"]{1,300}))?/g;
const MARKERS = /^[~^]{1,400}$/;
const EXCEPTION_TOKEN = /^(?:[A-Za-z_]\w{0,100}\.){0,20}[A-Z]\w{0,100}(?:Error|Exception|Warning|Exit|Interrupt|Iteration):$/;
const MAX_LINE = 20_000;

/** Whether a line holds a traceback run onto one line (its header, then a frame at once). */
export function isFlattenedTraceback(line: string): boolean {
  return line.length <= MAX_LINE && line.includes(HEADER) && FLATTENED.test(line);
}

/** The text after a frame's header, as the lines it was printed on: its source line, and the exception's line when it closes the traceback. */
function frameTail(text: string, last: boolean): string[] {
  const tokens = text.trim().split(/\s+/).filter((t) => t !== '');
  if (!tokens.length) return [];
  // The markers' run: the last one in the text (a run of them under the source line).
  let end = -1;
  for (let i = tokens.length - 1; i > 0; i--) {
    if (MARKERS.test(tokens[i])) {
      end = i;
      break;
    }
  }
  if (end > 0) {
    let start = end;
    while (start > 1 && MARKERS.test(tokens[start - 1])) start--;
    const code = tokens.slice(0, start).join(' ');
    const after = tokens.slice(end + 1).join(' ');
    return last && after ? [`    ${code}`, after] : [`    ${code}`];
  }
  if (last) {
    const at = tokens.findIndex((t, i) => i > 0 && EXCEPTION_TOKEN.test(t));
    if (at > 0) return [`    ${tokens.slice(0, at).join(' ')}`, tokens.slice(at).join(' ')];
  }
  return [`    ${tokens.join(' ')}`];
}

/** One traceback's text after its header: its frames, each with its source line, and its exception's line. */
function tracebackLines(body: string): string[] {
  const out: string[] = [HEADER];
  const frames = [...body.matchAll(FRAME)];
  if (!frames.length) {
    if (body.trim()) out.push(body.trim());
    return out;
  }
  frames.forEach((f, k) => {
    out.push(`  File "${f[1]}", line ${f[2]}${f[3] ? `, in ${f[3]}` : ''}`);
    const from = f.index! + f[0].length;
    const to = k + 1 < frames.length ? frames[k + 1].index! : body.length;
    out.push(...frameTail(body.slice(from, to), k + 1 === frames.length));
  });
  return out;
}

/**
 * The lines a one-line traceback was printed on ({@link isFlattenedTraceback}): what comes
 * before its header stays a line of its own; each traceback of a chain is split at the chain's
 * sentences.
 */
export function unflattenTraceback(line: string): string[] {
  const at = line.indexOf(HEADER);
  const out: string[] = [];
  if (line.slice(0, at).trim()) out.push(line.slice(0, at).trimEnd());
  // Split at every header and chain sentence, keeping which sentence came before each part.
  const parts = line.slice(at).split(/(Traceback \(most recent call last\):|The above exception was the direct cause of the following exception:|During handling of the above exception, another exception occurred:)/);
  for (let i = 1; i < parts.length; i += 2) {
    const mark = parts[i];
    const body = parts[i + 1] ?? '';
    if (mark === CAUSE || mark === CONTEXT) {
      // The exception line before it closed the previous traceback (already read with it).
      out.push('', mark, '');
      if (body.trim()) out.push(body.trim());
      continue;
    }
    out.push(...tracebackLines(body));
  }
  return out;
}
