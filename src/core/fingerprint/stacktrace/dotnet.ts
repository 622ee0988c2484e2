// .NET: Exception.ToString() format.
// https://learn.microsoft.com/dotnet/api/system.exception.tostring
//   Outer.Type: outer message
//    ---> Inner.Type: inner message
//      at Ns.Class.Method(Int32 id) in /src/File.cs:line 42
//      --- End of inner exception stack trace ---
//      at Ns.Outer.Method()
//   --- End of stack trace from previous location ---   (async rethrow boundary: the frames below are marked, dotnet-async-rethrow.ts)
// Ahead-of-time compiled code prints `at Ns.Class.Method(Int32) + 0x35`: parameter types, no
// names and no file, and the offset in the method's code, which changes with every build.
// Mono prints `at Ns.Class.Method (System.Int32 id) [0x0001c] in /src/File.cs:42`, or
// `in <filename unknown>:0` / `in <mvid>:0` without debug symbols, and may prefix the header
// with `Unhandled Exception:` (own line) or `[ERROR] FATAL UNHANDLED EXCEPTION: `; .NET (Core)
// prefixes `Unhandled exception. `.
// The inner exception's frames come first, then the outer's. Nested inners repeat ` ---> `.
import type { RuntimeProfile } from './profile.js';
import { constructorOverload, isInstanceConstructor } from '../dotnet-constructor-overload.js';
import { traceLines, type ParsedException, type ParsedTrace, type RawFrame } from '../types.js';
import { appCenterAsToString, looksLikeAppCenter } from '../app-center-report.js';
import { englishFrameLine, hasLocalizedFrame, hasRunTogetherFrames, splitRunTogetherFrames } from '../dotnet-culture.js';
import { isNullReferenceText } from '../dotnet-null-reference-text.js';
import { untypedHeader } from '../dotnet-untyped-header.js';
import { demystifiedFrameLine, hasDemystifiedFrame } from '../dotnet-demystified-frame.js';
import { looksLikeUnityConsole, splitUnityRows, unityRowAsToString } from '../unity-console.js';
import { bugsnagRowAsToString, looksLikeBugsnagDotnet } from '../bugsnag-dotnet.js';
import { developerPageAsToString, looksLikeDeveloperPage } from '../dotnet-developer-page.js';
import { withPlatformHead } from '../dotnet-platform-head.js';
import { moduleFrameKey } from '../normalize.js';
import { exceptionDetailsAsToString } from '../visual-studio-exception-details.js';
import { labelledFieldsAsToString } from '../dotnet-labelled-fields.js';
import { looksLikeYellowScreen, yellowScreenAsToString } from '../yellow-screen.js';
import { debuggerNoticeAsToString } from '../debugger-exception-notice.js';
import { healthEventAsToString } from '../aspnet-health-event.js';
import { looksLikeRaygunDotnet, raygunRowAsToString } from '../raygun-dotnet.js';
import { looksLikeXunitRunner, xunitRowAsToString } from '../xunit-runner.js';
import { dotnetFullTypeName } from '../dotnet-system-types.js';
import { joinArrowAtLineEnd } from '../dotnet-arrow-line-end.js';
import { pipeFieldsAsToString } from '../dotnet-pipe-fields.js';
import { unescapedFrameLine } from '../dotnet-escaped-frame.js';
import { withoutBracketedTags } from '../dotnet-bracketed-tag.js';
import { isPlainExceptionHeader, isTaggedCategoryLine } from '../dotnet-logger-category-line.js';
import { withoutLoggedLead } from '../dotnet-logged-lead.js';
import { isReportLabel } from '../dotnet-label-line.js';
import { withoutQuoteMark } from '../dotnet-quoted-header.js';
import { headerPastPreviousTail } from '../dotnet-previous-record-tail.js';
import { markCompiledExpressions } from '../dotnet-compiled-expression-frame.js';
import { withoutDoubledLineBreaks } from '../doubled-line-breaks.js';
import { withoutNlogRecordLeads } from '../nlog-record.js';
import { eventLogReportAsToString } from '../dotnet-runtime-event.js';
import { looksLikeVisualStudioCallStack, visualStudioCallStackAsToString } from '../visual-studio-call-stack.js';
import { ASYNC_REJOIN } from '../dotnet-async-rethrow.js';

