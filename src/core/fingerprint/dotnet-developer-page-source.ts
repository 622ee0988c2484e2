// ASP.NET Core's developer exception page names the file of a frame that has one after its method
// and shows that frame's source under it (Microsoft.AspNetCore.Diagnostics' ErrorPage.cshtml):
// the summary above the tabs reads `Method() in File.cshtml, line 44`, the Stack tab
// `Method() in File.cshtml`, then the `+` button that expands the source, then the failing line of
// code (and the lines around it, where expanded), then the next frame:
//   Covenant.Views.Listener.Views_Listener__CreateBridgeListener+<>c__DisplayClass20_0+<<ExecuteAsync>b__2>d.MoveNext() in _CreateBridgeListener.cshtml
//   +
//               <input asp-for="ConnectAddresses[0]" value="@Model.ConnectAddresses[0]" class="form-control address">
//   Microsoft.AspNetCore.Razor.Runtime.TagHelpers.TagHelperExecutionContext.GetChildContentAsync(bool useCachedResult, HtmlEncoder encoder)
// Read without these, the page's first frame (a method without parameters, the file after it)
// was no frame, and a Razor view's failure copied from the page was known by the page's heading
// alone, apart from the same failure in the console's record (threads-51: Covenant#169 and #130).

/** A file the page names after a frame: a name with an extension, and the summary's `, line N`. */
const FILE_SUFFIX = / in [^\s,]{1,300}\.[A-Za-z]{1,10}(?:, line \d{1,7})?$/;

/** The frame without the file the page names after it, and whether it named one. */
export function withoutPageFile(line: string): { frame: string; file: boolean } {
  const m = FILE_SUFFIX.exec(line);
  return m ? { frame: line.slice(0, m.index), file: true } : { frame: line, file: false };
}

/** The page's button that shows or hides a frame's source: the line is `+` or `-` alone. */
export const isSourceButton = (line: string): boolean => /^[+-]$/.test(line.trim());

/** How many lines of source the page may show under one frame (its context is six each side). */
export const MAX_SOURCE_LINES = 16;
