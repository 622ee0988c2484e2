// .NET writes the words of a frame line from its own resources in the thread's UI culture (the
// runtime's `Word_At` and `StackTrace_InFileLineNumber` strings), so a server or desktop set to
// another language prints `在 Ns.T.M() 位置 C:\src\T.cs:行号 48` (Chinese), `в Ns.T.M() в
// C:\src\T.cs:строка 48` (Russian), `위치: Ns.T.M() 파일 C:\src\T.cs:줄 48` (Korean, whose `Word_At`
// carries its own colon) or `bei Ns.T.M() in C:\src\T.cs:Zeile 311.` (German) where an
// English one prints `at Ns.T.M() in C:\src\T.cs:line 48` (the format of
// https://learn.microsoft.com/dotnet/api/system.exception.stacktrace, its words taken from the
// resources of the UI culture; the forms above are from real traces, dotnet-culture-frames
// .test.ts). Read only in English, such a trace held no frame: the failure was
// known by its message alone, which is localized too, so one failure on two machines was two
// signatures, and every null dereference of one Chinese server (one message) was one.
// This file turns those lines into the English form the parser reads.

/** `Word_At` in the cultures .NET ships language packs for, English excepted, as their frames print it. */
const AT_WORDS = ['在', '於', 'в', 'bei', 'à', 'en', 'em', '場所', '위치:'];
/** The word before the file in `StackTrace_InFileLineNumber` (`in {0}:line {1}`). */
const IN_WORDS = ['in', '位置', '於', 'в', 'dans', 'en', 'em', '場所', '파일'];

/**
 * A culture's word lost to a wrong encoding: each character a decoder could not read became
 * U+FFFD, REPLACEMENT CHARACTER (Unicode's "Specials" block), one to three of them where the word
 * stood (Sonarr/Sonarr#2314, threads-39: a French Windows' `à … dans …:ligne 102` pasted as
 * `� … dans …:ligne 102`). Only the replacement character stands for the word, and only before a
 * namespaced callee (CALLEE below), so a line that lost other letters is read as before.
 */
const LOST_WORD = '\uFFFD{1,3}:?';
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const AT = [...AT_WORDS.map(escape), LOST_WORD].join('|');
const IN = [...IN_WORDS.map(escape), LOST_WORD].join('|');
/**
 * A namespaced method and the opening of its argument list: .NET always prints `Type.Method`,
 * so prose in those languages (`en route (…)`) is never read as a frame.
 */
const CALLEE = '[\\w`<>|+]{1,200}(?:\\.{1,2}[\\w`<>|+]{1,200}){1,40}\\s?\\(';

const LOCALIZED_FRAME = new RegExp(`^(\\s*)(?:${AT}) (?=${CALLEE})`);
const LOCALIZED_FRAME_ANYWHERE = new RegExp(`^\\s*(?:${AT}) ${CALLEE}[^()\\n]{0,400}\\)`, 'm');
/** The location after the argument list: the culture's `in`, the file, its `line` word and the number (German ends it with a period). */
const LOCALIZED_LOCATION = new RegExp(`\\) (?:${IN}) (.{1,500}?):(?:[^\\s\\d:]{1,12} ?)?(\\d{1,7})\\.?\\s*$`);

/**
 * The line without the culture's `Word_At` before a callee (`在 Ns.T.M(…)` → `Ns.T.M(…)`), its
 * indentation kept: the form where a report drops the English `at ` too (App Center's rows,
 * app-center-report.ts). Any other line as it is.
 */
export function withoutLocalizedAtWord(line: string): string {
  const m = LOCALIZED_FRAME.exec(line);
  return m ? m[1] + line.slice(m[0].length) : line;
}

/** Whether the text has a frame line in a culture other than English (detection). */
export function hasLocalizedFrame(text: string): boolean {
  return LOCALIZED_FRAME_ANYWHERE.test(text);
}

