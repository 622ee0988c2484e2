// ASP.NET Core's developer exception page, copied as text from the browser: the exception as
// `Type: message` and then one frame a line, the method with its parameters' types and names
// and without the `at ` Exception.ToString() puts before a frame
// (Microsoft.AspNetCore.Diagnostics' DeveloperExceptionPageMiddleware, its Stack tab):
//   InvalidOperationException: Unable to resolve service for type 'MyCore.Model.TestrwContext' while attempting to activate '…'.
//   Microsoft.Extensions.Internal.ActivatorUtilities.GetService(IServiceProvider sp, Type type, Type requiredBy, bool isDefaultParameterRequired)
// Read as no frame, the page's failures were known by their message alone (threads-12: a
// scaffolded controller's missing DbContext, cloudscribe's missing navigation service).

/**
 * A frame as the page prints it: a namespaced method and its parameter list (`Type name`,
 * comma-separated; `Closure ` unnamed), the list read as one run of the characters a list holds
 * (`typed` then checks each parameter). As a repeated `Type name, ` group the list backtracked
 * without end on a frame cut before its `)` (a page pasted mid-frame, threads-19).
 */
const FRAME = /^([A-Za-z_][\w`+<>|$]{0,200}(?:\.[\w`+<>|$]{1,200}){1,40})\(([\w.`<>[\], ?&*]{0,3660})\)$/;
/** A parameter with its type and its name: what no other runtime's frame line holds. */
const TYPED_PARAMETER = /^[\w.`<>[\]?&*]{1,120}(?:\[\])? [\w]{1,60}$/;
/** The page's exception line: a type named …Exception, its message after `: `. */
const EXCEPTION_LINE = /^(?:[A-Za-z_][\w`]{0,100}\.){0,20}[A-Za-z_][\w`]{0,100}Exception: \S/;

function typed(params: string): boolean {
  return params.trim() !== '' && params.split(', ').every((p) => TYPED_PARAMETER.test(p.trim()));
}

/** Whether a text holds the page's exception line with a frame of typed parameters under it. */
export function looksLikeDeveloperPage(text: string): boolean {
  if (!text.includes('Exception: ') || !text.includes('(')) return false;
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!EXCEPTION_LINE.test(lines[i])) continue;
    const f = FRAME.exec(lines[i + 1]);
    if (f && typed(f[2])) return true;
  }
  return false;
}

/**
 * The page's frame lines as Exception.ToString() prints them (`   at M(params)`): the lines right
 * after the exception line that read as frames, the first with typed parameters; any other line
 * as it is.
 */
export function developerPageAsToString(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    if (!EXCEPTION_LINE.test(out[i].trim())) continue;
    let j = i + 1;
    while (j < out.length && out[j].trim() === '') j++;
    const first = FRAME.exec(out[j]?.trim() ?? '');
    if (!first || !typed(first[2])) continue;
    for (; j < out.length && FRAME.test(out[j].trim()); j++) out[j] = `   at ${out[j].trim()}`;
    i = j - 1;
  }
  return out;
}
