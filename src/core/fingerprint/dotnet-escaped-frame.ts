// A trace shown by a web log viewer and copied from it can keep the HTML character references
// the page escaped: `MessageBody.&lt;ReadAsync&gt;d__22.MoveNext()`, `GetResult(ReadResult&amp;
// result)` (aspnet/KestrelHttpServer#2995, threads-22). .NET's compiler-generated names hold
// `<` and `>` (async methods, lambdas) and a by-reference parameter `&`; escaped, the async
// method's name was not read (`<ReadAsync>d__22` names ReadAsync), so the frame was another
// frame than the same one printed plainly. A frame line never holds a character reference of
// its own, so in a frame line (`at …`) `&lt;`, `&gt;` and `&amp;` are read as their characters.

const FRAME_LINE = /^\s*at \S/;
const REFERENCE = /&(?:lt|gt|amp);/g;
const CHARACTER: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/** The frame line with HTML's `&lt;`, `&gt;` and `&amp;` read as `<`, `>` and `&`; any other line as it is. */
export function unescapedFrameLine(line: string): string {
  if (!line.includes('&') || !FRAME_LINE.test(line)) return line;
  return line.replace(REFERENCE, (r) => CHARACTER[r] ?? r);
}
