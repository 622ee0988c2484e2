// A crash reporter's label over the exception it prints: Flow Launcher's report (its version, OS,
// runtime paths and date, then `Exception:` on a line of its own, then ToString()'s text), and the
// many applications that write `Exception:` or `Error:` before `ex.ToString()`. The label reads as
// a header of the form `Type: message` — a type named `…Exception`, no message — so the parser
// took it for the exception's: every report became a System.Exception with no message, and one
// failure reported by a later release, whose report left the label out or read it otherwise, was
// another signature (Flow Launcher's History.Add null, threads-41). Exception.ToString() prints the
// type's full name (https://learn.microsoft.com/dotnet/api/system.exception.tostring), namespaced
// but for a type declared in no namespace, and a header with no message is rarer still: only a
// bare word with nothing after its colon is a label, and only while a header follows it.

/** A label's one word (a header's type has no spaces), with nothing after the colon: `Exception:`, `Error:`. */
const LABEL = /^(?:Exception|Error|UnhandledException|ExceptionDetails?|StackTrace)$/i;

/** Whether a line read as `Type: message` is a report's label: a bare word of the kind, no message. */
export function isReportLabel(type: string, message: string | undefined): boolean {
  return (message ?? '').trim() === '' && LABEL.test(type.trim());
}
