// Exception.ToString() writes an inner exception after ` ---> ` on the same line as the
// exception that wraps it (https://learn.microsoft.com/dotnet/api/system.exception.tostring):
// `System.AggregateException: One or more errors occurred. ---> System.IO.IOException: …`. A log
// line or a paste wrapped after the arrow leaves `--->` ending one line and the inner exception
// opening the next (Kestrel 1.1's reset pasted by RehanSaeed, aspnet/KestrelHttpServer#1814,
// threads-22). Read apart, the first line was the whole chain: its inner exceptions were lost,
// the arrow became part of the message, and the frames after `End of inner exception stack
// trace` went to the outer exception.

/** A namespaced .NET exception type and its message's colon: `Ns.Type: `, `Ns.Type (0x80004005): `. */
const INNER_OPENING = /^\s*[A-Za-z_][\w`+]{0,200}(?:\.[\w`+]{1,200}){1,30}(?: \((?:0x[0-9A-Fa-f]{1,8}|-?\d{1,10})\))?: /;

/**
 * The lines with each line that ends in `--->` joined to the next when that one opens an
 * exception (`Ns.Type: message`); an arrow before anything else (a frame, a blank line) stays.
 */
export function joinArrowAtLineEnd(lines: string[]): string[] {
  if (!lines.some((l) => l.trimEnd().endsWith(' --->'))) return lines;
  const out: string[] = [];
  for (const line of lines) {
    const prev = out.length ? out[out.length - 1] : undefined;
    if (prev !== undefined && prev.trimEnd().endsWith(' --->') && INNER_OPENING.test(line)) out[out.length - 1] = `${prev.trimEnd()} ${line.trim()}`;
    else out.push(line);
  }
  return out;
}
