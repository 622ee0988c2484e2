// A debugger's notice of a .NET exception pasted above its frames, in place of the header
// Exception.ToString() prints:
//   - VS Code's C# debugger (vsdbg) titles its exception widget `Exception has occurred:
//     CLR/<type>` (the runtime's kind, CLR, before the type's full name), and under it
//   - Visual Studio's and vsdbg's first-chance notice, `Exception thrown: '<type>' in <assembly>:
//     '<message>'` (as the Output window prints it; the message part only when it has one).
// AutoGen's Orleans grain reading its state off the scheduler was pasted so (dotnet/orleans#9354,
// threads-33): read as it was, the title was the exception's type (`Exception has occurred:
// CLR/System.InvalidOperationException`) and the message was lost, so the same exception quoted
// by the debugger and logged by the application could never be one signature.
// The notice is read as the header `<type>: <message>`, only where it opens the text: the title,
// the notice, or both, and a frame (`at …`) right under them; a notice among other lines of the
// Output window (one for every first-chance exception, handled or not) is left as it is.

const TITLE = /^Exception has occurred: CLR\/([A-Za-z_][\w`+.]{0,400})$/;
const THROWN = /^Exception thrown: '([A-Za-z_][\w`+.]{0,400})' in [^\s:']{1,300}(?:: '([\s\S]*)')?$/;
const FRAME = /^at \S/;

/** The lines with a debugger's notice that opens them read as the exception's header (see above); the lines as they are otherwise. */
export function debuggerNoticeAsToString(lines: string[]): string[] {
  const at = lines.findIndex((l) => l.trim() !== '');
  if (at < 0) return lines;
  const title = TITLE.exec(lines[at].trim());
  const noticeAt = title ? at + 1 : at;
  const thrown = THROWN.exec((lines[noticeAt] ?? '').trim());
  if (!title && !thrown) return lines;
  // The notice names the same exception the title does, or it is another's and not this one's.
  if (title && thrown && thrown[1] !== title[1]) return lines;
  const next = thrown ? noticeAt + 1 : noticeAt;
  if (!FRAME.test((lines[next] ?? '').trim())) return lines;
  const type = title?.[1] ?? thrown![1];
  const message = thrown?.[2];
  return [...lines.slice(0, at), message !== undefined ? `${type}: ${message}` : type, ...lines.slice(next)];
}