// The location after the argument list: .NET (Core) `in /src/File.cs:line 42`; Mono
// `[0x0001c] in /src/File.cs:42`, `in <filename unknown>:0` or `in <8d7c…>:0` (no symbols), and
// `<0x00012 + 0x00034> in …` for JIT offsets.
const LOCATION = / in (.{1,500}?):(?:line )?(\d{1,7})\s*$/;

/**
 * `at Ns.Type.Method(args)[ in file:line N]` (.NET) or `at Ns.Type.Method (args) [0x..] in
 * file:N` (Mono), split by string search (a lazy callee group before `(` backtracks
 * quadratically on adversarial lines). Mono's `(wrapper …)` stubs are runtime-generated.
 */
function frameParts(line: string): { callee: string; parameters?: string; file?: string; line?: number; wrapper: boolean } | undefined {
  const body = line.trim();
  if (!body.startsWith('at ')) return undefined;
  let start = 3;
  let wrapper = false;
  if (body.startsWith('(wrapper ', start)) {
    const end = body.indexOf(') ', start);
    if (end < 0) return undefined;
    start = end + 2;
    wrapper = true;
  }
  const open = body.indexOf('(', start);
  if (open <= start) return undefined;
  const close = body.indexOf(')', open);
  const callee = body.slice(start, open).trim();
  if (!callee || callee.includes(' ')) return undefined;
  // A line cut inside its argument list (a trace cut at a size limit, the line cap of
  // types.ts, an excerpt) still names its method: .NET always prints `Type.Method`, so a
  // namespaced callee and an argument list without any parenthesis of its own is that frame.
  if (close < 0) return callee.includes('.') && !body.includes('(', open + 1) && !wrapper ? { callee, wrapper } : undefined;
  const rest = body.slice(close + 1);
  const parameters = body.slice(open + 1, close);
  const loc = rest.length > 1 ? LOCATION.exec(rest) : null;
  // `<filename unknown>`, `<mvid>`: no symbols; line 0 is Mono's "unknown".
  if (!loc || loc[1].startsWith('<')) return { callee, parameters, wrapper };
  const lineNo = Number(loc[2]);
  return { callee, parameters, file: loc[1], line: lineNo > 0 ? lineNo : undefined, wrapper };
}
const INNER = /^\s*---> (.*)$/;
/** An inner exception's marker opening the first line, not an AggregateException's listing entry. */
const LEADING_INNER = /^---> (?!\(Inner Exception #)/;
// AggregateException.ToString() prints its first inner exception inline as any exception does,
// then lists every inner exception again, each `---> (Inner Exception #N) ` + its ToString() +
// `<---` (https://learn.microsoft.com/dotnet/api/system.aggregateexception.tostring). Read as one
// more inner exception, the listing's label and message became its type (`(Inner Exception #0)
// System.Collections.Generic.KeyNotFoundException: The given key 'USD' was …`), a type chain for
// every key. The listing repeats #0 and its frames, so it is skipped, each entry up to the line
// its `<---` closes (an entry may list an aggregate of its own); where an outer exception
// printed the aggregate as its inner one (.NET's Exception.ToString calls the inner one's), its
// own frames follow.
const INNER_LISTING = /^\s*---> \(Inner Exception #\d{1,6}\) /;
const LISTING_END = /<---\s*$/;
// Trimmed apps (UseSystemResourceKeys: Android, Blazor, NativeAOT) print the resource key instead.
const END_INNER = /^\s*(?:--- End of inner exception stack trace ---|Exception_EndOfInnerExceptionStack\s*$)/;
// `Type: message`; exceptions carrying an error code print it after the type (ExternalException's
// kin: `Npgsql.PostgresException (0x80004005): 23505: …`, `SqlException (0x80131904)`,
// `SocketException (111)`), which names no failure the message does not.
const HEADER = /^([A-Za-z_][\w.`+]{0,300}?)(?: \((?:0x[0-9A-Fa-f]{1,8}|-?\d{1,10})\))?(?::\s?(.*))?$/;

/**
 * ToString()'s inner-exception line, ` ---> Ns.Type: message` (or with an error code, `--->
 * Npgsql.PostgresException (0x80004005): 23502: …`), names a .NET exception even where no frame
 * follows: a log that prints the exception without its stack (EF Core's `An exception occurred in
 * the database while saving changes …` + the exception's first lines). The type is a namespaced
 * one, as every .NET exception type is.
 */
const INNER_HEADER = /^\s*---> [A-Za-z_][\w`+]{0,200}(?:\.[\w`+]{1,200}){1,30}(?: \((?:0x[0-9A-Fa-f]{1,8}|-?\d{1,10})\))?: /m;

/** A namespaced .NET exception type and its message's colon: `Ns.Type: `, `Ns.Type (0x80004005): `. */
const NAMESPACED_HEADER = /^[A-Za-z_][\w`+]{0,200}(?:\.[\w`+]{1,200}){1,30}(?: \((?:0x[0-9A-Fa-f]{1,8}|-?\d{1,10})\))?: /;

/**
 * ToString() prints an inner exception on the header's own line when the outer message is one
 * line: `Outer.Type: message ---> Inner.Type: inner message` (the format at the top of this
 * file), and a log or a thread that keeps only the exception's first line keeps just that — EF
 * Core's `Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while updating the
 * entries. See the inner exception for details. ---> System.Data.SqlClient.SqlException: Cannot
 * insert the value NULL into column …`. Unread, the outer exception's stock message was all that
 * named the failure, and every such update failure of a service was one signature. A line that
 * starts with a namespaced `Type: ` and whose ` ---> ` is followed by another is that chain
 * (split by string search: one pass per line, no backtracking).
 */
function hasInlineChain(text: string): boolean {
  for (const line of text.split('\n', 400)) {
    const at = line.indexOf(' ---> ');
    if (at < 0) continue;
    const head = line.trim().replace(UNHANDLED_PREFIX, '');
    if (NAMESPACED_HEADER.test(head) && NAMESPACED_HEADER.test(line.slice(at + 6))) return true;
  }
  return false;
}

export function looksLikeDotnet(text: string): boolean {
  return /\) in .{1,500}:line \d{1,7}\s*$/m.test(text) || /--- End of (?:inner exception )?stack trace/.test(text) ||
    (text.includes('---> ') && (INNER_HEADER.test(text) || hasInlineChain(text))) ||
    // (Substring guards first: these multiline regexes are tried at every line of every trace
    // that reaches this detector, e.g. all Node traces.)
    ((text.includes('] in ') || text.includes('> in ')) && /^\s*at [^\s(]{1,400} \([^()\n]{0,400}\) (?:\[0x[0-9a-f]{1,8}\]|<0x[0-9a-f]{1,8}(?: \+ 0x[0-9a-f]{1,8})?>) in /m.test(text)) ||
    // Without symbols, .NET can print the method's metadata token and IL offset instead of a
    // file: `at Ns.T.M() in Microsoft.EntityFrameworkCore.dll:token 0x6001bbd+0x26`.
    (text.includes(':token 0x') && /\) in [^\s:]{1,300}\.(?:dll|exe):token 0x[0-9a-fA-F]{1,8}\+0x[0-9a-fA-F]{1,8}\s*$/m.test(text)) ||
    // Application Insights prints the assembly instead of the arguments: `at Ns.T.M (Asm, Version=1.0.0.0, …)`.
    (text.includes(', Version=') && /^\s*at [^\s(]{1,400} \([\w.]{1,200}, Version=\d/m.test(text)) ||
    // A frame with typed parameters, alone on its line or with its location (` in C:\src\…`),
    // which a paste may cut short.
    /^\s*at [\w.`<>|+]{1,400}\((?:[\w.`<>[\], ]{1,40} [\w]{1,40}(?:, )?)*\)(?:\s*$| in \S)/m.test(text) ||
    // Frames printed in another culture's words, or run together on one line (dotnet-culture.ts).
    hasLocalizedFrame(text) || hasRunTogetherFrames(text) ||
    // Ahead-of-time compiled code (.NET Native, as UWP apps ship; NativeAOT without stack-trace
    // data) prints no file and no parameter names, but the code offset in the method:
    // `at Files.ViewModels.FolderSettingsViewModel.GetLayoutType(String, Boolean) + 0x15`.
    // Such a trace has an `--- End of stack trace` line only where an async method rethrew.
    (text.includes(') + 0x') && NATIVE_FRAME.test(text)) ||
    // App Center's crash reports: `Ns.T.M();Ns`, one frame a paragraph (app-center-report.ts).
    looksLikeAppCenter(text) ||
    // Unity's console: `Ns.T.M (args) (at file:line)` rows without `at ` (unity-console.ts).
    looksLikeUnityConsole(text) ||
    // Bugsnag's issue rows: `file.cs:line - Ns.T.M(args)` (bugsnag-dotnet.ts).
    looksLikeBugsnagDotnet(text) ||
    // ASP.NET Core's developer exception page as text: frames without `at ` (dotnet-developer-page.ts).
    looksLikeDeveloperPage(text) ||
    // ASP.NET's Yellow Screen as text: `[Type: message]` blocks of frames ending `+N` (yellow-screen.ts).
    looksLikeYellowScreen(text) ||
    // Raygun's rows: `Ns.T.M(params) in file.cs:85`, `…(params):58` (raygun-dotnet.ts).
    looksLikeRaygunDotnet(text) ||
    // xUnit.net's runner rows: `file.cs(14,0): at Ns.T.M()` (xunit-runner.ts).
    looksLikeXunitRunner(text) ||
    // Visual Studio's Call Stack window: `Module.dll!Ns.T.M(args) Line N` (visual-studio-call-stack.ts).
    looksLikeVisualStudioCallStack(text) ||
    // Ben.Demystifier's frames: `at async Task<T> Ns.T.M<T>(args)+() => { }` (dotnet-demystified-frame.ts).
    hasDemystifiedFrame(text);
}

/** A frame of ahead-of-time compiled code: parameter types only, then the offset in the method's code. */
const NATIVE_FRAME = /^\s*at [^\s(]{1,400}\([\w.`<>[\], &*]{0,400}\) \+ 0x[0-9a-fA-F]{1,8}\s*$/m;

function frameOf(callee: string): RawFrame {
  // Generic arguments `Method[T]`, `Dictionary`2[TKey,TValue]` carry no identity.
  const name = callee.replace(/\[[^\]]{0,200}\]/g, '');
  // A method's own type parameters close the callee (`Api.Read[T]`); a generic type's are
  // before its method (`` Dictionary`2[TKey,TValue].get_Item ``).
  const genericMethod = callee.endsWith(']') ? { genericMethod: true } : {};
  // The method is after the last dot that is not inside <...> (async and lambda names).
  let depth = 0;
  for (let i = name.length - 1; i >= 0; i--) {
    const ch = name[i];
    if (ch === '>') depth++;
    else if (ch === '<') depth--;
    else if (ch === '.' && depth === 0) return { module: name.slice(0, i), function: name.slice(i + 1), ...genericMethod };
  }
  return { function: name, ...genericMethod };
}

/** The prefixes a host prints before the exception's header on its line. */
const UNHANDLED_PREFIX = /^(?:\[ERROR\] FATAL UNHANDLED EXCEPTION: |Unhandled [Ee]xception[.:] ?)/;

/**
 * How many lines before the first frame may hold the header: an issue form's environment list
 * and its empty sections come first (Git Extensions' NBug report: seven environment lines, then
 * `## Current behaviour` … `## Error Details`, the exception's header the twentieth line). With
 * twelve, its first line (`- Git Extensions 3.1.1.6049`) was the exception's type, and the same
 * failure pasted under the template left empty was another signature (threads-41). The search
 * still ends at the first frame, inner-exception or marker line.
 */
const HEADER_WINDOW = 40;

/**
 * The line a logger's record puts the exception on. Microsoft.Extensions.Logging's console
 * formatter writes `fail: Microsoft.AspNetCore.Server.Kestrel[13]` (level, category, event id),
 * then the message indented (`Connection id "…": An unhandled exception was thrown by the
 * application.`), then the exception
 * (https://learn.microsoft.com/dotnet/core/extensions/console-log-formatters); EF Core's log
 * line comes before its DbUpdateException the same way. Those lines are the logger's, not the
 * exception's: read as its header, the category became the exception's message
 * (`Microsoft.AspNetCore.Server.Kestrel[13]`), one for every failure that host logged. So the
 * header is the first line, before any frame or inner exception, that reads as an exception's:
 * `Type: message` with a namespaced type or one named `…Exception`/`…Error`; without such a
 * line, the first line as before.
 */
function headerIndex(lines: string[]): number {
  const first = lines.findIndex((l) => l.trim() !== '' && l.trim() !== 'Unhandled Exception:');
  if (first < 0) return lines.length;
  // A logger's tagged record line over the exception's own header (dotnet-logger-category-line.ts)
  // is kept as the answer only while no such header follows it.
  let category = -1;
  let label = -1;
  for (let i = first; i < lines.length && i < first + HEADER_WINDOW; i++) {
    const raw = withoutQuoteMark(lines[i].trim());
    const untagged = withoutBracketedTags(raw);
    const line = withoutLoggedLead(withoutQuoteMark(withoutBracketedTags(lines[i].trim())).replace(UNHANDLED_PREFIX, ''));
    if (line.startsWith('at ') || line.startsWith('---> ') || line.startsWith('--- ')) break;
    const h = HEADER.exec(line.split(' ---> ', 1)[0]);
    if (!(h && h[2] !== undefined && (h[1].includes('.') || /(?:Exception|Error)$/.test(h[1])))) continue;
    if (isReportLabel(h[1], h[2])) {
      if (label < 0) label = i;
      continue;
    }
    if (category < 0) {
      if (!isTaggedCategoryLine(raw, untagged, h[1])) return i;
      category = i;
    } else if (isPlainExceptionHeader(h[1], untagged, raw)) return i;
  }
  return category >= 0 ? category : label >= 0 ? label : first;
}

export function parseDotnet(text: string): ParsedTrace {
  const lines = joinArrowAtLineEnd(developerPageAsToString(withoutDoubledLineBreaks(withoutNlogRecordLeads(healthEventAsToString(debuggerNoticeAsToString(exceptionDetailsAsToString(labelledFieldsAsToString(eventLogReportAsToString(visualStudioCallStackAsToString(traceLines(appCenterAsToString(yellowScreenAsToString(text))))))))))).flatMap(splitRunTogetherFrames).flatMap(splitUnityRows).map(unityRowAsToString).map(bugsnagRowAsToString).map(raygunRowAsToString).map(xunitRowAsToString).flatMap(pipeFieldsAsToString).map(unescapedFrameLine).map(englishFrameLine).map(demystifiedFrameLine)));
  let first = headerIndex(lines);
  // `Exception.StackTrace` alone (what many apps log and users paste) has no header: its first
  // line is already a frame. Read as the header, that frame was lost, and with it the crash
  // site when the exception was raised in the application's own method.
  let headerless = lines[first] !== undefined && frameParts(lines[first]) !== undefined;
  // A paste that opens with the previous record's last frames (dotnet-previous-record-tail.ts).
  const past = headerless ? headerPastPreviousTail(lines, first, (k) => k + headerIndex(lines.slice(k)), (l) => NAMESPACED_HEADER.test(withoutLoggedLead(withoutQuoteMark(withoutBracketedTags(l.trim()))).replace(UNHANDLED_PREFIX, ''))) : undefined;
  if (past !== undefined) {
    first = past;
    headerless = false;
  }
  // A trace copied from an inner exception's line on (` ---> Ns.Type: message`, the outer
  // header left out) starts with that exception: read as the header, the marker made the whole
  // line the type (MAUI's invalid IL from logcat, dotnet/maui#7027, threads-14).
  const header = headerless ? '' : withoutLoggedLead(withoutQuoteMark(withoutBracketedTags((lines[first] ?? '').trim())).replace(UNHANDLED_PREFIX, '')).replace(LEADING_INNER, '');
  if (headerless) first--;
  // Header line: split the chain `A: m ---> B: m2 ---> C: m3` that ToString() emits inline
  // when messages are on one line.
  const chain: ParsedException[] = [];
  const parts = header.split(' ---> ');
  for (const part of parts) {
    const h = HEADER.exec(part.trim());
    // A header that is only the runtime's text for a null dereference, its type left out (a
    // debugger's call stack pasted under the message): the message of an exception of no type,
    // which the profile's canonicalType names (dotnet-null-reference-text.ts).
    const untypedNullReference = !h && isNullReferenceText(part);
    // A line of words that is no `Type: message` is a message (dotnet-untyped-header.ts).
    const untyped = h || untypedNullReference ? undefined : untypedHeader(part);
    chain.push({ type: h ? dotnetFullTypeName(h[1]) : untypedNullReference ? '' : untyped ? untyped.type : part.trim(), message: h?.[2]?.trim() ?? (untypedNullReference ? part.trim() : untyped ? untyped.message : ''), frames: [], relation: chain.length ? 'inner' : undefined });
  }
  // Frames: innermost exception's first; each "End of inner exception" moves one level out.
  let level = chain.length - 1;
  // A Message of several lines is printed as it is: the lines after a header, up to the first
  // frame or marker, are the rest of the last message it printed (Mono.Data.Sqlite's
  // `Abort due to constraint violation` + `\n` + SQLite's reason; stock-text.ts).
  let continues = true;
  let listing = 0;
  // Past a rethrow line of the exception whose frames these are (dotnet-async-rethrow.ts).
  let pastRethrow = false;
  for (const raw of lines.slice(first + 1)) {
    const line = raw.trimEnd();
    if (INNER_LISTING.test(line)) listing++;
    if (listing > 0) {
      if (LISTING_END.test(line)) listing--;
      continue;
    }
    const inner = INNER.exec(line);
    if (inner) {
      const h = HEADER.exec(inner[1].trim());
      chain.push({ type: h ? dotnetFullTypeName(h[1]) : inner[1].trim(), message: h?.[2]?.trim() ?? '', frames: [], relation: 'inner' });
      level = chain.length - 1;
      continues = true;
      pastRethrow = false;
      continue;
    }
    if (END_INNER.test(line)) {
      level = Math.max(0, level - 1);
      continues = false;
      pastRethrow = false;
      continue;
    }
    if (ASYNC_REJOIN.test(line)) {
      pastRethrow = true;
      continues = false;
      continue;
    }
    const f = frameParts(line);
    if (!f && continues && line.trim() && !line.includes(' ---> ')) {
      const last = chain[chain.length - 1];
      if (last && last.message && last.message.length < 2000) last.message += `\n${line.trim()}`;
      continue;
    }
    continues = false;
    if (f) {
      const frame = frameOf(f.callee);
      if (f.wrapper) frame.native = true;
      if (f.parameters !== undefined && isInstanceConstructor(frame.module, frame.function)) frame.overload = constructorOverload(f.parameters);
      if (f.file !== undefined) {
        frame.file = f.file;
        frame.line = f.line;
      }
      if (pastRethrow) frame.afterRethrow = true;
      const target = chain[level];
      if (target && target.frames.length < 200) target.frames.push(frame);
    }
  }
  markSymbollessLibraries(chain);
  markCompiledExpressions(chain);
  return { runtime: 'dotnet', exceptions: chain };
}

/** A module's first namespace segment: `Jackett` of `Jackett.Common.Indexers.IPTorrents`. */
const rootNamespace = (module: string | undefined) => module?.split('.', 1)[0];

/**
 * An application is deployed with its symbol files (a .NET SDK build writes portable PDBs in
 * Release too, and publishing copies them), so its frames print `in File.cs:line N`; packages
 * from NuGet mostly ship without them, so their frames print no location. In a trace where
 * some frames have source information, a frame without it whose root namespace is none of
 * theirs (`AngleSharp…` beside `Jackett…`) is a library the profile's list does not name.
 * Without that mark the library's method, shared by every caller, became the crash site and
 * merged different failures (two indexers' parse errors both raised in AngleSharp's
 * `GetItemByIndex`). Paths under `/_/` are a package's deterministic build (SourceLink), not the
 * application's, so they do not count as the application's frames.
 */
function markSymbollessLibraries(chain: ParsedException[]): void {
  const withSource = new Set<string>();
  for (const e of chain) for (const f of e.frames) if (f.file && !f.file.startsWith('/_/')) withSource.add(rootNamespace(f.module) ?? '');
  if (withSource.size === 0) return;
  for (const e of chain) for (const f of e.frames) if (!f.file && !withSource.has(rootNamespace(f.module) ?? '')) f.library = true;
}

/** An async method's state machine class and the type it is nested in (profile asyncStepOwner). */
const ASYNC_STEP = /^(.{1,400}?)[.+](?:<\w{1,200}>)?d__\d{1,6}(?:`\d{1,2})?$/;

export const dotnetProfile: RuntimeProfile<'dotnet'> = {
  name: 'dotnet',
  hints: ['dotnet', '.net'],
  looksLike: looksLikeDotnet,
  parse: parseDotnet,
  naming: {
    rules: [
      // Async state machines → the async method, and iterators; the `<` is optional, as a paste
      // whose Markdown took `<InitializeResponseAwaited>` for a tag loses it (aspnet/KestrelHttpServer
      // #1518's `Frame.InitializeResponseAwaited>d__190.MoveNext()`, threads-4), and the
      // state machine's ordinal is then all that differs between two releases.
      [/<?(\w{1,200})>d__\d{1,6}\.MoveNext$/, '$1'],
      [/<?(\w{1,200})>d__\d{1,6}/g, '$1'],
      [/<>c__DisplayClass\d{1,6}_\d{1,6}/g, '<>c'], // closure classes
      // The same classes as older compilers named them, by a counter over the type, printed in
      // hexadecimal by some (`<>c__DisplayClass7`, `<>c__DisplayClass1c`), and Roslyn's class for
      // the lambdas of a generic method, by the method's ordinal (`` <>c__27`1 ``): both numbers
      // move when a method or lambda is added above, as the ordinals above do.
      [/<>c__DisplayClass[0-9a-f]{1,6}(?![\w])/g, '<>c'],
      [/<>c__\d{1,6}(?![\w])/g, '<>c'],
      // Visual Basic's: `_Closure$__19-1` (the method's ordinal, then the closure's), lambdas
      // `_Lambda$__19-0` (the method's ordinal, then the lambda's in it) or, from older
      // compilers, `_Lambda$__3` (a counter over the type).
      [/_Closure\$__\d{1,6}(?:-\d{1,6})?/g, '_Closure$'],
      [/_Lambda\$__\d{1,6}-(\d{1,6})/g, 'lambda$1'],
      [/_Lambda\$__\d{1,6}/g, 'lambda'],
      // Roslyn names a lambda `<Method>b__<method ordinal>_<lambda ordinal>`: the method's ordinal
      // in its type moves whenever a method is added above it (one lambda, b__175_0 and b__171_0
      // in two builds), the lambda's ordinal in its method does not, and tells two lambdas of one
      // method apart (b__13_0, b__12_1: two App Center issues of one view, EpsiRho/Fluff#23, #22).
      [/<(\w{1,200})>b__\d{1,6}_(\d{1,6})/g, '$1.lambda$2'],
      [/<(\w{1,200})>b__\d{1,6}/g, '$1.lambda'], // lambdas of older compilers: a counter over the type
      // Local functions: `<Method>g__Local|<method ordinal>_<ordinal>`, or with no ordinals as a
      // Ben.Demystifier frame is rewritten (dotnet-demystified-local-function.ts).
      [/<(\w{1,200})>g__(\w{1,200})(?:\|\d{1,6}_\d{1,6}|(?![|\w]))/g, '$1.$2'],
      // Mono's compiler (mcs) names an iterator's class `<Method>c__IteratorN` and a closure's
      // `<Method>c__AnonStoreyN`, N a counter over the containing type (Mono 6.8: `<CheapestLine>
      // c__AnonStorey0`, `<FirstSku>c__AnonStorey1` in one class), which moves when one is added
      // above (`<Quantities>c__Iterator0` became `c__Iterator1`: programs/dotnet-bugs-2).
      [/<(\w{1,200})>c__(?:Iterator|AnonStorey)\d{1,6}/g, '$1'],
      [/<(\w{1,200})>m__\d{1,6}/g, '$1.lambda'], // Mono's lambdas: <Sizes>m__0
      [/`\d{1,3}/g, ''], // generic arity
    ],
    // One namespaced method in two MAUI platform heads' files is two methods (dotnet-platform-head.ts).
    frameKey: (frame) => withPlatformHead(moduleFrameKey(frame, dotnetProfile.naming.rules), frame.file),
  },
  library: {
    modules: /^(?:System|Microsoft|Newtonsoft|Npgsql|Grpc|Polly|Serilog|NLog|OpenTelemetry|Castle|Dapper|StackExchange|Xunit|NUnit)(?:\.|$)/,
  },
  stdlib: { modules: /^System(?:\.|$)/ },
  // A type given by its simple name that is one of the runtime's own (dotnet-system-types.ts);
  // none given, with the runtime's own text for a null dereference as the message, that type
  // (dotnet-null-reference-text.ts).
  canonicalType: (type, message) => (type === '' && isNullReferenceText(message) ? 'System.NullReferenceException' : dotnetFullTypeName(type)),
  // A type is named as its frames' classes are (`Shop.Orders.OrderException`, nested `Shop.Api+Problem`).
  typeModule: (type) => (/^[\w`+]{1,200}(?:\.[\w`+]{1,200}){1,30}$/.test(type) ? type : undefined),
  // A method of a generic type the application declared: the type's name carries its arity, not
  // its type arguments (`` Shop.Repository`1[T].Get `` in Mono's traces, `` Shop.Repository`1.Get ``
  // in CoreCLR's). Not the compiler's class for a lambda or an iterator of a generic method
  // (`` PluginManager.<>c__27`1 ``): the lambda is one expression at one place, its own code.
  // And a generic method (`Shop.Api.Read[T]`, its type parameters in the trace, not its
  // arguments): one decoding helper reading two request types (programs/dotnet-bugs-4).
  genericCode: (frame) => (/`\d/.test(frame.module ?? '') && !(frame.module ?? '').includes('<')) || frame.genericMethod === true,
  // Mono's lambdas (`<Build>m__0`) and older compilers' (`<Build>b__0`), keyed `Build.lambda` by
  // the name rules above; not Roslyn's, whose ordinal within the method is kept (`b__12_1`).
  unnumberedLambda: (frame) => /<\w{1,200}>(?:m|b)__\d{1,6}$/.test(frame.function ?? ''),
  // A constructor's frame is read as module `Shop.Config.ZoneTable.` and function `cctor` (the
  // name split at its last dot).
  // A lambda that captures nothing or captures locals lives in a class the compiler nests in the
  // method's type (`PlexUserImporter.<>c`, `RepositoryHelper.<>c__DisplayClass4_0`): its method's
  // type is the one around that class.
  // An async step's frame is its state machine's MoveNext, the machine nested in the method's
  // type: `Ns.Type.<Method>d__N` (`+` before the machine in Mono's and .NET Framework's older
  // traces), or `Ns.Type.d__N` once Markdown took `<Method>` for a tag (npgsql/npgsql#1667).
  asyncStepOwner: (frame) => (frame.function === 'MoveNext' ? ASYNC_STEP.exec(frame.module ?? '')?.[1] : undefined),
  lambdaWrittenIn: (lambda, frame) => {
    const constructor = /^\.?c?ctor$/.test(frame.function ?? '') && frame.module?.endsWith('.');
    const writer = lambda.module?.replace(/\.<>c(?:__DisplayClass\w{1,40})?$/, '');
    const method = /^<(\w{1,200})>/.exec(lambda.function ?? '')?.[1];
    // An async or iterator method runs as its state machine's MoveNext, a class nested in the
    // method's type and named for the method (`RepositoryHelper.<GetReleaseInfoAsync>d__4`).
    const machine = frame.function === 'MoveNext' ? /^(.{1,400})\.<(\w{1,200})>d__\d{1,6}$/.exec(frame.module ?? '') : null;
    if (machine) return machine[1] === writer && machine[2] === method;
    if ((constructor ? frame.module!.slice(0, -1) : frame.module) !== writer) return false;
    return constructor || frame.function === method;
  },
};
