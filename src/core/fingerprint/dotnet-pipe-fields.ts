// A logger layout can write an exception's fields on one line between separators instead of
// its ToString(): NLog's exception layout renderer takes a list of fields and a separator
// (`${exception:format=type,message,method,stacktrace:separator=|}`,
// https://github.com/NLog/NLog/wiki/Exception-Layout-Renderer), which gives
// `EXCEPTION OCCURRED:Ns.SomeException|the message|Void Method()|   at Ns.T.M()` and the rest of
// the stack on the following lines (aspnet/KestrelHttpServer#2995, threads-22). Read as a
// header, that line was all one exception type, its first frame glued to it, and Kestrel 2.0's
// reset logged so was apart from the same reset in Application Insights' call stack.

/** A namespaced type named `…Exception`/`…Error`, as a field ending at a `|`: at the line's start or after `:`/`|`. */
const TYPE_FIELD = /(?:^|[:|] ?)([A-Za-z_][\w`+]{0,200}(?:\.[\w`+]{1,200}){1,30}(?:Exception|Error))\|/;
const FRAME_FIELD = /^\s*at \S/;

/**
 * The line as ToString() would print it — `Ns.Type: message`, then the frame its last fields
 * begin — when its fields hold an exception's type followed by its message; any other line as it is.
 * The fields between the message and the frame (the method that threw, NLog's `method`) go.
 */
export function pipeFieldsAsToString(line: string): string[] {
  if (!line.includes('|') || FRAME_FIELD.test(line)) return [line];
  const m = TYPE_FIELD.exec(line);
  if (!m) return [line];
  const fields = line.slice(m.index + m[0].length).split('|');
  const frameAt = fields.findIndex((f, i) => i > 0 && FRAME_FIELD.test(f));
  const header = `${m[1]}: ${fields[0].trim()}`;
  return frameAt > 0 ? [header, fields.slice(frameAt).join('|')] : [header];
}
