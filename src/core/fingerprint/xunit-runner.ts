// xUnit.net's test runners (the console runner, `dotnet test` with its VSTest adapter) print a
// failed test's stack one frame a line as `<file>(<line>,<column>): at <method>(<params>)`, the
// location first in the form editors and build tools read as a source position:
//   MyTests.MyTestClass.Test1 [FAIL]
//     Assert.Throws() Failure
//     Stack Trace:
//       C:\src\MyTests\MyTestClass.cs(14,0): at MyTests.MyTestClass.DoSomething()
// Read as no frame, xunit/xunit#2351's two outcomes of one assertion (the exception thrown by
// DoSomething, none thrown at all in Test1) were one signature, known by the message's first
// line alone (threads-16).

/** One row: a file, its line and column in parentheses, `: at `, then a namespaced method and its parameters. */
const ROW = /^\s{0,40}(\S.{0,500}?)\((\d{1,7}),\d{1,5}\): at ([A-Za-z_][\w`+<>|$]{0,200}(?:\.[\w`+<>|$]{1,200}){1,40}(?:\[[\w,`]{1,200}\])?)\(([^()\n]{0,400})\)\s*$/;

/** Whether a trace holds xUnit's runner rows (one is enough: no other printer writes `(n,n): at `). */
export function looksLikeXunitRunner(text: string): boolean {
  if (!text.includes('): at ')) return false;
  for (const line of text.split('\n')) if (line.includes('): at ') && ROW.test(line)) return true;
  return false;
}

/** An xUnit runner row as Exception.ToString() prints the frame (`   at M(params) in file:line N`); any other line as it is. */
export function xunitRowAsToString(line: string): string {
  if (!line.includes('): at ')) return line;
  const r = ROW.exec(line);
  if (!r) return line;
  return `   at ${r[3]}(${r[4]}) in ${r[1]}:line ${r[2]}`;
}
