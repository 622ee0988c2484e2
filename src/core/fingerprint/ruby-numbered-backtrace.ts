// Ruby 2.5 to 2.7 print an uncaught exception's backtrace reversed when stderr is a terminal
// (Exception#full_message's `order: :bottom`, https://docs.ruby-lang.org/en/2.7.0/Exception.html#method-i-full_message):
//   Traceback (most recent call last):
//   \t2: from x.rb:10:in `<main>'
//   \t1: from x.rb:5:in `run'
//   x.rb:2:in `divide': divided by 0 (ZeroDivisionError)
// The numbered frames come outermost first, the raise site's line (its `Type: message` head)
// last, frame 1 being the raise site's caller. A copy cut above keeps only the tail, numbers and
// all. Read in printed order, each numbered line was a frame whose file held its `N: from`, and
// the head below them opened another exception (a cause) with the raise site as its only frame:
// administrate's `source_reflection` failure under Ruby 2.5 (threads-55) had one frame where its
// Ruby 2.2 copy had the generator's whole call path.

/** The words every numbered frame holds, looked for before the full pattern. */
const NUMBERED_HINT = /\d: from /;

/** `N: from file:line:in 'label'`, the number and the frame's parts. */
const NUMBERED_FROM = /^\s*(\d{1,5}): from (.{1,600}?):(\d{1,7}):in ?[`'](.{1,300}?)'$/;

export interface NumberedFrame {
  order: number;
  file: string;
  line: string;
  label: string;
}

/** The numbered frame a line of a reversed backtrace holds, or undefined. */
export function numberedFrame(line: string): NumberedFrame | undefined {
  if (!NUMBERED_HINT.test(line)) return undefined;
  const m = NUMBERED_FROM.exec(line);
  return m ? { order: Number(m[1]), file: m[2], line: m[3], label: m[4] } : undefined;
}

/** The numbered frames in call order below the raise site: frame 1 (its caller) first. */
export function innermostFirst(frames: readonly NumberedFrame[]): NumberedFrame[] {
  return [...frames].sort((a, b) => a.order - b.order);
}

/**
 * Whether a text holds a numbered Ruby frame: under Ruby's `Traceback (most recent call last):`,
 * the header Python's tracebacks open with, it is Ruby's (stacktrace/python.ts).
 */
export function hasNumberedRubyFrame(text: string): boolean {
  return NUMBERED_HINT.test(text) && /^\s*\d{1,5}: from .{1,600}?:\d{1,7}:in ?[`']/m.test(text);
}
