// A .NET trace's first line is read as `Type: message` (Exception.ToString()). Pasted traces often
// open with a line that is not: an exception's message alone, its type left out
// (StackExchange.Redis's `Timeout performing SET (10000ms), next: UNWATCH, inst: 0, qu: 0, …`,
// StackExchange/StackExchange.Redis#2777, threads-34), a record a logger laid out with the type
// inside it (NLog's `${longdate} | ${logger} | ${message} | ${exception:format=message,type,method}`
// gives `2019-12-12 12:14:29.2455 | LoggingHandleErrorAttribute | … | Transaction (Process ID 55)
// was deadlocked … System.Data.SqlClient.SqlException Void OnError(…)`, ServiceStack/Issues#699,
// threads-21), a debugger's watch copied with its brace (`{System.DllNotFoundException: __Internal`,
// marcojak/MauiMTAdmob#67, threads-28), or the runtime's own lines before the exception (Mono's
// `Thread started:  #9`). Taken whole as the exception's type, that line's every number, time and
// counter was part of the type, which the fingerprint keeps as it is: each occurrence of one
// failure — another time, another queue length, another thread — was its own signature. A line
// of words is no type name, so it is read as a message, which the fingerprint templates (its
// values masked), under the type the line names when it names one.

import { withoutGluedFrame } from './dotnet-culture.js';

/** A namespaced type named `…Exception`/`…Error`, standing as a word of the line (not a method's name). */
const NAMED_TYPE = /(?<![\w.`])((?:[A-Za-z_][\w`]{0,200}\.){1,30}[A-Za-z_][\w`]{0,200}(?:Exception|Error))(?![\w.`(])(:?)/;

/** A label with nothing after it (`Stack trace:`, `First Chance Exception:`): a few words and a colon. */
const BARE_LABEL = /^[\p{L}][\p{L} ]{0,40}:$/u;

/**
 * The type and message of a header line that is not `Type: message`, once a frame glued to its
 * end is cut off: the first namespaced exception type the line names as a word, and the text
 * after its colon (when a colon follows it) or else the text before it; a bare label, no type and
 * no message; otherwise no type and the whole line as the message. Undefined for a single word,
 * which stays the type as it was read.
 */
export function untypedHeader(line: string): { type: string; message: string } | undefined {
  const text = withoutGluedFrame(line.trim());
  if (!/\s/.test(text)) return undefined;
  const named = NAMED_TYPE.exec(text);
  if (named) {
    const after = text.slice(named.index + named[0].length).trim();
    return { type: named[1], message: named[2] ? after : text.slice(0, named.index).trim() };
  }
  return BARE_LABEL.test(text) ? { type: '', message: '' } : { type: '', message: text };
}
