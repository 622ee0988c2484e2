// Visual Studio's Exception Helper, "Copy Details": the exception's type alone on its line, then
// its properties indented as `Name=value` (HResult, Message, Source, InnerException) and
// `StackTrace:` before the frames, as users paste a debugger break into an issue
// (marcojak/MauiMTAdmob#42, dotnet/maui-samples#291; threads-28):
//   Microsoft.Maui.Platform.HandlerNotFoundException
//     Message=Handler not found for view Plugin.MauiMTAdmob.Controls.MTAdView.
//     Source=Microsoft.Maui
//     StackTrace:
//      at Microsoft.Maui.Platform.ElementExtensions.ToHandler(IElement view, IMauiContext context) in …
// Read as `Exception.ToString()`, the message was lost (the property lines are no header), and
// two views MAUI has no handler for — an ad plugin's and the Maps control — were told apart by
// nothing but the view's name in that lost message.

/** The property line that says this text is the helper's details: `  Message=…`. */
const MESSAGE = /^\s+Message=(.*)$/;
/** The helper's other properties, and the line before the frames. */
const PROPERTY = /^\s+(?:HResult|Source|TargetSite|InnerException|StackTrace)(?:=|:\s*$)/;
/**
 * The type line: a qualified name alone, as the helper prints it, or followed by how the debugger
 * stopped, as Visual Studio's Exception Assistant before 2017 wrote it (`System.NullReferenceException
 * was unhandled by user code`, `… was unhandled`; StackExchange/StackExchange.Redis#424,
 * threads-36). Read with those words, the type was the whole line and the message was lost, and
 * the same break copied from an older and a newer Visual Studio were two signatures.
 */
const TYPE_ALONE = /^\s*([A-Za-z_][\w`+]{0,200}(?:\.[\w`+]{1,200}){1,30})(?: was unhandled(?: by user code)?)?\s*$/;

/**
 * The lines of the helper's details as `Exception.ToString()` prints them: `<type>: <message>`
 * then the frames, the other properties dropped. Lines of any other text as they are.
 */
export function exceptionDetailsAsToString(lines: string[]): string[] {
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0 || !TYPE_ALONE.test(lines[first])) return lines;
  const props = lines.slice(first + 1).findIndex((l) => !MESSAGE.test(l) && !PROPERTY.test(l));
  const block = lines.slice(first + 1, props < 0 ? lines.length : first + 1 + props);
  const message = block.map((l) => MESSAGE.exec(l)).find((m) => m);
  if (!message || !block.some((l) => /^\s+StackTrace:\s*$/.test(l))) return lines;
  return [...lines.slice(0, first), `${TYPE_ALONE.exec(lines[first])![1]}: ${message[1].trim()}`, ...lines.slice(first + 1 + block.length)];
}