/** A frame line in the English form, `at Ns.T.M(args) in file:line N`; any other line as it is. */
export function englishFrameLine(line: string): string {
  const m = LOCALIZED_FRAME.exec(line);
  if (!m) return line;
  const out = `${m[1]}at ${line.slice(m[0].length)}`;
  const loc = LOCALIZED_LOCATION.exec(out);
  return loc ? `${out.slice(0, loc.index)}) in ${loc[1]}:line ${loc[2]}` : out;
}

/**
 * Frames run together on one line (`   at A.B.M(Object sender, EventArgs e)   at A.C.N()`): a
 * form, a mail or a bug tracker that collapsed the trace's line breaks into its indentation.
 * Split before each further frame's `at`, which follows the previous frame after two or more
 * spaces (its indentation).
 */
const FRAME_START = new RegExp(`^\\s*(?:at|${AT}) ${CALLEE}`);
const RUN_TOGETHER = new RegExp(`(?<=\\S)(?= {2,}(?:at|${AT}) ${CALLEE})`);
const RUN_TOGETHER_ANYWHERE = new RegExp(`^\\s*(?:at|${AT}) ${CALLEE}[^\\n]{0,1000}?\\S {2,}(?:at|${AT}) ${CALLEE}`, 'm');

/**
 * The whole trace folded onto one line, its header first (Mono's exception as Jackett's indexer
 * test printed it: `A: m ---> B: m2   at B.M (…) [0x000b6] in <mvid>:0     --- End of inner
 * exception stack trace ---   at A.N (…) …`): the header, each frame and each of ToString()'s
 * markers go to lines of their own. Only a line holding two frames at least is split so, so a
 * message that mentions `  at X.Y(` once stays whole.
 */
const MARKER_TOGETHER = / {2,}(?=--- End of (?:inner exception )?stack trace)|(?<=--- End of inner exception stack trace ---|--- End of stack trace from previous location(?: where exception was thrown)? ---) {2,}/;
/** A callee as Mono prints it, a generic type's parameters in brackets (`TaskFactory`1[TResult].FromAsyncCoreLogic`). */
const MONO_CALLEE = '[\\w`<>|+[\\],]{1,200}(?:\\.[\\w`<>|+[\\],]{1,200}){1,40}\\s?\\(';
const FOLDED = new RegExp(`(?<=\\S) {2,}(?=(?:at|${AT}) ${MONO_CALLEE})|${MARKER_TOGETHER.source}`);
const FOLDED_FRAMES = new RegExp(`\\S {2,}(?:at|${AT}) ${CALLEE}[^\\n]{0,2000}?\\S {2,}(?:at|${AT}) ${CALLEE}`);

/** A frame line's frames, one each, or a folded trace's lines; any other line as it is. */
export function splitRunTogetherFrames(line: string): string[] {
  if (!line.includes('  ')) return [line];
  if (FRAME_START.test(line)) return line.split(RUN_TOGETHER);
  if (!line.includes(' at ') || !FOLDED_FRAMES.test(line)) return [line];
  return line.split(FOLDED).map((part) => part.trim()).filter((part) => part !== '').map((part) => (FRAME_START.test(part) ? `   ${part}` : part));
}

/**
 * One frame glued to the end of a line that is no frame, after its indentation (`…)    at
 * Ns.T.M(…)`, `Stack trace:   в Ns.T.M(…)`): the line without it and all after it. A header line
 * holding one frame stays whole where the frames are split (above), so a reader of the header
 * cuts it (dotnet-untyped-header.ts).
 */
const GLUED_FRAME = new RegExp(`\\s{2,}(?:at|${AT}) ${CALLEE}[\\s\\S]*$`);

export function withoutGluedFrame(line: string): string {
  return line.replace(GLUED_FRAME, '');
}

/** Whether a line holds two or more frames run together (detection). */
export function hasRunTogetherFrames(text: string): boolean {
  return text.includes(')  ') && RUN_TOGETHER_ANYWHERE.test(text);
}
