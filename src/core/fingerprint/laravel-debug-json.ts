// The exception Laravel's handler renders as JSON for a request that expects JSON, with APP_DEBUG
// on (Illuminate\Foundation\Exceptions\Handler::convertExceptionToArray): `message`, `exception`
// (the class), `file` and `line` (where it was thrown), and `trace`, PHP's getTrace() without the
// arguments, one object a call: `file`, `line`, `function`, `class`, `type` (`->` or `::`), the
// first two missing for a call PHP made itself. A single-page app shows it as it came
// (invoiceninja/invoiceninja#4177, threads-43: `500: Error: { "message": "Call to a member
// function each() on null", "exception": "Error", "file": ".../app/Utils/Statics.php", "line":
// 78, "trace": [ { "file": …, "line": 343, "function": "company", "class": "App\\Utils\\Statics",
// "type": "::" }, … ] }`). Read as it was, it was no trace: its type the text's first word and its
// message a brace, one signature with every such response. It is written as PHP prints an
// uncaught exception (`Error: <message> in <file>:<line>`, then `#N <file>(<line>): <class><type>
// <function>()`, `[internal function]` for a call without a file), which stacktrace/php.ts reads.
//
// Read line by line rather than parsed: a paste is often cut inside the list (that copy ends
// inside its fifth call), and the calls before the cut still say where. Only a text with the four
// fields the handler writes first — a quoted `message`, a quoted `exception` class name, a quoted
// `file` and a numeric `line` — before a `"trace": [`; an API's error body (`{"message":
// "Unauthenticated."}`), an object with a message and a trace but no class, or one whose class is
// not a PHP class name is left as it is.

const FIELD = (name: string) => new RegExp(String.raw`"${name}"\s*:\s*("(?:[^"\\\n]|\\.){0,2000}")`);
const LINE = /"line"\s*:\s*(\d{1,7})/;
const TRACE_OPENS = /"trace"\s*:\s*\[/;
/**
 * A PHP class name, its namespaces separated by `\` (`App\Utils\Statics` once the JSON string
 * is decoded); php-json-log-record.ts reads its records' with it too.
 */
export const PHP_CLASS_NAME = /^\\?[A-Za-z_]\w{0,200}(?:\\[A-Za-z_]\w{0,200}){0,30}$/;

const stringOf = (quoted: string | undefined): string | undefined => {
  if (quoted === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(quoted);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
};

/** One call of the list, from its text between braces; undefined without a function. */
function callLine(entry: string, index: number): string | undefined {
  const fn = stringOf(FIELD('function').exec(entry)?.[1]);
  if (!fn) return undefined;
  const cls = stringOf(FIELD('class').exec(entry)?.[1]) ?? '';
  const type = stringOf(FIELD('type').exec(entry)?.[1]) ?? '';
  const file = stringOf(FIELD('file').exec(entry)?.[1]);
  const line = LINE.exec(entry)?.[1];
  const where = file && line ? `${file}(${line})` : '[internal function]';
  return `#${index} ${where}: ${cls}${cls ? type : ''}${fn}()`;
}

/** The rendered exception written as PHP prints an uncaught one; the text as it is when it holds none. */
export function withLaravelDebugJsonAsTrace(text: string): string {
  if (!text.includes('"exception"') || !text.includes('"trace"')) return text;
  const opens = TRACE_OPENS.exec(text);
  if (!opens) return text;
  const head = text.slice(0, opens.index);
  const message = stringOf(FIELD('message').exec(head)?.[1]);
  const type = stringOf(FIELD('exception').exec(head)?.[1]);
  const file = stringOf(FIELD('file').exec(head)?.[1]);
  const line = LINE.exec(head)?.[1];
  if (message === undefined || !type || !PHP_CLASS_NAME.test(type) || !file || !line) return text;
  const calls: string[] = [];
  for (const entry of text.slice(opens.index + opens[0].length).split('}')) {
    if (calls.length >= 200) break;
    const call = callLine(entry, calls.length);
    if (call) calls.push(call);
  }
  return `${type.replace(/^\\/, '')}: ${message.split('\n', 1)[0]} in ${file}:${line}\nStack trace:\n${calls.join('\n')}`;
}
