// A Swift crash as lldb's `bt` prints it: Xcode's debugger stopped on the trap and the person
// typed `bt` (https://lldb.llvm.org/use/tutorial.html#examining-thread-state):
//   * thread #1: tid = 0x7a6a8a, 0x… libswiftCore.dylib`Swift._fatalErrorMessage (…) -> () + 160, queue = 'com.apple.main-thread', stop reason = EXC_BAD_INSTRUCTION (code=EXC_I386_INVOP, subcode=0x0)
//       frame #0: 0x000000010c9b21d0 libswiftCore.dylib`Swift._fatalErrorMessage (…) -> () + 160
//     * frame #1: 0x00000001065e7e75 WordPress`WordPress.RichTextView.backgroundColor.setter : Swift.Optional<ObjectiveC.UIColor>(newValue=Some, self=0x00007fb68d7d21d0) + 261 at RichTextView.swift:96
// Each frame is the image, a backtick, the function (with its arguments' values in parentheses
// when lldb has them), the offset into it and, with debug information, ` at File.swift:line`
// (and `:column` in later releases). Read as no trace, WordPress for iOS's nil unwrap in a
// setter was keyed by the message `unexpectedly found nil while unwrapping an Optional value`
// alone, which every force-unwrap of nil in a service prints (wordpress-mobile/WordPress-iOS#2982,
// threads-57). The frames name the function; the arguments' values (`self=0x7fb68d7d21d0`) are
// the run's and are left out. Only a backtrace with a Swift frame (a `.swift` file, the Swift
// runtime's image) is read here: lldb prints C and C++ programs' frames the same way.
import type { RawFrame } from './types.js';

const FRAME = /^\s{0,12}(?:\* )?\s{0,4}frame #\d{1,4}: 0x[0-9a-f]{1,16} ([^`\s][^`]{0,200})`(.{1,2000}?)(?: \+ \d{1,10})?(?: at ([^\s:]{1,300}):(\d{1,7})(?::\d{1,7})?)?\s*$/;
/** lldb's values of the arguments after a function's name: `(newValue=Some, self=0x…)`. */
const ARGUMENT_VALUES = /\([^()=]{0,400}=[^()]{0,400}\)/g;
const SWIFT_FRAME = /^\s{0,12}(?:\* )?\s{0,4}frame #\d{1,4}: 0x[0-9a-f]{1,16} (?:libswift\w{0,40}\.dylib`|[^`\s]{1,200}`.{1,2000} at [^\s:]{1,300}\.swift:\d)/m;

/** Whether a trace is an lldb backtrace of a Swift program. */
export const looksLikeLldbSwiftBacktrace = (text: string): boolean => text.includes('frame #') && SWIFT_FRAME.test(text);

/** One `frame #N:` line of an lldb backtrace, or undefined for any other line. */
export function lldbFrame(line: string): RawFrame | undefined {
  const m = FRAME.exec(line);
  if (!m) return undefined;
  const name = m[2].trim().replace(ARGUMENT_VALUES, '()').trim();
  const frame: RawFrame = { module: m[1].trim(), function: name };
  if (m[3]) frame.file = m[3];
  if (m[4]) frame.line = Number(m[4]);
  return frame;
}
