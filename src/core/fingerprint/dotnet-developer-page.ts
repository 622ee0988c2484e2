// ASP.NET Core's developer exception page, copied as text from the browser: the exception as
// `Type: message` and then one frame a line, the method with its parameters' types and names
// and without the `at ` Exception.ToString() puts before a frame
// (Microsoft.AspNetCore.Diagnostics' DeveloperExceptionPageMiddleware, its Stack tab):
//   InvalidOperationException: Unable to resolve service for type 'MyCore.Model.TestrwContext' while attempting to activate '…'.
//   Microsoft.Extensions.Internal.ActivatorUtilities.GetService(IServiceProvider sp, Type type, Type requiredBy, bool isDefaultParameterRequired)
// Read as no frame, the page's failures were known by their message alone (threads-12: a
// scaffolded controller's missing DbContext, cloudscribe's missing navigation service). A frame
// with a file is followed by the file's name and its source (dotnet-developer-page-source.ts).
import { isSourceButton, MAX_SOURCE_LINES, withoutPageFile } from './dotnet-developer-page-source.js';

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

/**
 * A line as a page frame, the file the page names after it left out: its callee and parameter
 * list, and whether it is the page's own (typed parameters, or none with a file named after them:
 * a call without parameter names is no frame of the page's).
 */
function pageFrame(line: string): { callee: string; params: string; own: boolean } | undefined {
  const { frame, file } = withoutPageFile(line.trim());
  const f = FRAME.exec(frame);
  return f ? { callee: f[1], params: f[2], own: typed(f[2]) || (file && f[2] === '') } : undefined;
}

/** Whether a text holds the page's exception line with a frame of typed parameters under it. */
export function looksLikeDeveloperPage(text: string): boolean {
  if (!text.includes('Exception: ') || !text.includes('(')) return false;
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!EXCEPTION_LINE.test(lines[i])) continue;
    if (pageFrame(lines[i + 1])?.own) return true;
  }
  return false;
}

/**
 * The page's frame lines as Exception.ToString() prints them (`   at M(params)`): the lines right
 * after the exception line that read as frames, the first the page's own, the file named after a
 * frame left out (its name alone is no path; line numbers never contribute), a nested type's `+`
 * (reflection's name, which the page prints) the `.` ToString() prints, and the source shown
 * under one (its button and up to MAX_SOURCE_LINES lines before the next frame) dropped; any other
 * line as it is.
 */
export function developerPageAsToString(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]);
    if (!EXCEPTION_LINE.test(lines[i].trim())) continue;
    let j = i + 1;
    while (j < lines.length && lines[j].trim() === '') out.push(lines[j++]);
    if (!pageFrame(lines[j] ?? '')?.own) {
      i = j - 1;
      continue;
    }
    for (;;) {
      const f = j < lines.length ? pageFrame(lines[j]) : undefined;
      if (!f) break;
      out.push(`   at ${f.callee.replaceAll('+', '.')}(${f.params})`);
      j++;
      if (j >= lines.length || !isSourceButton(lines[j])) continue;
      let k = j + 1;
      while (k < lines.length && k - j <= MAX_SOURCE_LINES && !pageFrame(lines[k])) k++;
      if (k < lines.length && pageFrame(lines[k])) j = k;
    }
    i = j - 1;
  }
  return out;
}
