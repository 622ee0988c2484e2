// Swift (iOS, macOS, Linux): the runtime's fatal error line and Apple's crash reports.
// A trap prints where it stopped (Swift ≥ 5.4 puts the location first; before, last):
//   MyApp/ViewController.swift:42: Fatal error: Unexpectedly found nil while unwrapping an Optional value
//   Fatal error: Unexpectedly found nil while unwrapping an Optional value: file MyApp/ViewController.swift, line 42
// A crash report (https://developer.apple.com/documentation/xcode/interpreting-the-journal-of-a-crash-report)
// lists each thread's frames, innermost first: index, binary image, address, then the symbol
// and its offset, with the source location once symbolicated, or the image's load address
// and the offset into it when not:
//   Thread 0 Crashed::  Dispatch queue: com.apple.main-thread
//   0   libswiftCore.dylib   0x198232430 _assertionFailure(_:_:file:line:flags:) + 268
//   2   JustTags             0x104bb703c AppVM.setAsActive(window:) + 432 (AppVM.swift:88)
//   2   Latest               0x104243f08 0x104234000 + 65288
// Only the crashed thread's frames are read when the report marks one. Organizer and
// Crashlytics print frames without index and image (`Foo.bar(_:) + 260 (Foo.swift:59)`).
import type { RuntimeProfile } from './profile.js';
import { LIMITS, traceLines, type ParsedTrace, type RawFrame } from '../types.js';
import { lldbFrame, looksLikeLldbSwiftBacktrace } from '../lldb-backtrace-frame.js';

const REPORT_FRAME = /^\s{0,12}\d{1,4}\s+(\S.{0,120}?)\s+0x[0-9a-f]{1,16} (.{1,2000})$/;
const BARE_FRAME = /^\s{0,12}(\S.{0,1000}?) \+ \d{1,10}(?: \((\S{1,300}\.swift):(\d{1,7})\))?\s*$/;
/** A symbol and its offset, with the source location a symbolicated report adds. */
const SYMBOL = /^(.{1,1000}?) \+ (\d{1,10})(?: \(([^()]{1,300}?):(\d{1,7})\))?\s*$/;
const UNSYMBOLICATED = /^0x[0-9a-f]{1,16}$/;
/** The compiler's copies of one function: a generic one specialized for its types, identical ones merged. */
const COPY_PREFIX = /^(?:(?:generic )?specialized |merged )+/;
const symbolName = (s: string) => s.trim().replace(COPY_PREFIX, '');
const THREAD = /^Thread \d{1,4}(?: name:| Crashed)?:{1,2}/;
const CRASHED = /^Thread \d{1,4} Crashed:{1,2}/m;
/** `Fatal error`, `Precondition failed`, `Assertion failed` and their location, in both orders. */
const TRAP_LOCATION_FIRST = /(?:^|\s)(\S{1,300}\.swift):(\d{1,7}): (Fatal error|Precondition failed|Assertion failed)(?:: (.{0,2000}))?$/;
// The kind may be missing where the message was copied alone or behind a logger's `error: `.
const TRAP_LOCATION_LAST = /^(?:.{0,200}?\b(Fatal error|Precondition failed|Assertion failed|fatal error|error): )?(.{0,2000}?): file (\S{1,300}\.swift), line (\d{1,7})$/;
const EXCEPTION_TYPE = /^Exception Type:\s{1,40}(EXC_\w{1,40})/;

const DETECT_REPORT = /^\s{0,12}\d{1,4}\s+\S.{0,120}?\s+0x[0-9a-f]{6,16} \S.{0,1000} \+ \d{1,10}/gm;
const DETECT_TRAP = /\.swift:\d{1,7}: (?:Fatal error|Precondition failed|Assertion failed)|: file \S{1,300}\.swift, line \d{1,7}$/m;
const DETECT_BARE = /^\s{0,12}\S.{0,1000} \+ \d{1,10} \(\S{1,300}\.swift:\d{1,7}\)\s*$/m;

export function looksLikeSwift(text: string): boolean {
  if (text.includes('.swift') && (DETECT_TRAP.test(text) || DETECT_BARE.test(text))) return true;
  // lldb's `bt` of a Swift program (lldb-backtrace-frame.ts).
  if (looksLikeLldbSwiftBacktrace(text)) return true;
  if (!text.includes(' + ')) return false;
  // Two frame lines of a crash report: one might be anything that prints an address.
  const matches = text.match(DETECT_REPORT);
  return matches !== null && matches.length >= 2;
}

