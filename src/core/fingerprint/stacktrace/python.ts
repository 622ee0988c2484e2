// Python: traceback.format_exception() output, with chained tracebacks.
// https://docs.python.org/3/library/traceback.html — frames are printed oldest call first, so
// they are reversed here (crash site first). A chain prints the root cause first, then
//   "The above exception was the direct cause of the following exception:"   (raise … from)
//   "During handling of the above exception, another exception occurred:"   (implicit context)
// and the exception that was reported last.
import { hasNumberedRubyFrame } from '../ruby-numbered-backtrace.js';
import { fileFrameKey } from '../normalize.js';
import { isFlattenedTraceback, unflattenTraceback } from '../python-flattened-traceback.js';
import { SCRIPT_LOCATION } from './javascript.js';
import { RUBY_SOURCE_FILE } from './ruby.js';
import { looksLikeRollbarElixir } from '../rollbar-elixir-frame.js';
import type { NameRule, RuntimeProfile } from './profile.js';
import { traceLines, type ParsedException, type ParsedTrace, type RawFrame } from '../types.js';

// loguru (`backtrace=True`, its default) marks the frame that caught the exception with `>` in
// place of the indent: `> File "/app/a.py", line 11, in func`; often it is the innermost frame.
// A traceback pasted outside a Markdown code block loses `<module>`, which the renderer takes for
// an HTML tag (`File "main.py", line 95, in`), and every line's indentation (below).
const FILE = /^(?:> |\s{0,8})File "([^"]{1,500})", line (\d{1,7})(?:, in(?: (.{1,300}))?)?$/;
const CAUSE = 'The above exception was the direct cause of the following exception:';
const CONTEXT = 'During handling of the above exception, another exception occurred:';
// `module.Type: message` or a bare `Type` at column 0.
const EXC = /^([A-Za-z_][\w.]{0,200})(?::\s?(.*))?$/;

export function looksLikePython(text: string): boolean {
  // `includes` first: a substring search is far cheaper than a multiline regex over 4 KB.
  // Without the colon: rich prints the words in its box's top border.
  // Ruby 2.5–2.7 open their reversed backtrace with the same words (ruby-numbered-backtrace.ts).
  // Rollbar lists an Elixir stack under the same header, in Elixir's order (rollbar-elixir-frame.ts).
  if (text.includes('Traceback (most recent call last)')) return !hasNumberedRubyFrame(text) && !looksLikeRollbarElixir(text);
  const frame = text.includes('File "') ? /^\s{0,8}File "([^"]{1,500})", line \d{1,7}, in /m.exec(text) : null;
  // Without the traceback's header, a Ruby file's or a script's frame is Rollbar's list of a Ruby
  // backtrace or a JavaScript stack, in Python's frame form but the runtime's order (ruby.ts,
  // TRACKER_FRAME; javascript.ts, ROLLBAR_ROW).
  return frame !== null && !RUBY_SOURCE_FILE.test(frame[1]) && !SCRIPT_LOCATION.test(frame[1]) && !looksLikeRollbarElixir(text);
}

// rich's traceback (`RichHandler(rich_tracebacks=True)`, `rich.traceback.install()`), as a console
// or container log holds it: each traceback in a box, a frame as `path:line in function` with its
// source lines (numbered, indent guides `│`) below it after a blank line, then the exception after
// the box, indented like the log record's message:
//   ╭──────── Traceback (most recent call last) ────────╮
//   │ /app/orders.py:6 in load                           │
//   │                                                    │
//   │ ❱  6 │   return orders[i]                          │
//   ╰────────────────────────────────────────────────────╯
//   IndexError: list index out of range
// Where the box is narrower than the frame's line (80 columns, rich's width when its output is
// not a terminal), rich wraps it before or after ` in`, and folds a path longer than the box.
// https://rich.readthedocs.io/en/stable/traceback.html
const RICH_TOP = /^\s{0,60}╭─{1,400} ?Traceback \(most recent call last\) ?─{1,400}╮\s*$/;
const RICH_BOTTOM = /^\s{0,60}╰─{1,800}╯\s*$/;
const RICH_FRAME = /^([^\s│][^│]{0,500}?):(\d{1,7}) in ([^\s│][^│]{0,300}?)$/;
/** Longest frame line put back together from wrapped pieces (RICH_FRAME's own bounds). */
const RICH_HEADER_CHARS = 820;
/** A numbered source line (`❱ 29 │ total([])`, `26 def handle(…):`). */
const RICH_SOURCE = /^(?:❱\s{0,3})?\d{1,7}(?:\s|$)/;

