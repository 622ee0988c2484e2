// A crash dialog's report that prints the exception as labelled fields, one to a line, instead of
// `Exception.ToString()`: Greenshot's error report (its version, runtime, time, OS and GDI/User
// object counts, then `Exception: System.ArgumentException`, `Message: Parameter is not valid.`,
// a blank line, `Stack:` and the frames; greenshot/greenshot#1312, #1246, #1267, #607,
// threads-42), and the many applications that log `ex.GetType()` and `ex.Message` under labels of
// their own. Read as `Type: message`, the `Exception:` line was a label with the type for its
// message and the report's first line the header (`Software version: 1.3.315 - …`): the type was
// that line, the message was lost, and one failure was a signature per release (the version is
// in that line), while two reports that left the header out or put a heading above it were others.
// The fields are read as the one line `Exception.ToString()` begins with, `<type>: <message>`; the
// label of the frames is dropped.

/** The type field: the label, then a type's name alone, as `Type.FullName` prints it (namespaced, or named `…Exception`). */
const TYPE_FIELD = /^\s*Exception(?: ?[Tt]ype)?:\s+([A-Za-z_][\w`+]{0,200}(?:\.[\w`+]{1,200}){1,30}|[A-Za-z_][\w`+]{0,200}Exception)\s*$/;
/** The message field on the line after it. */
const MESSAGE_FIELD = /^\s*Message:\s?(.*)$/;
/** The label before the frames (`Stack:`, `StackTrace:`, `Stack Trace:`), alone on its line. */
const STACK_LABEL = /^\s*Stack ?[Tt]race:\s*$|^\s*Stack:\s*$/;

/**
 * The lines of a report whose exception is printed as labelled fields, the type and message
 * fields read as `<type>: <message>` and the frames' label dropped; any other text as it is.
 * Only a type field directly followed by a message field is read so: a label with a type and no
 * message field after it (`Exception: System.Exception` over ToString()'s own header) is left to
 * the parser.
 */
export function labelledFieldsAsToString(lines: string[]): string[] {
  const at = lines.findIndex((l, i) => TYPE_FIELD.test(l) && MESSAGE_FIELD.test(lines[i + 1] ?? ''));
  if (at < 0) return lines;
  const type = TYPE_FIELD.exec(lines[at])![1];
  const message = MESSAGE_FIELD.exec(lines[at + 1])![1].trim();
  const rest = lines.slice(at + 2);
  const label = rest.findIndex((l) => l.trim() !== '');
  const frames = label >= 0 && STACK_LABEL.test(rest[label]) ? rest.slice(label + 1) : rest;
  return [...lines.slice(0, at), message ? `${type}: ${message}` : type, ...frames];
}
