// Bugsnag's issue-tracker integration writes the frames of a .NET error under `## Stacktrace`
// one a line, `<file>:<line> - <Ns.Type.Method>(<parameters>)`, as it writes PHP's and Ruby's
// (stacktrace/php.ts, stacktrace/ruby.ts); a method without symbols has no file (`:0 - `):
//   /src/InkyCal.Utils/CalendarPanelRenderer.cs:407 - InkyCal.Utils.CalendarPanelRenderer+<>c.<DescribeCalender>b__14_0(Event x)
//   :0 - Ical.Net.Evaluation.RecurringEvaluator+<>c__DisplayClass10_0.<FindDateOverlaps>b__2(Period p)
// Read as no frame, every NullReferenceException Bugsnag filed for one application was one
// signature, known by the message alone (InkyCal's renderer lambda and Ical.Net's, threads-12).
// Its placeholder row `unknown file:0 - unknown method` names no frame and is left as it is.

/** One row: a C#, Visual Basic or F# file or none, its line, ` - `, a namespaced callee and its parameters. */
const ROW = /^\s*((?:\S{0,599}\.(?:cs|vb|fs))?):(\d{1,7}) - ([A-Za-z_][\w`+<>|$]{0,200}(?:\.[\w`+<>|$]{1,200}){2,40})\(([^()\n]{0,400})\)\s*$/;

/** Whether a trace holds Bugsnag's .NET rows. */
export function looksLikeBugsnagDotnet(text: string): boolean {
  if (!text.includes(' - ')) return false;
  return text.split('\n').some((l) => l.includes(' - ') && ROW.test(l));
}

/** A Bugsnag row as Exception.ToString() prints the frame (`   at M(args) in file:line N`); any other line as it is. */
export function bugsnagRowAsToString(line: string): string {
  if (!line.includes(' - ')) return line;
  const r = ROW.exec(line);
  if (!r) return line;
  return r[1] ? `   at ${r[3]}(${r[4]}) in ${r[1]}:line ${r[2]}` : `   at ${r[3]}(${r[4]})`;
}