/** rich's boxes read back into format_exception's lines: `File "…", line N, in f`, the rest dropped. */
function unboxRich(lines: string[]): string[] {
  const out: string[] = [];
  let inBox = false;
  // The pieces of a frame's line read so far (it may be wrapped over several lines).
  let header = '';
  const endHeader = () => {
    const frame = header && header.length <= RICH_HEADER_CHARS ? RICH_FRAME.exec(header) : null;
    if (frame) out.push(`  File "${frame[1]}", line ${frame[2]}, in ${frame[3]}`);
    header = '';
  };
  for (const line of lines) {
    if (RICH_TOP.test(line)) {
      endHeader();
      out.push('Traceback (most recent call last):');
      inBox = true;
    } else if (inBox && RICH_BOTTOM.test(line)) {
      endHeader();
      inBox = false;
    } else if (inBox) {
      const content = line.trim().replace(/^│\s?/, '').replace(/\s?│$/, '').trim();
      // A blank line, source lines, a locals panel: none is part of a frame's line.
      if (!content || content.includes('│') || RICH_SOURCE.test(content)) endHeader();
      // Wrapped before or after ` in`, or a long path folded where the box ends; a frame whose
      // source rich could not read is followed by the next frame's line at once.
      else if (!header) header = content;
      else if ((/:\d{1,7}$/.test(header) && content.startsWith('in ')) || /:\d{1,7} in$/.test(header)) header = `${header} ${content}`;
      else if (header.length > RICH_HEADER_CHARS || RICH_FRAME.test(header)) {
        endHeader();
        header = content;
      } else header += content;
    } else out.push(line.trim());
  }
  endHeader();
  return out;
}

// An ExceptionGroup (3.11+: asyncio.TaskGroup, anyio — Starlette and FastAPI middleware) is
// printed in a box, one `|` per level, the group's traceback first and then each of its
// sub-exceptions under a numbered separator:
//   + Exception Group Traceback (most recent call last):
//   |   File "/app/main.py", line 10, in handle
//   | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)
//   +-+---------------- 1 ----------------
//     | Traceback (most recent call last):
//     |   File "/app/main.py", line 4, in charge_card
//     | ValueError: card declined
//     +------------------------------------
const GROUP_HEADER = 'Exception Group Traceback (most recent call last):';
const BOX = /^\s{0,40}(?:\|\s?){1,20}/;
const SUB_SEPARATOR = /^\s{0,40}(?:\|\s?){0,20}\+[-+]{0,40}-{2,} (\d{1,4}|\.\.\.) -{2,}$/;
const BOX_END = /^\s{0,40}(?:\|\s?){0,20}\+-{2,}$/;

/**
 * The lines of a trace with ExceptionGroup boxes taken apart: the group's traceback and, at
 * each level, its first sub-exception's, in printed order (outermost first); later
 * sub-exceptions are left out, as other runtimes' suppressed exceptions are.
 */
function unboxGroups(lines: string[]): string[] {
  const out: string[] = [];
  let skipping = false;
  for (const line of lines) {
    const separator = SUB_SEPARATOR.exec(line);
    if (separator) {
      skipping = separator[1] !== '1';
      continue;
    }
    if (skipping || BOX_END.test(line)) continue;
    const content = line.replace(BOX, '');
    const trimmed = content.trimStart();
    out.push(trimmed.startsWith('+ ') && trimmed.endsWith(GROUP_HEADER) ? 'Traceback (most recent call last):' : content);
  }
  return out;
}

/** Longest source line kept for a frame (a longer one is cut: it is still one line of code). */
const SOURCE_LINE_CHARS = 200;
/** Python 3.11+'s markers under the source line, or loguru's notes on its variables. */
const NOT_CODE = /^[\s~^│└┌├┬┼─]*$|[│└]/;

/** A frame's source line as it names the code: whitespace collapsed; undefined for a marker line. */
function sourceLine(line: string): string | undefined {
  if (NOT_CODE.test(line)) return undefined;
  const code = line.trim().replace(/\s+/g, ' ');
  return code.length > SOURCE_LINE_CHARS ? code.slice(0, SOURCE_LINE_CHARS) : code;
}