export function parseSwift(text: string): ParsedTrace {
  let type = 'Fatal error';
  let message = '';
  let trapFrame: RawFrame | undefined;
  const frames: RawFrame[] = [];
  const crashedOnly = CRASHED.test(text);
  // Outside a marked crashed thread, the first thread's frames (a report pasted in part).
  let reading = !crashedOnly;
  let seenFrames = false;
  for (const raw of traceLines(text)) {
    const line = raw.trimEnd();
    const e = EXCEPTION_TYPE.exec(line);
    if (e) {
      type = e[1];
      continue;
    }
    const first = TRAP_LOCATION_FIRST.exec(line);
    const last = first ? null : TRAP_LOCATION_LAST.exec(line);
    if (first || last) {
      // Swift before 5 wrote `fatal error`; a copied message has no kind: both are fatal errors.
      const kind = first ? first[3] : last![1];
      type = !kind || /^(?:fatal error|error)$/i.test(kind) ? 'Fatal error' : kind;
      message = (first ? first[4] : last![2]) ?? '';
      const file = first ? first[1] : last![3];
      const at = Number(first ? first[2] : last![4]);
      // The trap's location is its caller's (#file, #line defaults): the statement that failed.
      trapFrame = { file, line: at, function: `trap at line ${at}` };
      continue;
    }
    if (THREAD.test(line)) {
      if (crashedOnly) reading = /Crashed/.test(line);
      else if (seenFrames) reading = false;
      continue;
    }
    if (!reading || frames.length >= LIMITS.maxFrames) continue;
    const l = lldbFrame(line);
    if (l) {
      seenFrames = true;
      frames.push(l);
      continue;
    }
    const r = REPORT_FRAME.exec(line);
    if (r) {
      seenFrames = true;
      const image = r[1].trim();
      const s = SYMBOL.exec(r[2]);
      if (image === '???' || !s) continue;
      // Not symbolicated: the image's load address and the offset into it, which names the
      // instruction in one build of the image.
      const frame: RawFrame = UNSYMBOLICATED.test(s[1]) ? { module: image, function: `+${s[2]}` } : { module: image, function: symbolName(s[1]) };
      if (s[3]) frame.file = s[3];
      if (s[4]) frame.line = Number(s[4]);
      frames.push(frame);
      continue;
    }
    const b = BARE_FRAME.exec(line);
    if (b && !/^\d{1,4}\s/.test(line)) {
      seenFrames = true;
      const frame: RawFrame = { function: symbolName(b[1]) };
      if (b[2]) frame.file = b[2];
      if (b[3]) frame.line = Number(b[3]);
      frames.push(frame);
    }
  }
  if (!frames.length && trapFrame) frames.push(trapFrame);
  return { runtime: 'swift', exceptions: [{ type, message, frames }] };
}

/** Apple's and the Swift toolchain's binary images: system frameworks, their dylibs and bundles. */
const SYSTEM_IMAGE = /\.dylib$|^com\.apple\.|^(?:UIKit(?:Core)?|Foundation|CoreFoundation|AppKit|SwiftUI(?:Core)?|GraphicsServices|CFNetwork|QuartzCore|CoreData|WebKit|WebCore|JavaScriptCore|Combine|dyld|FrontBoardServices|BaseBoard|RunningBoardServices|LaunchServices|HIToolbox|CoreGraphics|Security|Network|AVFoundation|AVFCore|CoreMedia|MediaToolbox|AudioToolbox\w{0,20}|ImageIO|CoreText|UIFoundation|PlugInKit|CoreServices|SkyLight|ViewBridge|XOJITExecutor|Swift|SwiftFoundation)$/;

export const swiftProfile: RuntimeProfile<'swift'> = {
  name: 'swift',
  hints: ['swift'],
  looksLike: looksLikeSwift,
  parse: parseSwift,
  naming: {},
  library: {
    // The standard library's own sources, as a trap inside it reports them (`Swift/ContiguousArrayBuffer.swift`).
    paths: /^Swift\//,
    modules: SYSTEM_IMAGE,
  },
};
