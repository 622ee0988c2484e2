// Raygun's crash report for a .NET error, copied from its dashboard: one frame a line, the
// method with its parameters, then ` in <file>:<line>` where it has symbols or `:<offset>` where
// it has none, each line after the first behind a space (ServiceInsight's reports,
// Particular/ServiceInsight#566 and #664):
//   ServiceInsight.Shell.ShellView.OnRestoreLayout(ISettingsProvider settingsProvider) in C:\BuildAgent\work\…\Shell.xaml.cs:85
//    Caliburn.Micro.ViewAware.Caliburn.Micro.IViewAware.AttachView(Object view, Object context):58
// Read as no frame, its reports were known by their message alone (threads-12).

/** One row: a namespaced method, its parameters, then its file and line or its offset. */
const ROW = /^\s{0,8}([A-Za-z_][\w`+<>|$]{0,200}(?:\.[\w`+<>|$]{1,200}){1,40}(?:\[[\w,`]{1,200}\])?)\(([^()\n]{0,400})\)(?: in (\S.{0,500}?\.(?:cs|vb|fs)):(\d{1,7})|:(\d{1,7}))\s*$/;

/** Whether a trace holds Raygun's rows: two, or one with its source file. */
export function looksLikeRaygunDotnet(text: string): boolean {
  if (!text.includes(')')) return false;
  let n = 0;
  for (const line of text.split('\n')) {
    const r = line.includes(')') ? ROW.exec(line) : null;
    if (!r) continue;
    if (r[3] !== undefined || ++n >= 2) return true;
  }
  return false;
}

/** A Raygun row as Exception.ToString() prints the frame (`   at M(params) in file:line N`); any other line as it is. */
export function raygunRowAsToString(line: string): string {
  if (!line.includes(')')) return line;
  const r = ROW.exec(line);
  if (!r) return line;
  return r[3] !== undefined ? `   at ${r[1]}(${r[2]}) in ${r[3]}:line ${r[4]}` : `   at ${r[1]}(${r[2]})`;
}
