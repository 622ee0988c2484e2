// ASP.NET's (System.Web, .NET Framework) error page — the "Yellow Screen of Death" — copied as
// text: `Server Error in '/' Application.`, the message, `Exception Details: Ns.Type: message`,
// then under `Stack Trace:` each exception of the chain as a block, innermost first: its
// `[Type: message]` line (the type unqualified, an HRESULT kept: `[NpgsqlException
// (0x80004005): …]`) and its frames one a line without `at `, each ending in the IL offset
// (`   Ns.T.M(Object sender, EventArgs e) +69`) or, with symbols, its file
// (`   Ns.T.M() in c:\src\T.cs:13`). Read as no trace, the page was known by its first line, and
// every failure of one site was one signature (threads-17: Everest's NullReferenceException in
// a report page and its NpgsqlException for a missing view).
// The page is rewritten as Exception.ToString() prints the same chain: the outermost header
// with ` ---> ` before each inner one, the innermost frames first, each outer block's frames
// after `--- End of inner exception stack trace ---`.
// The stack section is often copied alone, without the page's headings (threads-33: Hangfire
// 1.6.17's FailedJobsPage.Execute as `[NullReferenceException: …]` over `+offset` frames,
// HangfireIO/Hangfire#1165, read as no trace and split from the same failure logged by Serilog).
// Without `Stack Trace:` the text is read as the section only when it opens with a block line
// whose type is named `…Exception` and a frame follows it: a bracketed log line (`[Error: …]`,
// `[Warning: …]`) over a line that looks like a call is not one.

const SERVER_ERROR = /^Server Error in '[^'\n]{0,200}' Application\.?$/;
const STACK_TRACE = /^Stack Trace:$/;
/** A block's exception line: `[Type: message]`, `[Type (0x80004005): message]`. */
const BLOCK = /^\[([A-Za-z_][\w`]{0,200})((?: \(0x[0-9A-Fa-f]{8}\))?): ([\s\S]{0,4000})\]$/;
/** A block's exception line whose message goes on over the next lines (`[SqlException (0x80131904): …` then `…discarded.]`). */
const BLOCK_OPEN = /^\[[A-Za-z_][\w`]{0,200}(?: \(0x[0-9A-Fa-f]{8}\))?: /;
/** A frame: the method and its parameters, then the IL offset or the source file and line. */
const FRAME = /^([^\s()][^()]{0,400}\([^()]{0,600}\)) (?:\+(\d{1,7})|in (\S.{0,400}?):(\d{1,7}))$/;
const DETAILS = /^Exception Details: ((?:[A-Za-z_][\w`]{0,200}\.){1,30}[A-Za-z_][\w`]{0,200}): /;

/** A line as the page shows it, a Markdown quote's `> ` taken off. */
const bare = (line: string) => line.replace(/^\s*>\s?/, '').trim();
/** The first block line of a stack section copied without its heading: a type named `…Exception`. */
const SECTION_OPEN = /^\[[A-Za-z_][\w`]{0,200}Exception(?: \(0x[0-9A-Fa-f]{8}\))?: /;

/**
 * The stack section pasted on one line, its line breaks lost (a Markdown quote or a chat joins
 * the lines and keeps their indentation: `> [NullReferenceException: …]    Ns.T.M() +3839    Ns.U.N(String body) +26`,
 * Hangfire 1.6.22's RecurringJobsPage, HangfireIO/Hangfire#1362, threads-33): a break goes back
 * after the block line's `]` and after each frame's `+N` where two spaces or more follow. Only a
 * text of one line that opens with an exception's block line and two spaces after it.
 */
const ONE_LINE_SECTION = /^\s*(?:>\s?)?\[[A-Za-z_][\w`]{0,200}Exception(?: \(0x[0-9A-Fa-f]{8}\))?: [^\]\n]{0,4000}\] {2,}\S/;
function withSectionLineBreaks(text: string): string {
  if (text.trim().includes('\n') || !ONE_LINE_SECTION.test(text)) return text;
  return text.replace(/\] {2,}/, ']\n').replace(/ \+(\d{1,7}) {2,}(?=\S)/g, ' +$1\n');
}

/** The lines of the page's stack section: after its `Stack Trace:` heading, else the whole text when it opens with an exception's block line (see above). */
function stackSection(lines: readonly string[]): readonly string[] {
  const at = lines.findIndex((l) => STACK_TRACE.test(l));
  if (at >= 0) return lines.slice(at + 1);
  const first = lines.find((l) => l !== '');
  return first !== undefined && SECTION_OPEN.test(first) ? lines : [];
}

/** Whether a text is the error page's: its heading or its `Stack Trace:` over a `[Type: message]` block and a frame. */
export function looksLikeYellowScreen(text: string): boolean {
  // Without the `Stack Trace:` heading only a section opening with an `…Exception` block line
  // is read (SECTION_OPEN, ONE_LINE_SECTION): any other text is none without splitting it.
  if (!text.includes(']') || !(text.includes('Stack Trace:') || text.includes('Exception'))) return false;
  const lines = withSectionLineBreaks(text).split('\n').map(bare);
  const rest = stackSection(lines).filter((l) => l !== '');
  if (rest.length < 2 || !BLOCK_OPEN.test(rest[0])) return false;
  // The first frame under the block line, past the lines of a message that goes on.
  const close = rest.findIndex((l, j) => j <= 20 && l.endsWith(']'));
  return close >= 0 && BLOCK.test(rest.slice(0, close + 1).join('\n')) && FRAME.test(rest[close + 1] ?? '');
}

/** The page as Exception.ToString() prints its chain; the text unchanged when it is no such page. */
export function yellowScreenAsToString(text: string): string {
  if (!looksLikeYellowScreen(text)) return text;
  const lines = withSectionLineBreaks(text).split('\n').map(bare);
  const details = lines.map((l) => DETAILS.exec(l)).find((m) => m)?.[1];
  const blocks: { header: string; frames: string[] }[] = [];
  const rest = stackSection(lines);
  for (let i = 0; i < rest.length; i++) {
    let line = rest[i];
    if (line === '') continue;
    // A message of several lines: its block line closes where a line ends with `]`.
    if (BLOCK_OPEN.test(line) && !line.endsWith(']')) {
      const end = rest.findIndex((l, j) => j > i && j <= i + 20 && l.endsWith(']'));
      if (end > i) {
        line = rest.slice(i, end + 1).join('\n');
        i = end;
      }
    }
    const b = BLOCK.exec(line);
    if (b) {
      blocks.push({ header: `${b[1]}${b[2]}: ${b[3]}`, frames: [] });
      continue;
    }
    const f = FRAME.exec(line);
    if (!f || !blocks.length) break;
    blocks[blocks.length - 1].frames.push(f[3] !== undefined ? `   at ${f[1]} in ${f[3]}:line ${f[4]}` : `   at ${f[1]}`);
  }
  // The page lists the chain innermost first; ToString() the outermost first.
  blocks.reverse();
  // Exception Details names the outermost exception qualified (`System.NullReferenceException`).
  const outerType = blocks[0]?.header.split(/[ :]/, 1)[0];
  if (details && outerType !== undefined && details.endsWith(`.${outerType}`)) blocks[0].header = details + blocks[0].header.slice(outerType.length);
  const out = [blocks.map((b) => b.header).join(' ---> ')];
  for (let i = blocks.length - 1; i >= 0; i--) {
    out.push(...blocks[i].frames);
    if (i > 0) out.push('   --- End of inner exception stack trace ---');
  }
  return out.join('\n');
}
