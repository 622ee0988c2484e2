// ASP.NET's health-monitoring error event (System.Web's WebBaseErrorEvent, which IIS writes to
// the Windows Application log as event 1309 and users copy from the Event Viewer) names the
// exception in an `Exception information:` block, the type and message on labelled lines:
//   Exception information:
//       Exception type: NullReferenceException
//       Exception message: Object reference not set to an instance of an object.
// then, after the request's and thread's blocks, `Stack trace:` with the frames (the first on
// that line). Hangfire 1.6.18's dashboard regression was pasted so (HangfireIO/Hangfire#1164,
// threads-33): read as it was, `Exception information:` was the exception's type and the
// message was lost.
// The block is read as the header `<type>: <message>` and the frames that follow it, the event's
// other lines dropped; only where `Exception information:` is followed by both labelled lines.

const INFORMATION = /^\s*Exception information:\s*$/;
const TYPE = /^\s*Exception type: ([A-Za-z_][\w`+.]{0,400})\s*$/;
const MESSAGE = /^\s*Exception message: (.*?)\s*$/;
const STACK_TRACE = /^\s*Stack trace:\s*(.*)$/;
const FRAME = /^\s*at \S/;
/** Lines of the request's and thread's blocks looked through for the frames. */
const MAX_BETWEEN = 60;

/** The lines with the event's exception block read as Exception.ToString()'s header and frames (see above); the lines as they are otherwise. */
export function healthEventAsToString(lines: string[]): string[] {
  const at = lines.findIndex((l) => INFORMATION.test(l));
  if (at < 0) return lines;
  const type = TYPE.exec(lines[at + 1] ?? '');
  const message = MESSAGE.exec(lines[at + 2] ?? '');
  if (!type || !message) return lines;
  const out = [...lines.slice(0, at), `${type[1]}: ${message[1]}`];
  const rest = lines.slice(at + 3);
  const first = rest.findIndex((l, i) => i < MAX_BETWEEN && (FRAME.test(l) || STACK_TRACE.test(l)));
  if (first < 0) return [...out, ...rest];
  const stack = STACK_TRACE.exec(rest[first]);
  return stack ? [...out, ...(stack[1].trim() ? [`   ${stack[1].trim()}`] : []), ...rest.slice(first + 1)] : [...out, ...rest.slice(first)];
}