export function parsePython(text: string): ParsedTrace {
  const grouped = text.includes(GROUP_HEADER);
  const rich = !grouped && text.includes('╭') && text.includes('Traceback (most recent call last)');
  const read = grouped ? unboxGroups(traceLines(text)) : rich ? unboxRich(traceLines(text)) : traceLines(text);
  // A traceback run onto one line is read as the lines it was printed on (python-flattened-traceback.ts).
  const lines = read.some(isFlattenedTraceback) ? read.flatMap((l) => (isFlattenedTraceback(l) ? unflattenTraceback(l) : [l])) : read;
  // Blocks in printed order: root cause first.
  const blocks: ParsedException[] = [];
  let frames: RawFrame[] = [];
  let inTraceback = false;
  let last: ParsedException | undefined;
  let lastWasFrame = false;
  let sawHeader = false;
  // The last non-blank line outside a traceback, and the exception line it was when the first
  // frame followed it at once (Sentry's text export: exception line first, then the frames).
  let previous: string | undefined;
  let leading: { type: string; message: string } | undefined;
  // The last frame's `File` line was at column 0: the traceback lost its indentation.
  let unindented = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trimEnd();
    if (line === 'Traceback (most recent call last):') {
      inTraceback = true;
      sawHeader = true;
      frames = [];
      last = undefined;
      continue;
    }
    if (line === CAUSE || line === CONTEXT) {
      // Recorded on the earlier (inner) block: after the reversal below it reads "this one is
      // the cause / context of the exception before it".
      if (blocks.length) blocks[blocks.length - 1].relation = line === CAUSE ? 'cause' : 'context';
      continue;
    }
    const f = FILE.exec(line);
    if (f) {
      if (!inTraceback && !sawHeader && !blocks.length && !frames.length && previous !== undefined) {
        const e = EXC.exec(previous);
        if (e) leading = { type: e[1], message: e[2]?.trim() ?? '' };
      }
      inTraceback = true;
      lastWasFrame = frames.length < 200;
      unindented = line.startsWith('File "');
      if (lastWasFrame) frames.push({ file: f[1], line: Number(f[2]), function: f[3] ?? (line.endsWith(', in') ? '<module>' : undefined) });
      continue;
    }
    if (!inTraceback) {
      if (line !== '') previous = line;
      continue;
    }
    if (/^\s/.test(line) || line === '') {
      // The frame's source line is the first indented line under it; then come the markers
      // (`~~~^^^`, 3.11+) and loguru's variable notes (`│ └ 42`), which are not code.
      const frame = frames[frames.length - 1];
      if (frame && frame.code === undefined && line !== '' && lastWasFrame) frame.code = sourceLine(line);
      lastWasFrame = false;
      continue;
    }
    // In a traceback that lost its indentation the source line is at column 0 too: the line
    // under a frame is its code unless it reads as the exception's line and no frame follows it.
    // Before, it was skipped, and the same failure pasted with and without indentation was two
    // signatures (the crash site's source line contributes).
    if (unindented && lastWasFrame) {
      let n = i + 1;
      while (n < lines.length && lines[n].trim() === '') n++;
      const next = lines[n];
      const frame = frames[frames.length - 1];
      if (!EXC.test(line) || (next !== undefined && FILE.test(next.trimEnd()))) {
        if (frame && frame.code === undefined) frame.code = sourceLine(line);
        lastWasFrame = false;
        continue;
      }
    }
    lastWasFrame = false;
    const e = EXC.exec(line);
    if (e && !last) {
      last = { type: e[1], message: e[2]?.trim() ?? '', frames: frames.reverse() };
      blocks.push(last);
      frames = [];
      inTraceback = false;
    }
  }
  // Frames no exception line closed: the reported exception's, its line cut off the paste (a
  // log viewer's copy, a comment quoting 'the same traceback' up to the crash line) or printed
  // above them (Sentry's text export). Dropped, they left the failure to its message, which
  // carries data (`KeyError: 'miele'` and `KeyError: 373362` read alike). The type stays empty
  // unless a leading line gave it: the reported type the span carries names it (exception.ts).
  if (frames.length) blocks.push({ type: leading?.type ?? '', message: leading?.message ?? '', frames: frames.reverse() });
  // Printed root-first; the model wants outermost (reported) first. An exception group is
  // printed outermost first, its sub-exception inside it.
  if (grouped) {
    for (let i = 1; i < blocks.length; i++) blocks[i].relation = 'inner';
    return { runtime: 'python', exceptions: blocks };
  }
  const exceptions = blocks.reverse();
  return { runtime: 'python', exceptions };
}

/**
 * CPython on Windows keeps its standard library in `<install>\\Lib\\` (`Python310\\lib\\asyncio\\…`,
 * a runner's `Python\\3.8.6\\x64\\lib\\…`), not in `lib/python3.x/`: read as the application's,
 * `asyncio`'s or `json`'s own functions became crash sites shared by every caller. (Paths reach
 * the rules with `/` separators.)
 */
const WINDOWS_STDLIB = /\/[Pp]ython(?:\d{2,3}|\/\d[\d.]{0,10}\/x(?:64|86))\/[Ll]ib\//;

const PYTHON_NAMES: readonly NameRule[] = [[/^<(?:listcomp|dictcomp|setcomp|genexpr)>$/, '<comprehension>']];

export const pythonProfile: RuntimeProfile<'python'> = {
  name: 'python',
  hints: ['python', 'cpython'],
  looksLike: looksLikePython,
  parse: parsePython,
  naming: { frameKey: (frame) => fileFrameKey(frame, PYTHON_NAMES) },
  library: {
    pooledPaths: {
      patterns: [
        /(?:^|\/)(?:site|dist)-packages\//, // pip
        /\/lib\/python\d[\d.]*\//, // CPython stdlib (system, pyenv, venv base)
        WINDOWS_STDLIB, // CPython stdlib on Windows
        /^<frozen /, // frozen importlib
      ],
      needles: ['packages/', '/lib/python', 'ython'],
      prefixes: ['<frozen '],
    },
  },
  stdlib: { paths: new RegExp(`\\/lib\\/python\\d[\\d.]*\\/(?!(?:site|dist)-packages\\/)|${WINDOWS_STDLIB.source}(?!site-packages\\/)`) },
  machinery: { helperFiles: true },
};
